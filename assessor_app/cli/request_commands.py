"""request add / request set / requests: evidence asked of the facility, and the letter."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assessor_app.cli.common import iso_date
from assessor_app.cli.revision_notice import tell_new_revision
from assessor_app.domain.evidence_requests import RequestStatus
from assessor_app.services.container import Services

# What `request set` may move a request to (it starts open); the rules are in the domain.
SETTABLE = [s.value for s in RequestStatus if s is not RequestStatus.OPEN]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("request", help="request evidence from the facility, or mark a request")
    rsub = p.add_subparsers(dest="request_command", required=True, metavar="ACTION")
    ap = rsub.add_parser("add", help="request evidence for one requirement; prints its id")
    ap.add_argument("id", help="visit id (or its first characters)")
    ap.add_argument("key", help="requirement key, e.g. 7.b")
    ap.add_argument("--what", required=True, help="the evidence needed, in plain words")
    ap.add_argument(
        "--due",
        required=True,
        type=iso_date,
        help="YYYY-MM-DD: on or after the visit's first day and today, within a year",
    )
    ap.set_defaults(handler=cmd_request_add)
    sp = rsub.add_parser("set", help="mark a request: open -> received -> accepted or rejected")
    sp.add_argument("request_id", help="request id (or its first characters)")
    sp.add_argument("status", choices=SETTABLE)
    sp.set_defaults(handler=cmd_request_set)

    p = sub.add_parser("requests", help="write the letter to the facility listing open requests")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_requests)


def cmd_request_add(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    added = services.requests.add_recorded(visit_id, args.key, args.what, args.due)
    assert added.request is not None
    tell_new_revision(visit_id, added)
    request = added.request
    print(request.id)  # the id alone on stdout: RID=$(main.py request add ...) works
    return 0


def cmd_request_set(args: argparse.Namespace, services: Services) -> int:
    request_id = services.requests.resolve_id(args.request_id)
    moved = services.requests.set_status_recorded(request_id, RequestStatus(args.status))
    assert moved.request is not None
    tell_new_revision(moved.request.visit_id, moved)
    request = moved.request
    print(f"{request.requirement_key}: request {request.id[:8]} {request.status.value}")
    return 0


def cmd_requests(args: argparse.Namespace, services: Services) -> int:
    from assessor_app.services.request_letter import RequestLetterService

    letter = RequestLetterService(services.outcome).generate(
        services.visits.resolve_id(args.id), args.output
    )
    print(f"{letter.requests} open request{'s' * (letter.requests != 1)}, {letter.pages} "
          f"page{'s' * (letter.pages != 1)}", file=sys.stderr)  # fmt: skip
    print(args.output)
    return 0
