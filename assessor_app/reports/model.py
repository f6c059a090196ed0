"""The report's data: plain dataclasses the report service fills and the builder prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.outcome import Outcome, Progress
from assessor_app.domain.report_record import SupersededReport
from assessor_app.domain.self_assessment import Agreement, FacilityAccount, FacilityReview
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.visit import Attachment, CorrectiveAction, Finding, Visit

# Names of the two signature fields every report carries on its signature page.
LEAD_FIELD = "LeadAssessorSignature"
CO_FIELD = "CoAssessorSignature"
SIGNATURE_FIELDS = (LEAD_FIELD, CO_FIELD)


@dataclass(frozen=True, slots=True)
class ReportPhoto:
    """A photo for the appendix: the cached JPEG thumbnail, embedded as is (no re-encode)."""

    jpeg: bytes
    requirement_key: str
    caption: str
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class FacilityPart:
    """The facility's own account as the report compares it with the findings."""

    account: FacilityAccount
    agreement: Agreement
    review: FacilityReview | None


@dataclass(frozen=True, slots=True)
class ReportData:
    report_id: str
    revision: int
    content_hash: str
    generated_at: datetime
    visit: Visit
    template: ChecklistTemplate
    findings: dict[str, Finding]
    actions: list[CorrectiveAction]
    outcome: Outcome
    progress: Progress
    case_review_complete: bool
    case_review: CaseReviewSummary | None
    photos: list[ReportPhoto] = field(default_factory=list)
    documents: list[Attachment] = field(default_factory=list)
    supersedes: SupersededReport | None = None
    app_version: str = ""
    facility: FacilityPart | None = None  # None until an application form is imported


@dataclass(frozen=True, slots=True)
class SignatureSlot:
    """Where a signature field sits: page index (0-based) and box in PDF points."""

    field_name: str
    label: str
    page_index: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class BuiltReport:
    pdf: bytes
    pages: int
    slots: tuple[SignatureSlot, ...]
