"""Check every signature of a PDF (pyHanko), offline: intact, coverage, trust.

"Covers the document" means: nothing was added after the signature except further
signatures (pyHanko's difference analysis allows only form filling and signing), and the
last signature covers the file up to its last byte, so no unsigned bytes trail it.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from asn1crypto import parser as asn1_parser
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from assessor_app.domain.certificate_fitness import (
    CertificateTerms,
    Fitness,
    fitness,
    fitness_words,
)
from assessor_app.domain.display_text import PARAM_LIMIT, one_line
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.report_record import SignatureCheck
from assessor_app.domain.signing_roles import additional_role_of
from assessor_app.domain.trust_types import may_vouch

log = logging.getLogger(__name__)
# pyHanko logs a warning with a traceback for every certificate it cannot chain to a trusted
# root; offline with self-signed assessor certificates that is the normal case, and the
# verdict is in the result ("trusted: no"), so keep the log readable.
logging.getLogger("pyhanko.sign.validation.generic_cms").setLevel(logging.ERROR)
_ALLOWED_AFTER = {
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
}


def load_certificates(data: bytes) -> list[asn1_x509.Certificate]:
    """Certificates from PEM (one or more) or DER bytes; ValidationError when none."""
    try:
        if pem.detect(data):
            return [asn1_x509.Certificate.load(der) for _t, _h, der in pem.unarmor(data, True)]
        return [asn1_x509.Certificate.load(data)]
    except Exception as exc:
        raise ValidationError(f"not a certificate (PEM or DER): {exc}") from None


def _fingerprint(cert: asn1_x509.Certificate) -> str:
    digest = hashlib.sha256(cert.dump()).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _common_name(cert: asn1_x509.Certificate) -> str:
    """The signer's name on one line: the certificate's text is outside input."""
    try:
        return one_line(cert.subject.native.get("common_name") or cert.subject.human_friendly)
    except Exception:
        return "?"


def unreadable_reason(cert: asn1_x509.Certificate) -> str | None:
    """Why ``cryptography`` (what bundle import and ``identity trust add`` read certificates
    with, identity/certificate_facts.py) cannot read this certificate whole, or None.
    asn1crypto, under pyHanko, shrugs at a duplicate extension; OpenSSL and the importer do
    not, so ``verify`` refuses it too rather than call it valid."""
    try:
        parsed = x509.load_der_x509_certificate(cert.dump())
        for _extension in parsed.extensions:  # parsed lazily: may raise DuplicateExtension
            pass
        parsed.public_key()
    except Exception as exc:
        return one_line(f"{type(exc).__name__}: {exc}")
    return None


def certificate_terms(cert: asn1_x509.Certificate) -> CertificateTerms:
    """Validity and key usage of an asn1crypto certificate, for the fitness rule."""
    usage = cert.key_usage_value
    return CertificateTerms(
        not_before=cert.not_valid_before,
        not_after=cert.not_valid_after,
        key_usage=frozenset(usage.native) if usage is not None else None,
    )


def trust_roots_for(
    cert: asn1_x509.Certificate | None, trusted: Sequence[asn1_x509.Certificate]
) -> list[asn1_x509.Certificate]:
    """The trusted certificates that may vouch for ``cert`` (domain/trust_types.may_vouch):
    a CA (cA=TRUE and keyCertSign) for whatever chains to it; any other trusted certificate
    only for itself, never for a certificate it signed."""
    wanted = _fingerprint(cert) if cert is not None else ""
    out = []
    for root in trusted:
        usage = root.key_usage_value
        usages = frozenset(usage.native) if usage is not None else None
        if may_vouch(bool(root.ca), usages, _fingerprint(root), wanted):
            out.append(root)
    return out


def signature_value_untouched(pdf: bytes, byte_range: Sequence[object]) -> bool:
    """The /Contents hole between the two signed ranges is not hashed, so a byte changed
    there escapes the cryptographic check: it must hold exactly the signature as written,
    the DER value followed by zero padding, hex digits all in one letter case."""
    try:
        _start, hole_start, hole_end, _length = (int(str(x)) for x in byte_range)
    except (TypeError, ValueError):
        return False
    hole = pdf[hole_start:hole_end]
    if len(hole) < 2 or hole[:1] != b"<" or hole[-1:] != b">":
        return False
    digits = hole[1:-1]
    try:
        raw = bytes.fromhex(digits.decode("ascii"))
        _cls, _method, _tag, header, contents, trailer = asn1_parser.parse(raw, strict=False)
    except ValueError:
        return False
    if digits not in (raw.hex().encode(), raw.hex().upper().encode()):
        return False
    return not any(raw[len(header) + len(contents) + len(trailer) :])


def signer_fingerprints(pdf: bytes) -> dict[str, str]:
    """Signature field -> its signer's certificate fingerprint (nothing validated)."""
    from assessor_app.reports.report_claim import signer_certs

    return {field: _fingerprint(cert) for field, cert in signer_certs(pdf).items()}


def verify_pdf(
    pdf: bytes, trusted: Sequence[bytes] = (), at: datetime | None = None
) -> list[SignatureCheck]:
    """One check per signature, in signing order. ``trusted``: PEM/DER certificates (a CA
    among them vouches for what chains to it, any other only for itself, trust_roots_for);
    ``at``: when certificates must be valid (now)."""
    moment = at or datetime.now(UTC)
    roots = [cert for blob in trusted for cert in load_certificates(blob)]
    trusted_prints = {_fingerprint(c) for c in roots}
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        raise ValidationError(f"not a readable PDF file ({exc})") from None
    checks: list[SignatureCheck] = []
    last_covers_file = False
    for index, emb in enumerate(signatures):
        name = emb.field_name or f"signature {index + 1}"
        cert = None
        try:
            cert = emb.signer_cert
        except Exception:
            cert = None
        try:
            context = ValidationContext(
                trust_roots=trust_roots_for(cert, roots),
                allow_fetching=False,
                revocation_mode="soft-fail",
            )
            status = validate_pdf_signature(emb, context)
        except Exception as exc:  # a mangled signature is a failed check, not a crash
            log.info("signature %s could not be validated: %r", name, exc)
            checks.append(
                SignatureCheck(
                    field_name=name,
                    signer=_common_name(cert) if cert else "?",
                    fingerprint=_fingerprint(cert) if cert else "",
                    signing_time=None,
                    intact=False,
                    covers_document=False,
                    trusted=False,
                    coverage="unknown",
                    modification="unknown",
                    problem=one_line(f"cannot be validated: {exc}", PARAM_LIMIT),
                )
            )
            continue
        coverage = status.coverage
        modification = status.modification_level
        intact = bool(status.intact and status.valid)
        is_last = index == len(signatures) - 1
        if is_last:
            last_covers_file = coverage is SignatureCoverageLevel.ENTIRE_FILE
        covers = coverage is SignatureCoverageLevel.ENTIRE_FILE or (
            coverage is SignatureCoverageLevel.ENTIRE_REVISION
            and modification in _ALLOWED_AFTER
            and bool(status.docmdp_ok)
        )
        problems = []
        if not signature_value_untouched(pdf, emb.byte_range):
            intact = False
            problems.append("bytes inside the signature value were changed")
        elif not status.intact:
            problems.append("the signed bytes were changed")
        elif not status.valid:
            problems.append("the cryptographic signature does not hold")
        if not covers:
            problems.append("content was added or changed after signing")
        unreadable = unreadable_reason(status.signing_cert)
        if unreadable is not None:
            intact = False
            problems.append(f"the signer's certificate cannot be read ({unreadable})")
        # Judged now, as pdfsig does: a B-B signature carries no trusted signing time.
        terms = certificate_terms(status.signing_cert)
        verdict = fitness(terms, moment)
        if verdict is not Fitness.FIT:
            problems.append(f"the signer's certificate is {fitness_words(verdict, terms)}")
        fingerprint = _fingerprint(status.signing_cert)
        checks.append(
            SignatureCheck(
                field_name=name,
                signer=_common_name(status.signing_cert),
                fingerprint=fingerprint,
                signing_time=status.signer_reported_dt,
                intact=intact,
                covers_document=covers,
                trusted=intact
                and verdict is Fitness.FIT
                and (bool(status.trusted) or fingerprint in trusted_prints),
                coverage=coverage.name.lower().replace("_", " ") if coverage else "none",
                modification=(
                    modification.name.lower().replace("_", " ") if modification else "none"
                ),
                problem="; ".join(problems),
                certificate=verdict,
                valid_from=terms.not_before,
                valid_until=terms.not_after,
                additional=additional_role_of(str(name)),
            )
        )
    if checks and not last_covers_file:
        # Bytes after the last signature that no signature accounts for.
        checks = [
            replace(
                c,
                covers_document=False,
                problem=c.problem or "content was appended after the last signature",
            )
            for c in checks
        ]
    return checks


__all__ = ["load_certificates", "signature_value_untouched", "verify_pdf"]
