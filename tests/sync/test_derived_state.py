"""Derived state is never imported (issue 12, deliver 3).

A visit's state, revision, signature boxes and signed-report records are derived on each
laptop from evidence it verified itself: one table (sync/import_fields.py) says what a
bundle may change, everything else is refused naming the entity and field; a signed report
travels as the signed PDF, verified by the same code as ``verify`` and checked against the
visit the bundle brings, and only then is the peer's visit signed at that revision.
Every refusal leaves every table and the attachment store as they were.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import assessor_app.persistence.all_models  # noqa: F401  (every entity registered)
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import VisitState
from assessor_app.persistence.entity_schema import ENTITIES
from assessor_app.reports.model import LEAD_FIELD
from assessor_app.sync.import_fields import DERIVED, IMPORTABLE
from tests.report_helpers import LEAD_PASS
from tests.sync.helpers import assessor, blobs, dump

Members = dict[str, bytes]
REPORT_PREFIX = "reports/"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The lead signs revision 1 and exports it; then edits (revision 2) and exports again.
    The victim holds the invitation only (and data of its own)."""
    root = tmp_path_factory.mktemp("derived")
    lead = assessor(root, "Lead")
    victim = assessor(root, "Victim")
    victim.demo.create()  # data of its own, that must stay untouched
    visit_id = lead.demo.create()
    invitation = Path(lead.sync.export_invitation(visit_id, root / "invitation").path)
    victim.sync.import_bundle(invitation)
    plain = Path(lead.sync.export_visit(visit_id, root / "plain").path)  # before signing
    # The visit's own lead assessor signs, so the signature is in her box.
    identity = lead.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
    lead.reports.generate(visit_id, root / "report.pdf")
    lead.reports.sign(root / "report.pdf", root / "signed.pdf", identity.path, LEAD_PASS)
    assert (lead.visits.get(visit_id).state, lead.visits.get(visit_id).revision) == (
        VisitState.SIGNED, 1,
    )  # fmt: skip
    signed = Path(lead.sync.export_visit(visit_id, root / "signed-r1").path)
    lead.findings.set_comment(visit_id, "1.a", "re-checked after signing")  # revision 2
    assert lead.visits.get(visit_id).revision == 2
    moved_on = Path(lead.sync.export_visit(visit_id, root / "r2").path)
    yield {
        "root": root, "lead": lead, "victim": victim, "visit_id": visit_id,
        "invitation": invitation, "plain": plain, "signed": signed, "moved_on": moved_on,
        "signed_pdf": (root / "signed.pdf").read_bytes(),
        "unsigned_pdf": (root / "report.pdf").read_bytes(),
    }  # fmt: skip
    lead.close()
    victim.close()


# -- bundle surgery -----------------------------------------------------------------------
def read_members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rebuild(path: Path, members: Members) -> Path:
    """The members with a manifest listing them correctly and a new bundle id (unsigned),
    so the one fault planted is what the import meets."""
    manifest = json.loads(members["manifest.json"])
    manifest["bundle_id"] = str(uuid.uuid4())
    manifest["members"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in members.items()
        if n not in ("manifest.json", "manifest.sig", "signer.pem")
    ]
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            if name != "manifest.json":
                stored = name.startswith(("attachments/", REPORT_PREFIX))
                zf.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
        zf.writestr("manifest.json", json.dumps(manifest).encode(), zipfile.ZIP_DEFLATED)
    return path


def with_records(members: Members, edit: Callable[[dict], None]) -> Members:
    records = json.loads(members["records.json"])
    edit(records)
    return {**members, "records.json": json.dumps(records).encode()}


def with_report(members: Members, pdf: bytes) -> Members:
    out = {n: d for n, d in members.items() if not n.startswith(REPORT_PREFIX)}
    out[f"{REPORT_PREFIX}{hashlib.sha256(pdf).hexdigest()}.pdf"] = pdf
    return out


def added_change(records: dict, entity: str, entity_id: str, field: str, value: object) -> None:
    """A change record as an old (or hostile) exporter wrote it, stamped after the others."""
    visit = records["visits"][0]
    last = max(visit["changes"], key=lambda c: c["hlc"])
    wall, counter, device = last["hlc"].split(".")
    visit["changes"].append({
        **last, "id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id,
        "field": field, "old_value": None, "new_value": json.dumps(value),
        "hlc": f"{wall}.{int(counter) + len(visit['changes']):05d}.{device}",
        "base_change_id": None, "merged_bases": [], "requirement_key": None,
    })  # fmt: skip


def report_names(path: Path) -> list[str]:
    return [n for n in read_members(path) if n.startswith(REPORT_PREFIX)]


# -- the one table ------------------------------------------------------------------------
def test_every_logged_field_is_either_importable_or_derived():
    logged = {(e, f) for e, (_model, fields) in ENTITIES.items() for f in fields}
    importable = {(e, f) for e, fields in IMPORTABLE.items() for f in fields}
    derived = {(e, f) for e, fields in DERIVED.items() for f in fields}
    assert importable & derived == set()
    assert importable | derived == logged
    assert {("visit", "state"), ("visit", "revision")} <= derived
    assert {f for e, f in derived if e == "signed_report"} == set(ENTITIES["signed_report"][1])


def test_export_sends_no_derived_state_and_the_signed_pdf_itself(world):
    members = read_members(world["signed"])
    records = json.loads(members["records.json"])["visits"][0]
    sent = {(c["entity"], c["field"]) for c in records["changes"]}
    assert not {(e, f) for e, f in sent if f in DERIVED.get(e, ())}
    assert "state" not in records["snapshot"] and "revision" not in records["snapshot"]
    [name] = report_names(world["signed"])
    assert members[name] == world["signed_pdf"]
    listed = {m["name"]: m for m in json.loads(members["manifest.json"])["members"]}
    assert listed[name]["sha256"] == hashlib.sha256(world["signed_pdf"]).hexdigest()
    # A visit whose revision moved past its signed report sends no report.
    assert report_names(world["moved_on"]) == [] and report_names(world["plain"]) == []


# -- a real signed report travels -----------------------------------------------------------
def test_a_signed_report_makes_the_peers_visit_signed_at_the_same_revision(world):
    lead, visit_id = world["lead"], world["visit_id"]
    peer = assessor(world["root"], "Peer")
    office = assessor(world["root"], "Office")
    try:
        peer.sync.import_bundle(world["invitation"])
        assert peer.visits.get(visit_id).state is not VisitState.SIGNED
        peer.sync.import_bundle(world["signed"])
        visit = peer.visits.get(visit_id)
        assert (visit.state, visit.revision) == (VisitState.SIGNED, 1)
        [mine] = [r for r in lead.reports.signed_reports(visit_id) if r.revision == 1]
        [theirs] = peer.reports.signed_reports(visit_id)
        assert (theirs.revision, theirs.field_name, theirs.cert_fingerprint) == (
            1, LEAD_FIELD, mine.cert_fingerprint,
        )  # fmt: skip
        assert (theirs.report_id, theirs.content_hash, theirs.pdf_sha256) == (
            mine.report_id, mine.content_hash, mine.pdf_sha256,
        )  # fmt: skip
        # Importing it again changes nothing; the peer passes the evidence on to the office.
        assert peer.sync.import_bundle(world["signed"]).already_imported
        passed_on = Path(peer.sync.export_visit(visit_id, world["root"] / "peer").path)
        assert read_members(passed_on)[report_names(passed_on)[0]] == world["signed_pdf"]
        office.sync.import_bundle(passed_on)
        assert (office.visits.get(visit_id).state, office.visits.get(visit_id).revision) == (
            VisitState.SIGNED, 1,
        )  # fmt: skip
        assert len(office.reports.signed_reports(visit_id)) == 1
        # The lead's later work reopens the peer's visit as revision 2, as it did the lead's.
        peer.sync.import_bundle(world["moved_on"])
        visit = peer.visits.get(visit_id)
        assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 2)
    finally:
        peer.close()
        office.close()


def test_work_of_the_peers_own_is_a_new_revision_over_the_signed_one(world):
    visit_id = world["visit_id"]
    peer = assessor(world["root"], "PeerWithWork")
    try:
        peer.sync.import_bundle(world["invitation"])
        peer.findings.rate(visit_id, "2.a", Rating.PARTIAL)  # not in the signed report
        peer.sync.import_bundle(world["signed"])
        visit = peer.visits.get(visit_id)
        assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 2)
        [record] = peer.reports.signed_reports(visit_id)
        assert record.revision == 1  # the lead signed revision 1; the peer's work is on top
    finally:
        peer.close()


# -- what is refused ------------------------------------------------------------------------
def _refused(world: dict, path: Path, code: ErrorCode, *fragments: str) -> None:
    victim = world["victim"]
    before, before_blobs = dump(victim.paths.database, everything=True), blobs(victim)
    with pytest.raises(ValidationError) as refused:
        victim.sync.import_bundle(path)
    message = str(refused.value)
    assert message.startswith("bundle refused: ") and "\n" not in message
    assert refused.value.code == code, message
    for fragment in fragments:
        assert fragment in message, message
    assert dump(victim.paths.database, everything=True) == before
    assert blobs(victim) == before_blobs
    assert victim.visits.get(world["visit_id"]).state is not VisitState.SIGNED


def test_a_bundle_setting_state_signed_is_refused(world, tmp_path):
    vid = world["visit_id"]
    members = with_records(
        read_members(world["plain"]),
        lambda r: added_change(r, "visit", vid, "state", "signed"),
    )
    path = rebuild(tmp_path / "state.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_FIELD_DERIVED, "sets visit.state")


def test_a_bundle_setting_revision_minus_five_is_refused(world, tmp_path):
    vid = world["visit_id"]
    members = with_records(
        read_members(world["plain"]), lambda r: added_change(r, "visit", vid, "revision", -5)
    )
    path = rebuild(tmp_path / "revision.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_FIELD_DERIVED, "sets visit.revision")


def test_a_fake_signed_report_record_is_refused(world, tmp_path):
    fake = str(uuid.uuid4())
    fields = {
        "revision": 1, "report_id": "IASIOS-FAKE-1", "content_hash": "0" * 64,
        "pdf_sha256": "0" * 64, "signer_name": "Dr. Elena Conti",
        "cert_fingerprint": "AA:BB", "field_name": LEAD_FIELD,
        "signed_at": "2026-01-01T00:00:00+00:00",
    }  # fmt: skip

    def plant(records: dict) -> None:
        for name, value in fields.items():
            added_change(records, "signed_report", fake, name, value)

    path = rebuild(tmp_path / "fake.iasios", with_records(read_members(world["plain"]), plant))
    _refused(world, path, ErrorCode.BUNDLE_FIELD_DERIVED, "sets signed_report.")


def test_an_unknown_field_is_refused_naming_entity_and_field(world, tmp_path):
    def rename(records: dict) -> None:
        finding = next(c for c in records["visits"][0]["changes"] if c["entity"] == "finding")
        finding["field"] = "is_admin"

    path = rebuild(tmp_path / "unknown.iasios", with_records(read_members(world["plain"]), rename))
    _refused(world, path, ErrorCode.BUNDLE_FIELD_NOT_IMPORTABLE, "sets finding.is_admin", "may not")


def test_a_report_with_a_changed_byte_is_refused(world, tmp_path):
    pdf = bytearray(world["signed_pdf"])
    at = pdf.index(b"stream", len(pdf) // 4) + 40  # inside a content stream the signature covers
    pdf[at] ^= 0x01
    members = with_report(read_members(world["signed"]), bytes(pdf))
    path = rebuild(tmp_path / "changed.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_REPORT_UNVERIFIED, "does not verify")


def test_a_report_of_another_revision_is_refused(world, tmp_path):
    """The revision-1 report planted in the bundle of revision 2: its content hash is not
    that of the visit the bundle brings."""
    members = with_report(read_members(world["moved_on"]), world["signed_pdf"])
    path = rebuild(tmp_path / "other-revision.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_REPORT_CONTENT_MISMATCH, "revision 1")


def test_an_unsigned_report_is_refused(world, tmp_path):
    members = with_report(read_members(world["signed"]), world["unsigned_pdf"])
    path = rebuild(tmp_path / "unsigned.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_REPORT_NOT_A_REPORT, "no signature")


def test_a_report_of_a_visit_the_bundle_does_not_carry_is_refused(world, tmp_path):
    other = assessor(world["root"], "Other")
    try:
        other_visit = other.demo.create()
        identity = other.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
        other.reports.generate(other_visit, tmp_path / "o.pdf")
        other.reports.sign(tmp_path / "o.pdf", tmp_path / "os.pdf", identity.path, LEAD_PASS)
    finally:
        other.close()
    members = with_report(read_members(world["plain"]), (tmp_path / "os.pdf").read_bytes())
    path = rebuild(tmp_path / "foreign.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_REPORT_FOREIGN_VISIT, other_visit)


def test_a_report_signed_in_the_lead_box_by_someone_else_is_refused(world, tmp_path):
    """Mallory's signature in the lead assessor's box of a genuine report of this very
    content: it verifies, but it is not the lead's, and nothing becomes signed."""
    from assessor_app.reports.signing import sign_pdf
    from assessor_app.resources import resource_path

    lead = world["lead"]
    mallory = lead.identities.create(
        "Mallory", "mallory@example.org", LEAD_PASS, out_path=tmp_path / "mallory.p12"
    )
    key = lead.reports.signer_key(mallory.path, LEAD_PASS)
    forged, _field, _at = sign_pdf(
        world["unsigned_pdf"], key, resource_path("fonts"), field_name=LEAD_FIELD
    )
    members = with_report(read_members(world["plain"]), forged)
    path = rebuild(tmp_path / "mallory.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_REPORT_WRONG_BOX, "Mallory signed the lead")


def test_the_command_line_names_the_report_it_verified(world, tmp_path, capsys):
    from assessor_app.app import main

    data = tmp_path / "cli"
    assert main(["--data-dir", str(data), "import", str(world["signed"])]) == 0
    out = capsys.readouterr().out
    assert "signed report IASIOS-" in out and "(revision 1) verified" in out, out
    assert "signed by Dr. Elena Conti" in out
    assert main(["--data-dir", str(data), "import", str(world["moved_on"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signed_reports"] == []
    assert main(["--data-dir", str(data), "list"]) == 0
    assert " in-progress " in capsys.readouterr().out  # the lead's later work: revision 2


def test_the_import_summary_names_the_report_it_verified(world, tmp_path):
    from assessor_app.ui.sync.sync_flows import describe_import

    office = assessor(world["root"], "SummaryOffice")
    try:
        result = office.sync.import_bundle(world["signed"])
    finally:
        office.close()
    [report] = result.reports
    assert (report.visit_id, report.revision, report.signers) == (
        world["visit_id"], 1, ("Dr. Elena Conti",),
    )  # fmt: skip
    text = describe_import(result)
    assert f"Signed report {report.report_id} (revision 1) verified" in text, text
    assert "signed by Dr. Elena Conti." in text


def test_both_assessors_signatures_travel_both_ways(tmp_path):
    """The co-assessor co-signs the lead's signed report on her own laptop; her bundle
    brings both signed PDFs back, and the lead's laptop records her signature too."""
    from tests.report_helpers import CO_PASS

    lead, co = assessor(tmp_path, "Lead2"), assessor(tmp_path, "Co2")
    try:
        lead_visit = lead.demo.create()
        co.sync.import_bundle(Path(lead.sync.export_invitation(lead_visit, tmp_path / "i").path))
        mine = lead.identities.create("Dr. Elena Conti", "elena.conti@example.org", LEAD_PASS)
        theirs = co.identities.create("Dr. James Whitfield", "j.whitfield@example.org", CO_PASS)
        lead.reports.generate(lead_visit, tmp_path / "r.pdf")
        lead.reports.sign(tmp_path / "r.pdf", tmp_path / "s1.pdf", mine.path, LEAD_PASS)
        co.sync.import_bundle(Path(lead.sync.export_visit(lead_visit, tmp_path / "l").path))
        signed = co.reports.sign(tmp_path / "s1.pdf", tmp_path / "s2.pdf", theirs.path, CO_PASS)
        assert signed.recorded and signed.role is not None and signed.role.value == "co"
        back = Path(co.sync.export_visit(lead_visit, tmp_path / "c").path)
        assert len(report_names(back)) == 2
        lead.sync.import_bundle(back)
        records = lead.reports.signed_reports(lead_visit)
        boxes = {(r.revision, r.field_name, r.signer_name) for r in records}
        assert boxes == {
            (1, LEAD_FIELD, "Dr. Elena Conti"), (1, signed.field_name, "Dr. James Whitfield"),
        }  # fmt: skip
        visit = lead.visits.get(lead_visit)
        assert (visit.state, visit.revision) == (VisitState.SIGNED, 1)
    finally:
        lead.close()
        co.close()


def test_a_bundle_of_the_older_format_with_its_derived_changes_is_refused(world, tmp_path):
    """What an app before this rule exported: the full change log, derived changes too
    (the visit's state and revision, the signed-report record). Refused, saying to export
    again with an updated app; not cleaned."""
    lead, visit_id = world["lead"], world["visit_id"]
    with lead.db.unit_of_work() as uow:
        full_log = uow.sync.visit_changes(visit_id)
    assert any(c["entity"] == "signed_report" for c in full_log)

    def old_exporter(records: dict) -> None:
        records["visits"][0]["changes"] = full_log

    members = with_records(read_members(world["moved_on"]), old_exporter)
    path = rebuild(tmp_path / "old.iasios", members)
    _refused(world, path, ErrorCode.BUNDLE_FIELD_DERIVED, "older version", "export again")
