"""Property tests of the merge rules: any delivery order, grouping or duplication of bundles
gives every replica the same state and the same conflicts; nothing is lost; a conflict
exists exactly when two concurrent edits (no base-link path between them) differ."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from assessor_app.domain.hlc import HlcTimestamp, receive, tick
from assessor_app.domain.merge import (
    ConflictKind,
    Edit,
    canonical_value,
    heads_of,
    merge,
    merge_sets,
)

FIELDS = [("f1", "rating"), ("f1", "comment"), ("a1", "caption"), ("a1", "deleted")]
VALUES = ["met", "partial", "x", None, True, False]


@dataclass
class Replica:
    device: str
    edits: dict[str, Edit] = field(default_factory=dict)
    clock: HlcTimestamp | None = None
    wall: int = 1_000

    def now(self) -> int:
        self.wall += 1
        return self.wall

    def edit(self, n: int, key: tuple[str, str], value: object, resolve: bool) -> Edit:
        self.clock = tick(self.clock, self.now(), self.device)
        mine = [e for e in self.edits.values() if e.key == key]
        heads = heads_of(mine)
        if resolve:  # a resolution names every head it saw
            bases = frozenset(h.id for h in heads)
        else:  # an ordinary edit names the change it saw as current (ChangeWriter.set_field)
            bases = frozenset([heads[-1].id]) if heads else frozenset()
        e = Edit(
            id=f"{self.device}-{n}",
            visit_id="v",
            entity="finding" if key[0] == "f1" else "attachment",
            entity_id=key[0],
            field=key[1],
            value=value,
            hlc=self.clock.encode(),
            author=self.device,
            device_id=self.device,
            recorded_at="2026-01-01T00:00:00",
            bases=bases,
        )
        self.edits[e.id] = e
        return e

    def receive(self, edits: list[Edit]) -> None:
        for e in edits:
            self.edits.setdefault(e.id, e)
            self.clock = receive(self.clock, HlcTimestamp.decode(e.hlc), self.now(), self.device)


edit_op = st.tuples(
    st.just("edit"),
    st.integers(0, 2),
    st.sampled_from(FIELDS),
    st.sampled_from(VALUES),
    st.booleans(),
)
op = st.one_of(edit_op, st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)))


def run(ops: list[tuple]) -> tuple[list[Replica], list[Edit]]:
    replicas = [Replica(f"dev{i}") for i in range(3)]
    created: list[Edit] = []
    for n, o in enumerate(ops):
        if o[0] == "edit":
            _, r, key, value, resolve = o
            created.append(replicas[r].edit(n, key, value, resolve))
        else:
            _, src, dst = o
            replicas[dst].receive(list(replicas[src].edits.values()))
    return replicas, created


def snapshot(edits: frozenset[Edit] | list[Edit]) -> tuple:
    state = merge(edits)
    values = tuple(sorted((k, canonical_value(v)) for k, v in state.values().items()))
    conflicts = tuple((c.id, c.kind, tuple(e.id for e in c.edits)) for c in state.conflicts)
    return values, conflicts


# Every history starts with an edit, so there is something to deliver.
histories = st.builds(lambda first, rest: [first, *rest], edit_op, st.lists(op, max_size=25))


@settings(max_examples=150, deadline=None)
@given(histories, st.data())
def test_any_delivery_order_and_duplication_gives_the_same_state(ops, data):
    _replicas, created = run(ops)
    expected = snapshot(created)
    # Bundles: random groups of edits, some delivered twice, in random order.
    deliveries = data.draw(
        st.lists(st.lists(st.sampled_from(created), max_size=len(created)), max_size=6)
    )
    deliveries.append(created)  # eventually everything arrives
    order = data.draw(st.permutations(deliveries + deliveries[:2]))
    held: frozenset[Edit] = frozenset()
    for bundle in order:
        held = merge_sets(held, bundle)
    assert snapshot(held) == expected
    assert {e.id for e in held} == {e.id for e in created}  # no edit lost


@settings(max_examples=100, deadline=None)
@given(histories, st.data())
def test_merge_is_commutative_associative_idempotent(ops, data):
    _replicas, created = run(ops)
    a = frozenset(data.draw(st.lists(st.sampled_from(created))))
    b = frozenset(data.draw(st.lists(st.sampled_from(created))))
    c = frozenset(data.draw(st.lists(st.sampled_from(created))))
    assert snapshot(merge_sets(a, b)) == snapshot(merge_sets(b, a))
    assert snapshot(merge_sets(merge_sets(a, b), c)) == snapshot(merge_sets(a, merge_sets(b, c)))
    assert snapshot(merge_sets(a, a)) == snapshot(a)
    assert merge_sets(a, b) >= a | b and len(merge_sets(a, b)) == len({e.id for e in a | b})


def ancestors(edit: Edit, by_id: dict[str, Edit]) -> set[str]:
    """Everything reachable from ``edit`` through base links (independent oracle)."""
    seen: set[str] = set()
    stack = list(edit.bases)
    while stack:
        x = stack.pop()
        if x in seen or x not in by_id:
            continue
        seen.add(x)
        stack.extend(by_id[x].bases)
    return seen


@settings(max_examples=150, deadline=None)
@given(histories)
def test_conflict_exactly_when_concurrent_heads_differ(ops):
    replicas, created = run(ops)
    for held in [created, *[list(r.edits.values()) for r in replicas]]:
        by_id = {e.id: e for e in held}
        state = merge(held)
        concurrent_conflicts = {
            (c.entity_id, c.field) for c in state.conflicts if c.kind == ConflictKind.CONCURRENT
        }
        for key in {e.key for e in held}:
            edits = [e for e in held if e.key == key]
            anc = {e.id: ancestors(e, by_id) for e in edits}
            # concurrent heads: edits no other edit of the field can reach
            heads = [e for e in edits if not any(e.id in anc[o.id] for o in edits)]
            for x in heads:
                for y in heads:
                    assert x.id == y.id or (x.id not in anc[y.id] and y.id not in anc[x.id])
            differ = len({canonical_value(h.value) for h in heads}) > 1
            assert (key in concurrent_conflicts) == differ
            # last writer wins: the winner is the highest HLC of the field
            assert state.fields[key].winner.hlc == max(e.hlc for e in edits)


@settings(max_examples=60, deadline=None)
@given(histories)
def test_a_resolution_seen_everywhere_closes_the_conflict(ops):
    replicas, _created = run(ops)
    everyone = merge_sets(*[r.edits.values() for r in replicas])
    for r in replicas:
        r.receive(list(everyone))
    state = merge(everyone)
    for n, c in enumerate(state.conflicts):
        if c.kind == ConflictKind.CONCURRENT:
            replicas[0].edit(10_000 + n, (c.entity_id, c.field), "resolved", resolve=True)
    final = merge_sets(*[r.edits.values() for r in replicas])
    remaining = {
        (c.entity_id, c.field) for c in merge(final).conflicts if c.kind == ConflictKind.CONCURRENT
    }
    assert remaining == set()


def test_delete_against_a_later_edit_from_another_device_is_a_conflict():
    a, b = Replica("A"), Replica("B")
    caption = a.edit(1, ("a1", "caption"), "first", False)
    created = a.edit(2, ("a1", "deleted"), False, False)
    b.receive([caption, created])
    deleted = a.edit(3, ("a1", "deleted"), True, False)
    b.wall = a.wall + 10  # B edits later, without having seen the delete
    edited = b.edit(4, ("a1", "caption"), "second", False)
    state = merge([caption, created, deleted, edited])
    [conflict] = state.conflicts
    assert conflict.kind == ConflictKind.DELETE_EDIT
    assert [e.id for e in conflict.edits] == [deleted.id, edited.id]
    # Keeping the attachment (a new tombstone value False) closes it.
    b.receive([deleted])
    restore = b.edit(5, ("a1", "deleted"), False, True)
    assert merge([caption, created, deleted, edited, restore]).conflicts == ()
