"""The outcome so far and the progress figures of one visit."""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.evidence_requests import EvidenceRequest, awaiting_keys
from assessor_app.domain.outcome import FindingState, Outcome, Progress, evaluate, progress
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.visit import Attachment, CorrectiveAction, Finding, Visit
from assessor_app.persistence.database import Database
from assessor_app.services.case_review_status import CaseReviewStatus
from assessor_app.templates.library import TemplateLibrary


@dataclass(frozen=True, slots=True)
class VisitDetail:
    """Everything the checklist screen, the report and ``show`` need, read in one go."""

    visit: Visit
    template: ChecklistTemplate
    findings: dict[str, Finding]
    actions: list[CorrectiveAction]
    attachments: list[Attachment]
    outcome: Outcome
    progress: Progress
    case_review_complete: bool
    case_review: CaseReviewSummary | None
    evidence_requests: list[EvidenceRequest] = field(default_factory=list)


@dataclass
class OutcomeService:
    db: Database
    templates: TemplateLibrary
    case_review: CaseReviewStatus

    def detail(self, visit_id: str) -> VisitDetail:
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            visit = repo.get_visit(visit_id)
            findings = repo.findings(visit_id)
            actions = repo.actions(visit_id)
            attachments = repo.attachments(visit_id)
            requests = uow.evidence_requests.for_visit(visit_id)
        template = self.templates.get(visit.template_id, visit.template_version)
        summary = self.case_review.summary(visit_id)
        complete = summary.complete if summary else False
        states = {k: FindingState(f.rating, f.justification) for k, f in findings.items()}
        return VisitDetail(
            visit=visit,
            template=template,
            findings=findings,
            actions=actions,
            attachments=attachments,
            outcome=evaluate(
                template.requirements,
                states,
                case_review_complete=complete,
                annual_procedures=visit.annual_procedures,
                awaiting_evidence=awaiting_keys(requests),
            ),
            progress=progress(template, states),
            case_review_complete=complete,
            case_review=summary,
            evidence_requests=requests,
        )

    def outcome(self, visit_id: str) -> tuple[Outcome, Progress]:
        detail = self.detail(visit_id)
        return detail.outcome, detail.progress
