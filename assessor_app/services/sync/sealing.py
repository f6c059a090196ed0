"""Who a visit's bundles are sealed to, and opening a sealed bundle before its checks.

A bundle is sealed whenever its recipients are known: the certificates given for this
export (``--seal-to``), those remembered for the visit (delivered by its invitation on the
visit's first import, signed by its lead: services/trust.recipients_refusal; or sealed to
in an earlier export here) and the office's from its trust list, once one is installed
(``office_trust_list_recipients``: its CA entries with an RSA key). An invitation is not
sealed to the office alone (the co-assessor could not open it). ``--no-seal`` is the
explicit way out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app.domain.display_text import NAME_LIMIT, one_line
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.sync_types import (
    BundleEnvelopeDamagedError,
    BundleEnvelopeUnsupportedError,
    BundleRefusedError,
    BundleSealedError,
    SealSkip,
    SkippedRecipient,
)
from assessor_app.sync.bundle_format import SEALED_HEAD_BYTES, Limits, looks_sealed

if TYPE_CHECKING:
    from assessor_app.identity.envelope import RecipientCertificate
    from assessor_app.identity.pkcs12 import SigningIdentity

MB = 1024 * 1024
# What an envelope adds to the zip: recipient infos (~0.5 KB each), padding, DER headers.
# Counted on export, so that whatever is sealed here opens within the receiver's bound.
ENVELOPE_MARGIN = 64 * 1024


@dataclass(frozen=True, slots=True)
class OfficeRecipients:
    """The office's certificates of the trust list a bundle is sealed to, and those left out."""

    pems: list[bytes]
    skipped: list[SkippedRecipient]


def office_trust_list_recipients(anchor_pems: Iterable[bytes]) -> OfficeRecipients:
    """The office's certificates every bundle exported here is sealed to once its trust list
    is installed (issue 12): the list's CA entries (domain/trust_types.can_issue; a
    registered assessor's certificate is not the office) with an RSA key. A CA entry the
    envelope cannot seal to (an EC key, say) is left out and named with the reason. Key
    usage is not asked: a CA certificate made by ``identity create-ca`` before keyEncipherment
    was added to it opens sealed bundles with ``openssl cms -decrypt`` and here alike."""
    from assessor_app.identity.envelope import load_recipient_certificates
    from assessor_app.identity.trust_validation import certificate_facts, is_ca_certificate

    pems: list[bytes] = []
    skipped: list[SkippedRecipient] = []
    for pem in anchor_pems:
        try:
            if not is_ca_certificate(pem):
                continue
            name = one_line(certificate_facts(pem).name or "the office's CA", NAME_LIMIT)
        except Exception:
            skipped.append(SkippedRecipient("an unreadable certificate", SealSkip.UNREADABLE))
            continue
        try:
            load_recipient_certificates(pem)
        except ValidationError as exc:
            why = SealSkip.NOT_RSA if exc.code == ErrorCode.SEAL_RECIPIENT_NOT_RSA else None
            skipped.append(SkippedRecipient(name, why or SealSkip.UNREADABLE))
            continue
        pems.append(pem)
    return OfficeRecipients(pems, skipped)


def read_certificates(pems: Iterable[bytes]) -> list[RecipientCertificate]:
    """Every certificate of these PEM texts, each checked to be sealable (RSA), once each."""
    from assessor_app.identity.envelope import load_recipient_certificates

    out: list[RecipientCertificate] = []
    seen: set[str] = set()
    for pem in pems:
        if not pem.strip():
            continue
        for cert in load_recipient_certificates(pem):
            if cert.fingerprint not in seen:
                seen.add(cert.fingerprint)
                out.append(cert)
    return out


def pem_of(certs: Sequence[RecipientCertificate]) -> bytes:
    return b"".join(c.pem() for c in certs)


def check_sealable_size(size: int, limits: Limits) -> None:
    if size > limits.max_sealed_bytes:
        raise ValidationError.coded(
            ErrorCode.SEALED_BUNDLE_TOO_LARGE,
            most=limits.max_sealed_bytes // MB,
            size=-(-size // MB),
        )


def is_sealed(path: Path) -> bool:
    """Whether the file is a sealed bundle (a CMS envelope), from its first bytes."""
    try:
        with path.open("rb") as fh:
            return looks_sealed(fh.read(SEALED_HEAD_BYTES))
    except OSError:
        return False  # the reader reports an unreadable file in its own words


def sealed_to(path: Path) -> list[str]:
    """The keys a sealed bundle is sealed to, as people read them (issuer and serial)."""
    from assessor_app.identity.envelope import recipients_of

    return [r.describe() for r in recipients_of(_read_envelope(path, None))]


def _read_envelope(path: Path, limits: Limits | None) -> bytes:
    try:
        if limits is not None and path.stat().st_size > limits.max_sealed_bytes:
            raise BundleRefusedError(
                f"{path.name} is a sealed bundle larger than {limits.max_sealed_bytes // MB} MB"
            )
        return path.read_bytes()
    except OSError as exc:
        raise BundleRefusedError(f"cannot read {path.name}: {exc.strerror}") from None


def open_sealed_file(path: Path, identity: SigningIdentity | None, limits: Limits) -> bytes:
    """The bundle inside a sealed file, opened with ``identity``. Without one, or with one
    the envelope is not sealed to, the refusal names the keys that open it; a damaged or
    changed envelope is refused as such. Nothing is written anywhere."""
    from assessor_app.identity.envelope import open_sealed, read_envelope, refuse_unsupported

    envelope = _read_envelope(path, limits)
    try:
        if identity is None:
            found = read_envelope(envelope)
            refuse_unsupported(found)  # no key would help: say so first
            raise BundleSealedError("; ".join(r.describe() for r in found.recipients) or "?")
        return open_sealed(envelope, identity)
    except BundleRefusedError:
        raise
    except ValidationError as exc:
        if exc.code == ErrorCode.SEALED_FOR_OTHER_KEYS:
            raise BundleSealedError(str(exc.params.get("needed", "?"))) from None
        if exc.code == ErrorCode.SEALED_ALGORITHM_UNSUPPORTED:
            raise BundleEnvelopeUnsupportedError(str(exc.params.get("algorithm", "?"))) from None
        raise BundleEnvelopeDamagedError() from None


def opening_certificate(path: Path, certificates_pem: Sequence[bytes]) -> int | None:
    """The position of the first certificate the sealed bundle names as a recipient (for
    the GUI to offer the assessor's own identity); None when none of them opens it."""
    from assessor_app.identity.envelope import opening_index

    try:
        return opening_index(_read_envelope(path, None), certificates_pem)
    except (ValidationError, BundleRefusedError):
        return None
