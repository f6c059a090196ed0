"""Concurrent-edit conflicts: kept when merge finds them, listed, and resolved.

Below the repositories and beside the change writer: the writer asks it whether an edit
decides an open conflict, and it writes resolutions through the writer's clock and log,
so neither module imports the other's user (the unit of work wires the two).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assessor_app.domain import ids
from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.merge import ConflictKind, MergedState, heads_of, merge
from assessor_app.domain.sync_types import ConflictInfo, ConflictOption
from assessor_app.persistence import values
from assessor_app.persistence.entity_schema import ENTITIES, check_value, is_content
from assessor_app.persistence.ledger import chunks, edits_of, to_change_record
from assessor_app.persistence.models import ChangeLogRow, VisitRow
from assessor_app.persistence.sync_models import OPEN, RESOLVED, ChangeBaseRow, ConflictRow
from assessor_app.persistence.wall_time import now_utc

if TYPE_CHECKING:
    from assessor_app.persistence.change_writer import ChangeWriter


class ConflictStore:
    def __init__(self, session: Session, writer: ChangeWriter) -> None:
        self.session = session
        self.writer = writer

    # -- asked by the change writer ------------------------------------------------------
    def open_concurrent(self, entity_id: str, field: str) -> str | None:
        """The id of the open concurrent-edit conflict on this field, if any."""
        return self.session.scalar(
            select(ConflictRow.id)
            .where(
                ConflictRow.entity_id == entity_id,
                ConflictRow.field == field,
                ConflictRow.status == OPEN,
                ConflictRow.kind == ConflictKind.CONCURRENT,
            )
            .limit(1)
        )

    def resolve_by_edit(self, conflict_id: str, value: Any) -> ChangeRecord:
        # resolve() takes values as the change log carries them (dates as ISO text).
        change_id = self.resolve(conflict_id, value=values.decode(values.encode(value)))
        record = self.session.get(ChangeLogRow, change_id)
        assert record is not None  # just added in this session
        return to_change_record(record)

    # -- reading -------------------------------------------------------------------------
    def conflicts(self, visit_id: str | None, include_resolved: bool = False) -> list[ConflictInfo]:
        query = select(ConflictRow)
        if visit_id is not None:
            query = query.where(ConflictRow.visit_id == visit_id)
        if not include_resolved:
            query = query.where(ConflictRow.status == OPEN)
        rows = self.session.scalars(query.order_by(ConflictRow.requirement_key, ConflictRow.id))
        return [self._to_info(r) for r in rows]

    def conflict(self, conflict_id: str) -> ConflictInfo:
        return self._to_info(self._conflict_row(conflict_id))

    def open_conflict_keys(self, visit_id: str) -> dict[str, int]:
        """Requirement key -> number of open conflicts (for marks on the checklist)."""
        rows = self.session.execute(
            select(ConflictRow.requirement_key, func.count())
            .where(ConflictRow.visit_id == visit_id, ConflictRow.status == OPEN)
            .group_by(ConflictRow.requirement_key)
        )
        return {key or "": n for key, n in rows}

    def open_counts(self) -> dict[str, int]:
        """visit id -> number of open conflicts."""
        rows = self.session.execute(
            select(ConflictRow.visit_id, func.count())
            .where(ConflictRow.status == OPEN)
            .group_by(ConflictRow.visit_id)
        ).all()
        return {visit_id: int(n) for visit_id, n in rows}

    def _conflict_row(self, conflict_id: str) -> ConflictRow:
        row = self.session.get(ConflictRow, conflict_id)
        if row is None:
            matches = list(
                self.session.scalars(
                    select(ConflictRow).where(ConflictRow.id.startswith(conflict_id)).limit(2)
                )
            )
            if len(conflict_id) >= 4 and len(matches) == 1:
                return matches[0]
            raise NotFoundError.coded(ErrorCode.NO_SUCH_CONFLICT, conflict_id=conflict_id)
        return row

    @staticmethod
    def _to_info(r: ConflictRow) -> ConflictInfo:
        change_ids = json.loads(r.change_ids)
        vals = json.loads(r.change_values)
        authors = json.loads(r.authors)
        times = json.loads(r.times)
        return ConflictInfo(
            id=r.id, visit_id=r.visit_id, kind=r.kind, entity=r.entity, entity_id=r.entity_id,
            requirement_key=r.requirement_key, field=r.field, status=r.status,
            options=tuple(
                ConflictOption(
                    change_id=cid, field=times[i][2], value=vals[i], author=authors[i],
                    device_id=times[i][3], hlc=times[i][0], recorded_at=times[i][1],
                )
                for i, cid in enumerate(change_ids)
            ),
            resolved_by_change_id=r.resolved_by_change_id,
            detected_at=r.detected_at.isoformat(),
        )  # fmt: skip

    # -- keeping them in step with the merge ---------------------------------------------
    def load(self, entity_ids: list[str]) -> dict[str, dict[str, ConflictRow]]:
        out: dict[str, dict[str, ConflictRow]] = {}
        for part in chunks(entity_ids):
            for r in self.session.scalars(
                select(ConflictRow).where(ConflictRow.entity_id.in_(part))
            ):
                out.setdefault(r.entity_id, {})[r.id] = r
        return out

    def sync(self, entity_id: str, state: MergedState, stored: dict[str, ConflictRow]) -> None:
        """Open the conflicts the merge finds, close the ones it no longer does."""
        current = {c.id: c for c in state.conflicts}
        for cid, row in stored.items():
            if row.status == OPEN and cid not in current:
                row.status = RESOLVED
                winner = state.fields.get((entity_id, row.field))
                row.resolved_by_change_id = winner.winner.id if winner else None
        for cid, c in current.items():
            known = stored.get(cid)
            if known is not None:
                known.status, known.resolved_by_change_id = OPEN, None
                continue
            self.session.add(
                ConflictRow(
                    id=cid, visit_id=c.visit_id, kind=c.kind, entity=c.entity,
                    entity_id=c.entity_id, requirement_key=c.requirement_key, field=c.field,
                    change_ids=json.dumps([e.id for e in c.edits]),
                    change_values=json.dumps([e.value for e in c.edits], ensure_ascii=False),
                    authors=json.dumps([e.author for e in c.edits], ensure_ascii=False),
                    times=json.dumps([[e.hlc, e.recorded_at, e.field, e.device_id]
                                      for e in c.edits]),
                    status=OPEN, resolved_by_change_id=None, detected_at=now_utc(),
                )
            )  # fmt: skip

    # -- a person's decision ---------------------------------------------------------------
    def resolve(
        self, conflict_id: str, *, take_change_id: str | None = None, value: Any = None
    ) -> str:
        """Record the chosen (or a new) value as a change superseding every competing head;
        returns the new change's id. The conflict closes here and wherever it travels."""
        row = self._conflict_row(conflict_id)
        if row.status != OPEN:
            raise ValidationError.coded(ErrorCode.CONFLICT_RESOLVED_ALREADY)
        change_ids = json.loads(row.change_ids)
        if take_change_id is not None:
            matches = [c for c in change_ids if c == take_change_id or c.startswith(take_change_id)]
            if len(matches) != 1:
                raise ValidationError.coded(
                    ErrorCode.NOT_A_COMPETING_CHANGE, take_change_id=take_change_id
                )
            chosen = self.session.get(ChangeLogRow, matches[0])
            assert chosen is not None
            if row.kind == ConflictKind.DELETE_EDIT:
                # Taking the delete keeps it deleted; taking an edit restores the record.
                value = chosen.field == "deleted" and values.decode(chosen.new_value) is True
            else:
                value = values.decode(chosen.new_value)
        check_value(row.entity, row.field, value)
        model, fields = ENTITIES[row.entity]
        entity_row = self.session.get(model, row.entity_id)
        if entity_row is None:
            raise NotFoundError.coded(ErrorCode.CONFLICT_RECORD_MISSING, conflict_id=row.id)
        edits = edits_of(self.session, [row.entity_id])[row.entity_id]
        heads = heads_of(e for e in edits if e.field == row.field)
        new_id = ids.new_id()
        old = getattr(entity_row, row.field)
        column_value = values.to_column(value, fields[row.field])
        self.session.add(
            ChangeLogRow(
                id=new_id, visit_id=row.visit_id, entity=row.entity, entity_id=row.entity_id,
                field=row.field, old_value=values.encode(old), new_value=values.encode(value),
                author=self.writer.author, device_id=self.writer.device_id,
                hlc=self.writer.clock.next(), base_change_id=heads[-1].id,
                requirement_key=row.requirement_key, recorded_at=now_utc(),
            )
        )  # fmt: skip
        # Every head, and for delete-edit every competing edit, is superseded by this one.
        merged = {h.id for h in heads[:-1]} | (set(change_ids) - {heads[-1].id})
        merged = {m for m in merged if any(e.id == m and e.field == row.field for e in edits)}
        self.session.add_all(ChangeBaseRow(change_id=new_id, base_change_id=m) for m in merged)
        setattr(entity_row, row.field, column_value)
        self.session.flush()
        state = merge(edits_of(self.session, [row.entity_id])[row.entity_id])
        self.sync(row.entity_id, state, self.load([row.entity_id]).get(row.entity_id, {}))
        visit = self.session.get(VisitRow, row.visit_id)
        if visit is not None:
            visit.updated_at = now_utc()
            if is_content(row.entity, row.field):
                self.writer.reopen_if_signed(visit)
        return new_id
