"""Sync's side of the database: foreign change records in, merged fields out, conflicts kept.

``apply_changes`` inserts the change records not yet known, re-materialises every field
they touch into the entity rows (creating rows for entities seen for the first time),
advances the hybrid logical clock and records conflicts; the caller runs it in one
transaction with the bookkeeping of the bundle, so an import is all there or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, insert, select

from assessor_app.domain import ids
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.merge import Edit, MergedState, merge
from assessor_app.domain.sync_types import VisitSyncStatus
from assessor_app.domain.visit import VisitState
from assessor_app.persistence import seal_recipients, values
from assessor_app.persistence.change_writer import ChangeWriter
from assessor_app.persistence.conflict_store import ConflictStore
from assessor_app.persistence.entity_schema import ENTITIES, is_content
from assessor_app.persistence.ledger import (
    change_to_dict,
    chunks,
    edit_of_change,
    edits_of,
    known_change_ids,
    merged_bases,
)
from assessor_app.persistence.models import AttachmentRow, Base, ChangeLogRow, FindingRow, VisitRow
from assessor_app.persistence.sync_models import (
    ChangeBaseRow,
    ImportedBundleRow,
    ImportedBundleVisitRow,
)
from assessor_app.persistence.wall_time import now_utc

# (entity, entity id, visit id, requirement key) -> the identifying columns of a row that
# has no create-time change records (findings, evidence, volumes are derived by id).
Deriver = Callable[[str, str, str, str | None], dict[str, Any]]
CHANGE_COLUMNS = (
    "id", "visit_id", "entity", "entity_id", "field", "old_value", "new_value", "author",
    "device_id", "hlc", "base_change_id", "requirement_key",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ApplyOutcome:
    new_changes: int
    affected_visits: frozenset[str]
    max_hlc: str | None


class SyncRepository:
    """Bundles in, changes merged, visits out; built by the unit of work on its writer and
    conflict store (the store keeps and resolves the conflicts a merge finds)."""

    def __init__(self, writer: ChangeWriter, conflicts: ConflictStore) -> None:
        self.session = writer.session
        self.writer = writer
        self.conflict_store = conflicts
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

    # -- sealing (issue 12) --------------------------------------------------------------
    def seal_recipients(self, visit_id: str) -> bytes:
        """The PEM certificates the visit's bundles are sealed to by default (b"": none)."""
        return seal_recipients.recipients(self.session, visit_id)

    def remember_seal_recipients(self, visit_id: str, pem: bytes) -> None:
        seal_recipients.remember(self.session, visit_id, pem)

    def visit_template(self, visit_id: str) -> tuple[str, str] | None:
        row = self.session.get(VisitRow, visit_id)
        return (row.template_id, row.template_version) if row else None

    # -- applying foreign changes ------------------------------------------------------
    def known_change_ids(self, change_ids: Iterable[str]) -> set[str]:
        return known_change_ids(self.session, change_ids)

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
        touched = {c["entity_id"] for c in fresh.values()}
        # The history held here is read before the new records go in: those are in hand
        # already, and reading thousands of them back (timestamps parsed again) cost more
        # than inserting them.
        edits = edits_of(self.session, touched) if fresh else {}
        for c in fresh.values():
            edits.setdefault(c["entity_id"], []).append(edit_of_change(c))
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
        # Into the tables, not through the ORM's bulk path: it walks every row in Python
        # for mapper bookkeeping that plain records do not need.
        if rows:
            self.session.execute(insert(_table(ChangeLogRow)), rows)
        if bases:
            self.session.execute(insert(_table(ChangeBaseRow)), bases)
        if not fresh:
            return ApplyOutcome(0, frozenset(), None)
        self.session.flush()
        max_hlc = max(c["hlc"] for c in fresh.values())
        self.writer.observe_hlc(max_hlc)
        signed_before = self._signed_visits({c["visit_id"] for c in fresh.values()})
        visits = self._materialise(edits, derive, requirement_keys)
        # Work that arrives for a visit signed here is not in the signed report: the visit
        # reopens as a new revision, as it does for an edit made here.
        changed = {c["visit_id"] for c in fresh.values() if is_content(c["entity"], c["field"])}
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

    def _materialise(
        self,
        edits: dict[str, list[Edit]],
        derive: Deriver,
        requirement_keys: dict[str, list[str]],
    ) -> set[str]:
        visits: set[str] = set()
        states: dict[str, MergedState] = {}
        for entity_id, e in edits.items():
            if e[0].entity not in ENTITIES:
                raise ValidationError.coded(ErrorCode.UNKNOWN_RECORD_TYPE, entity=e[0].entity)
            # One record is of one type and one visit: a change naming a record of another
            # visit (or type) would otherwise overwrite that record.
            if any(x.entity != e[0].entity or x.visit_id != e[0].visit_id for x in e):
                raise ValidationError.coded(
                    ErrorCode.RECORD_NAMED_ELSEWHERE, entity_id=entity_id[:8]
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
        stored = self.conflict_store.load(list(states))
        for entity_id, state in states.items():
            self.conflict_store.sync(entity_id, state, stored.get(entity_id, {}))
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
            for part in chunks(wanted):
                for row in self.session.scalars(select(model).where(model.id.in_(part))):  # type: ignore[attr-defined]
                    out[row.id] = row  # type: ignore[attr-defined]
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
                raise ValidationError.coded(
                    ErrorCode.RECORD_OF_ANOTHER_VISIT,
                    entity=first.entity,
                    entity_id=first.entity_id[:8],
                )
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
            raise ValidationError.coded(
                ErrorCode.RECORD_OF_UNKNOWN_VISIT, entity=first.entity, entity_id=first.entity_id
            )
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

    # -- export and office -------------------------------------------------------------
    def visit_changes(self, visit_id: str) -> list[dict[str, Any]]:
        rows = list(
            self.session.scalars(
                select(ChangeLogRow)
                .where(ChangeLogRow.visit_id == visit_id)
                .order_by(ChangeLogRow.hlc, ChangeLogRow.id)
            )
        )
        extra = merged_bases(self.session, [r.id for r in rows])
        return [change_to_dict(r, sorted(extra.get(r.id, ()))) for r in rows]

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
            raise NotFoundError.coded(ErrorCode.NO_SUCH_VISIT, text=visit_id)
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
        counts = self.conflict_store.open_counts()
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
            raise ValidationError.coded(
                ErrorCode.NEW_RECORD_INCOMPLETE, entity=entity, column=column.name
            )


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]
