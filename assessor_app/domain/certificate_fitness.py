"""Whether a certificate is fit to sign at a moment: inside its validity period, and allowed
to make signatures by its key usage. Stated once, for signing (which refuses an unfit
certificate), ``verify`` (which reports the case) and the dialogs (which show it).

The rule follows RFC 5280 and what ``pdfsig`` (NSS) decides, so that the two agree: a key
usage extension, when present, must grant digitalSignature or nonRepudiation; a certificate
without the extension is not restricted by it. Validity is judged at the moment given
(signing: now; verifying: now as well, as ``pdfsig`` does, since an offline B-B signature
carries no trusted time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError

# Key usage bits that allow signing (RFC 5280 names; nonRepudiation is contentCommitment).
SIGNING_USAGES = frozenset({"digital_signature", "non_repudiation"})
# "Expires soon" for a new identity when no visit period says more.
SOON = timedelta(days=90)


class Fitness(StrEnum):
    FIT = "fit"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    NOT_FOR_SIGNING = "not-for-signing"


@dataclass(frozen=True, slots=True)
class CertificateTerms:
    """What fitness is decided from, read from a certificate by whichever library holds it."""

    not_before: datetime  # aware, UTC
    not_after: datetime  # aware, UTC
    key_usage: frozenset[str] | None  # RFC 5280 names; None: no key usage extension


def fitness(terms: CertificateTerms, at: datetime) -> Fitness:
    """The first reason the certificate cannot sign at ``at``, or FIT."""
    if at > terms.not_after:
        return Fitness.EXPIRED
    if at < terms.not_before:
        return Fitness.NOT_YET_VALID
    if terms.key_usage is not None and not terms.key_usage & SIGNING_USAGES:
        return Fitness.NOT_FOR_SIGNING
    return Fitness.FIT


def fitness_error(terms: CertificateTerms, at: datetime, signer: str) -> ValidationError | None:
    """The refusal to sign with this certificate at ``at``, saying which rule it breaks."""
    verdict = fitness(terms, at)
    if verdict is Fitness.EXPIRED:
        return ValidationError.coded(
            ErrorCode.CERTIFICATE_EXPIRED, signer=signer, until=terms.not_after.date()
        )
    if verdict is Fitness.NOT_YET_VALID:
        return ValidationError.coded(
            ErrorCode.CERTIFICATE_NOT_YET_VALID, signer=signer, since=terms.not_before.date()
        )
    if verdict is Fitness.NOT_FOR_SIGNING:
        usages = ", ".join(sorted(terms.key_usage or ())) or "none"
        return ValidationError.coded(
            ErrorCode.CERTIFICATE_NOT_FOR_SIGNING, signer=signer, usages=usages
        )
    return None


def require_fit(terms: CertificateTerms, at: datetime, signer: str) -> None:
    problem = fitness_error(terms, at, signer)
    if problem is not None:
        raise problem


def fitness_words(verdict: Fitness, terms: CertificateTerms) -> str:
    """The verdict in a few English words, for ``verify`` (the GUI words it itself)."""
    if verdict is Fitness.EXPIRED:
        return f"expired on {terms.not_after:%Y-%m-%d}"
    if verdict is Fitness.NOT_YET_VALID:
        return f"not valid before {terms.not_before:%Y-%m-%d}"
    if verdict is Fitness.NOT_FOR_SIGNING:
        return "not for signing (key usage has neither digitalSignature nor nonRepudiation)"
    return f"valid until {terms.not_after:%Y-%m-%d}"


def expiry_warning(
    not_after: datetime, now: datetime, visits: Sequence[tuple[str, date]]
) -> ValidationError | None:
    """Why a new certificate expiring at ``not_after`` would be a poor one: it expires
    before a visit still to come ends (``visits``: label and last day), or within SOON."""
    for label, last_day in sorted(visits, key=lambda v: v[1]):
        if last_day >= now.date() and not_after.date() <= last_day:
            return ValidationError.coded(
                ErrorCode.IDENTITY_EXPIRES_IN_VISIT,
                until=not_after.date(),
                visit=label,
                end=last_day,
            )
    if not_after - now < SOON:
        return ValidationError.coded(
            ErrorCode.IDENTITY_EXPIRES_SOON,
            until=not_after.date(),
            days=max((not_after - now).days, 0),
        )
    return None
