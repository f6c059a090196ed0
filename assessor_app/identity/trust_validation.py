"""Does a certificate chain to the office's trust list? Asked of pyHanko's certificate
validator (path building, signatures, validity periods, CA constraints), never by hand.

An anchor may be the office's CA or a registered assessor's own certificate. Only a CA
entry (basicConstraints cA=TRUE and keyCertSign, domain/trust_types.can_issue) is a trust
root for chains; a registered assessor's certificate is a root only for itself (its own
one-element path), so it can never vouch for a certificate it signed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime

from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

# The one guarded reader of outside certificates (re-exported: trust decisions import it here).
from assessor_app.domain.display_text import PARAM_LIMIT, one_line
from assessor_app.domain.trust_types import can_issue, may_vouch
from assessor_app.identity.certificate_facts import (
    CertificateFacts,
    UnreadableCertificateError,
    certificate_facts,
    der_of,
)

__all__ = [
    "CertificateFacts", "UnreadableCertificateError", "certificate_facts", "certificates_in",
    "der_of", "is_ca_certificate", "problem_with_chain",
]  # fmt: skip


def problem_with_chain(
    cert: bytes,
    anchors: Iterable[bytes],
    intermediates: Iterable[bytes] = (),
    moment: datetime | None = None,
) -> str | None:
    """None when ``cert`` (PEM or DER) chains to one of ``anchors`` at ``moment`` (now by
    default); otherwise the validator's reason, one line."""
    try:
        listed = [asn1_x509.Certificate.load(der_of(a)) for a in anchors]
        if not listed:
            return "no trust list is installed"
        subject = asn1_x509.Certificate.load(der_of(cert))
        context = ValidationContext(
            trust_roots=roots_for(subject, listed),
            other_certs=[asn1_x509.Certificate.load(der_of(c)) for c in intermediates],
            moment=moment,
            allow_fetching=False,  # offline app: the office's list is the whole truth here
            revocation_mode="soft-fail",
        )
        validator = CertificateValidator(subject, validation_context=context)
        asyncio.run(validator.async_validate_path())
    except PathBuildingError:
        return "it does not chain to a certificate of the office's trust list"
    except (PathValidationError, ValidationError) as exc:
        text = one_line(" ".join(str(exc).split()), PARAM_LIMIT)  # it may quote names
        if "self-signed" in text:
            return "it is self-signed and not on the office's trust list"
        return text
    except Exception as exc:
        return one_line(f"the certificate cannot be read ({exc})", PARAM_LIMIT)
    return None


def _sha256(cert: asn1_x509.Certificate) -> str:
    return cert.sha256.hex()


def _issues(cert: asn1_x509.Certificate) -> tuple[bool, frozenset[str] | None]:
    usage = cert.key_usage_value
    return bool(cert.ca), (frozenset(usage.native) if usage is not None else None)


def roots_for(
    cert: asn1_x509.Certificate, listed: Iterable[asn1_x509.Certificate]
) -> list[asn1_x509.Certificate]:
    """The entries of a trust list that may be trust roots for ``cert`` (may_vouch): its
    CA entries, and any other entry only when it is ``cert`` itself."""
    wanted = _sha256(cert)
    return [a for a in listed if may_vouch(*_issues(a), _sha256(a), wanted)]


def is_ca_certificate(cert: bytes) -> bool:
    """Whether a certificate may issue others (cA=TRUE and keyCertSign: can_issue)."""
    return can_issue(*_issues(asn1_x509.Certificate.load(der_of(cert))))


def certificates_in(data: bytes) -> list[bytes]:
    """The DER certificates of a file: one DER certificate, or every PEM block in it."""
    if asn1_pem.detect(data):
        return [bytes(der) for kind, _h, der in asn1_pem.unarmor(data, multiple=True)
                if kind == "CERTIFICATE"]  # fmt: skip
    return [data] if data else []
