"""action add | edit | close | remove: the corrective actions of a visit."""

from __future__ import annotations

import argparse
from datetime import date

from assessor_app.cli.common import iso_date
from assessor_app.cli.record_ids import resolve_record_id
from assessor_app.cli.revision_notice import tell_new_revision
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import ActionStatus, Severity
from assessor_app.services.container import Services

# The names of show --json's corrective_actions, which are also the service's field names.
EDITABLE_FIELDS = ("description", "severity", "owner", "due_date", "status")


def register(sub: argparse._SubParsersAction) -> None:
    action = sub.add_parser("action", help="add, edit, close or remove a corrective action")
    verbs = action.add_subparsers(dest="action_command", metavar="add|edit|close|remove")
    verbs.required = True

    p = verbs.add_parser("add", help="add a corrective action and print its id")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("key", help="requirement key, e.g. 7.b")
    p.add_argument("description", help="what the facility must put right")
    p.add_argument(
        "--severity", required=True, choices=[s.value for s in Severity], help="major or minor"
    )
    p.add_argument("--owner", default="", help="who at the facility puts it right")
    p.add_argument("--due", type=iso_date, help="due date, YYYY-MM-DD")
    p.set_defaults(handler=cmd_add)

    p = verbs.add_parser("edit", help="change one field of a corrective action")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("action", help="corrective action id (or its first characters)")
    p.add_argument("field", help=f"one of {', '.join(EDITABLE_FIELDS)}")
    p.add_argument("value", help="the new value ('' clears owner and due_date)")
    p.set_defaults(handler=cmd_edit)

    for verb, text in (("close", "mark a corrective action closed"),
                       ("remove", "remove a corrective action")):  # fmt: skip
        p = verbs.add_parser(verb, help=text)
        p.add_argument("id", help="visit id (or its first characters)")
        p.add_argument("action", help="corrective action id (or its first characters)")
        p.set_defaults(handler=cmd_close if verb == "close" else cmd_remove)


def _action_id(args: argparse.Namespace, services: Services) -> tuple[str, str]:
    visit_id = services.visits.resolve_id(args.id)
    ids = [a.id for a in services.actions.list(visit_id)]
    return visit_id, resolve_record_id(args.action, ids, "corrective action", visit_id)


def parse_field_value(field: str, text: str) -> str | date | Severity | ActionStatus | None:
    """The typed value of ``field`` from its command-line spelling, or a ValidationError."""
    if field not in EDITABLE_FIELDS:
        raise ValidationError(
            f"corrective actions have no field {field!r}; use one of {', '.join(EDITABLE_FIELDS)}"
        )
    if field == "severity":
        try:
            return Severity(text.strip().lower())
        except ValueError:
            raise ValidationError(f"{text!r} is not a severity (major or minor)") from None
    if field == "status":
        try:
            return ActionStatus(text.strip().lower())
        except ValueError:
            raise ValidationError(f"{text!r} is not a status (open or closed)") from None
    if field == "due_date":
        if not text.strip():
            return None
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise ValidationError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    return text


def cmd_add(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    created = services.actions.create(
        visit_id,
        args.key,
        args.description,
        Severity(args.severity),
        owner=args.owner,
        due_date=args.due,
    )
    assert created.action is not None
    tell_new_revision(visit_id, created)
    print(created.action.id)  # the id alone, so ACTION=$(main.py action add ...) works
    return 0


def cmd_edit(args: argparse.Namespace, services: Services) -> int:
    value = parse_field_value(args.field, args.value)  # refused before anything is looked up
    visit_id, action_id = _action_id(args, services)
    tell_new_revision(visit_id, services.actions.update(action_id, args.field, value))
    print(f"{action_id[:8]}: {args.field} set")
    return 0


def cmd_close(args: argparse.Namespace, services: Services) -> int:
    visit_id, action_id = _action_id(args, services)
    tell_new_revision(visit_id, services.actions.close(action_id))
    print(f"{action_id[:8]}: closed")
    return 0


def cmd_remove(args: argparse.Namespace, services: Services) -> int:
    visit_id, action_id = _action_id(args, services)
    tell_new_revision(visit_id, services.actions.remove(action_id))
    print(f"{action_id[:8]}: removed")
    return 0
