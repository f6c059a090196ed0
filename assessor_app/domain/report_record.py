"""Signed reports and signature checks, as plain data shared by reports, services and fronts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from assessor_app.domain.certificate_fitness import Fitness


@dataclass(frozen=True, slots=True)
class SignedReportRecord:
    """One signature applied to one report of one revision of a visit (the revision is frozen)."""

    id: str
    visit_id: str
    revision: int
    report_id: str
    content_hash: str
    pdf_sha256: str
    signer_name: str
    cert_fingerprint: str
    field_name: str
    signed_at: datetime


@dataclass(frozen=True, slots=True)
class SupersededReport:
    """The signed report a newer report replaces (printed on the newer one's cover)."""

    revision: int
    report_id: str
    signed_at: datetime
    signers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """What a generated report says about itself (kept in the PDF's metadata)."""

    report_id: str
    visit_id: str
    revision: int
    content_hash: str
    # So a copy signed where the visit is not in the database still finds each signer's box.
    lead_name: str = ""
    lead_email: str = ""
    co_name: str = ""
    co_email: str = ""


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """The verdict on one signature of a PDF."""

    field_name: str
    signer: str
    fingerprint: str
    signing_time: datetime | None
    intact: bool  # the signed bytes are unchanged and the cryptographic signature holds
    covers_document: bool  # nothing but further signatures was added after it
    trusted: bool  # the signer's certificate is one of the trusted ones
    coverage: str  # pyHanko's coverage level, for the curious
    modification: str  # what changed after it (none, form filling, other)
    problem: str = ""  # why it failed, in words
    # Whether the signer's certificate could sign when verified (expired, not yet valid,
    # not for signing by its key usage): what pdfsig calls the certificate's validation.
    certificate: Fitness = Fitness.FIT
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    additional: str | None = None  # the name of an additional signature (never an assessor's)

    @property
    def ok(self) -> bool:
        return self.intact and self.covers_document and self.certificate is Fitness.FIT
