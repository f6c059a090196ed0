"""Rating requirements: the edits an assessor makes most, each saved with its change record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.text_limits import FINDING_TEXT_LIMITS, LONG
from assessor_app.domain.visit import Finding, VisitState
from assessor_app.persistence.database import Database
from assessor_app.persistence.visit_repository import VisitRepository
from assessor_app.services.text_check import check_text
from assessor_app.templates.library import TemplateLibrary

MAX_TEXT = LONG


@dataclass
class FindingService:
    db: Database
    templates: TemplateLibrary
    # A visit stays pinned to its template version, so the lookup is cached per visit
    # (saves a read transaction on every keystroke-driven save).
    _pinned: dict[str, ChecklistTemplate] = field(default_factory=dict, repr=False)

    def template_for(self, visit_id: str) -> ChecklistTemplate:
        template = self._pinned.get(visit_id)
        if template is None:
            with self.db.transaction() as repo:
                visit = repo.get_visit(visit_id)
            template = self.templates.get(visit.template_id, visit.template_version)
            self._pinned[visit_id] = template
        return template

    def check_key(self, visit_id: str, key: str) -> None:
        """Refuse a requirement key that is not in the visit's pinned checklist."""
        if not self.template_for(visit_id).has_requirement(key):
            raise ValidationError.coded(ErrorCode.REQUIREMENT_NOT_IN_VISIT, key=key)

    @staticmethod
    def _check_text(label: str, text: str) -> str:
        return check_text(label, text, FINDING_TEXT_LIMITS[label])

    def _edit(
        self,
        visit_id: str,
        key: str,
        write: Callable[[VisitRepository], object],
        *,
        starts_visit: bool = False,
    ) -> EditResult:
        """One finding edit in one transaction; returns the finding and visit as stored
        now and every change record written (a signed visit's new revision included)."""
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            write(repo)
            planned = repo.visit_state(visit_id) is VisitState.PLANNED
            if starts_visit and uow.changes.written and planned:
                repo.set_visit_field(visit_id, "state", VisitState.IN_PROGRESS.value)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=repo.get_visit(visit_id),  # read once, after every write
                finding=repo.finding(visit_id, key),
            )

    def rate(
        self,
        visit_id: str,
        key: str,
        rating: Rating | None,
        *,
        comment: str | None = None,
        justification: str | None = None,
    ) -> EditResult:
        """Set the rating (and optionally comment and justification) in one transaction."""
        self.check_key(visit_id, key)
        texts = {
            name: self._check_text(name, text)
            for name, text in (("comment", comment), ("justification", justification))
            if text is not None
        }

        def write(repo: VisitRepository) -> None:
            value = rating.value if rating else None
            repo.set_finding_field(visit_id, key, "rating", value, decides=True)
            for name, text in texts.items():
                repo.set_finding_field(visit_id, key, name, text, decides=True)

        return self._edit(visit_id, key, write, starts_visit=True)

    def set_comment(self, visit_id: str, key: str, comment: str) -> EditResult:
        self.check_key(visit_id, key)
        text = self._check_text("comment", comment)
        return self._edit(
            visit_id, key,
            lambda repo: repo.set_finding_field(visit_id, key, "comment", text, decides=True),
        )  # fmt: skip

    def set_justification(self, visit_id: str, key: str, text: str) -> EditResult:
        self.check_key(visit_id, key)
        checked = self._check_text("justification", text)
        return self._edit(
            visit_id, key,
            lambda repo: repo.set_finding_field(
                visit_id, key, "justification", checked, decides=True
            ),
        )  # fmt: skip

    def set_evidence(self, visit_id: str, key: str, evidence_key: str, seen: bool) -> EditResult:
        requirement = self.template_for(visit_id).requirement(key)
        if evidence_key not in {e.key for e in requirement.evidence}:
            raise ValidationError.coded(
                ErrorCode.NOT_AN_EVIDENCE_ITEM, evidence_key=evidence_key, key=key
            )
        return self._edit(
            visit_id, key,
            lambda repo: repo.set_evidence(visit_id, key, evidence_key, seen, decides=True),
        )  # fmt: skip

    def findings(self, visit_id: str) -> dict[str, Finding]:
        with self.db.transaction() as repo:
            return repo.findings(visit_id)

    def history(self, visit_id: str, key: str | None = None) -> list[ChangeRecord]:
        """Who changed what and when, oldest first; one requirement's or the whole visit's."""
        with self.db.transaction() as repo:
            return repo.history(visit_id, key)
