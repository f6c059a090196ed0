"""Every field edit goes through here: the row changes and a change record is appended,
in the caller's transaction. Sync applies remote changes through the same table of
entities, so a field is addressed the same way everywhere: (entity, entity id, field).
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.hlc import HlcTimestamp, receive, tick
from assessor_app.domain.merge import ConflictKind
from assessor_app.domain.visit import VisitState
from assessor_app.persistence import values
from assessor_app.persistence.clock_repair import clock_is_poisoned, restamp_poisoned_changes
from assessor_app.persistence.models import (
    AttachmentRow,
    Base,
    ChangeLogRow,
    CorrectiveActionRow,
    EvidenceRow,
    FindingRow,
    LocalSettingRow,
    VisitRow,
    VolumeRow,
)
from assessor_app.persistence.sync_models import OPEN, ConflictRow

# entity name -> (model, fields that may change through the log)
ENTITIES: dict[str, tuple[type[Base], dict[str, type]]] = {
    "visit": (
        VisitRow,
        {
            "template_id": str,
            "template_version": str,
            "facility_name": str,
            "department": str,
            "address": str,
            "country": str,
            "facility_code": str,
            "authorised_representative": str,
            "contact_person": str,
            "start_date": date,
            "end_date": date,
            "lead_assessor_name": str,
            "lead_assessor_email": str,
            "co_assessor_name": str,
            "co_assessor_email": str,
            "state": str,
            "revision": int,
        },
    ),
    "volume": (VolumeRow, {"procedure_type": str, "annual_count": int}),
    "finding": (
        FindingRow,
        {"requirement_key": str, "rating": str, "comment": str, "justification": str},
    ),
    "evidence": (EvidenceRow, {"requirement_key": str, "evidence_key": str, "seen": bool}),
    "attachment": (
        AttachmentRow,
        {
            "requirement_key": str,
            "sha256": str,
            "filename": str,
            "media_type": str,
            "kind": str,
            "size": int,
            "caption": str,
            "deleted": bool,
            "created_at": datetime,
        },
    ),
    "action": (
        CorrectiveActionRow,
        {
            "requirement_key": str,
            "description": str,
            "severity": str,
            "owner": str,
            "due_date": date,
            "status": str,
            "deleted": bool,
            "created_at": datetime,
        },
    ),
}


def register_entity(name: str, model: type[Base], fields: dict[str, type]) -> None:
    """Let a feature (case review, ...) put its own tables under the same change log."""
    ENTITIES[name] = (model, fields)


def now_utc() -> datetime:
    return datetime.now(UTC)


class ChangeWriter:
    """Writes fields and their change records; keeps the hybrid logical clock."""

    def __init__(self, session: Session, author: str, device_id: str) -> None:
        self.session = session
        self.author = author
        self.device_id = device_id

    # -- clock -------------------------------------------------------------------------
    def _clock_row(self) -> LocalSettingRow | None:
        # Read once per session and kept in session.info, shared by every writer on it (a
        # new row is pending, not yet in the identity map); no flush before the lookup,
        # so an edit costs one flush at commit rather than one per lookup.
        if "hlc_row" not in self.session.info:
            with self.session.no_autoflush:
                row = self.session.get(LocalSettingRow, "hlc")
            now_ms = int(time.time() * 1000)
            if row is not None and clock_is_poisoned(self.session, now_ms):
                # Damaged or far ahead (see clock_repair): recovered before it stamps more.
                restamp_poisoned_changes(self.session, self.device_id, now_ms)
            self.session.info["hlc_row"] = row
        cached: LocalSettingRow | None = self.session.info["hlc_row"]
        return cached

    def next_hlc(self) -> str:
        row = self._clock_row()
        last = HlcTimestamp.parse(row.value) if row else None
        stamp = tick(last, int(time.time() * 1000), self.device_id).encode()
        self._store_clock(row, stamp)
        return stamp

    def observe_hlc(self, remote: str) -> None:
        """Advance the clock past a remote timestamp (called by sync on import); a remote
        clock far ahead of this computer's raises ClockAheadError."""
        row = self._clock_row()
        last = HlcTimestamp.parse(row.value) if row else None
        stamp = receive(
            last, HlcTimestamp.decode(remote), int(time.time() * 1000), self.device_id
        ).encode()
        self._store_clock(row, stamp)

    def _store_clock(self, row: LocalSettingRow | None, stamp: str) -> None:
        if row is None:
            row = self.session.info["hlc_row"] = LocalSettingRow(key="hlc", value=stamp)
            self.session.add(row)
        else:
            row.value = stamp

    # -- writes ------------------------------------------------------------------------
    def latest_change_id(self, entity_id: str, field: str) -> str | None:
        return self.session.scalar(
            select(ChangeLogRow.id)
            .where(ChangeLogRow.entity_id == entity_id, ChangeLogRow.field == field)
            .order_by(ChangeLogRow.hlc.desc())
            .limit(1)
        )

    def set_field(
        self,
        row: Base,
        entity: str,
        field: str,
        value: Any,
        *,
        visit_id: str,
        requirement_key: str | None = None,
        decides: bool = False,
    ) -> ChangeRecord | None:
        """Set one field and log it; returns None when the value is unchanged.

        ``decides``: the value is a person's edit of this field (not bookkeeping such as a
        revision bump or a state the app sets); if the field is in a concurrent-edit
        conflict, the edit resolves it, even when it keeps the value shown.
        """
        _model, fields = ENTITIES[entity]
        if field not in fields:
            raise ValidationError(f"{entity} has no editable field {field!r}")
        old = getattr(row, field)
        entity_id = str(row.id)  # type: ignore[attr-defined]
        conflict_id = self._open_conflict(entity_id, field) if decides else None
        if conflict_id is not None:
            # Whoever edits a field marked "needs review" has seen both assessors' values:
            # the edit is their decision, recorded as a resolution that supersedes both,
            # so the conflict closes here and on every laptop the change reaches.
            return self._resolve_by_edit(conflict_id, value)
        if old == value:
            return None
        base = self.latest_change_id(entity_id, field)
        setattr(row, field, value)
        return self._log(entity, entity_id, field, old, value, visit_id, requirement_key, base)

    def reopen_if_signed(self, visit: VisitRow) -> None:
        """A signed visit whose content changes becomes a new revision, in progress again:
        the signed report keeps describing the revision it was signed on."""
        if visit.state == VisitState.SIGNED.value:
            self.set_field(visit, "visit", "revision", visit.revision + 1, visit_id=visit.id)
            self.set_field(visit, "visit", "state", VisitState.IN_PROGRESS.value, visit_id=visit.id)

    def _open_conflict(self, entity_id: str, field: str) -> str | None:
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

    def _resolve_by_edit(self, conflict_id: str, value: Any) -> ChangeRecord:
        # Imported here: the sync repository builds on this module.
        from assessor_app.persistence.sync_repository import SyncRepository

        repo = SyncRepository(self.session, self.author, self.device_id)
        # resolve() takes values as the change log carries them (dates as ISO text).
        change_id = repo.resolve(conflict_id, value=values.decode(values.encode(value)))
        record = self.session.get(ChangeLogRow, change_id)
        assert record is not None  # just added in this session
        return to_change_record(record)

    def create(
        self,
        row: Base,
        entity: str,
        *,
        visit_id: str,
        requirement_key: str | None = None,
    ) -> None:
        """Add a new row and log each of its fields, so a replay elsewhere recreates it."""
        _model, fields = ENTITIES[entity]
        self.session.add(row)
        entity_id = str(row.id)  # type: ignore[attr-defined]
        for f in fields:
            self._log(entity, entity_id, f, None, getattr(row, f), visit_id, requirement_key, None)

    def create_many(
        self,
        entity: str,
        rows: list[dict[str, Any]],
        *,
        visit_id: str,
    ) -> None:
        """Insert many new rows (dicts with ``id``) and their change records in bulk.

        Writes the same records ``create`` writes, one per field, for imports of thousands
        of rows where the ORM unit of work would be too slow (Core executemany instead).
        """
        if not rows:
            return
        model, fields = ENTITIES[entity]
        clock = self._clock_row()
        stamp = HlcTimestamp.parse(clock.value) if clock else None
        now_ms = int(time.time() * 1000)
        recorded = now_utc()
        count = len(rows) * len(fields)
        # One urandom call for every change id: uuid4() per record dominated big imports.
        raw = os.urandom(16 * count)
        log: list[dict[str, Any]] = []
        n = 0
        for values_ in rows:
            entity_id = str(values_["id"])
            for f in fields:
                stamp = tick(stamp, now_ms, self.device_id)
                log.append(
                    {
                        "id": str(uuid.UUID(bytes=raw[16 * n : 16 * n + 16], version=4)),
                        "visit_id": visit_id,
                        "entity": entity,
                        "entity_id": entity_id,
                        "field": f,
                        "old_value": None,
                        "new_value": values.encode(values_.get(f)),
                        "author": self.author,
                        "device_id": self.device_id,
                        "hlc": stamp.encode(),
                        "base_change_id": None,
                        "requirement_key": None,
                        "recorded_at": recorded,
                    }
                )
                n += 1
        assert stamp is not None
        self._store_clock(clock, stamp.encode())
        self.session.flush()  # pending ORM work first, so the order of writes is kept
        connection = self.session.connection()
        _bulk_insert(connection, model.__table__, rows)  # type: ignore[arg-type]
        _bulk_insert(connection, ChangeLogRow.__table__, log)  # type: ignore[arg-type]

    def _log(
        self,
        entity: str,
        entity_id: str,
        field: str,
        old: Any,
        new: Any,
        visit_id: str,
        requirement_key: str | None,
        base_change_id: str | None,
    ) -> ChangeRecord:
        record = ChangeLogRow(
            id=str(uuid.uuid4()),
            visit_id=visit_id,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=values.encode(old),
            new_value=values.encode(new),
            author=self.author,
            device_id=self.device_id,
            hlc=self.next_hlc(),
            base_change_id=base_change_id,
            requirement_key=requirement_key,
            recorded_at=now_utc(),
        )
        self.session.add(record)
        return to_change_record(record)


def _bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany of an INSERT compiled by the dialect, values converted by the column types.

    Portable (the dialect writes the SQL and its parameter style) and several times faster
    than ``execute(insert(table), rows)``, which rebuilds parameters row by row.
    """
    columns = list(rows[0])
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=columns)
    dialect = connection.dialect
    # The dialect's own type (e.g. SQLite's DATETIME), so values are stored exactly as the
    # ORM stores them; the generic type has no processor and would let sqlite3 adapt them.
    processors = {c: table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns}
    if compiled.positiontup is not None:
        order = list(compiled.positiontup)
        steps = [(name, processors[name]) for name in order]
        params: list[Any] = [
            tuple(p(row[name]) if p else row[name] for name, p in steps) for row in rows
        ]
    else:
        params = [
            {name: (p(row[name]) if p else row[name]) for name, p in processors.items()}
            for row in rows
        ]
    connection.exec_driver_sql(compiled.string, params)


def to_change_record(row: ChangeLogRow) -> ChangeRecord:
    return ChangeRecord(
        id=row.id,
        visit_id=row.visit_id,
        entity=row.entity,
        entity_id=row.entity_id,
        field=row.field,
        old_value=values.decode(row.old_value),
        new_value=values.decode(row.new_value),
        author=row.author,
        device_id=row.device_id,
        hlc=row.hlc,
        base_change_id=row.base_change_id,
        requirement_key=row.requirement_key,
        recorded_at=row.recorded_at,
    )
