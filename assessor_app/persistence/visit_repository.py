"""Reads and writes of visits and their findings; hands out domain dataclasses only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select

from assessor_app.domain import ids
from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.entity_fields import VISIT_DETAIL_FIELDS, VISIT_STATE_FIELDS
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import (
    ActionStatus,
    Assessor,
    Attachment,
    AttachmentKind,
    CorrectiveAction,
    Facility,
    Finding,
    ProcedureType,
    Severity,
    Visit,
    VisitState,
)
from assessor_app.persistence.change_writer import ChangeWriter
from assessor_app.persistence.ledger import to_change_record
from assessor_app.persistence.models import (
    AttachmentRow,
    ChangeLogRow,
    CorrectiveActionRow,
    EvidenceRow,
    FindingRow,
    VisitRow,
    VolumeRow,
)
from assessor_app.persistence.sync_models import (
    ChangeBaseRow,
    ConflictRow,
    ImportedBundleRow,
    ImportedBundleVisitRow,
)
from assessor_app.persistence.wall_time import now_utc

# The visit fields set one at a time (details a person types, state and revision the app
# sets); the template pinned at creation never changes this way.
VISIT_FIELDS = frozenset(VISIT_DETAIL_FIELDS) | frozenset(VISIT_STATE_FIELDS)


class VisitRepository:
    """Built by the unit of work, on its writer (see ``UnitOfWork``)."""

    def __init__(self, writer: ChangeWriter) -> None:
        self.session = writer.session
        self.writer = writer

    # -- visits ------------------------------------------------------------------------
    def _visit_row(self, visit_id: str) -> VisitRow:
        with self.session.no_autoflush:  # a key lookup: no flush of pending edits first
            row = self.session.get(VisitRow, visit_id)
        if row is None:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_VISIT, text=visit_id)
        return row

    def find_visit_ids(self, prefix: str) -> list[str]:
        """Ids that start with ``prefix`` (users may type a short id)."""
        return list(self.session.scalars(select(VisitRow.id).where(VisitRow.id.startswith(prefix))))

    def create_visit(
        self, visit_id: str, fields: dict[str, Any], requirement_keys: list[str]
    ) -> None:
        now = now_utc()
        row = VisitRow(id=visit_id, created_at=now, updated_at=now, **fields)
        self.writer.create(row, "visit", visit_id=visit_id)
        # The rows below point at the visit; without ORM relationships the unit of work
        # does not know to insert the visit first, so it goes in now.
        self.session.flush()
        # Derived rows carry no change records: every laptop makes the same ones.
        self.session.add_all(
            FindingRow(
                id=ids.finding_id(visit_id, key), visit_id=visit_id, requirement_key=key,
                rating=None, comment="", justification="",
            )
            for key in requirement_keys
        )  # fmt: skip
        self.session.flush()  # later edits in this transaction look these rows up

    def list_visits(self) -> list[Visit]:
        rows = self.session.scalars(select(VisitRow).order_by(VisitRow.updated_at.desc()))
        volumes = self._volumes_by_visit(None)
        return [self._to_visit(r, volumes.get(r.id, {})) for r in rows]

    def visit_state(self, visit_id: str) -> VisitState:
        """The state alone (no volumes read): the row is usually in the session already."""
        return VisitState(self._visit_row(visit_id).state)

    def get_visit(self, visit_id: str) -> Visit:
        row = self._visit_row(visit_id)
        return self._to_visit(row, self._volumes_by_visit(visit_id).get(visit_id, {}))

    def _volumes_by_visit(self, visit_id: str | None) -> dict[str, dict[ProcedureType, int]]:
        query = select(VolumeRow)
        if visit_id is not None:
            query = query.where(VolumeRow.visit_id == visit_id)
        out: dict[str, dict[ProcedureType, int]] = {}
        for v in self.session.scalars(query):
            out.setdefault(v.visit_id, {})[ProcedureType(v.procedure_type)] = v.annual_count
        return out

    @staticmethod
    def _to_visit(row: VisitRow, volumes: dict[ProcedureType, int]) -> Visit:
        return Visit(
            id=row.id,
            facility=Facility(
                name=row.facility_name,
                department=row.department,
                address=row.address,
                country=row.country,
                facility_code=row.facility_code,
                authorised_representative=row.authorised_representative,
                contact_person=row.contact_person,
            ),
            template_id=row.template_id,
            template_version=row.template_version,
            state=VisitState(row.state),
            revision=row.revision,
            start_date=row.start_date,
            end_date=row.end_date,
            lead_assessor=Assessor(row.lead_assessor_name, row.lead_assessor_email),
            co_assessor=Assessor(row.co_assessor_name, row.co_assessor_email),
            volumes=volumes,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    def set_visit_field(
        self, visit_id: str, field: str, value: Any, *, decides: bool = False
    ) -> ChangeRecord | None:
        if field not in VISIT_FIELDS:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_VISIT_FIELD, field=field)
        row = self._visit_row(visit_id)
        change = self.writer.set_field(
            row, "visit", field, value, visit_id=visit_id, decides=decides
        )
        if change:
            row.updated_at = now_utc()
        return change

    def touch(self, visit_id: str) -> VisitRow:
        """Mark the visit as changed now; a signed visit reopens as a new revision."""
        row = self._visit_row(visit_id)
        row.updated_at = now_utc()
        self.writer.reopen_if_signed(row)
        return row

    def set_volume(
        self, visit_id: str, procedure_type: ProcedureType, count: int, *, decides: bool = False
    ) -> None:
        vid = ids.volume_id(visit_id, procedure_type.value)
        row = self.session.get(VolumeRow, vid)
        if row is None:
            row = VolumeRow(
                id=vid, visit_id=visit_id, procedure_type=procedure_type.value, annual_count=0
            )
            self.session.add(row)
        if self.writer.set_field(
            row, "volume", "annual_count", count, visit_id=visit_id, decides=decides
        ):
            self.touch(visit_id)

    def delete_visit(self, visit_id: str) -> None:
        self._visit_row(visit_id)
        # Its sync bookkeeping goes too: conflicts would linger in the office's counts, and
        # a remembered bundle would answer "already imported" instead of bringing it back.
        changes = select(ChangeLogRow.id).where(ChangeLogRow.visit_id == visit_id)
        self.session.execute(delete(ChangeBaseRow).where(ChangeBaseRow.change_id.in_(changes)))
        self.session.execute(delete(ConflictRow).where(ConflictRow.visit_id == visit_id))
        self.session.execute(
            delete(ImportedBundleVisitRow).where(ImportedBundleVisitRow.visit_id == visit_id)
        )
        self.session.execute(
            delete(ImportedBundleRow).where(
                ~select(ImportedBundleVisitRow.bundle_id)
                .where(ImportedBundleVisitRow.bundle_id == ImportedBundleRow.id)
                .exists()
            )
        )
        self.session.execute(delete(ChangeLogRow).where(ChangeLogRow.visit_id == visit_id))
        self.session.execute(delete(VisitRow).where(VisitRow.id == visit_id))

    # -- findings ----------------------------------------------------------------------
    def _finding_row(self, visit_id: str, key: str) -> FindingRow:
        # With autoflush: a finding made earlier in this transaction must be found.
        row = self.session.get(FindingRow, ids.finding_id(visit_id, key))
        if row is None:
            # A finding row may be missing after a template change; derive it.
            self._visit_row(visit_id)
            row = FindingRow(
                id=ids.finding_id(visit_id, key), visit_id=visit_id, requirement_key=key,
                rating=None, comment="", justification="",
            )  # fmt: skip
            self.session.add(row)
        return row

    def set_finding_field(
        self, visit_id: str, key: str, field: str, value: Any, *, decides: bool = False
    ) -> ChangeRecord | None:
        row = self._finding_row(visit_id, key)
        change = self.writer.set_field(
            row, "finding", field, value, visit_id=visit_id, requirement_key=key,
            decides=decides,
        )  # fmt: skip
        if change:
            row.updated_at = change.recorded_at
            self.touch(visit_id)
        return change

    def set_evidence(
        self, visit_id: str, key: str, evidence_key: str, seen: bool, *, decides: bool = False
    ) -> ChangeRecord | None:
        eid = ids.evidence_id(visit_id, key, evidence_key)
        row = self.session.get(EvidenceRow, eid)
        if row is None:
            row = EvidenceRow(
                id=eid, visit_id=visit_id, requirement_key=key, evidence_key=evidence_key,
                seen=False,
            )  # fmt: skip
            self.session.add(row)
        change = self.writer.set_field(
            row, "evidence", "seen", seen, visit_id=visit_id, requirement_key=key,
            decides=decides,
        )  # fmt: skip
        if change:
            self.touch(visit_id)
        return change

    def findings(self, visit_id: str, key: str | None = None) -> dict[str, Finding]:
        """Requirement key -> finding; one requirement's only when ``key`` is given."""
        seen: dict[str, set[str]] = {}
        evidence = select(EvidenceRow).where(EvidenceRow.visit_id == visit_id, EvidenceRow.seen)
        rows = select(FindingRow).where(FindingRow.visit_id == visit_id)
        if key is not None:
            evidence = evidence.where(EvidenceRow.requirement_key == key)
            rows = rows.where(FindingRow.requirement_key == key)
        for ev in self.session.scalars(evidence):
            seen.setdefault(ev.requirement_key, set()).add(ev.evidence_key)
        return {
            r.requirement_key: Finding(
                id=r.id,
                visit_id=r.visit_id,
                requirement_key=r.requirement_key,
                rating=Rating(r.rating) if r.rating else None,
                comment=r.comment,
                justification=r.justification,
                evidence_seen=frozenset(seen.get(r.requirement_key, ())),
                updated_at=r.updated_at,
            )
            for r in self.session.scalars(rows)
        }

    def finding(self, visit_id: str, key: str) -> Finding:
        """One requirement's finding as stored now (derived when its row is missing)."""
        self._finding_row(visit_id, key)
        return self.findings(visit_id, key)[key]

    def rating_counts(self) -> dict[str, dict[str | None, list[str]]]:
        """visit id -> rating -> requirement keys, for the visit list in one query."""
        out: dict[str, dict[str | None, list[str]]] = {}
        rows = self.session.execute(
            select(FindingRow.visit_id, FindingRow.rating, FindingRow.requirement_key)
        )
        for visit_id, rating, key in rows:
            out.setdefault(visit_id, {}).setdefault(rating, []).append(key)
        return out

    def justifications(self) -> dict[tuple[str, str], str]:
        rows = self.session.execute(
            select(FindingRow.visit_id, FindingRow.requirement_key, FindingRow.justification).where(
                FindingRow.rating == Rating.NA.value
            )
        )
        return {(v, k): j for v, k, j in rows}

    # -- attachments -------------------------------------------------------------------
    def add_attachment(self, attachment: Attachment) -> None:
        row = AttachmentRow(
            id=attachment.id,
            visit_id=attachment.visit_id,
            requirement_key=attachment.requirement_key,
            sha256=attachment.sha256,
            filename=attachment.filename,
            media_type=attachment.media_type,
            kind=attachment.kind.value,
            size=attachment.size,
            caption=attachment.caption,
            deleted=False,
            created_at=attachment.created_at,
        )
        self.writer.create(
            row, "attachment", visit_id=attachment.visit_id,
            requirement_key=attachment.requirement_key,
        )  # fmt: skip
        self.touch(attachment.visit_id)

    def _attachment_row(self, attachment_id: str) -> AttachmentRow:
        row = self.session.get(AttachmentRow, attachment_id)
        if row is None or row.deleted:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_ATTACHMENT, attachment_id=attachment_id)
        return row

    def set_attachment_field(
        self, attachment_id: str, field: str, value: Any, *, decides: bool = False
    ) -> ChangeRecord | None:
        row = self._attachment_row(attachment_id)
        change = self.writer.set_field(
            row, "attachment", field, value, visit_id=row.visit_id,
            requirement_key=row.requirement_key, decides=decides,
        )  # fmt: skip
        if change:
            self.touch(row.visit_id)
        return change

    def attachments(self, visit_id: str, key: str | None = None) -> list[Attachment]:
        query = select(AttachmentRow).where(
            AttachmentRow.visit_id == visit_id, AttachmentRow.deleted.is_(False)
        )
        if key is not None:
            query = query.where(AttachmentRow.requirement_key == key)
        return [
            Attachment(
                id=r.id,
                visit_id=r.visit_id,
                requirement_key=r.requirement_key,
                sha256=r.sha256,
                filename=r.filename,
                media_type=r.media_type,
                kind=AttachmentKind(r.kind),
                size=r.size,
                caption=r.caption,
                created_at=r.created_at,
            )
            for r in self.session.scalars(query.order_by(AttachmentRow.created_at))
        ]

    def attachment(self, attachment_id: str) -> Attachment:
        row = self._attachment_row(attachment_id)
        return next(
            a for a in self.attachments(row.visit_id, row.requirement_key) if a.id == row.id
        )

    def all_attachment_hashes(self) -> set[str]:
        return set(self.session.scalars(select(AttachmentRow.sha256).distinct()))

    # -- corrective actions ------------------------------------------------------------
    def add_action(self, action: CorrectiveAction) -> None:
        row = CorrectiveActionRow(
            id=action.id,
            visit_id=action.visit_id,
            requirement_key=action.requirement_key,
            description=action.description,
            severity=action.severity.value,
            owner=action.owner,
            due_date=action.due_date,
            status=action.status.value,
            deleted=False,
            created_at=action.created_at,
        )
        self.writer.create(
            row, "action", visit_id=action.visit_id, requirement_key=action.requirement_key
        )
        self.touch(action.visit_id)

    def _action_row(self, action_id: str, *, deleted_too: bool = False) -> CorrectiveActionRow:
        row = self.session.get(CorrectiveActionRow, action_id)
        if row is None or (row.deleted and not deleted_too):
            raise NotFoundError.coded(ErrorCode.NO_SUCH_ACTION, action_id=action_id)
        return row

    def set_action_field(
        self, action_id: str, field: str, value: Any, *, decides: bool = False
    ) -> ChangeRecord | None:
        # A removed action takes one edit only: being brought back (undo of its removal).
        row = self._action_row(action_id, deleted_too=field == "deleted" and value is False)
        if isinstance(value, (Severity, ActionStatus)):
            value = value.value
        change = self.writer.set_field(
            row, "action", field, value, visit_id=row.visit_id,
            requirement_key=row.requirement_key, decides=decides,
        )  # fmt: skip
        if change:
            self.touch(row.visit_id)
        return change

    def action(self, action_id: str, *, deleted_too: bool = False) -> CorrectiveAction:
        return self._to_action(self._action_row(action_id, deleted_too=deleted_too))

    @staticmethod
    def _to_action(r: CorrectiveActionRow) -> CorrectiveAction:
        return CorrectiveAction(
            id=r.id,
            visit_id=r.visit_id,
            requirement_key=r.requirement_key,
            description=r.description,
            severity=Severity(r.severity),
            owner=r.owner,
            due_date=r.due_date,
            status=ActionStatus(r.status),
            created_at=r.created_at,
        )

    def actions(self, visit_id: str, key: str | None = None) -> list[CorrectiveAction]:
        query = select(CorrectiveActionRow).where(
            CorrectiveActionRow.visit_id == visit_id, CorrectiveActionRow.deleted.is_(False)
        )
        if key is not None:
            query = query.where(CorrectiveActionRow.requirement_key == key)
        return [
            self._to_action(r)
            for r in self.session.scalars(query.order_by(CorrectiveActionRow.created_at))
        ]

    def open_action_keys(self) -> dict[str, set[str]]:
        rows = self.session.execute(
            select(CorrectiveActionRow.visit_id, CorrectiveActionRow.requirement_key).where(
                CorrectiveActionRow.deleted.is_(False),
                CorrectiveActionRow.status == ActionStatus.OPEN.value,
            )
        )
        out: dict[str, set[str]] = {}
        for visit_id, key in rows:
            out.setdefault(visit_id, set()).add(key)
        return out

    # -- history -----------------------------------------------------------------------
    def history(self, visit_id: str, key: str | None = None) -> list[ChangeRecord]:
        query = select(ChangeLogRow).where(ChangeLogRow.visit_id == visit_id)
        if key is not None:
            query = query.where(ChangeLogRow.requirement_key == key)
        return [to_change_record(r) for r in self.session.scalars(query.order_by(ChangeLogRow.hlc))]

    def change_count(self, visit_id: str) -> int:
        return (
            self.session.scalar(
                select(func.count())
                .select_from(ChangeLogRow)
                .where(ChangeLogRow.visit_id == visit_id)
            )
            or 0
        )
