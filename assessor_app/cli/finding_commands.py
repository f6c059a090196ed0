"""evidence, comment, justify: the parts of a finding besides its rating (see rate)."""

from __future__ import annotations

import argparse

from assessor_app.cli.revision_notice import tell_new_revision
from assessor_app.services.container import Services

SEEN = {"on": True, "off": False}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evidence", help="tick (on) or untick (off) an evidence item as seen")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("key", help="requirement key, e.g. 7.b")
    p.add_argument("item", help="evidence item key, as in show --json's evidence_seen")
    p.add_argument("seen", choices=sorted(SEEN), help="on: seen; off: not seen")
    p.set_defaults(handler=cmd_evidence)

    p = sub.add_parser("comment", help="set the comment of one requirement ('' clears it)")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("key", help="requirement key, e.g. 7.b")
    p.add_argument("text")
    p.set_defaults(handler=cmd_comment)

    p = sub.add_parser("justify", help="set why a requirement is not applicable ('' clears it)")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("key", help="requirement key, e.g. 7.b")
    p.add_argument("text")
    p.set_defaults(handler=cmd_justify)


def cmd_evidence(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    result = services.findings.set_evidence(visit_id, args.key, args.item, SEEN[args.seen])
    tell_new_revision(visit_id, result)
    print(f"{args.key} {args.item}: {'seen' if SEEN[args.seen] else 'not seen'}")
    return 0


def cmd_comment(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    tell_new_revision(visit_id, services.findings.set_comment(visit_id, args.key, args.text))
    print(f"{args.key}: comment {'set' if args.text.strip() else 'cleared'}")
    return 0


def cmd_justify(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    result = services.findings.set_justification(visit_id, args.key, args.text)
    tell_new_revision(visit_id, result)
    print(f"{args.key}: justification {'set' if args.text.strip() else 'cleared'}")
    return 0
