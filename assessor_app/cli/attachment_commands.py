"""attach, detach: photos and documents on a requirement."""

from __future__ import annotations

import argparse
from pathlib import Path

from assessor_app.cli.record_ids import resolve_record_id
from assessor_app.cli.revision_notice import tell_new_revision
from assessor_app.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "attach", help="attach a photo or document to a requirement and print its id"
    )
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("key", help="requirement key, e.g. 7.b")
    p.add_argument("file", type=Path, help="a JPEG or PNG photo (EXIF/GPS removed) or a document")
    p.add_argument("--caption", default="", help="what the photo or document shows")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("detach", help="remove an attachment from a visit")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("attachment", help="attachment id (or its first characters)")
    p.set_defaults(handler=cmd_detach)


def cmd_attach(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    added = services.attachments.add_recorded(visit_id, args.key, args.file, args.caption)
    assert added.attachment is not None
    tell_new_revision(visit_id, added)
    print(added.attachment.id)  # the id alone, for scripts and for detach
    return 0


def cmd_detach(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    ids = [a.id for a in services.attachments.list(visit_id)]
    attachment_id = resolve_record_id(args.attachment, ids, "attachment", visit_id)
    tell_new_revision(visit_id, services.attachments.remove(attachment_id))
    print(f"{attachment_id[:8]}: removed")
    return 0
