"""The canonical data of a visit and its SHA-256: what a report's content hash certifies.

Defined once, here. The canonical form is JSON with sorted keys of everything the report
shows from the record (facility, dates, assessors, volumes, template, findings, evidence,
corrective actions, attachments, case review), and nothing that changes by merely
signing or viewing it (state, revision, timestamps of edits).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.domain.self_assessment import FacilityAccount
from assessor_app.services.outcome import VisitDetail
from assessor_app.services.visit_json import action_json


def _case_review_data(summary: CaseReviewSummary | None) -> dict[str, Any] | None:
    if summary is None:
        return None
    return {
        "population_size": summary.population_size,
        "population_fingerprint": summary.population_fingerprint,
        "seed": summary.seed,
        "method_version": summary.method_version,
        "drawn_at": summary.drawn_at.isoformat() if summary.drawn_at else None,
        "drawn_by": summary.drawn_by,
        "sample_size": summary.sample_size,
        "cases_complete": summary.cases_complete,
        "questions": [
            {
                "key": q.key,
                "short": q.short,
                "text": q.text,
                "yes": q.yes,
                "no": q.no,
                "na": q.na,
                "unanswered": q.unanswered,
            }
            for q in summary.questions
        ],
        "complication_grades": dict(summary.complication_grades),
    }


def _facility_data(account: FacilityAccount) -> dict[str, Any]:
    return {
        "claims": {
            key: {
                "status": c.status.value if c.status else None,
                "justification": c.justification,
                "evidence": list(c.evidence),
                "comment": c.comment,
            }
            for key, c in account.claims.items()
        },
        "volumes": {t.value: n for t, n in account.volumes.items()},
        "cases": [
            {
                "case_ref": c.case_ref,
                "procedure_date": c.procedure_date.isoformat(),
                "procedure_type": c.procedure_type,
                "answers": {q: a.value for q, a in c.answers.items()},
            }
            for c in account.cases
        ],
    }


def canonical_visit_data(
    detail: VisitDetail,
    facility: FacilityAccount | None = None,
) -> bytes:
    """The visit's content as canonical JSON bytes (sorted keys, UTF-8, no whitespace).

    The facility's application form counts only once imported, so the hash of a visit
    without one is what it always was."""
    v = detail.visit
    f = v.facility
    data: dict[str, Any] = {
        "format": 1,
        "visit_id": v.id,
        "template": {"id": v.template_id, "version": v.template_version},
        "facility": {
            "name": f.name,
            "department": f.department,
            "address": f.address,
            "country": f.country,
            "facility_code": f.facility_code,
            "authorised_representative": f.authorised_representative,
            "contact_person": f.contact_person,
        },
        "dates": {
            "start": v.start_date.isoformat() if v.start_date else None,
            "end": v.end_date.isoformat() if v.end_date else None,
        },
        "assessors": {
            "lead": {"name": v.lead_assessor.name, "email": v.lead_assessor.email},
            "co": {"name": v.co_assessor.name, "email": v.co_assessor.email},
        },
        "volumes": {t.value: n for t, n in v.volumes.items()},
        "findings": {
            key: {
                "rating": fd.rating.value if fd.rating else None,
                "comment": fd.comment,
                "justification": fd.justification,
                "evidence_seen": sorted(fd.evidence_seen),
            }
            for key, fd in detail.findings.items()
        },
        "actions": sorted((action_json(a) for a in detail.actions), key=lambda a: a["id"]),
        "attachments": sorted(
            (
                {
                    "id": a.id,
                    "key": a.requirement_key,
                    "sha256": a.sha256,
                    "filename": a.filename,
                    "caption": a.caption,
                }
                for a in detail.attachments
            ),
            key=lambda a: a["id"],
        ),
        "case_review_complete": detail.case_review_complete,
        "case_review": _case_review_data(detail.case_review),
    }
    if facility is not None and not facility.is_empty:
        data["facility_account"] = _facility_data(facility)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def content_hash(detail: VisitDetail, facility: FacilityAccount | None = None) -> str:
    """SHA-256 (hex) of ``canonical_visit_data``: printed in every report footer."""
    return hashlib.sha256(canonical_visit_data(detail, facility)).hexdigest()
