"""Create and open passphrase-protected PKCS#12 signing identities (cryptography).

Used to sign reports (PAdES, in reports/) and bundle manifests (sync/): services load the
identity here and hand the key to those packages, which never read .p12 files themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from assessor_app.domain.certificate_fitness import CertificateTerms
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.signer_rules import signer_problem
from assessor_app.identity.certificate_facts import fingerprint_of as fingerprint_of
from assessor_app.identity.certificate_facts import terms_of

VALIDITY = timedelta(days=730)
# New identities are RSA so that they can receive sealed bundles (cryptography seals CMS
# envelopes to RSA keys only) and pyHanko keeps their signed reports at PDF 1.7. 3072 bits:
# about 128-bit strength (NIST SP 800-57), so bundles sealed today stay confidential past
# 2030, when 2048 bits is retired; generating one takes well under a second, once.
RSA_KEY_BITS = 3072
# What `identity create --valid-days` accepts.
MIN_VALID_DAYS, MAX_VALID_DAYS = 1, 3650


MIN_PASSPHRASE = 8  # protects the private key in the .p12


@dataclass(frozen=True)
class SigningIdentity:
    private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def name(self) -> str:
        attrs = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(attrs[0].value) if attrs else ""

    @property
    def email(self) -> str:
        attrs = self.certificate.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
        return str(attrs[0].value) if attrs else ""

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the DER certificate, as colon-separated hex (what the office registers)."""
        return fingerprint_of(self.certificate)

    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def private_key_der(self) -> bytes:
        """Unencrypted PKCS#8 DER, for handing the key to the PDF signer in memory only."""
        return self.private_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    def chain_der(self) -> tuple[bytes, ...]:
        return tuple(c.public_bytes(serialization.Encoding.DER) for c in self.chain)


@dataclass(frozen=True)
class CertificateInfo:
    """What a list of identities shows, read from the public certificate alone."""

    name: str
    email: str
    fingerprint: str
    not_valid_after: datetime
    terms: CertificateTerms  # validity and key usage: whether it can sign (see fitness)


def read_certificate_info(pem: bytes) -> CertificateInfo:
    """Name, e-mail, fingerprint and expiry of a PEM certificate (ValueError when broken,
    UnreadableCertificateError, a ValueError, when its extensions are)."""
    cert = x509.load_pem_x509_certificate(pem)

    def attr(oid: x509.ObjectIdentifier) -> str:
        attrs = cert.subject.get_attributes_for_oid(oid)
        return str(attrs[0].value) if attrs else ""

    return CertificateInfo(
        name=attr(NameOID.COMMON_NAME),
        email=attr(NameOID.EMAIL_ADDRESS),
        fingerprint=fingerprint_of(cert),
        not_valid_after=cert.not_valid_after_utc,
        terms=terms_of(cert),
    )


def create_identity(
    name: str, email: str, passphrase: str, validity: timedelta = VALIDITY
) -> bytes:
    """A self-signed RSA certificate (digital signature, non-repudiation and key
    encipherment, so bundles can be sealed to it; two years unless ``validity`` says
    otherwise) and its key, as PKCS#12 bytes protected by ``passphrase``. Identities made
    before sealing (EC P-256) still load, sign and verify."""
    problem = signer_problem(name, email)
    if problem is not None:
        raise problem
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError.coded(ErrorCode.PASSPHRASE_TOO_SHORT, least=MIN_PASSPHRASE)
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "IASIOS assessor"),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + validity)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # non-repudiation
                key_encipherment=True,  # receives the key of a sealed bundle (CMS)
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]), False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(50_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(
        name.strip().encode("utf-8"), key, cert, None, encryption
    )


def load_identity(data: bytes, passphrase: str) -> SigningIdentity:
    """Open PKCS#12 bytes; a wrong passphrase or a broken file is a clear ValidationError."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError:
        raise ValidationError.coded(ErrorCode.IDENTITY_WONT_OPEN) from None
    if key is None or cert is None:
        raise ValidationError.coded(ErrorCode.IDENTITY_FILE_INCOMPLETE)
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise ValidationError.coded(ErrorCode.IDENTITY_KEY_UNSUPPORTED)
    return SigningIdentity(key, cert, tuple(extra))
