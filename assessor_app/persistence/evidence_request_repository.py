"""Reads and writes of evidence requests; hands out domain dataclasses only. Every write
goes through the ChangeWriter, so a request travels by bundle like any other edit."""

from __future__ import annotations

from sqlalchemy import select

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError
from assessor_app.domain.evidence_requests import EvidenceRequest, RequestStatus
from assessor_app.persistence.change_writer import ChangeWriter
from assessor_app.persistence.evidence_request_models import ENTITY, EvidenceRequestRow
from assessor_app.persistence.visit_repository import VisitRepository


def _to_request(row: EvidenceRequestRow) -> EvidenceRequest:
    return EvidenceRequest(
        id=row.id,
        visit_id=row.visit_id,
        requirement_key=row.requirement_key,
        what=row.what,
        due_date=row.due_date,
        status=RequestStatus(row.status),
        created_at=row.created_at,
    )


class EvidenceRequestRepository:
    """The evidence requests of one transaction (built by its unit of work)."""

    def __init__(self, writer: ChangeWriter, visits: VisitRepository) -> None:
        self.session = writer.session
        self.visits = visits
        self.writer = writer

    def add(self, request: EvidenceRequest) -> None:
        row = EvidenceRequestRow(
            id=request.id,
            visit_id=request.visit_id,
            requirement_key=request.requirement_key,
            what=request.what,
            due_date=request.due_date,
            status=request.status.value,
            deleted=False,
            created_at=request.created_at,
        )
        self.writer.create(
            row, ENTITY, visit_id=request.visit_id, requirement_key=request.requirement_key
        )
        self.visits.touch(request.visit_id)

    def get(self, request_id: str) -> EvidenceRequest:
        return _to_request(self._row(request_id))

    def _row(self, request_id: str) -> EvidenceRequestRow:
        row = self.session.get(EvidenceRequestRow, request_id)
        if row is None or row.deleted:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_REQUEST, text=request_id)
        return row

    def set_status(self, request_id: str, status: RequestStatus) -> EvidenceRequest:
        row = self._row(request_id)
        if self.writer.set_field(
            row, ENTITY, "status", status.value, visit_id=row.visit_id,
            requirement_key=row.requirement_key, decides=True,
        ):  # fmt: skip
            self.visits.touch(row.visit_id)
        return _to_request(row)

    def for_visit(self, visit_id: str, key: str | None = None) -> list[EvidenceRequest]:
        query = select(EvidenceRequestRow).where(
            EvidenceRequestRow.visit_id == visit_id, EvidenceRequestRow.deleted.is_(False)
        )
        if key is not None:
            query = query.where(EvidenceRequestRow.requirement_key == key)
        order = (EvidenceRequestRow.created_at, EvidenceRequestRow.id)
        return [_to_request(r) for r in self.session.scalars(query.order_by(*order))]

    def awaiting_by_visit(self) -> dict[str, set[str]]:
        """Per visit, the requirements with a request not yet accepted or rejected."""
        undecided = (RequestStatus.OPEN.value, RequestStatus.RECEIVED.value)
        rows = self.session.execute(
            select(EvidenceRequestRow.visit_id, EvidenceRequestRow.requirement_key).where(
                EvidenceRequestRow.deleted.is_(False), EvidenceRequestRow.status.in_(undecided)
            )
        )
        out: dict[str, set[str]] = {}
        for visit_id, key in rows:
            out.setdefault(visit_id, set()).add(key)
        return out

    def ids_starting(self, prefix: str) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return list(
            self.session.scalars(
                select(EvidenceRequestRow.id)
                .where(
                    EvidenceRequestRow.id.like(f"{escaped}%", escape="\\"),
                    EvidenceRequestRow.deleted.is_(False),
                )
                .limit(2)  # two are enough to say it is ambiguous
            )
        )
