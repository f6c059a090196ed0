"""PAdES baseline B-B signatures (pyHanko), offline: no timestamp, no revocation fetching.

A signature fills one of the report's empty signature fields in an incremental update, so
the co-assessor's later signature leaves the lead assessor's intact.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from assessor_app.domain.errors import ValidationError
from assessor_app.reports.fonts import register_fonts
from assessor_app.reports.model import CO_FIELD, LEAD_FIELD
from assessor_app.reports.signature_stamp import appearance_pdf, stamp_style

ROLES = {LEAD_FIELD: "Lead assessor", CO_FIELD: "Co-assessor"}


@dataclass(frozen=True, slots=True)
class SignerKey:
    """The signer's key and certificate as DER (PKCS#8 and X.509), plus any chain, and the
    key as opened from the identity file when it was (parsing it again costs 100 ms)."""

    private_key_der: bytes
    certificate_der: bytes
    chain_der: tuple[bytes, ...]
    name: str
    fingerprint: str
    email: str = ""
    opened_key: PrivateKeyTypes | None = dataclasses.field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class FieldState:
    name: str
    signed: bool
    box: tuple[float, float, float, float] | None


def signature_fields(pdf: bytes) -> list[FieldState]:
    """The PDF's signature fields, signed or empty, with their boxes."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        found = []
        for name, value, ref in fields.enumerate_sig_fields(reader, filled_status=None):
            field = ref.get_object()
            rect = field.get("/Rect")
            if rect is None and "/Kids" in field:
                rect = field["/Kids"][0].get_object().get("/Rect")
            box = tuple(float(v) for v in rect) if rect is not None else None
            found.append(FieldState(str(name), value is not None, box))  # type: ignore[arg-type]
        return found
    except Exception as exc:  # pyHanko raises many kinds on a broken file
        raise ValidationError(f"not a readable PDF file ({exc})") from None


def choose_field(pdf: bytes, wanted: str | None) -> FieldState:
    """The field to sign: ``wanted`` if given, else the first empty one (lead, then co)."""
    states = signature_fields(pdf)
    if wanted:
        for state in states:
            if state.name == wanted:
                if state.signed:
                    raise ValidationError(
                        f"the field {ROLES.get(wanted, wanted)} is signed already"
                    )
                return state
        raise ValidationError(f"this PDF has no signature field {wanted!r}")
    for name in (LEAD_FIELD, CO_FIELD):
        for state in states:
            if state.name == name and not state.signed:
                return state
    if any(s.name in ROLES for s in states):
        raise ValidationError("both signature fields of this report are signed already")
    raise ValidationError("this PDF is not an IASIOS report (it has no signature fields)")


def sign_pdf(
    pdf: bytes,
    key: SignerKey,
    font_dir: Path,
    *,
    field_name: str | None = None,
    signature_png: bytes | None = None,
    reason: str = "IASIOS accreditation assessment report",
    location: str = "",
    additional: str | None = None,
) -> tuple[bytes, str, datetime]:
    """Sign ``pdf``; returns (signed bytes, field name, signing time). With ``additional``
    (its name, e.g. "witness") the signature goes in a new, invisible field ``field_name``
    that is no assessor's box. Certificate fitness is the caller's to check."""
    if additional is not None and field_name:
        return _sign_additional(pdf, key, field_name, additional, location)
    register_fonts(font_dir)
    field = choose_field(pdf, field_name)
    signed_at = datetime.now(UTC).replace(microsecond=0)
    x1, y1, x2, y2 = field.box or (0.0, 0.0, 300.0, 100.0)
    appearance = appearance_pdf(
        abs(x2 - x1),
        abs(y2 - y1),
        signer=key.name,
        role=ROLES.get(field.name, "Signatory"),
        signed_at=signed_at,
        fingerprint=key.fingerprint,
        signature_png=signature_png,
    )
    signer = _signer(key)
    meta = signers.PdfSignatureMetadata(
        field_name=field.name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
        name=key.name,
    )
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=stamp_style(appearance))
    return _write(pdf, pdf_signer), field.name, signed_at


def _signer(key: SignerKey) -> signers.SimpleSigner:
    return _LoadedKeySigner(key)


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's signer parses the private key again for every signature it makes, the
    trial one that sizes the signature container included, and each parse checks the RSA
    key (about 100 ms for 3072 bits). This one uses the key as the identity file gave it,
    else parses and checks it once; a mechanism other than RSA PKCS#1 v1.5 (the one used
    for our keys) goes the library's own way."""

    def __init__(self, key: SignerKey) -> None:
        super().__init__(
            signing_cert=asn1_x509.Certificate.load(key.certificate_der),
            signing_key=asn1_keys.PrivateKeyInfo.load(key.private_key_der),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(c) for c in key.chain_der]
            ),
        )
        self._loaded = key.opened_key or serialization.load_der_private_key(
            key.private_key_der, password=None
        )

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._loaded, RSAPrivateKey):
            digest = get_pyca_cryptography_hash(digest_algorithm)
            return self._loaded.sign(data, PKCS1v15(), digest)
        return super().sign_raw(data, digest_algorithm)


def _write(pdf: bytes, pdf_signer: signers.PdfSigner) -> bytes:
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except Exception as exc:
        raise ValidationError(f"not a readable PDF file ({exc})") from None
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def _sign_additional(
    pdf: bytes, key: SignerKey, field_name: str, role: str, location: str
) -> tuple[bytes, str, datetime]:
    """A further, named signature (witness, office) in a field of its own, created now."""
    signed_at = datetime.now(UTC).replace(microsecond=0)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        # Says, in the signature itself, that it is not an assessor's.
        reason=f"Additional signature ({role.strip()}); not an assessor's signature",
        location=location or None,
        name=key.name,
    )
    pdf_signer = signers.PdfSigner(meta, signer=_signer(key))
    return _write(pdf, pdf_signer), field_name, signed_at
