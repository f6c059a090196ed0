"""The rules a new visit obeys, stated once: the service refuses a visit that breaks one,
and the new-visit dialog shows each broken rule beside its field as it is typed, worded
from the error's code (so the dialog never restates a rule to get a translated message)."""

from __future__ import annotations

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import NewVisit, is_email


def new_visit_problems(new: NewVisit) -> dict[str, ValidationError]:
    """Field -> the rule it breaks, in the order the form reads; empty when it may start.

    Fields: facility_name, dates, volumes, lead_assessor_email, co_assessor_email."""
    found: dict[str, ValidationError] = {}
    if not new.facility.name.strip():
        found["facility_name"] = ValidationError.coded(ErrorCode.FACILITY_NAME_REQUIRED)
    if new.start_date and new.end_date and new.end_date < new.start_date:
        found["dates"] = ValidationError.coded(ErrorCode.VISIT_ENDS_BEFORE_START)
    for ptype, count in new.volumes.items():
        if count < 0:
            found["volumes"] = ValidationError.coded(
                ErrorCode.NEGATIVE_VOLUME, procedure=ptype.label.lower()
            )
            break
    for key, role, person in (
        ("lead_assessor_email", "lead assessor", new.lead_assessor),
        ("co_assessor_email", "co-assessor", new.co_assessor),
    ):
        if person and person.email.strip() and not is_email(person.email):
            found[key] = ValidationError.coded(
                ErrorCode.NOT_AN_ASSESSOR_EMAIL, text=person.email, role=role
            )
    return found
