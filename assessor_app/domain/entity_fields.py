"""The fields of the records the change log carries, stated once.

Persistence maps each entity to its table with these, the services know which visit
fields a person may edit from them, and sync checks incoming values against them.
"""

from __future__ import annotations

from datetime import date, datetime

# What a person edits on the visit's details form (and ``visit set``).
VISIT_DETAIL_FIELDS: dict[str, type] = {
    "facility_name": str,
    "department": str,
    "address": str,
    "country": str,
    "facility_code": str,
    "authorised_representative": str,
    "contact_person": str,
    "start_date": date,
    "end_date": date,
    "lead_assessor_name": str,
    "lead_assessor_email": str,
    "co_assessor_name": str,
    "co_assessor_email": str,
}

# Set by the app, not typed by a person: the workflow state and the signed revision.
VISIT_STATE_FIELDS: dict[str, type] = {"state": str, "revision": int}

VISIT_FIELDS: dict[str, type] = {
    "template_id": str,
    "template_version": str,
    **VISIT_DETAIL_FIELDS,
    **VISIT_STATE_FIELDS,
}

VOLUME_FIELDS: dict[str, type] = {"procedure_type": str, "annual_count": int}

FINDING_FIELDS: dict[str, type] = {
    "requirement_key": str,
    "rating": str,
    "comment": str,
    "justification": str,
}

EVIDENCE_FIELDS: dict[str, type] = {"requirement_key": str, "evidence_key": str, "seen": bool}

ATTACHMENT_FIELDS: dict[str, type] = {
    "requirement_key": str,
    "sha256": str,
    "filename": str,
    "media_type": str,
    "kind": str,
    "size": int,
    "caption": str,
    "deleted": bool,
    "created_at": datetime,
}

ACTION_FIELDS: dict[str, type] = {
    "requirement_key": str,
    "description": str,
    "severity": str,
    "owner": str,
    "due_date": date,
    "status": str,
    "deleted": bool,
    "created_at": datetime,
}

# What a person edits on a corrective action (the rest is bookkeeping).
ACTION_EDIT_FIELDS = frozenset({"description", "severity", "owner", "due_date", "status"})
