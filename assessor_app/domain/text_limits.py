"""How long each text an assessor types may be: one table that the services enforce and
that the report is built (and tested) to hold at its maximum."""

from __future__ import annotations

NAME = 300  # names, e-mail addresses, owners: the database column's declared length
CODE = 100  # country, facility code
LONG = 20_000  # free text: comments, justifications, descriptions, captions, addresses

VISIT_TEXT_LIMITS: dict[str, int] = {
    "facility_name": NAME,
    "department": NAME,
    "address": LONG,
    "country": CODE,
    "facility_code": CODE,
    "authorised_representative": NAME,
    "contact_person": NAME,
    "lead_assessor_name": NAME,
    "lead_assessor_email": NAME,
    "co_assessor_name": NAME,
    "co_assessor_email": NAME,
}
FINDING_TEXT_LIMITS: dict[str, int] = {"comment": LONG, "justification": LONG}
ACTION_TEXT_LIMITS: dict[str, int] = {"description": LONG, "owner": NAME}
ATTACHMENT_TEXT_LIMITS: dict[str, int] = {"caption": LONG, "filename": NAME}
REQUEST_TEXT_LIMITS: dict[str, int] = {"what": LONG}  # evidence requested of the facility
