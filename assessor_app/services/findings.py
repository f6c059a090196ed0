"""Rating requirements: the edits an assessor makes most, each saved with its change record."""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.text_limits import FINDING_TEXT_LIMITS, LONG
from assessor_app.domain.visit import Finding, VisitState
from assessor_app.persistence.database import Database
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
            raise ValidationError(f"requirement {key!r} is not in this visit's checklist")

    @staticmethod
    def _check_text(label: str, text: str) -> str:
        return check_text(label, text, FINDING_TEXT_LIMITS[label])

    def rate(
        self,
        visit_id: str,
        key: str,
        rating: Rating | None,
        *,
        comment: str | None = None,
        justification: str | None = None,
    ) -> list[ChangeRecord]:
        """Set the rating (and optionally comment and justification) in one transaction."""
        self.check_key(visit_id, key)
        changes: list[ChangeRecord | None] = []
        with self.db.transaction() as repo:
            changes.append(
                repo.set_finding_field(
                    visit_id, key, "rating", rating.value if rating else None, decides=True
                )
            )
            if comment is not None:
                changes.append(
                    repo.set_finding_field(
                        visit_id,
                        key,
                        "comment",
                        self._check_text("comment", comment),
                        decides=True,
                    )
                )
            if justification is not None:
                changes.append(
                    repo.set_finding_field(
                        visit_id,
                        key,
                        "justification",
                        self._check_text("justification", justification),
                        decides=True,
                    )
                )
            if any(changes) and repo.get_visit(visit_id).state is VisitState.PLANNED:
                repo.set_visit_field(visit_id, "state", VisitState.IN_PROGRESS.value)
        return [c for c in changes if c]

    def set_comment(self, visit_id: str, key: str, comment: str) -> ChangeRecord | None:
        self.check_key(visit_id, key)
        with self.db.transaction() as repo:
            return repo.set_finding_field(
                visit_id, key, "comment", self._check_text("comment", comment), decides=True
            )

    def set_justification(self, visit_id: str, key: str, text: str) -> ChangeRecord | None:
        self.check_key(visit_id, key)
        with self.db.transaction() as repo:
            return repo.set_finding_field(
                visit_id, key, "justification", self._check_text("justification", text),
                decides=True,
            )  # fmt: skip

    def set_evidence(
        self, visit_id: str, key: str, evidence_key: str, seen: bool
    ) -> ChangeRecord | None:
        requirement = self.template_for(visit_id).requirement(key)
        if evidence_key not in {e.key for e in requirement.evidence}:
            raise ValidationError(f"{evidence_key!r} is not an evidence item of {key}")
        with self.db.transaction() as repo:
            return repo.set_evidence(visit_id, key, evidence_key, seen, decides=True)

    def findings(self, visit_id: str) -> dict[str, Finding]:
        with self.db.transaction() as repo:
            return repo.findings(visit_id)

    def history(self, visit_id: str, key: str | None = None) -> list[ChangeRecord]:
        """Who changed what and when, oldest first; one requirement's or the whole visit's."""
        with self.db.transaction() as repo:
            return repo.history(visit_id, key)
