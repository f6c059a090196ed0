"""Merge rules over change records: what every replica computes from the same set of edits.

The merged state is a pure function of the *set* of edits, so merging is idempotent,
commutative and associative by construction: import order and duplicate deliveries do not
matter, and no edit is ever dropped (the set only grows).

Per field (entity id, field name):

* An edit X is *superseded* by an edit Y when Y names X among its bases (the change of the
  field its author saw as current) and X's HLC is lower. Requiring the lower HLC keeps the
  relation acyclic even for hostile input; honest edits always satisfy it, because an
  author's clock has passed every change it has seen.
* The *heads* are the edits no other edit supersedes. Two heads are concurrent: neither is
  reachable from the other through base links.
* The *winner* (last writer wins) is the head with the highest HLC (ties by id). It is also
  the highest HLC of all the field's edits, as every superseded edit has a later successor.
* A *conflict* exists exactly when the heads hold two or more different values.

Deletion is a tombstone field (``deleted``). When the winning tombstone deletes an entity
and another device edited another field of it later in HLC order (so that edit cannot
have been seen by the deleter), that is a delete-against-edit conflict. Attachments are
add-only by content hash: their records are never removed, only tombstoned.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from assessor_app.domain.changes import ChangeRecord

TOMBSTONE_FIELD = "deleted"
CONFLICT_NAMESPACE = uuid.UUID("0b8f7a3e-6a43-5b3e-8d0a-2f6c9e1d4b77")


class ConflictKind:
    CONCURRENT = "concurrent-edit"
    DELETE_EDIT = "delete-edit"


@dataclass(frozen=True, slots=True)
class Edit:
    """The part of a change record that merging looks at."""

    id: str
    visit_id: str
    entity: str
    entity_id: str
    field: str
    value: object
    hlc: str
    author: str
    device_id: str
    recorded_at: str
    requirement_key: str | None = None
    bases: frozenset[str] = dataclass_field(default_factory=frozenset)

    @property
    def key(self) -> tuple[str, str]:
        return (self.entity_id, self.field)

    @property
    def order(self) -> tuple[str, str]:
        """Total order of "last writer": HLC, then id for (impossible) HLC ties."""
        return (self.hlc, self.id)


def edit_from_record(record: ChangeRecord, extra_bases: Iterable[str] = ()) -> Edit:
    """An Edit from a stored change record plus any additional bases (a resolution)."""
    bases = set(extra_bases)
    if record.base_change_id:
        bases.add(record.base_change_id)
    return Edit(
        id=record.id,
        visit_id=record.visit_id,
        entity=record.entity,
        entity_id=record.entity_id,
        field=record.field,
        value=record.new_value,
        hlc=record.hlc,
        author=record.author,
        device_id=record.device_id,
        recorded_at=record.recorded_at.isoformat(),
        requirement_key=record.requirement_key,
        bases=frozenset(bases),
    )


def canonical_value(value: object) -> str:
    """Values compare by their canonical JSON (so 1 and 1.0, key order, ... agree)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class FieldState:
    """The merged state of one field."""

    entity: str
    entity_id: str
    field: str
    winner: Edit
    heads: tuple[Edit, ...]  # ordered by HLC, oldest first

    @property
    def conflicting(self) -> bool:
        return len({canonical_value(h.value) for h in self.heads}) > 1


@dataclass(frozen=True, slots=True)
class Conflict:
    """Competing edits a person has to choose between; the id is the same on every replica."""

    id: str
    kind: str
    visit_id: str
    entity: str
    entity_id: str
    field: str
    requirement_key: str | None
    edits: tuple[Edit, ...]  # ordered by HLC, oldest first


@dataclass(frozen=True, slots=True)
class MergedState:
    fields: Mapping[tuple[str, str], FieldState]
    conflicts: tuple[Conflict, ...]

    def values(self) -> dict[tuple[str, str], object]:
        """(entity id, field) -> winning value."""
        return {k: s.winner.value for k, s in self.fields.items()}


def heads_of(edits: Iterable[Edit]) -> tuple[Edit, ...]:
    """The edits of one field that no other edit of the set supersedes, oldest first."""
    unique = {e.id: e for e in edits}
    superseded: set[str] = set()
    for child in unique.values():
        for base_id in child.bases:
            base = unique.get(base_id)
            if base is not None and base.order < child.order:
                superseded.add(base_id)
    return tuple(sorted((e for e in unique.values() if e.id not in superseded), key=_order))


def _order(edit: Edit) -> tuple[str, str]:
    return edit.order


def field_state(edits: Iterable[Edit]) -> FieldState:
    """Merge the edits of one field (all must share entity id and field)."""
    heads = heads_of(edits)
    if not heads:
        raise ValueError("a field state needs at least one edit")
    winner = heads[-1]
    return FieldState(winner.entity, winner.entity_id, winner.field, winner, heads)


def conflict_id(kind: str, entity_id: str, field_name: str, edit_ids: Iterable[str]) -> str:
    """Deterministic: the same competing edits make the same conflict id everywhere."""
    parts = "/".join((kind, entity_id, field_name, *sorted(edit_ids)))
    return str(uuid.uuid5(CONFLICT_NAMESPACE, parts))


def _concurrent_conflict(state: FieldState) -> Conflict:
    first = state.heads[0]
    return Conflict(
        id=conflict_id(ConflictKind.CONCURRENT, state.entity_id, state.field,
                       (h.id for h in state.heads)),
        kind=ConflictKind.CONCURRENT,
        visit_id=first.visit_id,
        entity=state.entity,
        entity_id=state.entity_id,
        field=state.field,
        requirement_key=next((h.requirement_key for h in state.heads if h.requirement_key), None),
        edits=state.heads,
    )  # fmt: skip


def _delete_edit_conflict(tombstone: FieldState, all_edits: Iterable[Edit]) -> Conflict | None:
    """A winning delete, and edits of other fields by other devices after it in HLC order."""
    deleter = tombstone.winner
    if deleter.value is not True:
        return None
    late = sorted(
        (
            e
            for e in all_edits
            if e.field != TOMBSTONE_FIELD
            and e.device_id != deleter.device_id
            and e.order > deleter.order
        ),
        key=_order,
    )
    if not late:
        return None
    edits = (deleter, *late)
    return Conflict(
        id=conflict_id(ConflictKind.DELETE_EDIT, tombstone.entity_id, TOMBSTONE_FIELD,
                       (e.id for e in edits)),
        kind=ConflictKind.DELETE_EDIT,
        visit_id=deleter.visit_id,
        entity=tombstone.entity,
        entity_id=tombstone.entity_id,
        field=TOMBSTONE_FIELD,
        requirement_key=next((e.requirement_key for e in edits if e.requirement_key), None),
        edits=tuple(sorted(edits, key=_order)),
    )  # fmt: skip


def merge(edits: Iterable[Edit]) -> MergedState:
    """The merged state (winners and conflicts) of a set of edits; duplicates are ignored."""
    by_key: dict[tuple[str, str], dict[str, Edit]] = {}
    by_entity: dict[str, list[Edit]] = {}
    for e in edits:
        bucket = by_key.setdefault(e.key, {})
        if e.id not in bucket:
            bucket[e.id] = e
            by_entity.setdefault(e.entity_id, []).append(e)
    fields = {k: field_state(bucket.values()) for k, bucket in by_key.items()}
    conflicts: list[Conflict] = [_concurrent_conflict(s) for s in fields.values() if s.conflicting]
    for (entity_id, name), state in fields.items():
        if name != TOMBSTONE_FIELD:
            continue
        found = _delete_edit_conflict(state, by_entity[entity_id])
        if found is not None:
            conflicts.append(found)
    conflicts.sort(key=lambda c: c.id)
    return MergedState(fields, tuple(conflicts))


def merge_sets(*edit_sets: Iterable[Edit]) -> frozenset[Edit]:
    """Union of replicas' edit sets: what two laptops hold after exchanging bundles."""
    out: dict[str, Edit] = {}
    for edits in edit_sets:
        for e in edits:
            out.setdefault(e.id, e)
    return frozenset(out.values())
