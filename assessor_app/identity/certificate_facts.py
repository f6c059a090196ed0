"""Reading a certificate somebody else made: the one guarded way.

A bundle's signer.pem, a file given to ``identity trust add``, an invitation's trust list,
a recipient certificate: each is outside input. ``cryptography`` parses extensions lazily,
so a certificate that loads can still raise on first use of ``cert.extensions`` (a
duplicate extension raises DuplicateExtension, an odd general name
UnsupportedGeneralNameType, a bad key UnsupportedAlgorithm...). Every field trust decisions
read is read here, once, inside one guard: a certificate that cannot be read whole is
``UnreadableCertificateError`` (a ValueError), which each caller refuses with its own code
(SIGNER_CERTIFICATE_UNREADABLE, TRUST_FILE_UNREADABLE...). Names come out on one line
(domain/display_text.py), ready for messages.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from asn1crypto import pem as asn1_pem
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from assessor_app.domain.certificate_fitness import CertificateTerms
from assessor_app.domain.display_text import one_line
from assessor_app.domain.trust_types import ISSUING_USAGE, can_issue


class UnreadableCertificateError(ValueError):
    """A certificate that cannot be read whole (parsing, an extension, the key)."""


def fingerprint_of(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, as colon-separated hex (what the office registers)."""
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def terms_of(cert: x509.Certificate) -> CertificateTerms:
    """Validity and key usage, as the fitness rule (domain/certificate_fitness.py) reads
    them; UnreadableCertificateError when the extensions cannot be parsed."""
    try:
        usage: x509.KeyUsage | None = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    except Exception as exc:
        raise UnreadableCertificateError(f"{type(exc).__name__}: {exc}") from None
    granted: frozenset[str] | None = None
    if usage is not None:
        names = {
            "digital_signature": usage.digital_signature,
            "non_repudiation": usage.content_commitment,
            "key_encipherment": usage.key_encipherment,
            "data_encipherment": usage.data_encipherment,
            "key_agreement": usage.key_agreement,
            "key_cert_sign": usage.key_cert_sign,
            "crl_sign": usage.crl_sign,
        }
        granted = frozenset(name for name, on in names.items() if on)
    return CertificateTerms(
        not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc, key_usage=granted
    )


def der_of(data: bytes) -> bytes:
    """DER bytes of a PEM or DER certificate."""
    if asn1_pem.detect(data):
        _kind, _headers, der = asn1_pem.unarmor(data)
        return bytes(der)
    return data


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    """What trust decisions read from one certificate."""

    name: str  # the subject's common name, on one line ("" when none)
    emails: tuple[str, ...]  # subject e-mail first, then the SAN's rfc822 names (as given)
    fingerprint: str
    is_ca: bool
    terms: CertificateTerms  # validity and key usage, for the fitness rule
    pem: bytes
    der: bytes
    certificate: x509.Certificate

    @property
    def email(self) -> str:
        return self.emails[0] if self.emails else ""

    @property
    def shown_email(self) -> str:
        """The first e-mail on one line, for messages and summaries."""
        return one_line(self.email)


def _read(cert: x509.Certificate, der: bytes) -> CertificateFacts:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    emails = [str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)]
    extensions = cert.extensions  # parsed here, inside the guard: may raise
    try:
        san = extensions.get_extension_for_class(x509.SubjectAlternativeName)
        emails += [e for e in san.value.get_values_for_type(x509.RFC822Name) if e not in emails]
    except x509.ExtensionNotFound:
        pass
    try:
        ca = bool(extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        ca = False
    try:
        usage = extensions.get_extension_for_class(x509.KeyUsage).value
        ca = can_issue(ca, frozenset({ISSUING_USAGE}) if usage.key_cert_sign else frozenset())
    except x509.ExtensionNotFound:
        ca = can_issue(ca, None)  # may issue: the one rule (domain/trust_types.can_issue)
    cert.public_key()  # a key type cryptography cannot load makes it unreadable too
    return CertificateFacts(
        name=one_line(names[0].value) if names else "",
        emails=tuple(emails),
        fingerprint=fingerprint_of(cert),
        is_ca=ca,
        terms=terms_of(cert),
        pem=cert.public_bytes(serialization.Encoding.PEM),
        der=der,
        certificate=cert,
    )


def certificate_facts(data: bytes) -> CertificateFacts:
    """Name, e-mails, fingerprint, CA flag and terms of a PEM or DER certificate;
    UnreadableCertificateError (a ValueError) when any of it cannot be read."""
    try:
        der = der_of(data)
        return _read(x509.load_der_x509_certificate(der), der)
    except Exception as exc:
        raise UnreadableCertificateError(f"{type(exc).__name__}: {exc}") from None


def facts_of(cert: x509.Certificate) -> CertificateFacts:
    """The same for a certificate already loaded (a recipient's, an identity's)."""
    try:
        return _read(cert, cert.public_bytes(serialization.Encoding.DER))
    except Exception as exc:
        raise UnreadableCertificateError(f"{type(exc).__name__}: {exc}") from None
