"""export, import, conflicts, resolve, export-csv: sync by file from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assessor_app.cli.common import print_json, read_secret_file
from assessor_app.cli.sync_messages import refusal_sentence
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.sync_types import BundleRefusedError
from assessor_app.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a visit as a .iasios bundle")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="bundle file to write")
    p.add_argument(
        "--invitation",
        action="store_true",
        help="export for the co-assessor, who then works on the same visit",
    )
    p.add_argument("--identity", metavar="P12", help="sign the manifest with this identity")
    p.add_argument("--passphrase-file", metavar="F", help="file holding the identity passphrase")
    seal = p.add_mutually_exclusive_group()
    seal.add_argument(
        "--seal-to",
        action="append",
        default=[],
        metavar="CERT.pem",
        help="seal the bundle to this recipient's certificate (repeatable); bundles are "
        "sealed by default to the recipients the visit's invitation delivered",
    )
    seal.add_argument(
        "--no-seal", action="store_true", help="do not seal, even to the visit's known recipients"
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import a .iasios bundle (checked before anything changes)")
    p.add_argument("file", help="bundle file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--identity", metavar="P12", help="open a sealed bundle with this identity")
    p.add_argument("--passphrase-file", metavar="F", help="file holding the identity passphrase")
    p.add_argument(
        "--accept-key",
        metavar="FINGERPRINT",
        help="accept this new key for the bundle's assessor (as the refusal showed it; logged)",
    )
    p.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="let in an unsigned bundle where a signed one is expected (logged in the history)",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("conflicts", help="list a visit's open conflicts (needs review)")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("resolve", help="resolve a conflict: take one value or give a new one")
    p.add_argument("conflict_id", help="conflict id (or its first characters)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--take", metavar="CHANGE_ID", help="keep the value of this change")
    group.add_argument("--value", metavar="JSON", help="a new value as JSON, e.g. '\"met\"'")
    p.set_defaults(handler=cmd_resolve)

    p = sub.add_parser("export-csv", help="write all visits' findings as CSV (for the office)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_export_csv)


def _passphrase(args: argparse.Namespace) -> str:
    if not args.passphrase_file:
        raise ValidationError("--identity needs --passphrase-file")
    return read_secret_file(args.passphrase_file)


def _read_certificate_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {name}: {exc.strerror or exc}") from None


def cmd_export(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    identity = (
        services.identities.load(Path(args.identity), _passphrase(args)) if args.identity else None
    )
    seal_to = [_read_certificate_file(name) for name in args.seal_to]
    result = services.sync.export_visit(
        visit_id, Path(args.output), identity=identity, invitation=args.invitation,
        seal_to=seal_to, seal=not args.no_seal,
    )  # fmt: skip
    what = "invitation" if result.invitation else "bundle"
    signed = "signed" if result.signed else "unsigned"
    sealed = f" sealed to {', '.join(result.sealed_to)}" if result.sealed_to else ""
    print(
        f"Wrote {what} ({signed}){sealed}: {result.changes} changes, "
        f"{result.attachments} attachments, {result.size} bytes"
    )
    for skipped in result.seal_skipped:
        print(f"not sealed to {skipped.describe()}")
    print(result.path)
    return 0


def cmd_import(args: argparse.Namespace, services: Services) -> int:
    from assessor_app.cli.trust_commands import STATUS_TEXT, recipients_line, trust_line
    from assessor_app.services.trust import ImportConsent

    consent = ImportConsent(accept_key=args.accept_key, allow_unsigned=args.allow_unsigned)
    identity = (
        services.identities.load(Path(args.identity), _passphrase(args)) if args.identity else None
    )
    try:
        result = services.sync.import_bundle(Path(args.file), identity=identity, consent=consent)
    except BundleRefusedError as exc:
        raise ValidationError(refusal_sentence(exc)) from None
    if args.json:
        from assessor_app.cli.sync_json import import_result_json

        print_json(import_result_json(result))
        return 0
    if result.already_imported:
        print(f"already imported: bundle {result.bundle_id} changed nothing")
        return 0
    registered = ""
    if result.trust is not None and result.trust.status is not None:
        registered = f", {STATUS_TEXT[result.trust.status]}"
    signer = (
        f"signed by {result.signer.name} <{result.signer.email}> "
        f"(certificate SHA-256 {result.signer.fingerprint}{registered})"
        if result.signer
        else "unsigned"
    )
    kind = "invitation" if result.invitation else "bundle"
    if result.sealed:
        kind = f"sealed {kind}"
    print(f"Imported {kind} from {result.assessor or 'unknown assessor'}, {signer}")
    for line in trust_line(result.trust):
        print(line)
    for line in recipients_line(result.recipients_taken, result.recipients_ignored):
        print(line)
    print(f"{result.new_changes} new changes, {result.new_attachments} new attachments")
    for report in result.reports:
        print(
            f"signed report {report.report_id} (revision {report.revision}) verified, "
            f"signed by {', '.join(report.signers)}"
        )
    for v in result.visit_ids:
        print(f"visit {v}")
    per_visit: dict[str, int] = {}
    for conflict in result.conflicts:
        per_visit[conflict.visit_id] = per_visit.get(conflict.visit_id, 0) + 1
    for visit_id, n in per_visit.items():
        noun = "conflict needs" if n == 1 else "conflicts need"
        print(f"{n} open {noun} review: main.py conflicts {visit_id}")
    return 0


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def cmd_conflicts(args: argparse.Namespace, services: Services) -> int:
    conflicts = services.sync.conflicts(services.visits.resolve_id(args.id))
    if args.json:
        from assessor_app.cli.sync_json import conflict_json

        print_json([conflict_json(c) for c in conflicts])
        return 0
    if not conflicts:
        print("No open conflicts.")
        return 0
    for c in conflicts:
        kind = "deleted vs edited" if c.kind == "delete-edit" else "edited on both sides"
        print(f"{c.id[:8]}  requirement {c.requirement_key or '-'}  {c.entity}.{c.field}: {kind}")
        for o in c.options:
            print(
                f"    {o.change_id[:8]}  {o.field}={_show(o.value)}  by {o.author}  "
                f"at {o.recorded_at}"
            )
    return 0


def cmd_resolve(args: argparse.Namespace, services: Services) -> int:
    if args.take:
        change_id = services.sync.resolve(args.conflict_id, take_change_id=args.take)
    else:
        try:
            value = json.loads(args.value, parse_constant=_refuse_constant)
        except ValueError:
            raise ValidationError(
                f"--value must be JSON, e.g. '\"met\"' or 'null' (got {args.value!r})"
            ) from None
        change_id = services.sync.resolve(args.conflict_id, value=value)
    print(f"Resolved; recorded as change {change_id}")
    return 0


def _refuse_constant(name: str) -> object:
    raise ValueError(name)


def cmd_export_csv(args: argparse.Namespace, services: Services) -> int:
    rows = services.sync.export_csv(Path(args.output))
    print(f"Wrote {rows} rows to {args.output}", file=sys.stderr)
    print(args.output)
    return 0
