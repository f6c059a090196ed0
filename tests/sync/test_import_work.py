"""What an import does beyond the floor (read, hash, write, fsync each member) is work it
needs: it does not read back the change records it has just inserted, and the records it
merges from the bundle are the same the database would give back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from assessor_app.persistence.ledger import edit_of_change, edits_of
from assessor_app.services.container import Services
from tests.sync.helpers import assessor


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    yield lead, co
    lead.close()
    co.close()


def test_an_import_does_not_read_back_the_records_it_inserted(pair, tmp_path):
    lead, co = pair
    visit_id = lead.demo.create()
    bundle = Path(lead.sync.export_invitation(visit_id, tmp_path / "invite.iasios").path)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()).lower())

    event.listen(co.db.engine, "before_cursor_execute", seen)
    try:
        result = co.sync.import_bundle(bundle)
    finally:
        event.remove(co.db.engine, "before_cursor_execute", seen)
    assert result.new_changes > 100
    inserted = next(i for i, s in enumerate(statements) if s.startswith("insert into change_log"))
    read_back = [
        s
        for s in statements[inserted:]
        if s.startswith("select") and "from change_log" in s and "entity_id in" in s
    ]
    assert read_back == []
    # The visit arrived whole all the same.
    assert co.visits.get(visit_id).facility == lead.visits.get(visit_id).facility
    assert co.findings.findings(visit_id) == lead.findings.findings(visit_id)


def test_a_received_record_merges_as_the_stored_one_would(pair, tmp_path):
    lead, _co = pair
    visit_id = lead.demo.create()
    with lead.db.unit_of_work() as uow:
        changes = uow.sync.visit_changes(visit_id)
        stored = edits_of(uow.session, {c["entity_id"] for c in changes})
    by_id = {e.id: e for edits in stored.values() for e in edits}
    assert len(by_id) == len(changes) > 100
    for c in changes:
        assert edit_of_change(c) == by_id[c["id"]]
    # SQLite keeps the wall-clock time of a stamp with a zone, not the zone: so does the
    # record merged straight from a bundle.
    zoned = {**changes[0], "recorded_at": "2026-01-02T03:04:05.250000+02:00"}
    assert edit_of_change(zoned).recorded_at == "2026-01-02T03:04:05.250000"


def test_strict_json_depth_counts_plain_values_too():
    from assessor_app.domain.sync_types import BundleRefusedError
    from assessor_app.sync.strict_json import loads_strict

    # Three levels allowed: a list in a list holding a number is three levels deep.
    assert loads_strict(b"[[1]]", "x", 100, max_depth=3) == [[1]]
    assert loads_strict(b"[[[]]]", "x", 100, max_depth=3) == [[[]]]
    for deeper in (b"[[[1]]]", b'[{"a": [2]}]', b"[[[[]]]]"):
        with pytest.raises(BundleRefusedError, match="deeper than 3 levels"):
            loads_strict(deeper, "x", 100, max_depth=3)
