"""The one in-memory copy of the open visit, shared by its pages.

Services hand back what each edit changed (``EditResult``); the session applies it,
recomputes the outcome and progress with the pure rules of ``domain/outcome`` and says
which requirement changed. Nothing re-reads the whole visit for one edit: a full reload
happens only after an import or a conflict decision, or when a page saved something the
session does not hold (a population import or draw, a signature, an adopted
self-assessment). Visit details, volumes and case-review answers, grades and notes come
back as results too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.evidence_requests import EvidenceRequest, awaiting_keys
from assessor_app.domain.outcome import FindingState, evaluate, progress
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.visit import Attachment, CorrectiveAction, Finding, Visit, VisitState
from assessor_app.services.container import Services
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui.plain_text import plain


class VisitSession(QObject):
    requirement_changed = Signal(str)  # that requirement's finding, actions or files moved
    visit_changed = Signal()  # outcome, progress, state or revision: the header follows
    reloaded = Signal()  # everything read again (after an import or a decision)

    def __init__(
        self,
        services: Services,
        visit_id: str,
        detail: VisitDetail | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.visit_id = visit_id
        self.findings: dict[str, Finding] = {}
        self.actions: dict[str, list[CorrectiveAction]] = {}
        self.attachments: dict[str, list[Attachment]] = {}
        self.evidence_requests: list[EvidenceRequest] = []
        self._detail: VisitDetail = detail or services.outcome.detail(visit_id)
        self._take(self._detail)

    # -- reading -----------------------------------------------------------------------------
    @property
    def visit(self) -> Visit:
        return self._detail.visit

    @property
    def template(self) -> ChecklistTemplate:
        return self._detail.template

    def detail(self) -> VisitDetail:
        """The visit as the header, summary and actions list show it, from memory."""
        return self._detail

    # -- full reload ---------------------------------------------------------------------------
    def reload(self, detail: VisitDetail | None = None) -> None:
        self._detail = detail or self._services.outcome.detail(self.visit_id)
        self._take(self._detail)
        self.reloaded.emit()
        self.visit_changed.emit()

    def _take(self, detail: VisitDetail) -> None:
        self.findings = dict(detail.findings)
        self.actions = {}
        for action in detail.actions:
            self.actions.setdefault(action.requirement_key, []).append(action)
        self.attachments = {}
        for attachment in detail.attachments:
            self.attachments.setdefault(attachment.requirement_key, []).append(attachment)
        self.evidence_requests = list(detail.evidence_requests)

    # -- applying one edit ---------------------------------------------------------------------
    def apply(self, result: EditResult) -> None:
        """Take what the service says it stored, recompute the outcome, tell the views."""
        keys: set[str] = set()
        visit = result.visit or self.visit
        if result.finding is not None:
            self.findings[result.finding.requirement_key] = result.finding
            keys.add(result.finding.requirement_key)
        if result.action is not None:
            self._put(self.actions, result.action, result.action.id in result.removed)
            keys.add(result.action.requirement_key)
        if result.attachment is not None:
            self._put(self.attachments, result.attachment, result.attachment.id in result.removed)
            keys.add(result.attachment.requirement_key)
        if result.case_review_complete is not None:
            # A case-review edit says whether the review is complete now: the outcome's
            # case-review rule follows it without reading the review again.
            self._detail = replace(self._detail, case_review_complete=result.case_review_complete)
        self._detail = self._recomputed(visit)
        for key in sorted(keys):
            self.requirement_changed.emit(key)
        self.visit_changed.emit()

    def set_attachments(self, key: str, attachments: list[Attachment], visit: Visit) -> None:
        """A requirement's files (and the visit) after a batch added off the GUI thread."""
        self.attachments[key] = list(attachments)
        self._detail = self._recomputed(visit)
        self.requirement_changed.emit(key)
        self.visit_changed.emit()

    def put_request(self, request: EvidenceRequest, visit: Visit | None = None) -> None:
        """An evidence request as the service stored it (new or moved on): its requirement
        waits for the evidence, or no longer does, and the header counts it."""
        at = next((i for i, r in enumerate(self.evidence_requests) if r.id == request.id), None)
        if at is None:
            self.evidence_requests.append(request)
        else:
            self.evidence_requests[at] = request
        self._detail = self._recomputed(visit or self.visit)
        self.requirement_changed.emit(request.requirement_key)
        self.visit_changed.emit()

    @staticmethod
    def _put(
        lists: dict[str, list[CorrectiveAction]] | dict[str, list[Attachment]],
        record: CorrectiveAction | Attachment,
        removed: bool,
    ) -> None:
        records: list = lists.setdefault(record.requirement_key, [])  # type: ignore[type-arg]
        at = next((i for i, r in enumerate(records) if r.id == record.id), None)
        if removed:
            if at is not None:
                del records[at]
        elif at is None:
            records.append(record)
            records.sort(key=_created)
        else:
            records[at] = record

    def _recomputed(self, visit: Visit) -> VisitDetail:
        detail = self._detail
        template = detail.template
        states = {k: FindingState(f.rating, f.justification) for k, f in self.findings.items()}
        return replace(
            detail,
            visit=visit,
            findings=dict(self.findings),
            actions=sorted((a for items in self.actions.values() for a in items), key=_created),
            attachments=sorted(
                (a for items in self.attachments.values() for a in items), key=_created
            ),
            outcome=evaluate(
                template.requirements,
                states,
                case_review_complete=detail.case_review_complete,
                annual_procedures=visit.annual_procedures,
                awaiting_evidence=awaiting_keys(self.evidence_requests),
            ),
            progress=progress(template, states),
            evidence_requests=list(self.evidence_requests),
        )

    # -- a signed visit ----------------------------------------------------------------------
    def confirm_edit(self, parent: QWidget) -> bool:
        """Every edit from the GUI asks this first: a signed visit is reopened as a new
        revision only when the assessor says so. Cancel changes nothing."""
        visit = self.visit
        if visit.state is not VisitState.SIGNED:
            return True
        answer = QMessageBox.question(
            parent,
            self.tr("Signed visit"),
            plain(
                self.tr(
                    "This visit is signed (revision {revision}). Start revision {next}?"
                ).format(revision=visit.revision, next=visit.revision + 1)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def _created(record: CorrectiveAction | Attachment) -> datetime:
    # A record just made carries an aware UTC time; one read back from SQLite a naive one
    # (stored as UTC): compared as naive UTC, so both kinds sort together.
    when = record.created_at
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when
