"""Sealed bundles: a CMS EnvelopedData (S/MIME, RFC 5652) around the whole bundle file.

Built and opened by ``cryptography``'s pkcs7 module, so any CMS tool opens it too
(``openssl cms -decrypt -inform DER -in F -recip cert.pem -inkey key.pem``). The content
is encrypted with AES-256-CBC under a fresh key, and that key is encrypted to each
recipient's RSA key (the only recipient key type ``cryptography`` supports: EC recipients
would need key agreement, which it does not build). The recipients are read back with
asn1crypto, so a refusal can name the key a bundle needs without opening it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.identity.pkcs12 import SigningIdentity, fingerprint_of

MAX_RECIPIENTS = 20  # an envelope for a visit's assessors and office, not a mailing list


@dataclass(frozen=True, slots=True)
class Recipient:
    """One key an envelope is sealed to, as the envelope names it (issuer and serial)."""

    issuer: str  # as people read it: "CN=Dr Lead, E=lead@example.org"
    serial: int
    issuer_name: asn1_x509.Name = field(compare=False, repr=False)

    def matches(self, certificate: x509.Certificate) -> bool:
        """Whether ``certificate`` is the one this recipient names (issuer and serial)."""
        issuer = asn1_x509.Name.load(certificate.issuer.public_bytes())
        return certificate.serial_number == self.serial and issuer == self.issuer_name

    def describe(self) -> str:
        return f"{self.issuer} (serial {self.serial:X})"


@dataclass(frozen=True, slots=True)
class RecipientCertificate:
    """A certificate a bundle can be sealed to, and how it is shown."""

    certificate: x509.Certificate

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def name(self) -> str:
        attrs = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(attrs[0].value) if attrs else self.subject

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.certificate)

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def load_recipient_certificates(pem: bytes) -> list[RecipientCertificate]:
    """The certificates in a PEM file (one or more), each checked to be sealable: an RSA
    key. An EC certificate (the key type of identities made before sealing) is refused by
    name, since ``cryptography`` cannot seal to it."""
    try:
        certs = x509.load_pem_x509_certificates(pem)
    except ValueError:
        raise ValidationError.coded(ErrorCode.SEAL_CERTIFICATE_UNREADABLE) from None
    if len(certs) > MAX_RECIPIENTS:
        raise ValidationError.coded(ErrorCode.SEAL_TOO_MANY_RECIPIENTS, most=MAX_RECIPIENTS)
    out = [RecipientCertificate(c) for c in certs]
    for r in out:
        if not isinstance(r.certificate.public_key(), rsa.RSAPublicKey):
            raise ValidationError.coded(ErrorCode.SEAL_RECIPIENT_NOT_RSA, subject=r.subject)
    return out


def can_be_sealed_to(identity: SigningIdentity) -> bool:
    """Whether others can seal bundles to this identity (its key is RSA)."""
    return isinstance(identity.certificate.public_key(), rsa.RSAPublicKey)


def seal(data: bytes, recipients: list[RecipientCertificate]) -> bytes:
    """``data`` as a DER CMS EnvelopedData that each recipient's private key opens."""
    if not recipients:
        raise ValidationError.coded(ErrorCode.SEAL_NO_RECIPIENTS)
    builder = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(data)
        .set_content_encryption_algorithm(algorithms.AES256)
    )
    seen: set[str] = set()
    for r in recipients:
        if r.fingerprint in seen:
            continue
        seen.add(r.fingerprint)
        builder = builder.add_recipient(r.certificate)
    # Binary: the bytes are a zip, never to be turned into canonical MIME text.
    return builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def recipients_of(envelope: bytes) -> list[Recipient]:
    """The keys an envelope is sealed to; ValidationError when it is not one we can read."""
    try:
        info = cms.ContentInfo.load(envelope)
        if info["content_type"].native != "enveloped_data":
            raise ValueError("not enveloped data")
        out = []
        for ri in info["content"]["recipient_infos"]:
            if ri.name != "ktri":
                continue  # key agreement or passwords: not a kind this app seals to
            rid = ri.chosen["rid"]
            if rid.name != "issuer_and_serial_number":
                continue
            issuer = rid.chosen["issuer"]
            out.append(Recipient(_shown(issuer), int(rid.chosen["serial_number"].native), issuer))
        return out
    except (ValueError, TypeError, KeyError):
        raise ValidationError.coded(ErrorCode.SEALED_ENVELOPE_DAMAGED) from None


_SHORT = {"common_name": "CN", "email_address": "E", "organizational_unit_name": "OU",
          "organization_name": "O", "country_name": "C"}  # fmt: skip


def _shown(name: asn1_x509.Name) -> str:
    """A Name in the order its certificate gives it, with the usual short labels."""
    parts: list[str] = []
    for key, value in name.native.items():
        values = value if isinstance(value, list) else [value]
        parts.extend(f"{_SHORT.get(key, key)}={v}" for v in values)
    return ", ".join(parts) or "(no name)"


def is_recipient(certificate: x509.Certificate, recipients: list[Recipient]) -> bool:
    return any(r.matches(certificate) for r in recipients)


def opening_index(envelope: bytes, certificates_pem: Sequence[bytes]) -> int | None:
    """Which of these PEM certificates the envelope is sealed to (the first), or None."""
    recipients = recipients_of(envelope)
    for index, pem in enumerate(certificates_pem):
        try:
            cert = x509.load_pem_x509_certificate(pem)
        except ValueError:
            continue
        if is_recipient(cert, recipients):
            return index
    return None


def open_sealed(envelope: bytes, identity: SigningIdentity) -> bytes:
    """The content of an envelope, opened with ``identity``'s key. ValidationError when the
    identity is not a recipient (naming the keys it is sealed to) or the envelope is damaged
    or was changed."""
    key = identity.private_key
    if isinstance(key, rsa.RSAPrivateKey):
        try:
            return pkcs7.pkcs7_decrypt_der(envelope, identity.certificate, key, [])
        except ValueError:
            pass  # not a recipient, or damaged: the recipient list tells which
    # Read only on failure: parsing the envelope again costs as much as opening it.
    recipients = recipients_of(envelope)
    if isinstance(key, rsa.RSAPrivateKey) and is_recipient(identity.certificate, recipients):
        raise ValidationError.coded(ErrorCode.SEALED_ENVELOPE_DAMAGED)
    raise ValidationError.coded(
        ErrorCode.SEALED_FOR_OTHER_KEYS,
        needed="; ".join(r.describe() for r in recipients) or "?",
    )
