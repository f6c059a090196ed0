"""Certificates of every class the fitness rule and pdfsig tell apart, made directly with
cryptography (the app itself refuses to make or sign with the unfit ones)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from assessor_app.reports.signing import SignerKey

# Class name -> (days from now the validity starts, days it ends, key usage bits granted;
# None: no key usage extension at all).
CLASSES: dict[str, tuple[int, int, frozenset[str] | None]] = {
    "valid": (-1, 365, frozenset({"digital_signature", "non_repudiation"})),
    "expired": (-400, -1, frozenset({"digital_signature", "non_repudiation"})),
    "not-yet-valid": (10, 400, frozenset({"digital_signature", "non_repudiation"})),
    "non-signing": (-1, 365, frozenset({"key_agreement"})),
    "no-key-usage": (-1, 365, None),
}


def make_certificate(
    name: str, email: str, start_days: int, end_days: int, usage: frozenset[str] | None
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        ]
    )
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + timedelta(days=start_days))
        .not_valid_after(now + timedelta(days=end_days))
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), False)
    )
    if usage is not None:
        bits = {
            "digital_signature": "digital_signature" in usage,
            "content_commitment": "non_repudiation" in usage,
            "key_encipherment": "key_encipherment" in usage,
            "data_encipherment": False,
            "key_agreement": "key_agreement" in usage,
            "key_cert_sign": False,
            "crl_sign": False,
            "encipher_only": False,
            "decipher_only": False,
        }
        builder = builder.add_extension(x509.KeyUsage(**bits), critical=True)
    return key, builder.sign(key, hashes.SHA256())


def make_p12(path: Path, name: str, email: str, passphrase: str, cls: str = "valid") -> Path:
    """A PKCS#12 identity of the given class at ``path``."""
    start, end, usage = CLASSES[cls]
    key, cert = make_certificate(name, email, start, end, usage)
    data = pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(passphrase.encode())
    )
    path.write_bytes(data)
    return path


def signer_key(name: str, email: str, cls: str) -> SignerKey:
    """A key for the low-level PDF signer, which leaves fitness to its callers: how a PDF
    signed by an unfit certificate (by another tool) is made for verify and pdfsig."""
    start, end, usage = CLASSES[cls]
    key, cert = make_certificate(name, email, start, end, usage)
    der = cert.public_bytes(serialization.Encoding.DER)
    return SignerKey(
        private_key_der=key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        certificate_der=der,
        chain_der=(),
        name=name,
        fingerprint="",
        email=email,
    )


def certificate_pem(key: SignerKey) -> bytes:
    return x509.load_der_x509_certificate(key.certificate_der).public_bytes(
        serialization.Encoding.PEM
    )
