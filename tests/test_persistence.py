"""Edits are saved with their change records; the database is set up to survive crashes."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import text

from assessor_app.domain import ids
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.hlc import HlcTimestamp, receive, tick
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import ActionStatus, Severity, VisitState


def test_connection_pragmas(services):
    with services.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_rating_writes_field_and_change_record(services, visit_id):
    services.findings.rate(visit_id, "7.b", Rating.PARTIAL, comment="Board minutes incomplete")
    services.findings.rate(visit_id, "7.b", Rating.MET)
    finding = services.findings.findings(visit_id)["7.b"]
    assert finding.rating is Rating.MET
    assert finding.id == ids.finding_id(visit_id, "7.b")
    history = services.findings.history(visit_id, "7.b")
    assert [(c.field, c.old_value, c.new_value) for c in history] == [
        ("rating", None, "partial"),
        ("comment", "", "Board minutes incomplete"),
        ("rating", "partial", "met"),
    ]
    assert history[2].base_change_id == history[0].id
    assert history[0].base_change_id is None
    assert [c.hlc for c in history] == sorted(c.hlc for c in history)
    assert all(c.device_id == services.db.device_id for c in history)
    assert services.visits.get(visit_id).state is VisitState.IN_PROGRESS


def test_unchanged_value_writes_no_change(services, visit_id):
    services.findings.rate(visit_id, "1.a", Rating.MET)
    services.findings.rate(visit_id, "1.a", Rating.MET)
    assert len(services.findings.history(visit_id, "1.a")) == 1


def test_unknown_requirement_and_evidence_are_refused(services, visit_id):
    with pytest.raises(ValidationError):
        services.findings.rate(visit_id, "99.z", Rating.MET)
    with pytest.raises(ValidationError):
        services.findings.set_evidence(visit_id, "1.a", "2.b.1", True)
    with pytest.raises(NotFoundError):
        services.visits.get("no-such-visit")


def test_evidence_actions_and_visit_fields(services, visit_id):
    template = services.templates.default()
    item = template.requirement("8.b").evidence[0].key
    services.findings.set_evidence(visit_id, "8.b", item, True)
    assert services.findings.findings(visit_id)["8.b"].evidence_seen == {item}
    action = services.actions.add(
        visit_id, "8.b", "Consent form update", Severity.MAJOR, "Dr. Ørsted", date(2027, 3, 1)
    )
    services.actions.close(action.id)
    (saved,) = services.actions.list(visit_id)
    assert saved.status is ActionStatus.CLOSED and saved.owner == "Dr. Ørsted"
    services.visits.update(visit_id, "country", "Poland")
    services.visits.update(visit_id, "start_date", date(2026, 11, 25))
    with pytest.raises(ValidationError):
        services.visits.update(visit_id, "end_date", date(2026, 11, 1))
    visit = services.visits.get(visit_id)
    assert visit.facility.country == "Poland" and visit.end_date is None
    fields = {c.field for c in services.findings.history(visit_id)}
    assert {"seen", "status", "description", "country", "start_date"} <= fields


def test_editing_a_signed_visit_starts_a_new_revision(services, visit_id):
    services.visits.set_state(visit_id, VisitState.SIGNED)
    services.findings.rate(visit_id, "2.b", Rating.MET)
    visit = services.visits.get(visit_id)
    assert (visit.revision, visit.state) == (2, VisitState.IN_PROGRESS)


def test_saving_an_unchanged_visit_field_leaves_a_signed_visit_signed(services, visit_id):
    services.visits.set_state(visit_id, VisitState.SIGNED)
    name = services.visits.get(visit_id).facility.name
    history = len(services.findings.history(visit_id))
    services.visits.update(visit_id, "facility_name", name)
    visit = services.visits.get(visit_id)
    assert (visit.revision, visit.state) == (1, VisitState.SIGNED)
    assert len(services.findings.history(visit_id)) == history
    services.visits.update(visit_id, "facility_name", name + " (renamed)")
    visit = services.visits.get(visit_id)
    assert (visit.revision, visit.state) == (2, VisitState.IN_PROGRESS)


def test_delete_visit_removes_records_and_history(services, visit_id):
    services.findings.rate(visit_id, "1.a", Rating.MET)
    services.visits.delete(visit_id)
    assert services.visits.list() == []
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM findings")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar() == 0


def test_derived_ids_agree_across_laptops():
    assert ids.finding_id("v1", "7.b") == ids.finding_id("v1", "7.b")
    assert ids.finding_id("v1", "7.b") != ids.finding_id("v2", "7.b")


def test_hlc_orders_events_despite_clock_skew():
    a = tick(None, 1000, "dev-a")
    b = tick(a, 900, "dev-a")  # the wall clock went backwards
    assert b > a
    remote = HlcTimestamp(5000, 3, "dev-b")
    c = receive(b, remote, 1200, "dev-a")
    assert c > remote and c > b
    assert HlcTimestamp.decode(c.encode()) == c
    assert sorted([c.encode(), a.encode(), b.encode()]) == [a.encode(), b.encode(), c.encode()]


def test_hlc_counter_overflow_keeps_text_order_and_format():
    """The counter has 5 digits in the text; past 99999 the clock moves its wall time on,
    so encoded timestamps still sort in event order (a bulk insert of 100 000 records in
    one millisecond, or a remote clock far ahead, reaches it)."""
    last = HlcTimestamp(1000, 99_999, "dev-a")
    nxt = tick(last, 1000, "dev-a")
    assert nxt > last and nxt.encode() > last.encode()
    assert re.fullmatch(r"\d{15}\.\d{5}\.dev-a", nxt.encode())
    got = receive(last, HlcTimestamp(1000, 99_999, "dev-b"), 900, "dev-a")
    assert got > last and got.encode() > last.encode()
    assert re.fullmatch(r"\d{15}\.\d{5}\.dev-a", got.encode())


def test_demo_visit_is_complete_and_realistic(services, demo_id):
    detail = services.outcome.detail(demo_id)
    assert detail.progress.answered == detail.progress.total == 65
    assert {"1.c", "6.b", "8.d"} <= set(detail.outcome.keys_for(detail.outcome.reasons[0].code))
    assert len([a for a in detail.attachments if a.kind.value == "photo"]) >= 3
    assert detail.actions
    assert detail.visit.facility.authorised_representative.startswith("Prof. Dr. Katrin Ø")


def test_actions_and_attachments_refuse_keys_outside_the_checklist(services, visit_id, tmp_path):
    with pytest.raises(ValidationError, match="not in this visit's checklist"):
        services.actions.add(visit_id, "99.z", "Fix it", Severity.MINOR)
    doc = tmp_path / "policy.pdf"
    doc.write_bytes(b"%PDF-1.4")
    with pytest.raises(ValidationError, match="not in this visit's checklist"):
        services.attachments.add(visit_id, "99.z", doc)
    assert services.actions.list(visit_id) == [] and services.attachments.list(visit_id) == []
