"""Attacks a second review of issue 12 found:

1. a change record reusing the id of one held here, with other content: the import keeps
   the record held here, but judged the visit by the change ids it holds, so a genuine
   signed report froze a visit as signed whose content differs from what the report signs
   (now judged by the content hash of the visit here);
2. an unsigned bundle after signed ones, in a name or e-mail a reader cannot tell from the
   signed assessor's (a zero-width joiner, a Cyrillic or Greek letter, fullwidth forms) or
   from her device (its id in capitals), for a visit new here: imported as unsigned;
3. a manifest's assessor name or e-mail, or a change's author, holding a line break or a
   bidi override: imported, and the import summary printed a forged second line ("FAKE:
   imported OK") under the name of the bundle's sender (now refused by the schema).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from assessor_app.app import main
from assessor_app.domain.display_text import one_line
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import VisitState
from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services
from tests.sync.helpers import assessor, blobs, dump
from tests.sync.test_derived_state import read_members, rebuild, with_records, world
from tests.sync.test_hostile_bundles import edit_records, with_manifest, write_zip
from tests.sync.test_trust_attacks_review import people

__all__ = ["people", "world"]  # module fixtures of the earlier reviews, reused


def refused_unchanged(services, path: Path) -> ValidationError:
    before, before_blobs = dump(services.paths.database, everything=True), blobs(services)
    with pytest.raises(ValidationError) as error:
        services.sync.import_bundle(path)
    assert dump(services.paths.database, everything=True) == before
    assert blobs(services) == before_blobs
    assert "\n" not in str(error.value)
    return error.value


# -- 1. a visit is signed here only when its content here is what the report signs ----------
def test_a_change_reusing_the_id_of_one_held_here_does_not_sign_the_visit(world, tmp_path):
    """The office holds the lead's work after she signed (a comment, revision 2 on her
    laptop). A bundle brings her signed revision-1 report with the change log it signs, plus
    a harmless copy of one change under the id of that comment: replayed, it hashes as the
    report; here the comment stays. Before, the office's visit became signed at revision 1
    with the comment the report does not hold; now the report is history and the comment
    is work on top of it, revision 2, as after signing here."""
    office = assessor(tmp_path, "Office")
    try:
        office.sync.import_bundle(world["moved_on"])
        visit_id = world["visit_id"]
        assert office.visits.get(visit_id).state is not VisitState.SIGNED
        signed_ids = {
            c["id"]
            for c in json.loads(read_members(world["signed"])["records.json"])["visits"][0][
                "changes"
            ]
        }
        [after_signing] = [
            c
            for c in json.loads(read_members(world["moved_on"])["records.json"])["visits"][0][
                "changes"
            ]
            if c["id"] not in signed_ids
        ]

        def reuse(records: dict) -> None:
            changes = records["visits"][0]["changes"]
            last = max(changes, key=lambda c: c["hlc"])
            wall, counter, device = last["hlc"].split(".")
            changes.append({
                **last, "id": after_signing["id"], "base_change_id": last["id"],
                "merged_bases": [], "hlc": f"{wall}.{int(counter) + 1:05d}.{device}",
            })  # fmt: skip

        path = rebuild(
            tmp_path / "reuse.iasios", with_records(read_members(world["signed"]), reuse)
        )
        office.sync.import_bundle(path)
        visit = office.visits.get(visit_id)
        assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 2)
        assert office.findings.findings(visit_id)["1.a"].comment == "re-checked after signing"
        [record] = office.reports.signed_reports(visit_id)
        assert record.revision == 1
    finally:
        office.close()


# -- 2. no downgrade under a name, e-mail or device a reader cannot tell apart ---------------
@pytest.fixture(scope="module")
def lookalikes(tmp_path_factory, people):
    """Dr. Elena Conti's signed bundle, and unsigned bundles of *new* visits (so the
    per-visit rule does not apply) from another laptop, in names she is read as."""
    root = tmp_path_factory.mktemp("lookalike")
    lead = assessor(root, "Dr. Elena Conti")
    signed = Path(
        lead.sync.export_visit(lead.demo.create(), root / "s", identity=people["elena"]).path
    )
    device = lead.db.device_id
    lead.close()
    out = {"signed": signed}
    for i, name in enumerate(NAMES):
        other = assessor(root, f"other{i}")
        other.db.set_user(name)
        out[name] = Path(other.sync.export_visit(other.demo.create(), root / f"u{i}").path)
        other.close()
    plain = out[NAMES[-1]]  # "Someone Else": given Elena's e-mail, or her device, below
    out["email"] = _with_manifest(plain, root / "email.iasios", email="ＥLENA.CONTI@example.org")
    out["cyrillic email"] = _with_manifest(
        plain, root / "cyr.iasios", email="\u0435lena.conti@example.org"
    )
    out["device"] = _with_manifest(plain, root / "device.iasios", device=device.upper())
    return out


NAMES = [
    "Dr. Ele\u200dna Conti",  # a zero-width joiner, kept (and invisible) in messages
    "Dr. \u0415lena Conti",  # Cyrillic capital Ie
    "Dr. Elena C\u03bfnti",  # Greek omicron
    "Dr. Ｅｌｅｎａ Conti",  # fullwidth
    "Someone Else",
]


def _with_manifest(src: Path, dst: Path, *, email: str = "", device: str = "") -> Path:
    with zipfile.ZipFile(src) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["bundle_id"] = manifest["bundle_id"][:-4] + "beef"
    if email:
        manifest["assessor"]["email"] = email
    if device:
        manifest["device_id"] = device
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst


@pytest.mark.parametrize("case", [*NAMES[:-1], "email", "cyrillic email", "device"])
def test_an_unsigned_bundle_in_a_lookalike_name_e_mail_or_device_is_refused(
    lookalikes, tmp_path, case
):
    office = assessor(tmp_path, "Office")
    try:
        office.sync.import_bundle(lookalikes["signed"])
        error = refused_unchanged(office, lookalikes[case])
        assert error.code == "unsigned-after-signed", str(error)
    finally:
        office.close()


def test_an_unsigned_bundle_of_someone_else_still_imports(lookalikes, tmp_path):
    office = assessor(tmp_path, "Office")
    try:
        office.sync.import_bundle(lookalikes["signed"])
        result = office.sync.import_bundle(lookalikes["Someone Else"])
        assert result.signer is None and result.new_changes > 0
    finally:
        office.close()


# -- 3. names a bundle brings are shown on one line, as they are ----------------------------
FORGED = "Dr Source\nFAKE: imported OK"


def _named(world, tmp_path: Path, where: str, text: str) -> Path:
    members = read_members(world["plain"])
    if where == "author":
        members = edit_records(
            members, lambda r: [c.update(author=text) for c in r["visits"][0]["changes"][:1]]
        )

    def rename(manifest: dict) -> None:
        if where in ("name", "email"):
            manifest["assessor"][where] = text

    return write_zip(tmp_path / f"{where}.iasios", list(with_manifest(members, rename).items()))


@pytest.mark.parametrize("text", [FORGED, "Dr Source\u202eevil", "Dr\tSource", "Dr\u2028Source"])
@pytest.mark.parametrize("where", ["name", "email"])
def test_a_name_a_bundle_brings_holding_a_line_break_or_bidi_control_is_refused(
    world, tmp_path, where, text
):
    error = refused_unchanged(world["victim"], _named(world, tmp_path, where, text))
    assert error.code == "bundle-name-not-one-line", str(error)
    assert f"manifest.assessor.{where}" in str(error)


@pytest.mark.parametrize("text", [FORGED, "Dr Source\u202eevil", "Dr\tSource", "Dr\u2028Source"])
def test_a_change_author_holding_a_line_break_or_bidi_control_is_stored_as_it_reads(
    world, tmp_path, text
):
    """A change's author is not refused (changes an older version recorded under such a
    name travel with every export of their visit): it is stored on one line, as shown."""
    fresh = assessor(tmp_path, "Fresh")  # holds none of the bundle's changes yet
    try:
        fresh.sync.import_bundle(_named(world, tmp_path, "author", text))
        with fresh.db.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT author FROM change_log").all()
        authors = {row[0] for row in rows}
        assert one_line(text, None) in authors
        assert all(one_line(a, None) == a for a in authors), authors
    finally:
        fresh.close()


def test_the_import_summary_prints_no_forged_line(world, tmp_path, capsys):
    path = _named(world, tmp_path, "name", FORGED)
    code = main(["--data-dir", str(tmp_path / "Cli"), "--unencrypted", "import", str(path)])
    out = capsys.readouterr()
    assert code != 0
    lines = (out.out + out.err).splitlines()
    assert not any(line.startswith("FAKE") for line in lines), lines


def test_a_name_that_peers_would_refuse_is_refused_where_it_is_typed(tmp_path):
    """Since peers refuse a bundle whose author does not show as written, a user name with
    a bidi override or control character would make every bundle of this laptop refused:
    it is refused when set, and a name an older version stored (or an odd login) is shown
    as it reads in the changes, so this laptop's bundles still import."""
    from assessor_app.domain.error_codes import ErrorCode

    lead, office = assessor(tmp_path, "Lead"), assessor(tmp_path, "Office")
    try:
        for name in ("Dr\u202eA Lead", "Dr A\x1b[2J Lead", "Dr A\u200b Lead"):
            with pytest.raises(ValidationError) as refused:
                lead.user.set_name(name)
            assert refused.value.code == ErrorCode.USER_NAME_NOT_ONE_LINE
        lead.user.set_name("Dr A\nLead")  # a line break is whitespace: one space
        assert lead.user.name == "Dr A Lead"
        lead.db.set_user("Dr\u202eA Lead")  # as an older version stored it
        lead.close()
        lead = build_services(resolve_paths(tmp_path / "Lead"))  # read back at open
        assert "\u202e" not in lead.user.author
        visit_id = lead.demo.create()
        bundle = Path(lead.sync.export_visit(visit_id, tmp_path / "legacy.iasios").path)
        assert office.sync.import_bundle(bundle).new_changes > 0
    finally:
        lead.close()
        office.close()


def test_a_first_key_under_a_lookalike_of_a_pinned_e_mail_is_a_key_change(people, tmp_path):
    """Mallory's certificate for "Dr. Elena Conti" at "еlena.conti@…" (a Cyrillic е), on a
    laptop that pinned the real Elena's key: it was pinned as a new assessor and shown as
    Dr. Elena Conti. It is now her key changing, refused until a person accepts it."""
    from tests.sync.test_trust_attacks_review import ELENA, issued_by

    elena, mallory = people["elena"], people["mallory"]
    office, lead, sender = (assessor(tmp_path, n) for n in ("Office", "Lead", "Mallory"))
    try:
        real = lead.sync.export_visit(lead.demo.create(), tmp_path / "real", identity=elena)
        office.sync.import_bundle(Path(real.path))
        lookalike = issued_by(mallory, ELENA[0], "\u0435" + ELENA[1][1:])
        bundle = sender.sync.export_visit(
            sender.demo.create(), tmp_path / "lookalike", identity=lookalike
        )
        message = str(refused_unchanged(office, Path(bundle.path)))
        assert "Dr. Elena Conti" in message and elena.fingerprint.replace(":", "")[:8] in (
            message.replace(":", "")
        ), message
    finally:
        for s in (office, lead, sender):
            s.close()
