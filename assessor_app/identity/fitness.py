"""A cryptography certificate's validity and key usage, as the terms the fitness rule
(domain/certificate_fitness.py) decides from."""

from __future__ import annotations

from datetime import datetime

from cryptography import x509

from assessor_app.domain.certificate_fitness import CertificateTerms, require_fit


def terms_of(cert: x509.Certificate) -> CertificateTerms:
    try:
        usage: x509.KeyUsage | None = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
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


def terms_of_pem(pem: bytes) -> CertificateTerms:
    """The terms of a PEM certificate (ValueError when it is broken)."""
    return terms_of(x509.load_pem_x509_certificate(pem))


def require_fit_to_sign(cert: x509.Certificate, at: datetime, signer: str) -> None:
    """Refuse (ValidationError) a certificate that cannot sign at ``at``, saying why."""
    require_fit(terms_of(cert), at, signer)
