"""Does a certificate chain to the office's trust list? Asked of pyHanko's certificate
validator (path building, signatures, validity periods, CA constraints), never by hand.

An anchor may be the office's CA or a registered assessor's own certificate. Only a CA
entry (basicConstraints cA=TRUE and keyCertSign, domain/trust_types.can_issue) is a trust
root for chains; a registered assessor's certificate is a root only for itself (its own
one-element path), so it can never vouch for a certificate it signed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

from assessor_app.domain.trust_types import can_issue, may_vouch
from assessor_app.identity.pkcs12 import fingerprint_of


def der_of(data: bytes) -> bytes:
    """DER bytes of a PEM or DER certificate."""
    if asn1_pem.detect(data):
        _kind, _headers, der = asn1_pem.unarmor(data)
        return bytes(der)
    return data


def problem_with_chain(
    cert: bytes,
    anchors: Iterable[bytes],
    intermediates: Iterable[bytes] = (),
    moment: datetime | None = None,
) -> str | None:
    """None when ``cert`` (PEM or DER) chains to one of ``anchors`` at ``moment`` (now by
    default); otherwise the validator's reason, one line."""
    try:
        listed = [asn1_x509.Certificate.load(der_of(a)) for a in anchors]
        subject = asn1_x509.Certificate.load(der_of(cert))
        roots = roots_for(subject, listed)
    except ValueError as exc:  # a certificate asn1crypto cannot parse
        return f"the certificate cannot be read ({exc})"
    if not listed:
        return "no trust list is installed"
    context = ValidationContext(
        trust_roots=roots,
        other_certs=[asn1_x509.Certificate.load(der_of(c)) for c in intermediates],
        moment=moment,
        allow_fetching=False,  # offline app: the office's list is the whole truth here
        revocation_mode="soft-fail",
    )
    validator = CertificateValidator(subject, validation_context=context)
    try:
        asyncio.run(validator.async_validate_path())
    except PathBuildingError:
        return "it does not chain to a certificate of the office's trust list"
    except (PathValidationError, ValidationError) as exc:
        text = " ".join(str(exc).split())
        if "self-signed" in text:
            return "it is self-signed and not on the office's trust list"
        return text
    except ValueError as exc:  # a certificate asn1crypto cannot parse
        return f"the certificate cannot be read ({exc})"
    return None


def _sha256(cert: asn1_x509.Certificate) -> str:
    return cert.sha256.hex()


def _issues(cert: asn1_x509.Certificate) -> tuple[bool, frozenset[str] | None]:
    usage = cert.key_usage_value
    return bool(cert.ca), (frozenset(usage.native) if usage is not None else None)


def roots_for(
    cert: asn1_x509.Certificate, listed: Iterable[asn1_x509.Certificate]
) -> list[asn1_x509.Certificate]:
    """The entries of a trust list that may be trust roots for ``cert`` (may_vouch): its
    CA entries, and any other entry only when it is ``cert`` itself."""
    wanted = _sha256(cert)
    return [a for a in listed if may_vouch(*_issues(a), _sha256(a), wanted)]


def is_ca_certificate(cert: bytes) -> bool:
    """Whether a certificate may issue others (cA=TRUE and keyCertSign: can_issue)."""
    return can_issue(*_issues(asn1_x509.Certificate.load(der_of(cert))))


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    """What trust decisions read from one certificate."""

    name: str
    emails: tuple[str, ...]  # subject e-mail first, then the SAN's rfc822 names
    fingerprint: str
    is_ca: bool  # may issue: cA=TRUE and keyCertSign (can_issue)
    pem: bytes
    der: bytes

    @property
    def email(self) -> str:
        return self.emails[0] if self.emails else ""


def certificate_facts(data: bytes) -> CertificateFacts:
    """Name, e-mails, fingerprint of a PEM or DER certificate (ValueError when unreadable)."""
    der = der_of(data)
    cert = x509.load_der_x509_certificate(der)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    emails = [str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)]
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        emails += [e for e in san.value.get_values_for_type(x509.RFC822Name) if e not in emails]
    except x509.ExtensionNotFound:
        pass
    return CertificateFacts(
        name=str(names[0].value) if names else "",
        emails=tuple(emails),
        fingerprint=fingerprint_of(cert),
        is_ca=is_ca_certificate(der),
        pem=cert.public_bytes(serialization.Encoding.PEM),
        der=der,
    )


def certificates_in(data: bytes) -> list[bytes]:
    """The DER certificates of a file: one DER certificate, or every PEM block in it."""
    if asn1_pem.detect(data):
        return [bytes(der) for kind, _h, der in asn1_pem.unarmor(data, multiple=True)
                if kind == "CERTIFICATE"]  # fmt: skip
    return [data] if data else []
