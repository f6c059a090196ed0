"""Two data dirs play the lead and the co-assessor: invitation, independent edits (some to
the same requirement), bundles exchanged in both orders and twice; both sides end equal,
conflicts are shown on both, and a resolution made on one side closes them everywhere."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assessor_app.domain.progress import Cancelled
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import VisitState
from assessor_app.services.container import Services
from tests.sync.helpers import assessor, blobs, dump


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    yield lead, co
    lead.close()
    co.close()


def invite(lead: Services, co: Services, tmp_path: Path) -> str:
    visit_id = lead.demo.create()
    bundle = lead.sync.export_invitation(visit_id, tmp_path / "invitation.iasios")
    result = co.sync.import_bundle(Path(bundle.path))
    assert result.invitation and result.visit_ids == (visit_id,)
    assert result.new_changes == bundle.changes and result.new_attachments == bundle.attachments
    return visit_id


def exchange(a: Services, b: Services, visit_id: str, tmp_path: Path, tag: str) -> None:
    """Each exports, then each imports the other's bundle twice (in opposite orders)."""
    pa = Path(a.sync.export_visit(visit_id, tmp_path / f"a-{tag}").path)
    pb = Path(b.sync.export_visit(visit_id, tmp_path / f"b-{tag}").path)
    assert a.sync.import_bundle(pb).already_imported is False
    assert a.sync.import_bundle(pb).already_imported is True
    assert b.sync.import_bundle(pa).already_imported is False
    assert b.sync.import_bundle(pa).already_imported is True


def test_invitation_gives_the_co_assessor_the_same_visit(pair, tmp_path):
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    assert dump(lead.paths.database) == dump(co.paths.database)
    assert co.outcome.detail(visit_id).outcome == lead.outcome.detail(visit_id).outcome
    assert blobs(co) == blobs(lead)


def test_independent_edits_merge_and_same_field_edits_conflict(pair, tmp_path):
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    # Different requirements: both kept.
    lead.findings.rate(visit_id, "2.a", Rating.NOT_MET, comment="lead: no evidence")
    co.findings.rate(visit_id, "3.a", Rating.PARTIAL, comment="co: partly")
    # Same requirement, same field, different values: a conflict.
    lead.findings.rate(visit_id, "1.a", Rating.NOT_MET)
    co.findings.rate(visit_id, "1.a", Rating.PARTIAL)
    # Same requirement, same value on both sides: no conflict.
    lead.findings.set_comment(visit_id, "1.b", "agreed text")
    co.findings.set_comment(visit_id, "1.b", "agreed text")

    exchange(lead, co, visit_id, tmp_path, "1")
    assert dump(lead.paths.database) == dump(co.paths.database)
    for side in (lead, co):
        findings = side.findings.findings(visit_id)
        assert findings["2.a"].rating is Rating.NOT_MET
        assert findings["3.a"].rating is Rating.PARTIAL
        conflicts = side.sync.conflicts(visit_id)
        assert [(c.requirement_key, c.field) for c in conflicts] == [("1.a", "rating")]
        [c] = conflicts
        assert {o.value for o in c.options} == {"not-met", "partial"}
        assert {o.author for o in c.options} == {"Lead", "Co"}
        assert side.sync.open_conflict_keys(visit_id) == {"1.a": 1}
        assert side.sync.visit_sync_status()[visit_id].open_conflicts == 1
    # Last writer wins meanwhile: both show the same (later) rating.
    assert lead.findings.findings(visit_id)["1.a"] == co.findings.findings(visit_id)["1.a"]

    # The co-assessor resolves by taking the lead's value; it propagates and closes it.
    [c] = co.sync.conflicts(visit_id)
    leads = next(o for o in c.options if o.author == "Lead")
    co.sync.resolve(c.id, take_change_id=leads.change_id)
    assert co.sync.conflicts(visit_id) == []
    assert co.findings.findings(visit_id)["1.a"].rating is Rating.NOT_MET
    exchange(lead, co, visit_id, tmp_path, "2")
    assert lead.sync.conflicts(visit_id) == [] and co.sync.conflicts(visit_id) == []
    assert lead.findings.findings(visit_id)["1.a"].rating is Rating.NOT_MET
    assert dump(lead.paths.database) == dump(co.paths.database)
    # Later ordinary edits stay ordinary (no conflict resurrected by the resolution).
    lead.findings.rate(visit_id, "1.a", Rating.MET)
    exchange(lead, co, visit_id, tmp_path, "3")
    assert co.findings.findings(visit_id)["1.a"].rating is Rating.MET
    assert co.sync.conflicts(visit_id) == []


def test_editing_a_field_that_needs_review_is_the_decision(pair, tmp_path):
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    lead.findings.rate(visit_id, "1.a", Rating.NOT_MET)
    co.findings.rate(visit_id, "1.a", Rating.PARTIAL)
    lead.findings.set_comment(visit_id, "1.b", "lead: minutes missing")
    co.findings.set_comment(visit_id, "1.b", "co: minutes seen")
    exchange(lead, co, visit_id, tmp_path, "1")
    assert {c.requirement_key for c in co.sync.conflicts(visit_id)} == {"1.a", "1.b"}

    # The co-assessor, looking at 1.a marked "needs review", sets the rating: decided.
    co.findings.rate(visit_id, "1.a", Rating.MET)
    [left] = co.sync.conflicts(visit_id)
    assert (left.requirement_key, left.field) == ("1.b", "comment")  # the other one stays
    [closed] = [
        c for c in co.sync.conflicts(visit_id, include_resolved=True) if c.field == "rating"
    ]
    assert closed.status == "resolved" and closed.resolved_by_change_id is not None
    history = co.findings.history(visit_id, "1.a")
    assert history[-1].new_value == "met" and history[-1].id == closed.resolved_by_change_id

    # The decision travels: the lead's laptop closes it too and takes the value.
    exchange(lead, co, visit_id, tmp_path, "2")
    assert [c.requirement_key for c in lead.sync.conflicts(visit_id)] == ["1.b"]
    assert lead.findings.findings(visit_id)["1.a"].rating is Rating.MET
    assert dump(lead.paths.database) == dump(co.paths.database)


def test_a_state_set_on_one_laptop_does_not_travel(pair, tmp_path):
    """The workflow state is derived on each laptop (sync/import_fields.py): one marking
    the visit completed and the other setting "signed" without any signed report make no
    conflict, and neither state reaches the other laptop."""
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    co.visits.set_state(visit_id, VisitState.COMPLETED)
    lead.visits.set_state(visit_id, VisitState.SIGNED)
    exchange(lead, co, visit_id, tmp_path, "1")
    assert lead.sync.conflicts(visit_id) == [] and co.sync.conflicts(visit_id) == []
    assert lead.visits.get(visit_id).state is VisitState.SIGNED
    assert co.visits.get(visit_id).state is VisitState.COMPLETED
    # A rating on the lead's signed visit reopens it there (revision and state set by the app).
    lead.findings.set_comment(visit_id, "1.a", "re-checked on the second day")
    assert lead.visits.get(visit_id).revision == 2


def test_work_arriving_for_a_signed_visit_reopens_it_as_a_new_revision(pair, tmp_path):
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    lead.visits.set_state(visit_id, VisitState.SIGNED)  # as signing the report does
    co.findings.set_comment(visit_id, "9.c", "co: seen on the second day")
    co.findings.set_comment(visit_id, "5.a", "co's words")
    lead.findings.set_comment(visit_id, "5.a", "lead's words")  # reopens: revision 2
    lead.visits.set_state(visit_id, VisitState.SIGNED)  # signed again, on revision 2
    assert lead.visits.get(visit_id).revision == 2

    # The co-assessor's comment is not in the report signed on revision 2.
    lead.sync.import_bundle(Path(co.sync.export_visit(visit_id, tmp_path / "co").path))
    visit = lead.visits.get(visit_id)
    assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 3)
    assert lead.findings.findings(visit_id)["9.c"].comment == "co: seen on the second day"

    # So does deciding a conflict after signing.
    lead.visits.set_state(visit_id, VisitState.SIGNED)
    [conflict] = lead.sync.conflicts(visit_id)
    lead.sync.resolve(conflict.id, value="agreed words")
    visit = lead.visits.get(visit_id)
    assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 4)

    # The work agrees on both sides by the next exchange; the revision is each laptop's
    # own (no signed report travelled, so the co-assessor's visit never froze one).
    exchange(lead, co, visit_id, tmp_path, "2")
    assert dump(lead.paths.database) == dump(co.paths.database)
    assert co.visits.get(visit_id).revision == 1


def test_a_state_of_signed_without_a_report_does_not_travel(pair, tmp_path):
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    lead.visits.set_state(visit_id, VisitState.SIGNED)
    co.sync.import_bundle(Path(lead.sync.export_visit(visit_id, tmp_path / "lead").path))
    visit = co.visits.get(visit_id)
    # Not signed: only a verified signed report makes it so. In progress: its findings
    # hold work, which the co-assessor's laptop sees for itself.
    assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 1)
    # Nothing new from the co-assessor's side: the lead's signed visit stays as it is.
    lead.sync.import_bundle(Path(co.sync.export_visit(visit_id, tmp_path / "co").path))
    assert (lead.visits.get(visit_id).state, lead.visits.get(visit_id).revision) == (
        VisitState.SIGNED, 1,
    )  # fmt: skip


def test_bundles_in_either_order_through_the_office_give_the_same_state(pair, tmp_path):
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    lead.findings.set_comment(visit_id, "4.a", "lead: policy missing")
    co.findings.set_comment(visit_id, "4.a", "co: policy seen")
    pa = Path(lead.sync.export_visit(visit_id, tmp_path / "lead").path)
    pb = Path(co.sync.export_visit(visit_id, tmp_path / "co").path)
    offices = [assessor(tmp_path, "office1"), assessor(tmp_path, "office2")]
    try:
        for bundle in (pa, pb, pa):
            offices[0].sync.import_bundle(bundle)
        for bundle in (pb, pa, pb):
            offices[1].sync.import_bundle(bundle)
        assert dump(offices[0].paths.database) == dump(offices[1].paths.database)
        status = offices[0].sync.visit_sync_status()[visit_id]
        assert status.sources == ("Co", "Lead") and status.open_conflicts == 1
        assert status.last_import is not None
        # A resolution at the office reaches both assessors.
        [c] = offices[0].sync.conflicts(visit_id)
        assert (c.requirement_key, c.field) == ("4.a", "comment")
        offices[0].sync.resolve(c.id, value="policy seen, overdue for review")
        out = Path(offices[0].sync.export_visit(visit_id, tmp_path / "office").path)
        for side in (lead, co):
            side.sync.import_bundle(out)
            side.sync.import_bundle(pb if side is lead else pa)
            assert side.sync.conflicts(visit_id) == []
            assert side.findings.findings(visit_id)["4.a"].comment.startswith("policy seen")
        assert dump(lead.paths.database) == dump(co.paths.database)
    finally:
        for o in offices:
            o.close()


def test_delete_against_edit_is_a_conflict(pair, tmp_path):
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    attachment = lead.attachments.list(visit_id)[0]
    lead.attachments.remove(attachment.id)
    co.attachments.set_caption(attachment.id, "caption written later by the co-assessor")
    exchange(lead, co, visit_id, tmp_path, "1")
    for side in (lead, co):
        [c] = side.sync.conflicts(visit_id)
        assert c.kind == "delete-edit" and c.entity == "attachment"
        assert [o.field for o in c.options] == ["deleted", "caption"]
    [c] = lead.sync.conflicts(visit_id)
    lead.sync.resolve(c.id, take_change_id=c.options[1].change_id)  # keep the photo
    assert attachment.id in {a.id for a in lead.attachments.list(visit_id)}
    exchange(lead, co, visit_id, tmp_path, "2")
    assert co.sync.conflicts(visit_id) == []
    assert attachment.id in {a.id for a in co.attachments.list(visit_id)}
    assert dump(lead.paths.database) == dump(co.paths.database)


def test_cancel_mid_import_changes_nothing(pair, tmp_path):
    lead, co = pair
    visit_id = lead.demo.create()
    bundle = Path(lead.sync.export_visit(visit_id, tmp_path / "b").path)
    before = dump(co.paths.database, everything=True)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()  # the user presses Cancel after the first attachment

    with pytest.raises(Cancelled):
        co.sync.import_bundle(bundle, progress, cancel)
    assert dump(co.paths.database, everything=True) == before
    assert blobs(co) == set()
    assert co.sync.import_bundle(bundle).already_imported is False  # nothing half-imported


def test_cancelled_export_leaves_no_file(pair, tmp_path):
    lead, _co = pair
    visit_id = lead.demo.create()
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        lead.sync.export_visit(visit_id, tmp_path / "out.iasios", lambda d, t: cancel.set(), cancel)
    assert list(tmp_path.glob("out*")) == [] and list(tmp_path.glob(".out*")) == []


def test_signed_bundle_reports_who_signed(pair, tmp_path):
    from assessor_app.identity.pkcs12 import create_identity, load_identity

    lead, co = pair
    visit_id = lead.demo.create()
    identity = load_identity(
        create_identity("Dr Lead", "lead@example.org", "secret-pass"), "secret-pass"
    )
    path = Path(lead.sync.export_visit(visit_id, tmp_path / "s", identity=identity).path)
    result = co.sync.import_bundle(path)
    assert result.signer is not None
    assert result.signer.name == "Dr Lead" and result.signer.fingerprint == identity.fingerprint


def test_csv_has_one_row_per_requirement_per_visit(pair, tmp_path):
    import csv

    lead, _ = pair
    first, second = lead.demo.create(), lead.demo.create()
    n = lead.sync.export_csv(tmp_path / "findings.csv")
    with (tmp_path / "findings.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    requirements = len(lead.findings.template_for(first).requirements)
    assert n == len(rows) == 2 * requirements
    assert {(r["visit_id"], r["requirement_key"]) for r in rows} == {
        (v, r.key) for v in (first, second) for r in lead.findings.template_for(v).requirements
    }
    row = next(r for r in rows if r["visit_id"] == first and r["requirement_key"] == "6.b")
    assert row["rating"] == "not-met" and row["core"] == "yes"


def test_a_deleted_visit_comes_back_from_its_bundle(pair, tmp_path):
    """Deleting a visit takes its sync bookkeeping with it: importing the same bundle again
    brings the visit back instead of answering "already imported", and no conflict of the
    deleted visit lingers in the office's figures."""
    lead, co = pair
    visit_id = invite(lead, co, tmp_path)
    lead.findings.rate(visit_id, "1.a", Rating.NOT_MET)
    co.findings.rate(visit_id, "1.a", Rating.PARTIAL)
    bundle = Path(lead.sync.export_visit(visit_id, tmp_path / "lead-update").path)
    assert co.sync.import_bundle(bundle).conflicts
    before = dump(co.paths.database)

    co.visits.delete(visit_id)
    assert visit_id not in co.sync.visit_sync_status()
    assert co.sync.conflicts(visit_id) == []

    invitation = co.sync.import_bundle(tmp_path / "invitation.iasios")
    assert invitation.already_imported is False
    co.findings.rate(visit_id, "1.a", Rating.PARTIAL)  # the co-assessor's edit, once more
    again = co.sync.import_bundle(bundle)
    assert again.already_imported is False and len(again.conflicts) == 1
    assert co.findings.findings(visit_id)["1.a"].rating is not None
    assert set(dump(co.paths.database)) == set(before)
