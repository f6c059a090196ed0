"""workbook export / import: the facility's application form, by file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assessor_app.services.container import Services
from assessor_app.services.self_assessment import DocumentMatch


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("workbook", help="the facility's application form (Excel workbook)")
    wsub = p.add_subparsers(dest="workbook_command", metavar="ACTION", required=True)

    e = wsub.add_parser("export", help="write the application form for the facility to fill in")
    e.add_argument("id", help="visit id (or its first characters)")
    e.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    e.set_defaults(handler=cmd_export)

    i = wsub.add_parser(
        "import", help="read the filled-in form back (replaces the previous self-assessment)"
    )
    i.add_argument("id", help="visit id (or its first characters)")
    i.add_argument("workbook", help="the filled-in .xlsx file")
    i.add_argument(
        "--documents",
        metavar="DIR|ZIP",
        help="the documents the facility sent; listed against the Evidence column first",
    )
    i.add_argument(
        "--yes",
        action="store_true",
        help="with --documents: import and attach the matched documents (without it, the "
        "matching is only listed and nothing changes)",
    )
    i.set_defaults(handler=cmd_import)

    a = wsub.add_parser("adopt-volumes", help="make the facility's volumes the visit's volumes")
    a.add_argument("id", help="visit id (or its first characters)")
    a.set_defaults(handler=cmd_adopt_volumes)


def cmd_export(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    path = services.self_assessment.export(visit_id, Path(args.output))
    print(f"Application form written to {path}")
    return 0


def _print_match(match: DocumentMatch) -> None:
    print(f"Documents matched: {len(match.matched)}")
    for key, name in match.matched:
        print(f"  {key}: {name}")
    if match.missing:
        print(f"Named in the workbook but not sent: {len(match.missing)}")
        for key, name in match.missing:
            print(f"  {key}: {name}")
    if match.unnamed:
        print(f"Sent but named under no requirement (not attached): {len(match.unnamed)}")
        for name in match.unnamed:
            print(f"  {name}")


def cmd_import(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    sa = services.self_assessment
    if args.documents:
        account = sa.check(visit_id, Path(args.workbook))
        with sa.open_documents(Path(args.documents)) as docs:
            match = sa.match_documents(account, docs)
            _print_match(match)
            if not args.yes:
                print(
                    "Dry run: nothing imported or attached. Run again with --yes to import "
                    "the form and attach the matched documents.",
                    file=sys.stderr,
                )
                return 0
            result = sa.import_workbook(visit_id, Path(args.workbook))
            attached = sa.attach_documents(visit_id, docs, match)
        print(f"Attached {attached} document(s).")
    else:
        result = sa.import_workbook(visit_id, Path(args.workbook))
    print(
        f"Application form imported: {result.claims} self-assessed requirement(s), "
        f"{result.volumes} volume(s), {result.cases} case(s) of the internal review"
        + ("" if result.changed else " (no change since the last import)")
    )
    return 0


def cmd_adopt_volumes(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    adopted = services.self_assessment.adopt_volumes(visit_id)
    total = sum(adopted.values())
    print(f"The visit's volumes are now the facility's: {total} procedures a year")
    return 0
