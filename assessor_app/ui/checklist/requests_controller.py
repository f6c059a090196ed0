"""Saves what the assessor does in the evidence requests panel: one service call per edit,
and the panel shows the request the call returned. Bad input is refused by the service with
a coded error, worded in ui/error_text.py, and nothing is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from assessor_app.domain.errors import AppError
from assessor_app.domain.evidence_requests import EvidenceRequest, RequestStatus
from assessor_app.services.container import Services
from assessor_app.ui.checklist.requests_panel import (
    EvidenceRequestsPanel,
    request_status_label,
)
from assessor_app.ui.formatting import message_of
from assessor_app.ui.visit_session import VisitSession


class RequestsController(QObject):
    # A request saved goes to the visit session (outcome and header follow from there).
    saved = Signal(str)  # a human message about it

    def __init__(
        self,
        services: Services,
        visit_id: str,
        panel: EvidenceRequestsPanel,
        session: VisitSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._visit_id, self.panel = services, visit_id, panel
        self._session = session
        self._by_key: dict[str, list[EvidenceRequest]] = {}
        self._key = ""
        panel.add_requested.connect(self._add)
        panel.status_requested.connect(self._set_status)

    def set_requests(self, requests: list[EvidenceRequest]) -> None:
        """Every request of the visit, as the visit was just read."""
        self._by_key = {}
        for request in requests:
            self._by_key.setdefault(request.requirement_key, []).append(request)
        if self._key:
            self.panel.show_requests(self._by_key.get(self._key, []), self._today())

    def show_key(self, key: str) -> None:
        if key != self._key:
            self.panel.reset_entry()
            self.panel.show_error("")
        self._key = key
        self.panel.show_requests(self._by_key.get(key, []), self._today())

    def _today(self) -> date:
        return self._services.requests.today()

    def _add(self, what: str, due: date) -> None:
        key = self._key
        if not key:
            return
        # The service checks the text and the due date; its coded refusal is worded by
        # message_of, so the rules and their sentences live in one place each.
        if not self._session.confirm_edit(self.panel):
            return
        try:
            request = self._services.requests.add(self._visit_id, key, what, due)
        except AppError as exc:
            self.panel.show_error(message_of(exc))
            return
        self._by_key.setdefault(key, []).append(request)
        self.panel.show_error("")
        self.panel.reset_entry()
        self.panel.show_requests(self._by_key[key], self._today())
        self.panel.select(request.id)
        self.saved.emit(self.tr("Evidence requested for {key}").format(key=key))
        self._session.put_request(request, self._services.visits.get(self._visit_id))

    def _set_status(self, request_id: str, status: RequestStatus) -> None:
        key = self._key
        requests = self._by_key.get(key, [])
        current = next((r for r in requests if r.id == request_id), None)
        if current is None:
            return
        if not self._session.confirm_edit(self.panel):
            return
        try:
            updated = self._services.requests.set_status(request_id, status)
        except AppError as exc:
            self.panel.show_error(message_of(exc))
            return
        self._by_key[key] = [updated if r.id == request_id else r for r in requests]
        self.panel.show_error("")
        self.panel.show_requests(self._by_key[key], self._today())
        self.saved.emit(
            self.tr("Request for {key} marked {status}").format(
                key=key, status=request_status_label(updated.status).lower()
            )
        )
        self._session.put_request(updated, self._services.visits.get(self._visit_id))
