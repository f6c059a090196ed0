"""The JSON of ``show --json`` and ``list --json``: a documented, stable contract (README).

Also the one place that spells shared parts (a corrective action) for other JSON users."""

from __future__ import annotations

from typing import Any

from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.evidence_requests import EvidenceRequest
from assessor_app.domain.outcome import describe
from assessor_app.domain.self_assessment import FacilityAccount, FacilityReview, SelfAssessment
from assessor_app.domain.template import Requirement
from assessor_app.domain.visit import ActionStatus, CorrectiveAction, Finding, VisitSummary
from assessor_app.services.outcome import VisitDetail

CONTRACT_VERSION = 1


def action_json(a: CorrectiveAction) -> dict[str, Any]:
    return {
        "id": a.id,
        "key": a.requirement_key,
        "description": a.description,
        "severity": a.severity.value,
        "owner": a.owner,
        "due_date": a.due_date.isoformat() if a.due_date else None,
        "status": a.status.value,
    }


def request_json(r: EvidenceRequest) -> dict[str, Any]:
    return {
        "id": r.id,
        "key": r.requirement_key,
        "what": r.what,
        "due_date": r.due_date.isoformat(),
        "status": r.status.value,
    }


def visit_summary_json(s: VisitSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "facility": s.facility,
        "department": s.department,
        "start_date": s.start_date.isoformat() if s.start_date else None,
        "end_date": s.end_date.isoformat() if s.end_date else None,
        "state": s.state.value,
        "tier": s.tier,
        "progress": {
            "answered": s.answered,
            "total": s.total,
            "core_answered": s.core_answered,
            "core_total": s.core_total,
        },
        "updated_at": s.updated_at.isoformat(),
    }


def self_assessment_json(claim: SelfAssessment | None) -> dict[str, Any] | None:
    """The facility's claim for one requirement; status spelled as ratings are."""
    if claim is None:
        return None
    return {
        "status": claim.status.value if claim.status else None,
        "justification": claim.justification,
        "evidence": list(claim.evidence),
        "comment": claim.comment,
    }


def facility_review_json(review: FacilityReview | None) -> dict[str, Any] | None:
    if review is None:
        return None
    counts = review.answer_counts
    return {
        "cases": [
            {
                "case_ref": c.case_ref,
                "procedure_date": c.procedure_date.isoformat(),
                "procedure_type": c.procedure_type,
                "answers": {q: a.value for q, a in sorted(c.answers.items())},
            }
            for c in review.cases
        ],
        "questions": [
            {
                "key": q.key,
                "yes": counts.get(q.key, {}).get("yes", 0),
                "no": counts.get(q.key, {}).get("no", 0),
                "na": counts.get(q.key, {}).get("na", 0),
                "compared": q.compared,
                "agree": q.agree,
                "agreement": q.rate,
                "differing_cases": list(q.differing_cases),
            }
            for q in review.questions
        ],
    }


def _finding_json(
    req: Requirement,
    finding: Finding | None,
    attachments: int,
    open_actions: int,
    claim: SelfAssessment | None = None,
) -> dict[str, Any]:
    rating = finding.rating if finding else None
    return {
        "key": req.key,
        "standard": req.standard,
        "core": req.core,
        "rating": rating.value if rating else None,
        "comment": finding.comment if finding else "",
        "justification": finding.justification if finding else "",
        "evidence_seen": sorted(finding.evidence_seen) if finding else [],
        "attachments": attachments,
        "open_actions": open_actions,
        "self_assessment": self_assessment_json(claim),
    }


def _case_review_json(complete: bool, s: CaseReviewSummary | None) -> dict[str, Any]:
    if s is None:
        return {"complete": complete, "drawn": 0, "cases_complete": 0}
    return {
        "complete": complete,
        "population_size": s.population_size,
        "population_fingerprint": s.population_fingerprint,
        "seed": s.seed,
        "method_version": s.method_version,
        "drawn_at": s.drawn_at.isoformat() if s.drawn_at else None,
        "drawn_by": s.drawn_by,
        "drawn": s.sample_size,
        "cases_complete": s.cases_complete,
        "overall_compliance": s.overall_compliance,
        "questions": [
            {"key": q.key, "yes": q.yes, "no": q.no, "na": q.na, "compliance": q.compliance}
            for q in s.questions
        ],
        "complication_grades": s.complication_grades,
    }


def visit_detail_json(
    d: VisitDetail,
    facility: FacilityAccount | None = None,
    facility_review: FacilityReview | None = None,
) -> dict[str, Any]:
    """``facility``: the facility's own account (the application form), when imported."""
    v = d.visit
    account = facility or FacilityAccount()
    open_actions: dict[str, int] = {}
    for a in d.actions:
        if a.status is ActionStatus.OPEN:
            open_actions[a.requirement_key] = open_actions.get(a.requirement_key, 0) + 1
    attachment_counts: dict[str, int] = {}
    for att in d.attachments:
        attachment_counts[att.requirement_key] = attachment_counts.get(att.requirement_key, 0) + 1
    return {
        "contract_version": CONTRACT_VERSION,
        "id": v.id,
        "state": v.state.value,
        "revision": v.revision,
        "facility": {
            "name": v.facility.name,
            "department": v.facility.department,
            "address": v.facility.address,
            "country": v.facility.country,
            "facility_code": v.facility.facility_code,
            "authorised_representative": v.facility.authorised_representative,
            "contact_person": v.facility.contact_person,
        },
        "visit_dates": {
            "start": v.start_date.isoformat() if v.start_date else None,
            "end": v.end_date.isoformat() if v.end_date else None,
        },
        "assessors": {
            "lead": {"name": v.lead_assessor.name, "email": v.lead_assessor.email},
            "co": {"name": v.co_assessor.name, "email": v.co_assessor.email},
        },
        "template": {
            "id": d.template.id,
            "version": d.template.version,
            "wording": d.template.wording,
        },
        "volumes": {
            "by_type": {t.value: n for t, n in sorted(v.volumes.items())},
            "total": v.annual_procedures,
            "threshold": 150,
            "facility_by_type": (
                {t.value: n for t, n in sorted(account.volumes.items())}
                if account.volumes
                else None
            ),
        },
        "outcome": {
            "tier": d.outcome.tier.value,
            "label": d.outcome.tier.label,
            "reasons": [
                {
                    "code": r.code.value,
                    **({"key": r.key} if r.key else {}),
                    **({"detail": r.detail} if r.detail else {}),
                    "blocks": r.blocks.value,
                }
                for r in d.outcome.reasons
            ],
            "summary": describe(d.outcome),
            "core_na_accepted": list(d.outcome.core_na_accepted),
        },
        "progress": {
            "answered": d.progress.answered,
            "total": d.progress.total,
            "core_answered": d.progress.core_answered,
            "core_total": d.progress.core_total,
            "sections": [
                {
                    "key": s.key,
                    "title": s.title,
                    "answered": s.answered,
                    "total": s.total,
                    "core_answered": s.core_answered,
                    "core_total": s.core_total,
                }
                for s in d.progress.sections
            ],
        },
        "case_review": {
            **_case_review_json(d.case_review_complete, d.case_review),
            "facility_review": facility_review_json(facility_review),
        },
        "findings": [
            _finding_json(
                r,
                d.findings.get(r.key),
                attachment_counts.get(r.key, 0),
                open_actions.get(r.key, 0),
                account.claims.get(r.key),
            )
            for r in d.template.requirements
        ],
        "corrective_actions": [action_json(a) for a in d.actions],
        "evidence_requests": [request_json(r) for r in d.evidence_requests],
        "attachments": [
            {
                "id": a.id,
                "key": a.requirement_key,
                "filename": a.filename,
                "media_type": a.media_type,
                "sha256": a.sha256,
                "size": a.size,
                "caption": a.caption,
            }
            for a in d.attachments
        ],
    }
