"""The key type of identities (issue 12, sealed bundles): new identities are RSA, so that
bundles can be sealed to them and pyHanko keeps their signed reports at PDF 1.7; an EC
identity made before still signs a report that verifies."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from assessor_app.services.container import Services
from tests.report_helpers import signature_png

PASS = "pass-word-1"
LEAD = ("Dr. Elena Conti", "elena.conti@example.org")  # the demo visit's lead assessor


_SIGNING_USAGE = x509.KeyUsage(
    digital_signature=True, content_commitment=True, key_encipherment=False,
    data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
    encipher_only=False, decipher_only=False,
)  # fmt: skip


def _ec_p12(path: Path) -> Path:
    """An EC P-256 identity as the app made them before sealing."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, LEAD[0]),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, LEAD[1]),
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
        .not_valid_after(now + timedelta(days=700))
        .add_extension(_SIGNING_USAGE, critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ec", key, cert, None, serialization.BestAvailableEncryption(PASS.encode())
        )
    )
    return path


def _pdf_version(pdf: bytes) -> str:
    """The version a reader applies: the header's, raised by a later /Version in the
    catalog (which is how an incremental update moves a file to PDF 2.0)."""
    header = re.match(rb"%PDF-(\d\.\d)", pdf)
    assert header is not None
    versions = [header.group(1), *re.findall(rb"/Version\s*/(\d\.\d)", pdf)]
    return max(v.decode() for v in versions)


def _sign(services: Services, demo_id: str, identity: Path, tmp_path: Path) -> Path:
    report, signed = tmp_path / "report.pdf", tmp_path / f"signed-{identity.stem}.pdf"
    services.reports.generate(demo_id, report)
    services.reports.sign(report, signed, identity, PASS, signature_png())
    return signed


def test_a_new_identity_is_rsa_3072_and_its_signed_report_stays_pdf_1_7(
    services, demo_id, tmp_path
):
    info = services.identities.create(*LEAD, PASS)
    identity = services.identities.load(info.path, PASS)
    key = identity.certificate.public_key()
    assert isinstance(key, rsa.RSAPublicKey) and key.key_size == 3072
    signed = _sign(services, demo_id, info.path, tmp_path)
    assert _pdf_version(signed.read_bytes()) == "1.7"
    (check,) = services.reports.verify(signed)
    assert check.intact and check.covers_document


def test_an_ec_identity_still_signs_a_report_that_verifies(services, demo_id, tmp_path):
    p12 = _ec_p12(tmp_path / "ec.p12")
    signed = _sign(services, demo_id, p12, tmp_path)
    (check,) = services.reports.verify(signed)
    assert check.intact and check.covers_document and check.signer == LEAD[0]
    assert _pdf_version(signed.read_bytes()) == "2.0"  # pyHanko's ECDSA signature
