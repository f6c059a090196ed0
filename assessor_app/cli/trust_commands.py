"""identity trust add/list, identity accept, identity keys, identity create-ca, identity
issue: the office's trust list, pinned keys and the office's own small CA."""

from __future__ import annotations

import argparse
from pathlib import Path

from assessor_app.cli.common import read_secret_file
from assessor_app.domain.trust_types import (
    EventKind,
    ImportTrust,
    KeyNote,
    ListIgnored,
    RecipientsIgnored,
    TrustStatus,
)
from assessor_app.services.container import Services

STATUS_TEXT = {
    TrustStatus.REGISTERED: "registered by the office",
    TrustStatus.UNTRUSTED: "NOT registered by the office",
    TrustStatus.NO_LIST: "no trust list installed",
}
LIST_IGNORED_TEXT = {
    ListIgnored.NOT_FIRST_CONTACT: "this laptop already has a trust list or knows assessors' keys",
    ListIgnored.UNSIGNED: "the invitation is unsigned",
    ListIgnored.NOT_VOUCHING: "the list does not vouch for the invitation's own signer",
}
RECIPIENTS_IGNORED_TEXT = {
    RecipientsIgnored.KNOWN_VISIT: "the visit was already on this laptop",
    RecipientsIgnored.UNSIGNED: "the invitation is unsigned",
    RecipientsIgnored.NOT_THE_LEAD: "its signer is not the visit's lead assessor",
}
EVENT_TEXT = {
    EventKind.TRUST_ADDED: "added to the office's trust list",
    EventKind.KEY_PINNED: "key pinned on first use",
    EventKind.KEY_ACCEPTED: "new key accepted",
    EventKind.UNSIGNED_OVERRIDE: "unsigned bundle let in by override",
}


def register_identity(isub: argparse._SubParsersAction) -> None:
    """The trust actions of ``identity`` (its parser lives in report_commands)."""
    tp = isub.add_parser("trust", help="the office's trust list (CA or assessor certificates)")
    tsub = tp.add_subparsers(dest="trust_command", required=True, metavar="ACTION")
    ap = tsub.add_parser("add", help="install a CA or assessor certificate file (PEM or DER)")
    ap.add_argument("file", type=Path, metavar="FILE")
    ap.set_defaults(handler=cmd_trust_add)
    lp = tsub.add_parser("list", help="the certificates of the installed trust list")
    lp.set_defaults(handler=cmd_trust_list)

    kp = isub.add_parser("keys", help="the key pinned per assessor, and the trust log")
    kp.set_defaults(handler=cmd_keys)
    cp = isub.add_parser("accept", help="pin the key of an assessor's certificate (logged)")
    cp.add_argument("file", type=Path, metavar="CERT.pem")
    cp.set_defaults(handler=cmd_accept)

    ca = isub.add_parser("create-ca", help="the office's own CA identity (RSA, ten years)")
    ca.add_argument("--name", required=True, help="e.g. 'IASIOS Accreditation Office CA'")
    ca.add_argument("-o", "--output", type=Path, required=True, metavar="CA.p12")
    ca.add_argument("--passphrase-file", required=True, metavar="F")
    ca.add_argument("--cert-output", type=Path, metavar="CA.pem", help="also write its certificate")
    ca.set_defaults(handler=cmd_create_ca, needs_services=False)

    ip = isub.add_parser("issue", help="issue an assessor identity from the office's CA")
    ip.add_argument("--ca", type=Path, required=True, metavar="CA.p12")
    ip.add_argument("--ca-passphrase-file", required=True, metavar="F")
    ip.add_argument("--name", required=True)
    ip.add_argument("--email", required=True)
    ip.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.p12")
    ip.add_argument("--passphrase-file", required=True, metavar="F", help="for the new identity")
    ip.set_defaults(handler=cmd_issue, needs_services=False)


def trust_line(trust: ImportTrust | None) -> list[str]:
    """What the import summary says of trust and keys, one line each."""
    if trust is None:
        return []
    lines = []
    if trust.status is not None:
        lines.append(f"signer: {STATUS_TEXT[trust.status]}")
    if trust.key is KeyNote.FIRST_USE:
        lines.append("key: first seen for this assessor; pinned (later keys need acceptance)")
    elif trust.key is KeyNote.KNOWN:
        lines.append("key: the one known for this assessor")
    elif trust.key is KeyNote.ACCEPTED:
        lines.append(f"key: NEW key accepted (logged); replaced {trust.old_fingerprint}")
    if trust.installed_anchors:
        lines.append(
            f"the office's trust list came with the invitation: {trust.installed_anchors} "
            "certificate(s) installed"
        )
    if trust.list_ignored is not None:
        lines.append(
            "the office's trust list in this invitation was NOT installed "
            f"({LIST_IGNORED_TEXT[trust.list_ignored]}); to install one: "
            "main.py identity trust add FILE"
        )
    if trust.unsigned_override:
        lines.append("UNSIGNED bundle let in by override (logged in the visit's history)")
    return lines


def _one_line(text: str) -> str:
    """Certificate text as one printable line (no control characters, no line breaks)."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def recipients_line(taken: tuple[str, ...], ignored: RecipientsIgnored | None) -> list[str]:
    """What the import summary says of the seal recipients an invitation named."""
    if taken:
        names = ", ".join(_one_line(n) for n in taken)
        return [f"seal recipients taken from the invitation: {names} (later exports go to them)"]
    if ignored is not None:
        return [
            "the seal recipients this invitation names were NOT taken "
            f"({RECIPIENTS_IGNORED_TEXT[ignored]}); seal with export --seal-to CERT.pem"
        ]
    return []


def cmd_trust_add(args: argparse.Namespace, services: Services) -> int:
    added = services.trust.add_file(args.file)
    for a in added:
        what = "CA" if a.kind == "ca" else f"assessor <{a.email}>"
        print(f"added {what}: {a.subject} (SHA-256 {a.fingerprint})")
    if not added:
        print("already installed: nothing added")
    return 0


def cmd_trust_list(args: argparse.Namespace, services: Services) -> int:
    anchors = services.trust.anchors()
    if not anchors:
        print("No trust list installed: signers are known by the key pinned on first use.")
        return 0
    for a in anchors:
        what = "CA      " if a.kind == "ca" else "assessor"
        email = f" <{a.email}>" if a.email else ""
        print(f"{what}  {a.subject}{email}  SHA-256 {a.fingerprint}  ({a.source}, "
              f"{a.added_at:%Y-%m-%d})")  # fmt: skip
    return 0


def cmd_keys(args: argparse.Namespace, services: Services) -> int:
    pins = services.trust.pins()
    if not pins:
        print("No assessor key pinned yet.")
    for p in pins:
        status = services.trust.trust_status(p.certificate_pem)
        print(f"{p.name} <{p.email}>  SHA-256 {p.fingerprint}  since {p.pinned_at:%Y-%m-%d}"
              f"  ({STATUS_TEXT[status]})")  # fmt: skip
    events = services.trust.events()
    if events:
        print("trust log:")
    for e in events:
        print("  " + event_line(e))
    return 0


def event_line(e: object) -> str:
    from assessor_app.domain.trust_types import TrustEvent

    assert isinstance(e, TrustEvent)
    line = f"{e.at:%Y-%m-%d %H:%M} UTC  {EVENT_TEXT[e.kind]}: {e.name} <{e.email}>"
    if e.fingerprint:
        line += f" SHA-256 {e.fingerprint}"
    if e.old_fingerprint:
        line += f" (was {e.old_fingerprint})"
    if e.bundle_id:
        line += f", bundle {e.bundle_id}"
    return line + f", by {e.actor}"


def cmd_accept(args: argparse.Namespace, services: Services) -> int:
    pinned = services.trust.accept_certificate(args.file)
    print(f"key of {pinned.name} <{pinned.email}> accepted (logged)")
    print(f"SHA-256 fingerprint: {pinned.fingerprint}")
    return 0


def cmd_create_ca(args: argparse.Namespace, services: Services | None) -> int:
    from assessor_app.services.office_ca import create_ca

    info = create_ca(args.name, read_secret_file(args.passphrase_file), args.output,
                     args.cert_output)  # fmt: skip
    print(f"office CA {info.name}")
    print(f"SHA-256 fingerprint: {info.fingerprint}")
    print(f"valid until {info.not_valid_after:%Y-%m-%d}")
    print(args.output)
    return 0


def cmd_issue(args: argparse.Namespace, services: Services | None) -> int:
    from assessor_app.services.office_ca import issue

    info = issue(
        args.ca, read_secret_file(args.ca_passphrase_file), args.name, args.email,
        read_secret_file(args.passphrase_file), args.output,
    )  # fmt: skip
    print(f"identity of {info.name} <{info.email}>, issued by the office CA")
    print(f"SHA-256 fingerprint: {info.fingerprint}")
    print(f"valid until {info.not_valid_after:%Y-%m-%d}")
    print(args.output)
    return 0
