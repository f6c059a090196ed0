"""The office's own small CA, for an office without a PKI: make the CA identity, and
issue assessor identities (certificate signed by the CA, key in a PKCS#12 with the CA's
certificate in its chain). On ``cryptography`` alone; what it issues is checked with the
same validator as everything else (trust_validation)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.signer_rules import signer_problem
from assessor_app.identity.certificate_facts import UnreadableCertificateError, facts_of
from assessor_app.identity.pkcs12 import MIN_PASSPHRASE, SigningIdentity

CA_VALIDITY = timedelta(days=3650)
ISSUED_VALIDITY = timedelta(days=730)
RSA_BITS = 2048  # RSA, so issued identities can also open bundles sealed to them


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=not ca,  # non-repudiation
        key_encipherment=True,  # sealed bundles (CMS) are encrypted to the RSA key (the CA too)
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _protect(
    name: str,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    passphrase: str,
) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError.coded(ErrorCode.PASSPHRASE_TOO_SHORT, least=MIN_PASSPHRASE)
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(50_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, cert, chain or None, encryption
    )


def create_office_ca(name: str, passphrase: str) -> bytes:
    """A self-signed CA certificate (ten years, may issue end-entity certificates only)
    and its RSA key, as PKCS#12 bytes protected by ``passphrase``."""
    if not name.strip():
        raise ValidationError.coded(ErrorCode.TRUST_CA_NAME_MISSING)
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "IASIOS accreditation office"),
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
        .not_valid_after(now + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return _protect(name.strip(), key, cert, [], passphrase)


def issue_identity(
    ca: SigningIdentity,
    name: str,
    email: str,
    passphrase: str,
    validity: timedelta = ISSUED_VALIDITY,
) -> bytes:
    """An assessor identity signed by the office CA ``ca``, as PKCS#12 bytes."""
    problem = signer_problem(name, email)
    if problem is not None:
        raise problem
    try:
        is_ca = facts_of(ca.certificate).is_ca  # the guarded reader: no extension crashes
    except UnreadableCertificateError:
        raise ValidationError.coded(ErrorCode.SIGNER_CERTIFICATE_UNREADABLE) from None
    if not is_ca:
        raise ValidationError.coded(ErrorCode.TRUST_NOT_A_CA, name=ca.name)
    ca_key = ca.private_key
    if not isinstance(ca_key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise ValidationError.coded(ErrorCode.IDENTITY_KEY_UNSUPPORTED)
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "IASIOS assessor"),
        ]
    )
    now = datetime.now(UTC)
    not_after = min(now + validity, ca.certificate.not_valid_after_utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]), False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return _protect(name.strip(), key, cert, [ca.certificate], passphrase)
