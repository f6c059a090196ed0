"""What a signed report claims about itself, read from the bytes its first signature covers.

A report's id, visit, revision and content hash sit in the PDF's metadata. An incremental
update after signing could add other metadata; the claim counts only when the signed
revision holds the same one.
"""

from __future__ import annotations

import io
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader

from assessor_app.domain.errors import ValidationError
from assessor_app.domain.report_record import ReportInfo
from assessor_app.reports.builder import read_report_info


def first_signed_revision(pdf: bytes) -> bytes | None:
    """The bytes the first signature covers (None: the PDF holds no signature)."""
    signatures = _signatures(pdf)
    if not signatures:
        return None
    try:
        _start, _hole, second, length = (int(str(x)) for x in signatures[0].byte_range)
    except Exception as exc:
        raise ValidationError(f"not a readable PDF file ({exc})") from None
    return pdf[: second + length]


def _signatures(pdf: bytes) -> list[Any]:
    """The PDF's embedded signatures (ValidationError when it is no readable PDF)."""
    try:
        return list(PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures)
    except Exception as exc:  # any parse failure means: not a PDF we can read
        raise ValidationError(f"not a readable PDF file ({exc})") from None


def signer_certs(pdf: bytes) -> dict[str, asn1_x509.Certificate]:
    """Signature field -> its signer's certificate (nothing validated; a mangled signature
    names nobody and is left out: verification says what is wrong with it)."""
    found: dict[str, asn1_x509.Certificate] = {}
    for emb in _signatures(pdf):
        try:
            found[str(emb.field_name)] = emb.signer_cert
        except Exception:
            continue
    return found


def email_of(cert: asn1_x509.Certificate) -> str:
    """The e-mail a certificate names ("" when none): the subject's emailAddress, else the
    first RFC 822 subject alternative name."""
    try:
        email = str(cert.subject.native.get("email_address") or "")
        if not email:
            names = cert.subject_alt_name_value
            email = next((str(n.native) for n in names or [] if n.name == "rfc822_name"), "")
    except Exception:  # a mangled certificate names nobody
        return ""
    return email


def signed_report_info(pdf: bytes) -> ReportInfo | None:
    """The report's claim, when the whole file and its first signed revision agree on it;
    None when it is not a signed report of this app (no signature, or no report data).
    ValidationError when the file is no readable PDF or the two disagree."""
    signed = first_signed_revision(pdf)
    if signed is None:
        return None
    claim = read_report_info(signed)
    if claim is None:
        return None
    if read_report_info(pdf) != claim:
        raise ValidationError("its report data was changed after it was signed")
    return claim
