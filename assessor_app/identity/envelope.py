"""Sealed bundles: a CMS EnvelopedData (S/MIME, RFC 5652) around the whole bundle file.

Built and opened by ``cryptography``'s pkcs7 module, so any CMS tool opens it too
(``openssl cms -decrypt -inform DER -in F -recip cert.pem -inkey key.pem``). The content
is encrypted with AES-256-CBC under a fresh key, and that key is encrypted to each
recipient's RSA key (the only recipient key type ``cryptography`` supports: EC recipients
would need key agreement, which it does not build). The recipients are read back with
asn1crypto, so a refusal can name the key a bundle needs without opening it.
"""

from __future__ import annotations

import re
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

from assessor_app.domain.display_text import one_line
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.identity.certificate_facts import UnreadableCertificateError, facts_of
from assessor_app.identity.pkcs12 import SigningIdentity, fingerprint_of

MAX_RECIPIENTS = 20  # an envelope for a visit's assessors and office, not a mailing list
ISSUER_LIMIT = 200  # an issuer's name as a refusal shows it
SERIAL_DIGITS = 40  # RFC 5280 serials have at most 20 octets; a hostile one may be huge


@dataclass(frozen=True, slots=True)
class Recipient:
    """One key an envelope is sealed to, as the envelope names it (issuer and serial)."""

    issuer: str  # as people read it, on one line: "CN=Dr Lead, E=lead@example.org"
    serial: int
    issuer_name: asn1_x509.Name = field(compare=False, repr=False)
    # The key-encryption algorithm when it is not one this app opens ("RSA-OAEP ...").
    key_problem: str | None = None

    def matches(self, certificate: x509.Certificate) -> bool:
        """Whether ``certificate`` is the one this recipient names (issuer and serial)."""
        try:
            issuer = asn1_x509.Name.load(certificate.issuer.public_bytes())
            return certificate.serial_number == self.serial and issuer == self.issuer_name
        except Exception:
            return False

    def describe(self) -> str:
        return f"{self.issuer} (serial {str(f'{self.serial:X}')[:SERIAL_DIGITS]})"


@dataclass(frozen=True, slots=True)
class RecipientCertificate:
    """A certificate a bundle can be sealed to, and how it is shown."""

    certificate: x509.Certificate

    @property
    def subject(self) -> str:
        """The subject on one line (it may come from an invitation: outside text)."""
        try:
            return one_line(self.certificate.subject.rfc4514_string(), ISSUER_LIMIT)
        except Exception:
            return "(an unreadable name)"

    @property
    def name(self) -> str:
        try:
            attrs = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        except Exception:
            attrs = []
        return one_line(attrs[0].value) if attrs else self.subject

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.certificate)

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def load_recipient_certificates(pem: bytes) -> list[RecipientCertificate]:
    """The certificates in a PEM file (one or more), or one DER certificate (what a .cer or
    .crt file often holds), each checked to be sealable: an RSA key. An EC certificate (the
    key type of identities made before sealing) is refused by name, since ``cryptography``
    cannot seal to it."""
    try:
        if b"-----BEGIN" in pem:
            certs = x509.load_pem_x509_certificates(pem)
        else:
            certs = [x509.load_der_x509_certificate(pem)]
    except ValueError:
        raise ValidationError.coded(ErrorCode.SEAL_CERTIFICATE_UNREADABLE) from None
    if len(certs) > MAX_RECIPIENTS:
        raise ValidationError.coded(ErrorCode.SEAL_TOO_MANY_RECIPIENTS, most=MAX_RECIPIENTS)
    out = [RecipientCertificate(c) for c in certs]
    for r in out:
        try:  # outside input (an invitation's): read whole by the guarded reader
            facts_of(r.certificate)
        except UnreadableCertificateError:
            raise ValidationError.coded(ErrorCode.SEAL_CERTIFICATE_UNREADABLE) from None
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


# What ``cryptography`` opens (and this app seals with): AES-CBC content, RSA PKCS#1 v1.5
# key transport. Anything else is refused naming its algorithm, before it is tried.
_OPENABLE_CONTENT = frozenset({"aes128_cbc", "aes256_cbc"})
_OPENABLE_KEY = frozenset({"rsaes_pkcs1v15"})
_ALGORITHM_NAMES = {
    "des": "DES-CBC", "tripledes_3key": "triple DES (DES-EDE3-CBC)", "rc2": "RC2",
    "rc4": "RC4", "rc5": "RC5", "rsaes_oaep": "RSA-OAEP key transport",
    "rsaes_pkcs1v15": "RSA PKCS#1 v1.5 key transport",
}  # fmt: skip
MAX_RECIPIENT_INFOS = 100  # read at most this many (an envelope may list thousands)


def _algorithm_name(algorithm: object) -> str:
    """An asn1crypto algorithm identifier as people read it (its OID when unknown)."""
    try:
        name = str(algorithm["algorithm"].native)  # type: ignore[index]
    except Exception:
        return "an unknown algorithm"
    if name in _ALGORITHM_NAMES:
        return _ALGORITHM_NAMES[name]
    aes = re.fullmatch(r"aes(\d+)_(\w+)", name)  # asn1crypto's "aes256_gcm"
    if aes:
        return f"AES-{aes[1]}-{aes[2].upper()}"
    # another name asn1crypto knows, or the dotted OID of one it does not
    return one_line(f"OID {name}" if "." in name else name.replace("_", "-").upper())


@dataclass(frozen=True, slots=True)
class Envelope:
    """What an envelope says about itself, read before (or instead of) opening it."""

    recipients: list[Recipient]
    # Why no key opens it, naming the algorithm ("AES-256-GCM (AuthEnvelopedData)"), or None.
    unsupported: str | None


def read_envelope(envelope: bytes) -> Envelope:
    """Its recipients and whether its content algorithm is one this app opens;
    ValidationError SEALED_ENVELOPE_DAMAGED when it is not a CMS envelope we can read."""
    try:
        info = cms.ContentInfo.load(envelope)
        kind = info["content_type"].native
        if kind not in ("enveloped_data", "authenticated_enveloped_data"):
            raise ValueError("not enveloped data")
        content = info["content"]
        authenticated = kind == "authenticated_enveloped_data"
        encrypted = content[
            "auth_encrypted_content_info" if authenticated else "encrypted_content_info"
        ]
        algorithm = encrypted["content_encryption_algorithm"]
        unsupported = None
        if authenticated:
            unsupported = f"{_algorithm_name(algorithm)} (AuthEnvelopedData)"
        elif algorithm["algorithm"].native not in _OPENABLE_CONTENT:
            unsupported = _algorithm_name(algorithm)
        out = []
        for index, ri in enumerate(content["recipient_infos"]):
            if index >= MAX_RECIPIENT_INFOS:
                break
            if ri.name != "ktri":
                continue  # key agreement or passwords: not a kind this app seals to
            rid = ri.chosen["rid"]
            if rid.name != "issuer_and_serial_number":
                continue
            issuer = rid.chosen["issuer"]
            key_algorithm = ri.chosen["key_encryption_algorithm"]
            out.append(
                Recipient(
                    _shown(issuer), int(rid.chosen["serial_number"].native), issuer,
                    key_problem=None
                    if key_algorithm["algorithm"].native in _OPENABLE_KEY
                    else _algorithm_name(key_algorithm),
                )
            )  # fmt: skip
        return Envelope(out, unsupported)
    except Exception:
        raise ValidationError.coded(ErrorCode.SEALED_ENVELOPE_DAMAGED) from None


def recipients_of(envelope: bytes) -> list[Recipient]:
    """The keys an envelope is sealed to; ValidationError when it is not one we can read."""
    return read_envelope(envelope).recipients


def refuse_unsupported(found: Envelope) -> None:
    """ValidationError SEALED_ALGORITHM_UNSUPPORTED when no key could open the envelope."""
    if found.unsupported is not None:
        raise ValidationError.coded(
            ErrorCode.SEALED_ALGORITHM_UNSUPPORTED, algorithm=found.unsupported
        )


_SHORT = {"common_name": "CN", "email_address": "E", "organizational_unit_name": "OU",
          "organization_name": "O", "country_name": "C"}  # fmt: skip


def _shown(name: asn1_x509.Name) -> str:
    """A Name in the order its certificate gives it, with the usual short labels, on one
    line (the envelope's sender wrote it: no line breaks, controls or bidi overrides)."""
    parts: list[str] = []
    for key, value in name.native.items():
        values = value if isinstance(value, list) else [value]
        parts.extend(f"{_SHORT.get(key, key)}={v}" for v in values)
    return one_line(", ".join(parts) or "(no name)", ISSUER_LIMIT)


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
    """The content of an envelope, opened with ``identity``'s key. ValidationError (always
    coded, whatever the envelope holds) when the identity is not a recipient (naming the
    keys it is sealed to), when the envelope uses an algorithm this app cannot open (naming
    it), or when it is damaged or was changed."""
    key = identity.private_key
    if isinstance(key, rsa.RSAPrivateKey):
        try:
            return pkcs7.pkcs7_decrypt_der(envelope, identity.certificate, key, [])
        except Exception:
            pass  # not a recipient, another algorithm, or damaged: the envelope tells which
    # Read only on failure: parsing the envelope again costs as much as opening it.
    found = read_envelope(envelope)
    mine = [r for r in found.recipients if r.matches(identity.certificate)]
    if not (isinstance(key, rsa.RSAPrivateKey) and mine):
        raise ValidationError.coded(
            ErrorCode.SEALED_FOR_OTHER_KEYS,
            needed="; ".join(r.describe() for r in found.recipients) or "?",
        )
    refuse_unsupported(found)
    problems = [r.key_problem for r in mine if r.key_problem]
    if len(problems) == len(mine):
        raise ValidationError.coded(ErrorCode.SEALED_ALGORITHM_UNSUPPORTED, algorithm=problems[0])
    raise ValidationError.coded(ErrorCode.SEALED_ENVELOPE_DAMAGED)
