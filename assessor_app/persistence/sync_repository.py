"""Sync's side of the database: foreign change records in, merged fields out, conflicts kept.

``apply_changes`` inserts the change records not yet known, re-materialises every field
they touch into the entity rows (creating rows for entities seen for the first time),
advances the hybrid logical clock and records conflicts; the caller runs it in one
transaction with the bookkeeping of the bundle, so an import is all there or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, func, insert, select
from sqlalchemy.orm import Session

from assessor_app.domain import ids
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.merge import (
    ConflictKind,
    Edit,
    MergedState,
    heads_of,
    merge,
)
from assessor_app.domain.sync_types import ConflictInfo, ConflictOption, VisitSyncStatus
from assessor_app.domain.visit import VisitState
from assessor_app.persistence import values
from assessor_app.persistence.change_writer import ENTITIES, ChangeWriter, now_utc
from assessor_app.persistence.models import (
    AttachmentRow,
    Base,
    ChangeLogRow,
    FindingRow,
    VisitRow,
)
from assessor_app.persistence.sync_models import (
    OPEN,
    RESOLVED,
    ChangeBaseRow,
    ConflictRow,
    ImportedBundleRow,
    ImportedBundleVisitRow,
)

# (entity, entity id, visit id, requirement key) -> the identifying columns of a row that
# has no create-time change records (findings, evidence, volumes are derived by id).
Deriver = Callable[[str, str, str, str | None], dict[str, Any]]
MAX_TEXT_VALUE = 1024 * 1024
IN_CHUNK = 500
CHANGE_COLUMNS = (
    "id", "visit_id", "entity", "entity_id", "field", "old_value", "new_value", "author",
    "device_id", "hlc", "base_change_id", "requirement_key",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ApplyOutcome:
    new_changes: int
    affected_visits: frozenset[str]
    max_hlc: str | None


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), IN_CHUNK):
        yield items[i : i + IN_CHUNK]


def check_value(entity: str, field: str, value: Any) -> None:
    """Refuse a value the column cannot hold (wrong type, too long, null where not allowed)."""
    if entity not in ENTITIES:
        raise ValidationError(f"unknown record type {entity!r}")
    model, fields = ENTITIES[entity]
    if field not in fields:
        raise ValidationError(f"{entity} has no field {field!r}")
    column = model.__table__.c[field]  # type: ignore[attr-defined]
    if value is None:
        if not column.nullable:
            raise ValidationError(f"{entity}.{field} cannot be empty (null)")
        return
    kind = fields[field]
    ok: bool
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53
    elif kind is date or kind is datetime:
        ok = isinstance(value, str) and len(value) <= 40
        if ok:
            try:
                (date if kind is date else datetime).fromisoformat(value)
            except ValueError:
                ok = False
    else:
        ok = isinstance(value, str)
        if ok:
            limit = column.type.length if isinstance(column.type, String) else None
            if len(value) > (limit or MAX_TEXT_VALUE):
                raise ValidationError(f"{entity}.{field} is longer than allowed")
    if not ok:
        raise ValidationError(f"{entity}.{field} holds a value of the wrong type")


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


def _is_content(entity: str, field: str) -> bool:
    """A change to what a report shows (not the visit's state, revision or signatures)."""
    return entity != "signed_report" and not (entity == "visit" and field in ("state", "revision"))


class SyncRepository:
    def __init__(self, session: Session, author: str, device_id: str) -> None:
        self.session = session
        self.author = author
        self.device_id = device_id
        self.writer = ChangeWriter(session, author, device_id)
        self._visits_seen: set[str] = set()

    # -- bundles -----------------------------------------------------------------------
    def is_imported(self, bundle_id: str) -> bool:
        return self.session.get(ImportedBundleRow, bundle_id) is not None

    def record_bundle(
        self,
        *,
        bundle_id: str,
        kind: str,
        device_id: str,
        assessor_name: str,
        assessor_email: str,
        signer_fingerprint: str | None,
        created: str,
        visit_ids: Iterable[str],
        new_changes: int,
    ) -> None:
        self.session.add(
            ImportedBundleRow(
                id=bundle_id, kind=kind, device_id=device_id, assessor_name=assessor_name,
                assessor_email=assessor_email, signer_fingerprint=signer_fingerprint,
                created=created, imported_at=now_utc(), new_changes=new_changes,
            )
        )  # fmt: skip
        self.session.flush()
        self.session.add_all(
            ImportedBundleVisitRow(bundle_id=bundle_id, visit_id=v) for v in set(visit_ids)
        )

    def visit_template(self, visit_id: str) -> tuple[str, str] | None:
        row = self.session.get(VisitRow, visit_id)
        return (row.template_id, row.template_version) if row else None

    # -- applying foreign changes ------------------------------------------------------
    def known_change_ids(self, change_ids: Iterable[str]) -> set[str]:
        wanted = list(set(change_ids))
        known: set[str] = set()
        for part in _chunks(wanted):
            known.update(
                self.session.scalars(select(ChangeLogRow.id).where(ChangeLogRow.id.in_(part)))
            )
        return known

    def apply_changes(
        self,
        changes: list[dict[str, Any]],
        derive: Deriver,
        requirement_keys: dict[str, list[str]],
    ) -> ApplyOutcome:
        """Insert unknown change records and merge every entity they touch."""
        known = self.known_change_ids(c["id"] for c in changes)
        fresh: dict[str, dict[str, Any]] = {}
        for c in changes:
            if c["id"] not in known:
                fresh.setdefault(c["id"], c)
        # Core executemany: thousands of records in one statement, not one ORM object each.
        rows = [
            {
                **{k: c[k] for k in CHANGE_COLUMNS},
                "recorded_at": datetime.fromisoformat(c["recorded_at"]),
            }
            for c in fresh.values()
        ]
        bases = [
            {"change_id": c["id"], "base_change_id": b}
            for c in fresh.values()
            for b in sorted(set(c["merged_bases"]))
        ]
        if rows:
            self.session.execute(insert(ChangeLogRow), rows)
        if bases:
            self.session.execute(insert(ChangeBaseRow), bases)
        if not fresh:
            return ApplyOutcome(0, frozenset(), None)
        self.session.flush()
        max_hlc = max(c["hlc"] for c in fresh.values())
        self.writer.observe_hlc(max_hlc)
        signed_before = self._signed_visits({c["visit_id"] for c in fresh.values()})
        touched = {c["entity_id"] for c in fresh.values()}
        visits = self._materialise(touched, derive, requirement_keys)
        # Work that arrives for a visit signed here is not in the signed report: the visit
        # reopens as a new revision, as it does for an edit made here.
        changed = {c["visit_id"] for c in fresh.values() if _is_content(c["entity"], c["field"])}
        for visit_id in sorted(signed_before & changed):
            visit = self.session.get(VisitRow, visit_id)
            if visit is not None:
                self.writer.reopen_if_signed(visit)
        return ApplyOutcome(len(fresh), frozenset(visits), max_hlc)

    def _signed_visits(self, visit_ids: set[str]) -> set[str]:
        rows = self.session.execute(
            select(VisitRow.id).where(
                VisitRow.id.in_(sorted(visit_ids)), VisitRow.state == VisitState.SIGNED.value
            )
        )
        return {r[0] for r in rows}

    def _edits_of(self, entity_ids: Iterable[str]) -> dict[str, list[Edit]]:
        rows: list[Any] = []
        # Plain rows, not ORM objects: thousands of change records per visit, read once.
        columns = (
            ChangeLogRow.id, ChangeLogRow.visit_id, ChangeLogRow.entity, ChangeLogRow.entity_id,
            ChangeLogRow.field, ChangeLogRow.new_value, ChangeLogRow.hlc, ChangeLogRow.author,
            ChangeLogRow.device_id, ChangeLogRow.recorded_at, ChangeLogRow.requirement_key,
            ChangeLogRow.base_change_id,
        )  # fmt: skip
        for part in _chunks(sorted(set(entity_ids))):
            rows.extend(
                self.session.execute(select(*columns).where(ChangeLogRow.entity_id.in_(part)))
            )
        extra: dict[str, set[str]] = {}
        for part in _chunks([r.id for r in rows]):
            for b in self.session.scalars(
                select(ChangeBaseRow).where(ChangeBaseRow.change_id.in_(part))
            ):
                extra.setdefault(b.change_id, set()).add(b.base_change_id)
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

    def _materialise(
        self, entity_ids: set[str], derive: Deriver, requirement_keys: dict[str, list[str]]
    ) -> set[str]:
        edits = self._edits_of(entity_ids)
        visits: set[str] = set()
        states: dict[str, MergedState] = {}
        for entity_id, e in edits.items():
            if e[0].entity not in ENTITIES:
                raise ValidationError(f"unknown record type {e[0].entity!r}")
            # One record is of one type and one visit: a change naming a record of another
            # visit (or type) would otherwise overwrite that record.
            if any(x.entity != e[0].entity or x.visit_id != e[0].visit_id for x in e):
                raise ValidationError(
                    f"record {entity_id[:8]} is named by changes of another visit or type"
                )
        # Visits first (every other row points at its visit; a new visit brings its
        # derived finding rows), then everything else with its rows loaded in bulk.
        visit_ids = sorted(eid for eid, e in edits.items() if e[0].entity == "visit")
        others = sorted(eid for eid, e in edits.items() if e[0].entity != "visit")
        for batch in (visit_ids, others):
            self.session.flush()
            with self.session.no_autoflush:
                existing = self._load_rows({eid: edits[eid][0].entity for eid in batch})
                for entity_id in batch:
                    first = edits[entity_id][0]
                    state = merge(edits[entity_id])
                    states[entity_id] = state
                    self._write_row(first, state, existing.get(entity_id), derive, requirement_keys)
                    visits.add(first.visit_id)
        self.session.flush()
        stored = self._load_conflicts(list(states))
        for entity_id, state in states.items():
            self._sync_conflicts(entity_id, state, stored.get(entity_id, {}))
        for visit_id in visits:
            row = self.session.get(VisitRow, visit_id)
            if row is not None:
                row.updated_at = now_utc()
        return visits

    def _load_rows(self, entity_of: dict[str, str]) -> dict[str, Base]:
        by_model: dict[type[Base], list[str]] = {}
        for eid, entity in entity_of.items():
            by_model.setdefault(ENTITIES[entity][0], []).append(eid)
        out: dict[str, Base] = {}
        for model, wanted in by_model.items():
            for part in _chunks(wanted):
                for row in self.session.scalars(select(model).where(model.id.in_(part))):  # type: ignore[attr-defined]
                    out[row.id] = row  # type: ignore[attr-defined]
        return out

    def _load_conflicts(self, entity_ids: list[str]) -> dict[str, dict[str, ConflictRow]]:
        out: dict[str, dict[str, ConflictRow]] = {}
        for part in _chunks(entity_ids):
            for r in self.session.scalars(
                select(ConflictRow).where(ConflictRow.entity_id.in_(part))
            ):
                out.setdefault(r.entity_id, {})[r.id] = r
        return out

    def _write_row(
        self,
        first: Edit,
        state: MergedState,
        row: Base | None,
        derive: Deriver,
        requirement_keys: dict[str, list[str]],
    ) -> None:
        model, fields = ENTITIES[first.entity]
        winners = {
            f: values.to_column(s.winner.value, fields[f])
            for (_eid, f), s in state.fields.items()
            if f in fields
        }
        if row is not None:
            if first.entity != "visit" and row.visit_id != first.visit_id:  # type: ignore[attr-defined]
                raise ValidationError(f"{first.entity} {first.entity_id[:8]} is of another visit")
            for f, value in winners.items():
                if getattr(row, f) != value:
                    setattr(row, f, value)
            if isinstance(row, FindingRow):
                row.updated_at = max(
                    datetime.fromisoformat(s.winner.recorded_at) for s in state.fields.values()
                )
            return
        req_key = next((e.requirement_key for e in _all(state) if e.requirement_key), None)
        kwargs: dict[str, Any] = {"id": first.entity_id}
        if first.entity == "visit":
            kwargs["created_at"] = kwargs["updated_at"] = now_utc()
        else:
            kwargs["visit_id"] = first.visit_id
        kwargs.update(derive(first.entity, first.entity_id, first.visit_id, req_key))
        kwargs.update(winners)
        if model is FindingRow:
            kwargs["updated_at"] = max(
                datetime.fromisoformat(s.winner.recorded_at) for s in state.fields.values()
            )
        _check_complete(model, kwargs, first.entity)
        if first.entity != "visit" and not self._visit_exists(first.visit_id):
            raise ValidationError(f"{first.entity} {first.entity_id} belongs to an unknown visit")
        self.session.add(model(**kwargs))
        if first.entity == "visit":
            # A visit new here: its derived finding rows are new too. Flushed first, as
            # the unit of work does not order inserts by foreign keys without relationships.
            self.session.flush()
            self.session.add_all(
                FindingRow(
                    id=ids.finding_id(first.entity_id, key), visit_id=first.entity_id,
                    requirement_key=key, rating=None, comment="", justification="",
                )
                for key in requirement_keys.get(first.entity_id, [])
            )  # fmt: skip

    def _visit_exists(self, visit_id: str) -> bool:
        # Asked for every new row; the identity map answers after the first time.
        if visit_id not in self._visits_seen:
            if self.session.get(VisitRow, visit_id) is None:
                return False
            self._visits_seen.add(visit_id)
        return True

    # -- conflicts ---------------------------------------------------------------------
    def _sync_conflicts(
        self, entity_id: str, state: MergedState, stored: dict[str, ConflictRow]
    ) -> None:
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
            raise NotFoundError(f"no conflict with id {conflict_id}")
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

    def resolve(
        self, conflict_id: str, *, take_change_id: str | None = None, value: Any = None
    ) -> str:
        """Record the chosen (or a new) value as a change superseding every competing head;
        returns the new change's id. The conflict closes here and wherever it travels."""
        row = self._conflict_row(conflict_id)
        if row.status != OPEN:
            raise ValidationError("this conflict is already resolved")
        change_ids = json.loads(row.change_ids)
        if take_change_id is not None:
            matches = [c for c in change_ids if c == take_change_id or c.startswith(take_change_id)]
            if len(matches) != 1:
                raise ValidationError(
                    f"{take_change_id} is not one of the competing changes of this conflict"
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
            raise NotFoundError(f"the record of conflict {row.id} is missing")
        edits = self._edits_of([row.entity_id])[row.entity_id]
        heads = heads_of(e for e in edits if e.field == row.field)
        new_id = ids.new_id()
        old = getattr(entity_row, row.field)
        column_value = values.to_column(value, fields[row.field])
        self.session.add(
            ChangeLogRow(
                id=new_id, visit_id=row.visit_id, entity=row.entity, entity_id=row.entity_id,
                field=row.field, old_value=values.encode(old), new_value=values.encode(value),
                author=self.author, device_id=self.device_id, hlc=self.writer.next_hlc(),
                base_change_id=heads[-1].id, requirement_key=row.requirement_key,
                recorded_at=now_utc(),
            )
        )  # fmt: skip
        # Every head, and for delete-edit every competing edit, is superseded by this one.
        merged = {h.id for h in heads[:-1]} | (set(change_ids) - {heads[-1].id})
        merged = {m for m in merged if any(e.id == m and e.field == row.field for e in edits)}
        self.session.add_all(ChangeBaseRow(change_id=new_id, base_change_id=m) for m in merged)
        setattr(entity_row, row.field, column_value)
        self.session.flush()
        state = merge(self._edits_of([row.entity_id])[row.entity_id])
        self._sync_conflicts(
            row.entity_id, state, self._load_conflicts([row.entity_id]).get(row.entity_id, {})
        )
        visit = self.session.get(VisitRow, row.visit_id)
        if visit is not None:
            visit.updated_at = now_utc()
            if _is_content(row.entity, row.field):
                self.writer.reopen_if_signed(visit)
        return new_id

    def open_conflict_keys(self, visit_id: str) -> dict[str, int]:
        """Requirement key -> number of open conflicts (for marks on the checklist)."""
        rows = self.session.execute(
            select(ConflictRow.requirement_key, func.count())
            .where(ConflictRow.visit_id == visit_id, ConflictRow.status == OPEN)
            .group_by(ConflictRow.requirement_key)
        )
        return {key or "": n for key, n in rows}

    # -- export and office -------------------------------------------------------------
    def visit_changes(self, visit_id: str) -> list[dict[str, Any]]:
        rows = list(
            self.session.scalars(
                select(ChangeLogRow)
                .where(ChangeLogRow.visit_id == visit_id)
                .order_by(ChangeLogRow.hlc, ChangeLogRow.id)
            )
        )
        extra: dict[str, list[str]] = {}
        for part in _chunks([r.id for r in rows]):
            for b in self.session.scalars(
                select(ChangeBaseRow).where(ChangeBaseRow.change_id.in_(part))
            ):
                extra.setdefault(b.change_id, []).append(b.base_change_id)
        return [change_to_dict(r, extra.get(r.id, [])) for r in rows]

    def visit_attachments(self, visit_id: str) -> list[dict[str, Any]]:
        """Every blob the visit refers to, deleted ones too (attachments are add-only)."""
        out: dict[str, dict[str, Any]] = {}
        for r in self.session.scalars(
            select(AttachmentRow).where(AttachmentRow.visit_id == visit_id)
        ):
            out.setdefault(
                r.sha256, {"sha256": r.sha256, "size": r.size, "media_type": r.media_type}
            )
        return sorted(out.values(), key=lambda a: a["sha256"])

    def visit_snapshot(self, visit_id: str) -> dict[str, Any]:
        """The visit's current fields and findings, for readers that do not replay the log."""
        visit = self.session.get(VisitRow, visit_id)
        if visit is None:
            raise NotFoundError(f"no visit with id {visit_id}")
        _model, fields = ENTITIES["visit"]
        snap: dict[str, Any] = {f: _plain(getattr(visit, f)) for f in fields}
        snap["findings"] = [
            {"key": f.requirement_key, "rating": f.rating, "comment": f.comment,
             "justification": f.justification}
            for f in self.session.scalars(
                select(FindingRow).where(FindingRow.visit_id == visit_id)
                .order_by(FindingRow.requirement_key)
            )
        ]  # fmt: skip
        return snap

    def sync_status(self) -> dict[str, VisitSyncStatus]:
        sources: dict[str, set[str]] = {}
        last: dict[str, datetime] = {}
        rows = self.session.execute(
            select(
                ImportedBundleVisitRow.visit_id,
                ImportedBundleRow.assessor_name,
                ImportedBundleRow.imported_at,
            ).join(ImportedBundleRow, ImportedBundleRow.id == ImportedBundleVisitRow.bundle_id)
        )
        for visit_id, name, at in rows:
            sources.setdefault(visit_id, set()).add(name)
            if visit_id not in last or at > last[visit_id]:
                last[visit_id] = at
        counts = dict(
            self.session.execute(
                select(ConflictRow.visit_id, func.count())
                .where(ConflictRow.status == OPEN)
                .group_by(ConflictRow.visit_id)
            ).all()
        )
        out: dict[str, VisitSyncStatus] = {}
        for visit_id in set(sources) | set(counts):
            out[visit_id] = VisitSyncStatus(
                visit_id=visit_id,
                sources=tuple(sorted(sources.get(visit_id, ()))),
                last_import=last[visit_id].isoformat() if visit_id in last else None,
                open_conflicts=int(counts.get(visit_id, 0)),
            )
        return out


def _all(state: MergedState) -> Iterator[Edit]:
    for s in state.fields.values():
        yield from s.heads


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _check_complete(model: type[Base], kwargs: dict[str, Any], entity: str) -> None:
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.primary_key or column.nullable or column.default is not None:
            continue
        if kwargs.get(column.name) is None:
            raise ValidationError(
                f"the change records of a new {entity} do not give its {column.name}"
            )
