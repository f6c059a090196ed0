"""Detached signatures over bytes (a bundle manifest) with a signing identity, and their
verification against a certificate shipped beside them. ECDSA P-256 or RSA, SHA-256."""

from __future__ import annotations

from datetime import UTC, datetime

from asn1crypto import pem as asn1_pem
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from assessor_app.domain.certificate_fitness import Fitness, fitness, fitness_words
from assessor_app.domain.display_text import one_line
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.sync_types import SignerInfo
from assessor_app.identity.certificate_facts import UnreadableCertificateError, certificate_facts
from assessor_app.identity.pkcs12 import SigningIdentity


def sign_detached(identity: SigningIdentity, data: bytes) -> bytes:
    """A DER ECDSA or PKCS#1 v1.5 RSA signature of ``data`` (SHA-256)."""
    key = identity.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    raise ValidationError.coded(ErrorCode.IDENTITY_KEY_UNSUPPORTED)


def verify_detached(data: bytes, signature: bytes, certificate_pem: bytes) -> SignerInfo:
    """Check ``signature`` over ``data`` with the certificate's key; who signed, or
    ValidationError with a one-line reason. The certificate is outside input: it is read
    whole, once, by the guarded reader (identity/certificate_facts.py)."""
    if not asn1_pem.detect(certificate_pem):
        raise ValidationError.coded(ErrorCode.SIGNER_CERTIFICATE_UNREADABLE)
    try:
        cert = certificate_facts(certificate_pem)
    except UnreadableCertificateError:
        raise ValidationError.coded(ErrorCode.SIGNER_CERTIFICATE_UNREADABLE) from None
    key = cert.certificate.public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise ValidationError.coded(ErrorCode.SIGNER_KEY_UNSUPPORTED)
    except (InvalidSignature, ValueError):  # ValueError: a key the signature cannot fit
        raise ValidationError.coded(ErrorCode.MANIFEST_SIGNATURE_MISMATCH) from None
    subject_email = cert.certificate.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
    email = one_line(subject_email[0].value) if subject_email else ""
    # A certificate that cannot sign now (expired, not yet valid, not for signing) proves
    # nothing, however sound the signature: the app never signs with one (issue 12).
    verdict = fitness(cert.terms, datetime.now(UTC))
    if verdict is not Fitness.FIT:
        raise ValidationError.coded(
            ErrorCode.BUNDLE_SIGNER_UNFIT,
            signer=cert.name or email or "?",
            why=fitness_words(verdict, cert.terms),
        )
    return SignerInfo(name=cert.name, email=email, fingerprint=cert.fingerprint)
