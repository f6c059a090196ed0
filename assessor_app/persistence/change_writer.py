"""Every field edit goes through here: the row changes and a change record is appended,
in the caller's transaction. Sync applies remote changes through the same table of
entities, so a field is addressed the same way everywhere: (entity, entity id, field).
"""

from __future__ import annotations

import os
import time
import uuid
from typing import Any, Protocol

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.hlc import tick
from assessor_app.domain.visit import VisitState
from assessor_app.persistence import values
from assessor_app.persistence.entity_schema import ENTITIES, register_entity
from assessor_app.persistence.ledger import latest_change_id, to_change_record
from assessor_app.persistence.models import Base, ChangeLogRow, VisitRow
from assessor_app.persistence.transaction_clock import TransactionClock
from assessor_app.persistence.wall_time import now_utc

__all__ = ["ChangeWriter", "EditDecider", "now_utc", "register_entity", "to_change_record"]


class EditDecider(Protocol):
    """What the writer asks of the conflict store (wired by the unit of work)."""

    def open_concurrent(self, entity_id: str, field: str) -> str | None: ...

    def resolve_by_edit(self, conflict_id: str, value: Any) -> ChangeRecord: ...


class ChangeWriter:
    """Writes fields and their change records, stamped by the transaction's clock.

    One per unit of work: every repository of a transaction writes through the same
    writer, clock and conflict store.
    """

    def __init__(
        self,
        session: Session,
        author: str,
        device_id: str,
        clock: TransactionClock | None = None,
        decider: EditDecider | None = None,
    ) -> None:
        self.session = session
        self.author = author
        self.device_id = device_id
        self.clock = clock or TransactionClock(session, device_id)
        self.decider = decider
        # Every change record this transaction wrote, in order: the service hands them
        # back with the edit's result (bulk imports are not listed).
        self.written: list[ChangeRecord] = []

    def next_hlc(self) -> str:
        return self.clock.next()

    def observe_hlc(self, remote: str) -> None:
        """Advance the clock past a remote timestamp (called by sync on import)."""
        self.clock.observe(remote)

    # -- writes ------------------------------------------------------------------------
    def latest_change_id(self, entity_id: str, field: str) -> str | None:
        return latest_change_id(self.session, entity_id, field)

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
            raise ValidationError.coded(
                ErrorCode.NO_SUCH_EDITABLE_FIELD, entity=entity, field=field
            )
        old = getattr(row, field)
        entity_id = str(row.id)  # type: ignore[attr-defined]
        decider = self.decider if decides else None
        conflict_id = decider.open_concurrent(entity_id, field) if decider else None
        if decider is not None and conflict_id is not None:
            # Whoever edits a field marked "needs review" has seen both assessors' values:
            # the edit is their decision, recorded as a resolution that supersedes both,
            # so the conflict closes here and on every laptop the change reaches.
            record = decider.resolve_by_edit(conflict_id, value)
            self.written.append(record)
            return record
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
        stamp = self.clock.last()
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
        self.clock.store(stamp.encode())
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
        change = to_change_record(record)
        self.written.append(change)
        return change


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
