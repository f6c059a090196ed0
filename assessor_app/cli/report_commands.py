"""report ID -o FILE.pdf [--sign ...] | sign FILE.pdf | identity create/show/export-cert |
verify FILE.pdf."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app.cli import trust_commands
from assessor_app.cli.common import read_secret_file
from assessor_app.domain.certificate_fitness import Fitness
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import AppError, ValidationError
from assessor_app.domain.signing_roles import SigningRole
from assessor_app.paths import resolve_paths
from assessor_app.services.container import Services

if TYPE_CHECKING:
    from assessor_app.domain.report_record import SignatureCheck
    from assessor_app.services.identities import IdentityService

EXIT_SIGNATURES_BAD = 2


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write the assessment report (PDF), optionally signed")
    p.add_argument("id", help="visit id (or its first characters)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--sign", action="store_true", help="sign it with --identity")
    p.add_argument("--identity", type=Path, metavar="FILE.p12", help="signing identity")
    p.add_argument("--passphrase-file", metavar="F", help="file whose first line is the passphrase")
    p.add_argument("--signature-image", type=Path, metavar="PNG", help="drawn signature (PNG)")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("identity", help="create or inspect a signing identity (.p12)")
    isub = p.add_subparsers(dest="identity_command", required=True, metavar="ACTION")
    cp = isub.add_parser("create", help="a new self-signed identity (RSA 3072, two years)")
    cp.add_argument("--name", required=True)
    cp.add_argument("--email", required=True)
    cp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.p12")
    cp.add_argument("--passphrase-file", required=True, metavar="F")
    cp.add_argument(
        "--valid-days", type=int, default=730, metavar="N", help="validity (default 730 days)"
    )
    cp.add_argument(
        "--yes",
        action="store_true",
        help="create it even if it expires before a visit of this data folder ends, or soon",
    )
    cp.set_defaults(handler=cmd_identity_create, needs_services=False)
    sp = isub.add_parser("show", help="name, e-mail and SHA-256 fingerprint of an identity")
    sp.add_argument("file", type=Path, metavar="FILE.p12")
    sp.add_argument("--passphrase-file", required=True, metavar="F")
    sp.set_defaults(handler=cmd_identity_show, needs_services=False)
    ep = isub.add_parser("export-cert", help="write the certificate (PEM) for the office")
    ep.add_argument("file", type=Path, metavar="FILE.p12")
    ep.add_argument("--passphrase-file", required=True, metavar="F")
    ep.add_argument("-o", "--output", type=Path, required=True, metavar="CERT.pem")
    ep.set_defaults(handler=cmd_identity_export, needs_services=False)
    trust_commands.register_identity(isub)  # trust list, pinned keys, office CA (issue 12)

    p = sub.add_parser("sign", help="sign a report (PDF) in the signer's own assessor box")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="SIGNED.pdf")
    p.add_argument("--identity", type=Path, required=True, metavar="FILE.p12")
    p.add_argument("--passphrase-file", required=True, metavar="F")
    p.add_argument("--signature-image", type=Path, metavar="PNG", help="drawn signature (PNG)")
    p.add_argument(
        "--additional",
        metavar="ROLE",
        help="sign as a further, named signatory (witness, office): never an assessor's box",
    )
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser(
        "verify",
        help="check a signed report; exit 0 only when every signature is intact and covers it",
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a certificate to trust (repeatable); then every signer must be trusted",
    )
    p.set_defaults(handler=cmd_verify, needs_services=False)


def _identities(args: argparse.Namespace) -> IdentityService:
    from assessor_app.services.identities import IdentityService

    return IdentityService(resolve_paths(args.data_dir).identities)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        sys.stderr.write(f"\rwriting report… {100 * done // total:3d} %")
        sys.stderr.flush()


def cmd_report(args: argparse.Namespace, services: Services) -> int:
    visit_id = services.visits.resolve_id(args.id)
    if args.sign and not (args.identity and args.passphrase_file):
        raise ValidationError("--sign needs --identity FILE.p12 and --passphrase-file F")
    passphrase = read_secret_file(args.passphrase_file) if args.sign else ""
    png = None
    if args.signature_image:
        try:
            png = args.signature_image.read_bytes()
        except OSError as exc:
            raise ValidationError(f"cannot read {args.signature_image}: {exc.strerror}") from None
    if args.sign:
        # Open the identity first: a wrong passphrase must not leave a half-made report.
        services.reports.signer_key(args.identity, passphrase)
    # A signed report is made in memory and signed into the target: the target never
    # holds an unsigned or half-written report, and no unsigned copy reaches the disk.
    target = args.output
    if args.sign and not target.parent.is_dir():  # refused before anything is signed
        raise AppError.coded(ErrorCode.WRITE_FOLDER_MISSING, target=target, folder=target.parent)
    if args.sign:
        report, unsigned = services.reports.render(visit_id, progress=_progress)
    else:
        report = services.reports.generate(visit_id, target, progress=_progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(f"report {report.report_id} (revision {report.revision}, {report.pages} pages)")
    if report.supersedes:
        print(f"supersedes the signed report of revision {report.supersedes.revision}")
    if args.sign:
        signed = services.reports.sign(unsigned, target, args.identity, passphrase, png)
        when = f"{signed.signed_at:%Y-%m-%d %H:%M:%S} UTC"
        box = BOXES[signed.role] if signed.role else signed.field_name
        print(f"signed by {signed.signer} ({signed.fingerprint}) at {when}, in {box}")
    print(args.output)
    return 0


BOXES = {SigningRole.LEAD: "the lead assessor's box", SigningRole.CO: "the co-assessor's box"}


def _visit_ends(args: argparse.Namespace) -> list[tuple[str, date]]:
    """Label and last day of the visits in the data folder (none when it has no database:
    `identity create` never makes one)."""
    from assessor_app.cli.passphrase_input import open_existing
    from assessor_app.services.identities import visit_ends

    services = open_existing(args, resolve_paths(args.data_dir))
    if services is None:
        return []
    try:
        return visit_ends(services.visits.list())
    finally:
        services.close()


def cmd_identity_create(args: argparse.Namespace, services: Services | None) -> int:
    passphrase = read_secret_file(args.passphrase_file)
    identities = _identities(args)
    visits = _visit_ends(args)
    warning = identities.expiry_warning(args.valid_days, visits)
    if warning is not None:
        # Said before anything is made; without --yes nothing is.
        print(f"warning: {warning}", file=sys.stderr)
    info = identities.create(
        args.name,
        args.email,
        passphrase,
        out_path=args.output,
        valid_days=args.valid_days,
        visits=visits,
        anyway=args.yes,
    )
    print(f"identity of {info.name} <{info.email}>")
    print(f"SHA-256 fingerprint: {info.fingerprint}")
    print(f"valid until {info.not_valid_after:%Y-%m-%d}")
    print(args.output)
    return 0


def cmd_identity_show(args: argparse.Namespace, services: Services | None) -> int:
    identities = _identities(args)
    identity = identities.load(args.file, read_secret_file(args.passphrase_file))
    cert = identity.certificate
    print(f"name: {identity.name}")
    print(f"e-mail: {identity.email}")
    print(f"valid: {cert.not_valid_before_utc:%Y-%m-%d} to {cert.not_valid_after_utc:%Y-%m-%d}")
    print(f"SHA-256 fingerprint: {identity.fingerprint}")
    try:
        identities.require_fit(identity)
        print("can sign: yes")
    except ValidationError as exc:
        print(f"can sign: NO ({exc})")
    return 0


def cmd_sign(args: argparse.Namespace, services: Services) -> int:
    png = None
    if args.signature_image:
        try:
            png = args.signature_image.read_bytes()
        except OSError as exc:
            raise ValidationError(f"cannot read {args.signature_image}: {exc.strerror}") from None
    signed = services.reports.sign(
        args.file,
        args.output,
        args.identity,
        read_secret_file(args.passphrase_file),
        png,
        additional=args.additional,
    )
    when = f"{signed.signed_at:%Y-%m-%d %H:%M:%S} UTC"
    if args.additional is not None:
        box = f"an additional signature ({args.additional.strip()}), not an assessor's"
    else:
        box = BOXES[signed.role] if signed.role else signed.field_name
    print(f"signed by {signed.signer} ({signed.fingerprint}) at {when}, in {box}")
    print(args.output)
    return 0


def cmd_identity_export(args: argparse.Namespace, services: Services | None) -> int:
    fingerprint = _identities(args).export_certificate(
        args.file, read_secret_file(args.passphrase_file), args.output
    )
    print(f"certificate written to {args.output}")
    print(f"SHA-256 fingerprint: {fingerprint}")
    return 0


def _certificate_words(check: SignatureCheck) -> str:
    """Worded as pdfsig's certificate validation is, so the two can be read side by side."""
    day = "%Y-%m-%d"
    if check.certificate is Fitness.EXPIRED and check.valid_until:
        return f"EXPIRED on {check.valid_until:{day}}"
    if check.certificate is Fitness.NOT_YET_VALID and check.valid_from:
        return f"NOT YET VALID (from {check.valid_from:{day}})"
    if check.certificate is Fitness.NOT_FOR_SIGNING:
        return "NOT FOR SIGNING (key usage has neither digitalSignature nor nonRepudiation)"
    return f"valid until {check.valid_until:{day}}" if check.valid_until else "valid"


def _office_trust_list(args: argparse.Namespace) -> list[bytes]:
    """The trust list installed in the data dir (``identity trust add``), if there is one;
    verify opens no database otherwise."""
    from assessor_app.cli.passphrase_input import open_existing

    # The folder is most likely encrypted: unlocked like any command's (file, env, prompt).
    services = open_existing(args, resolve_paths(args.data_dir))
    if services is None:
        return []
    try:
        return services.trust.anchor_pems()
    finally:
        services.close()


def _yes(flag: bool) -> str:
    return "yes" if flag else "NO"


def cmd_verify(args: argparse.Namespace, services: Services | None) -> int:
    from assessor_app.services.reports import verify_report  # pyHanko only when verifying

    office = [] if args.trust else _office_trust_list(args)
    checks = verify_report(args.file, args.trust, office)
    if not checks:
        print(f"{args.file}: no signatures")
        return EXIT_SIGNATURES_BAD
    all_ok = True
    for number, c in enumerate(checks, start=1):
        when = f"{c.signing_time:%Y-%m-%d %H:%M:%S %Z}" if c.signing_time else "unknown"
        print(f"signature {number} ({c.field_name})")
        print(f"  signer:           {c.signer}")
        print(f"  fingerprint:      {c.fingerprint}")
        print(f"  signing time:     {when}")
        print(f"  intact:           {_yes(c.intact)}")
        print(f"  covers document:  {_yes(c.covers_document)}")
        if office:  # no --trust given: the office's list installed here decides
            trust = (
                "yes (registered by the office)"
                if c.trusted
                else "NO (untrusted: not registered by the office)"
            )
        elif args.trust:
            trust = _yes(c.trusted)
        else:
            trust = f"{'yes' if c.trusted else 'no'} (no --trust given)"
        print(f"  trusted:          {trust}")
        print(f"  certificate:      {_certificate_words(c)}")
        if c.additional is not None:
            print(f"  additional:       {c.additional} (never counts as an assessor's signature)")
        if c.problem:
            print(f"  problem:          {c.problem}")
        all_ok = all_ok and c.ok and (c.trusted or not (args.trust or office))
    print("all signatures valid" if all_ok else "VERIFICATION FAILED")
    return 0 if all_ok else EXIT_SIGNATURES_BAD
