"""demo, new, rate, list, show."""

from __future__ import annotations

import argparse
import sys

from assessor_app.cli.common import iso_date, non_negative_int, print_json, warn
from assessor_app.cli.revision_notice import tell_new_revision
from assessor_app.domain.display_text import one_line
from assessor_app.domain.outcome import describe
from assessor_app.domain.ratings import Rating, parse_rating
from assessor_app.domain.visit import Assessor, Facility, NewVisit, ProcedureType
from assessor_app.services.container import Services
from assessor_app.services.visit_json import visit_detail_json, visit_summary_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create a complete demo visit and print its id")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("new", help="create a visit and print its id")
    p.add_argument("--facility", required=True, help="facility name")
    p.add_argument(
        "--procedures",
        required=True,
        type=non_negative_int,
        help="annual therapeutic IO procedures (all types together)",
    )
    p.add_argument("--template", help="template id (default: the shipped IASIOS template)")
    p.add_argument("--template-version", help="template version (default: newest installed)")
    p.add_argument("--department", default="")
    p.add_argument("--country", default="")
    p.add_argument("--facility-code", default="")
    p.add_argument("--start", type=iso_date, help="first visit day, YYYY-MM-DD")
    p.add_argument("--end", type=iso_date, help="last visit day, YYYY-MM-DD")
    p.add_argument("--lead", default="", help="lead assessor's name")
    p.add_argument("--lead-email", default="")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("rate", help="set the rating of one requirement")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("key", help="requirement key, e.g. 7.b")
    p.add_argument("rating", help="met, partial, not-met, na, not-assessed (or '' to clear)")
    p.add_argument("--comment")
    p.add_argument("--justification", help="why not applicable (required for na)")
    p.set_defaults(handler=cmd_rate)

    p = sub.add_parser("user", help="show or set your name, recorded with every change")
    p.add_argument("--name", help="your name, e.g. 'Dr. Elena Conti'")
    p.set_defaults(handler=cmd_user)

    p = sub.add_parser("list", help="list visits")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show a visit: outcome, reasons, progress, findings")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.set_defaults(handler=cmd_show)


def cmd_demo(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.demo.create()
    # The sentence on stderr, the id alone on stdout: ID=$(main.py demo) works.
    print(
        "Demo visit created: Klinikum Nordstadt (full checklist, photos, actions).",
        file=sys.stderr,
    )
    print(visit_id)
    return 0


def cmd_new(args: argparse.Namespace, services: Services) -> int:
    template_id = args.template or services.templates.default().id
    visit_id = services.visits.create(
        NewVisit(
            facility=Facility(
                name=args.facility,
                department=args.department,
                country=args.country,
                facility_code=args.facility_code,
            ),
            template_id=template_id,
            template_version=args.template_version,
            # The command line takes one total; the GUI splits it by procedure type.
            volumes={ProcedureType.OTHER_THERAPEUTIC: args.procedures},
            start_date=args.start,
            end_date=args.end,
            lead_assessor=Assessor(args.lead, args.lead_email) if args.lead else None,
        )
    )
    print(visit_id)
    return 0


def cmd_rate(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    rating = parse_rating(args.rating)
    result = services.findings.rate(
        visit_id, args.key, rating, comment=args.comment, justification=args.justification
    )
    tell_new_revision(visit_id, result)
    finding = result.finding or services.findings.findings(visit_id)[args.key]
    if rating is Rating.NA and not finding.justification.strip():
        warn(f"{args.key} is 'not applicable' without a justification; give --justification")
    print(f"{args.key}: {rating.label if rating else 'cleared'}")
    return 0


def cmd_user(args: argparse.Namespace, services: Services) -> int:
    if args.name is not None:
        services.user.set_name(args.name)
    if services.user.name:
        print(one_line(services.user.name, None))
    else:
        print(f"{services.user.author} (computer login; set your name with --name)")
    return 0


def cmd_list(args: argparse.Namespace, services: Services) -> int:
    visits = services.visits.list()
    if args.json:
        print_json([visit_summary_json(v) for v in visits])
        return 0
    if not visits:
        print("No visits yet. Create one with 'new' or try 'demo'.")
        return 0
    print(f"{'ID':8}  {'FACILITY':30}  {'STATE':11}  {'ANSWERED':>8}  {'CORE':>5}  OUTCOME")
    for v in visits:
        print(
            f"{v.id[:8]}  {one_line(v.facility, 30):30}  {v.state.value:11}  "
            f"{v.answered:>3}/{v.total:<4}  {v.core_answered:>2}/{v.core_total:<2}  {v.tier}"
        )
    return 0


def cmd_show(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    detail = services.outcome.detail(visit_id)
    if args.json:
        facility = services.self_assessment
        print_json(
            visit_detail_json(
                detail, facility.account(visit_id), facility.facility_review(visit_id)
            )
        )
        return 0
    v, p = detail.visit, detail.progress
    # The assessor's (or a bundle's) text: a line break in it must not forge a line.
    print(f"{one_line(v.facility.name)} — {one_line(v.facility.department)}".rstrip(" —"))
    print(f"Visit {v.id}  state {v.state.value}  revision {v.revision}")
    print(f"Template {detail.template.id} {detail.template.version}")
    print(
        f"Progress: {p.answered}/{p.total} answered, {p.core_answered}/{p.core_total} core; "
        f"{v.annual_procedures} procedures a year"
    )
    print(f"Outcome so far: {detail.outcome.tier.label}")
    for line in describe(detail.outcome):
        print(f"  - {line}")
    events = services.trust.events(visit_id)
    if events:  # trust decisions taken for this visit's bundles (overrides, new keys)
        from assessor_app.cli.trust_commands import event_line

        print("Trust history:")
        for event in events:
            print(f"  - {event_line(event)}")
    return 0
