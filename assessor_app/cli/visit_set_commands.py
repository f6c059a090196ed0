"""visit set: one detail of a visit, named as in show --json (facility.name, visit_dates.start)."""

from __future__ import annotations

import argparse
from datetime import date

from assessor_app.cli.revision_notice import tell_new_revision
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import ProcedureType
from assessor_app.services.container import Services

# show --json's dotted names -> the visit service's field names. The command speaks the
# names a script reads back, so `visit set` and `show --json` round-trip.
TEXT_FIELDS = {
    "facility.name": "facility_name",
    "facility.department": "department",
    "facility.address": "address",
    "facility.country": "country",
    "facility.facility_code": "facility_code",
    "facility.authorised_representative": "authorised_representative",
    "facility.contact_person": "contact_person",
    "assessors.lead.name": "lead_assessor_name",
    "assessors.lead.email": "lead_assessor_email",
    "assessors.co.name": "co_assessor_name",
    "assessors.co.email": "co_assessor_email",
}
DATE_FIELDS = {"visit_dates.start": "start_date", "visit_dates.end": "end_date"}
VOLUME_FIELDS = {f"volumes.by_type.{t.value}": t for t in ProcedureType}


def field_names() -> list[str]:
    return [*TEXT_FIELDS, *DATE_FIELDS, *VOLUME_FIELDS]


def register(sub: argparse._SubParsersAction) -> None:
    visit = sub.add_parser("visit", help="change the details of a visit")
    verbs = visit.add_subparsers(dest="visit_command", metavar="set")
    verbs.required = True
    p = verbs.add_parser(
        "set",
        help="set one detail of a visit",
        description="FIELD is named as in show --json: " + ", ".join(field_names()),
    )
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("field", help="e.g. facility.name, visit_dates.start, assessors.co.email")
    p.add_argument("value", help="the new value (dates YYYY-MM-DD, '' clears)")
    p.set_defaults(handler=cmd_set)


def _date(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _count(text: str) -> int:
    try:
        count = int(text.strip())
    except ValueError:
        raise ValidationError(f"{text!r} is not a whole number") from None
    if count < 0:
        raise ValidationError("a procedure count cannot be negative")
    return count


def cmd_set(args: argparse.Namespace, services: Services) -> int:
    field = args.field
    if field not in TEXT_FIELDS and field not in DATE_FIELDS and field not in VOLUME_FIELDS:
        raise ValidationError(
            f"visits have no field {field!r}; use one of: {', '.join(field_names())}"
        )
    # The value is read before the visit is touched, so a bad one changes nothing.
    if field in VOLUME_FIELDS:
        count = _count(args.value)
        visit_id = services.visits.resolve_id(args.id)
        result = services.visits.set_volume(visit_id, VOLUME_FIELDS[field], count)
    elif field in DATE_FIELDS:
        day = _date(args.value)
        visit_id = services.visits.resolve_id(args.id)
        result = services.visits.update(visit_id, DATE_FIELDS[field], day)
    else:
        visit_id = services.visits.resolve_id(args.id)
        result = services.visits.update(visit_id, TEXT_FIELDS[field], args.value)
    tell_new_revision(visit_id, result)
    print(f"{field} set")
    return 0
