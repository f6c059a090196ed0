"""Whether a cryptography certificate can sign, by the fitness rule
(domain/certificate_fitness.py); its terms are read in identity/certificate_facts.py."""

from __future__ import annotations

from datetime import datetime

from cryptography import x509

from assessor_app.domain.certificate_fitness import CertificateTerms, require_fit
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.identity.certificate_facts import UnreadableCertificateError, terms_of

__all__ = ["require_fit_to_sign", "terms_of", "terms_of_pem"]


def terms_of_pem(pem: bytes) -> CertificateTerms:
    """The terms of a PEM certificate (ValueError when it is broken)."""
    return terms_of(x509.load_pem_x509_certificate(pem))


def require_fit_to_sign(cert: x509.Certificate, at: datetime, signer: str) -> None:
    """Refuse (ValidationError) a certificate that cannot sign at ``at``, saying why (one
    whose extensions cannot be read signs nothing either)."""
    try:
        terms = terms_of(cert)
    except UnreadableCertificateError:
        raise ValidationError.coded(ErrorCode.SIGNER_CERTIFICATE_UNREADABLE) from None
    require_fit(terms, at, signer)
