"""Evidence requests: what the assessors ask the facility to send, by when, and what became
of it (open, received, accepted, rejected). Each edit is one transaction and one change
record per field, so it travels by bundle like a rating."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from assessor_app.domain import ids
from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.evidence_requests import (
    EvidenceRequest,
    RequestStatus,
    due_date_refusal,
    transition_refusal,
)
from assessor_app.persistence.change_writer import now_utc
from assessor_app.persistence.database import Database
from assessor_app.persistence.evidence_request_repository import EvidenceRequestRepository
from assessor_app.persistence.unit_of_work import UnitOfWork
from assessor_app.services.text_check import check_field

KeyCheck = Callable[[str, str], None]
MIN_ID_PREFIX = 4  # shorter prefixes of a request id would match by accident


@dataclass
class EvidenceRequestService:
    db: Database
    check_key: KeyCheck  # refuses a requirement key outside the visit's checklist
    today: Callable[[], date] = field(default=date.today)  # tests move the calendar

    @contextmanager
    def _repo(self) -> Iterator[EvidenceRequestRepository]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self.db.unit_of_work() as uow:
            yield uow.evidence_requests

    def add(self, visit_id: str, key: str, what: str, due_date: date) -> EvidenceRequest:
        """Ask for ``what`` by ``due_date``; refused, changing nothing, when the text is
        empty or unprintable, the key unknown or the date outside the rules (see domain)."""
        return _request_of(self.add_recorded(visit_id, key, what, due_date))

    def add_recorded(self, visit_id: str, key: str, what: str, due_date: date) -> EditResult:
        """``add``, returning the request, the visit as stored now (a signed one may have
        started a new revision) and the change records written."""
        what = what.strip()
        if not what:
            raise ValidationError.coded(ErrorCode.REQUEST_TEXT_REQUIRED)
        check_field("evidence_request", "what", what)
        self.check_key(visit_id, key)
        with self.db.unit_of_work() as uow:
            repo = uow.evidence_requests
            visit = repo.visits.get_visit(visit_id)
            refusal = due_date_refusal(due_date, visit.start_date, self.today())
            if refusal is not None:
                raise refusal
            request = EvidenceRequest(
                id=ids.new_id(),
                visit_id=visit_id,
                requirement_key=key,
                what=what,
                due_date=due_date,
                status=RequestStatus.OPEN,
                created_at=now_utc(),
            )
            repo.add(request)
            return _recorded(uow, request)

    def set_status(self, request_id: str, status: RequestStatus) -> EvidenceRequest:
        """Move a request on (open -> received -> accepted or rejected); any other step is
        refused with the reason and changes nothing."""
        return _request_of(self.set_status_recorded(request_id, status))

    def set_status_recorded(self, request_id: str, status: RequestStatus) -> EditResult:
        """``set_status``, returning the request, the visit and the change records."""
        with self.db.unit_of_work() as uow:
            repo = uow.evidence_requests
            current = repo.get(request_id)
            refusal = transition_refusal(current.status, status)
            if refusal is not None:
                raise refusal
            return _recorded(uow, repo.set_status(request_id, status))

    def list(self, visit_id: str, key: str | None = None) -> list[EvidenceRequest]:
        with self._repo() as repo:
            repo.visits.get_visit(visit_id)
            return repo.for_visit(visit_id, key)

    def resolve_id(self, text: str) -> str:
        """A request's id from the id or its first characters (unique among requests)."""
        text = text.strip().lower()
        if len(text) < MIN_ID_PREFIX:
            raise ValidationError.coded(ErrorCode.REQUEST_ID_TOO_SHORT, least=MIN_ID_PREFIX)
        with self._repo() as repo:
            matches = repo.ids_starting(text)
        if text in matches:
            return text
        if not matches:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_REQUEST, text=text)
        if len(matches) > 1:
            raise ValidationError.coded(
                ErrorCode.REQUEST_ID_AMBIGUOUS, count=len(matches), text=text
            )
        return matches[0]

    def awaiting_by_visit(self) -> dict[str, set[str]]:
        with self._repo() as repo:
            return repo.awaiting_by_visit()


def _recorded(uow: UnitOfWork, request: EvidenceRequest) -> EditResult:
    return EditResult(
        changes=tuple(uow.changes.written),
        visit=uow.visits.get_visit(request.visit_id),
        request=request,
    )


def _request_of(result: EditResult) -> EvidenceRequest:
    assert result.request is not None  # both edits hand their request back
    return result.request
