"""Reading the change log: records as domain objects, as merge edits and as bundle dicts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.merge import Edit
from assessor_app.persistence import values
from assessor_app.persistence.models import ChangeLogRow
from assessor_app.persistence.sync_models import ChangeBaseRow

IN_CHUNK = 500  # ids per IN (...) list, below SQLite's bound-parameter limit


def chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), IN_CHUNK):
        yield items[i : i + IN_CHUNK]


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


def change_to_dict(row: ChangeLogRow, merged_bases: list[str]) -> dict[str, Any]:
    """A change record as it travels in a bundle (values stay JSON text, byte for byte)."""
    return {
        "id": row.id,
        "visit_id": row.visit_id,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "field": row.field,
        "old_value": row.old_value,
        "new_value": row.new_value,
        "author": row.author,
        "device_id": row.device_id,
        "hlc": row.hlc,
        "base_change_id": row.base_change_id,
        "merged_bases": sorted(merged_bases),
        "requirement_key": row.requirement_key,
        "recorded_at": row.recorded_at.isoformat(),
    }


def latest_change_id(session: Session, entity_id: str, field: str) -> str | None:
    return session.scalar(
        select(ChangeLogRow.id)
        .where(ChangeLogRow.entity_id == entity_id, ChangeLogRow.field == field)
        .order_by(ChangeLogRow.hlc.desc())
        .limit(1)
    )


def known_change_ids(session: Session, change_ids: Iterable[str]) -> set[str]:
    known: set[str] = set()
    for part in chunks(list(set(change_ids))):
        known.update(session.scalars(select(ChangeLogRow.id).where(ChangeLogRow.id.in_(part))))
    return known


def merged_bases(session: Session, change_ids: list[str]) -> dict[str, set[str]]:
    """change id -> the further bases a resolution names (beyond ``base_change_id``)."""
    extra: dict[str, set[str]] = {}
    for part in chunks(change_ids):
        for b in session.scalars(select(ChangeBaseRow).where(ChangeBaseRow.change_id.in_(part))):
            extra.setdefault(b.change_id, set()).add(b.base_change_id)
    return extra


def edit_of_change(change: dict[str, Any]) -> Edit:
    """A received change record (as in a bundle) as the merge rules read it, the same Edit
    ``edits_of`` gives once it is stored: the timestamp as SQLite keeps it (no zone)."""
    bases = set(change["merged_bases"])
    if change["base_change_id"]:
        bases.add(change["base_change_id"])
    recorded = datetime.fromisoformat(change["recorded_at"]).replace(tzinfo=None)
    return Edit(
        id=change["id"], visit_id=change["visit_id"], entity=change["entity"],
        entity_id=change["entity_id"], field=change["field"],
        value=values.decode(change["new_value"]), hlc=change["hlc"], author=change["author"],
        device_id=change["device_id"], recorded_at=recorded.isoformat(),
        requirement_key=change["requirement_key"], bases=frozenset(bases),
    )  # fmt: skip


def edits_of(session: Session, entity_ids: Iterable[str]) -> dict[str, list[Edit]]:
    """Every change of the given entities, as the merge rules read them."""
    rows: list[Any] = []
    # Plain rows, not ORM objects: thousands of change records per visit, read once.
    columns = (
        ChangeLogRow.id, ChangeLogRow.visit_id, ChangeLogRow.entity, ChangeLogRow.entity_id,
        ChangeLogRow.field, ChangeLogRow.new_value, ChangeLogRow.hlc, ChangeLogRow.author,
        ChangeLogRow.device_id, ChangeLogRow.recorded_at, ChangeLogRow.requirement_key,
        ChangeLogRow.base_change_id,
    )  # fmt: skip
    for part in chunks(sorted(set(entity_ids))):
        rows.extend(session.execute(select(*columns).where(ChangeLogRow.entity_id.in_(part))))
    extra = merged_bases(session, [r.id for r in rows])
    out: dict[str, list[Edit]] = {}
    for r in rows:
        bases = set(extra.get(r.id, ()))
        if r.base_change_id:
            bases.add(r.base_change_id)
        out.setdefault(r.entity_id, []).append(
            Edit(
                id=r.id, visit_id=r.visit_id, entity=r.entity, entity_id=r.entity_id,
                field=r.field, value=values.decode(r.new_value), hlc=r.hlc, author=r.author,
                device_id=r.device_id, recorded_at=r.recorded_at.isoformat(),
                requirement_key=r.requirement_key, bases=frozenset(bases),
            )
        )  # fmt: skip
    return out
