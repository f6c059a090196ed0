"""Creating, listing, editing and deleting visits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from assessor_app.domain import ids
from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.entity_fields import VISIT_DETAIL_FIELDS
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.outcome import FindingState, Tier, evaluate, is_answered
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import (
    NewVisit,
    ProcedureType,
    Visit,
    VisitState,
    VisitSummary,
    is_email,
)
from assessor_app.domain.visit_rules import new_visit_problems
from assessor_app.persistence.database import Database
from assessor_app.services.case_review_status import CaseReviewStatus
from assessor_app.services.text_check import check_field
from assessor_app.templates.library import TemplateLibrary

EDITABLE_VISIT_FIELDS = frozenset(VISIT_DETAIL_FIELDS)  # what ``visit set`` and the form edit


@dataclass
class VisitService:
    db: Database
    templates: TemplateLibrary
    case_review: CaseReviewStatus
    # Takes the verified backup a deletion needs first (services/backups); None in tests
    # that build the service alone.
    before_destructive: Callable[[str], object] | None = None

    def resolve_id(self, text: str) -> str:
        """A full visit id from a full or unambiguous short id (as printed by ``list``)."""
        text = text.strip().lower()
        if len(text) < 4:
            raise ValidationError.coded(ErrorCode.VISIT_ID_TOO_SHORT)
        with self.db.transaction() as repo:
            matches = repo.find_visit_ids(text)
        if not matches:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_VISIT, text=text)
        if len(matches) > 1:
            raise ValidationError.coded(ErrorCode.VISIT_ID_AMBIGUOUS, text=text, count=len(matches))
        return matches[0]

    def create(self, new: NewVisit) -> str:
        """Start a visit pinned to its template id and version; returns the new visit id."""
        for problem in new_visit_problems(new).values():
            raise problem
        template = self.templates.get(new.template_id, new.template_version)
        visit_id = ids.new_id()
        fields: dict[str, Any] = {
            "template_id": template.id,
            "template_version": template.version,
            "facility_name": new.facility.name.strip(),
            "department": new.facility.department.strip(),
            "address": new.facility.address.strip(),
            "country": new.facility.country.strip(),
            "facility_code": new.facility.facility_code.strip(),
            "authorised_representative": new.facility.authorised_representative.strip(),
            "contact_person": new.facility.contact_person.strip(),
            "start_date": new.start_date,
            "end_date": new.end_date,
            "lead_assessor_name": new.lead_assessor.name.strip() if new.lead_assessor else "",
            "lead_assessor_email": new.lead_assessor.email.strip() if new.lead_assessor else "",
            "co_assessor_name": new.co_assessor.name.strip() if new.co_assessor else "",
            "co_assessor_email": new.co_assessor.email.strip() if new.co_assessor else "",
            "state": VisitState.PLANNED.value,
            "revision": 1,
        }
        for name, value in fields.items():
            check_field("visit", name, value)  # what is stored is what gets printed
        with self.db.transaction() as repo:
            repo.create_visit(visit_id, fields, [r.key for r in template.requirements])
            for ptype, count in new.volumes.items():
                repo.set_volume(visit_id, ptype, count)
        return visit_id

    def get(self, visit_id: str) -> Visit:
        with self.db.transaction() as repo:
            return repo.get_visit(visit_id)

    def list(self) -> list[VisitSummary]:
        """Every visit with its progress and outcome so far, in a few queries."""
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            visits = repo.list_visits()
            ratings = repo.rating_counts()
            justifications = repo.justifications()
            awaiting = uow.evidence_requests.awaiting_by_visit()
        summaries: list[VisitSummary] = []
        for visit in visits:
            try:
                template = self.templates.get(visit.template_id, visit.template_version)
            except NotFoundError:
                template = None
            states: dict[str, FindingState] = {}
            for rating, keys in ratings.get(visit.id, {}).items():
                for key in keys:
                    states[key] = FindingState(
                        Rating(rating) if rating else None,
                        justifications.get((visit.id, key), ""),
                    )
            reqs = template.requirements if template else []
            core = [r for r in reqs if r.core]
            tier = (
                evaluate(
                    reqs,
                    states,
                    case_review_complete=self.case_review.is_complete(visit.id),
                    annual_procedures=visit.annual_procedures,
                    awaiting_evidence=awaiting.get(visit.id, set()),
                ).tier
                if template
                else Tier.NOT_YET
            )
            summaries.append(
                VisitSummary(
                    id=visit.id,
                    facility=visit.facility.name,
                    department=visit.facility.department,
                    start_date=visit.start_date,
                    end_date=visit.end_date,
                    state=visit.state,
                    answered=sum(is_answered(states.get(r.key)) for r in reqs),
                    total=len(reqs),
                    core_answered=sum(is_answered(states.get(r.key)) for r in core),
                    core_total=len(core),
                    tier=tier.value,
                    updated_at=visit.updated_at,
                )
            )
        return summaries

    def update(self, visit_id: str, field: str, value: str | date | None) -> EditResult:
        """Change one field of the visit record (facility details, dates, assessors);
        returns the visit as stored now and the change records written."""
        if field not in EDITABLE_VISIT_FIELDS:
            raise ValidationError.coded(ErrorCode.NO_SUCH_VISIT_FIELD, field=field)
        if field == "facility_name" and not (isinstance(value, str) and value.strip()):
            raise ValidationError.coded(ErrorCode.FACILITY_NAME_REQUIRED)
        if field in ("start_date", "end_date"):
            if value is not None and not isinstance(value, date):
                raise ValidationError.coded(ErrorCode.FIELD_NOT_A_DATE, field=field)
        elif not isinstance(value, str):
            raise ValidationError.coded(ErrorCode.FIELD_NOT_TEXT, field=field)
        else:
            check_field("visit", field, value)
        if isinstance(value, str) and field.endswith("_email"):
            value = value.strip()
            if value and not is_email(value):
                raise ValidationError.coded(ErrorCode.NOT_AN_EMAIL, text=value)
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            # Only a real change reopens a signed visit as a new revision.
            if repo.set_visit_field(visit_id, field, value, decides=True):
                repo.touch(visit_id)
            visit = repo.get_visit(visit_id)
            if visit.start_date and visit.end_date and visit.end_date < visit.start_date:
                raise ValidationError.coded(ErrorCode.VISIT_ENDS_BEFORE_START)
            return EditResult(changes=tuple(uow.changes.written), visit=visit)

    def set_volume(self, visit_id: str, procedure_type: ProcedureType, count: int) -> EditResult:
        """One procedure count; returns the visit (its volumes, so the annual total the
        outcome needs) as stored now and the change records written."""
        if count < 0:
            raise ValidationError.coded(ErrorCode.COUNT_NEGATIVE)
        with self.db.unit_of_work() as uow:
            uow.visits.set_volume(visit_id, procedure_type, count, decides=True)
            return EditResult(
                changes=tuple(uow.changes.written), visit=uow.visits.get_visit(visit_id)
            )

    def set_state(self, visit_id: str, state: VisitState) -> None:
        with self.db.transaction() as repo:
            repo.set_visit_field(visit_id, "state", state.value, decides=True)

    def mark_in_progress(self, visit_id: str) -> None:
        """A planned visit becomes in progress at its first finding."""
        with self.db.transaction() as repo:
            if repo.get_visit(visit_id).state is VisitState.PLANNED:
                repo.set_visit_field(visit_id, "state", VisitState.IN_PROGRESS.value)

    def delete(self, visit_id: str) -> None:
        """Delete a visit, its findings and history (the GUI asks for confirmation first),
        after a verified backup that still holds it."""
        with self.db.transaction() as repo:
            repo.get_visit(visit_id)  # an unknown id is refused before a backup is taken
        if self.before_destructive is not None:
            self.before_destructive("delete-visit")
        with self.db.transaction() as repo:
            repo.delete_visit(visit_id)
