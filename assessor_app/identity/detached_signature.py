"""Detached signatures over bytes (a bundle manifest) with a signing identity, and their
verification against a certificate shipped beside them. ECDSA P-256 or RSA, SHA-256."""

from __future__ import annotations

from datetime import UTC, datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from assessor_app.domain.certificate_fitness import Fitness, fitness, fitness_words
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.sync_types import SignerInfo
from assessor_app.identity.fitness import terms_of
from assessor_app.identity.pkcs12 import SigningIdentity, fingerprint_of


def sign_detached(identity: SigningIdentity, data: bytes) -> bytes:
    """A DER ECDSA or PKCS#1 v1.5 RSA signature of ``data`` (SHA-256)."""
    key = identity.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    raise ValidationError.coded(ErrorCode.IDENTITY_KEY_UNSUPPORTED)


def _attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    attrs = cert.subject.get_attributes_for_oid(oid)
    return str(attrs[0].value) if attrs else ""


def verify_detached(data: bytes, signature: bytes, certificate_pem: bytes) -> SignerInfo:
    """Check ``signature`` over ``data`` with the certificate's key; who signed, or
    ValidationError with a one-line reason."""
    try:
        cert = x509.load_pem_x509_certificate(certificate_pem)
    except ValueError:
        raise ValidationError.coded(ErrorCode.SIGNER_CERTIFICATE_UNREADABLE) from None
    key = cert.public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise ValidationError.coded(ErrorCode.SIGNER_KEY_UNSUPPORTED)
    except InvalidSignature:
        raise ValidationError.coded(ErrorCode.MANIFEST_SIGNATURE_MISMATCH) from None
    name, email = _attr(cert, NameOID.COMMON_NAME), _attr(cert, NameOID.EMAIL_ADDRESS)
    # A certificate that cannot sign now (expired, not yet valid, not for signing) proves
    # nothing, however sound the signature: the app never signs with one (issue 12).
    terms = terms_of(cert)
    verdict = fitness(terms, datetime.now(UTC))
    if verdict is not Fitness.FIT:
        raise ValidationError.coded(
            ErrorCode.BUNDLE_SIGNER_UNFIT,
            signer=name or email or "?",
            why=fitness_words(verdict, terms),
        )
    return SignerInfo(name=name, email=email, fingerprint=fingerprint_of(cert))
