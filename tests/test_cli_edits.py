"""Every edit the GUI makes, from the command line: through the same services and checks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import connect_db, open_services
from tests.test_cli import run

NEW = ("new", "--facility", "Klinikum Nordstadt", "--procedures", "211", "--start", "2026-03-02")


@pytest.fixture
def vid(capsys, data_dir) -> str:
    code, out, _ = run(capsys, data_dir, *NEW)
    assert code == 0
    return out.strip()


def show(capsys, data_dir, visit_id: str) -> dict:
    code, out, _ = run(capsys, data_dir, "show", visit_id, "--json")
    assert code == 0
    return json.loads(out)


def snapshot(capsys, data_dir, visit_id: str) -> tuple[dict, int]:
    """What a script can read back, and the number of change records behind it."""
    with connect_db(data_dir) as db:
        (changes,) = db.execute("SELECT count(*) FROM change_log").fetchone()
    return show(capsys, data_dir, visit_id), changes


def finding(data: dict, key: str) -> dict:
    return next(f for f in data["findings"] if f["key"] == key)


def test_action_add_edit_close_remove(capsys, data_dir, vid):
    code, out, _ = run(
        capsys, data_dir, "action", "add", vid[:8], "7.b", "Minute every board meeting",
        "--severity", "major", "--owner", "Dr. Weber", "--due", "2026-06-30",
    )  # fmt: skip
    assert code == 0
    action_id = out.strip()  # the id alone: ACTION=$(main.py action add ...) works
    (action,) = show(capsys, data_dir, vid)["corrective_actions"]
    assert action == {
        "id": action_id, "key": "7.b", "description": "Minute every board meeting",
        "severity": "major", "owner": "Dr. Weber", "due_date": "2026-06-30", "status": "open",
    }  # fmt: skip
    assert finding(show(capsys, data_dir, vid), "7.b")["open_actions"] == 1

    for field, value in (("severity", "minor"), ("owner", "Ms. Kahn"), ("due_date", ""),
                         ("description", "Minute and file every meeting")):  # fmt: skip
        code, _, err = run(capsys, data_dir, "action", "edit", vid, action_id[:6], field, value)
        assert code == 0, err
    (action,) = show(capsys, data_dir, vid)["corrective_actions"]
    assert (action["severity"], action["owner"], action["due_date"], action["description"]) == (
        "minor",
        "Ms. Kahn",
        None,
        "Minute and file every meeting",
    )

    assert run(capsys, data_dir, "action", "close", vid, action_id)[0] == 0
    (action,) = show(capsys, data_dir, vid)["corrective_actions"]
    assert action["status"] == "closed"
    assert run(capsys, data_dir, "action", "edit", vid, action_id, "status", "open")[0] == 0
    assert show(capsys, data_dir, vid)["corrective_actions"][0]["status"] == "open"

    code, out, _ = run(capsys, data_dir, "action", "remove", vid, action_id)
    assert code == 0 and "removed" in out
    assert show(capsys, data_dir, vid)["corrective_actions"] == []
    code, _, err = run(capsys, data_dir, "action", "remove", vid, action_id)
    assert code == 1 and "no corrective action" in err


def test_attach_and_detach(capsys, data_dir, vid, tmp_path):
    document = tmp_path / "sop radiation safety.txt"
    document.write_text("Standard operating procedure, version 3\n", encoding="utf-8")
    code, out, err = run(
        capsys, data_dir, "attach", vid, "3.a", str(document), "--caption", "SOP, signed copy"
    )
    assert code == 0, err
    attachment_id = out.strip()
    data = show(capsys, data_dir, vid)
    (att,) = data["attachments"]
    assert (att["id"], att["key"], att["filename"], att["caption"]) == (
        attachment_id,
        "3.a",
        "sop radiation safety.txt",
        "SOP, signed copy",
    )
    assert att["size"] == document.stat().st_size
    assert finding(data, "3.a")["attachments"] == 1

    code, out, _ = run(capsys, data_dir, "detach", vid, attachment_id[:8])
    assert code == 0 and "removed" in out
    assert show(capsys, data_dir, vid)["attachments"] == []
    code, _, err = run(capsys, data_dir, "detach", vid, attachment_id)
    assert code == 1 and "no attachment" in err


def test_evidence_on_and_off(capsys, data_dir, vid):
    assert run(capsys, data_dir, "evidence", vid, "7.b", "7.b.2", "on")[0] == 0
    assert run(capsys, data_dir, "evidence", vid, "7.b", "7.b.1", "on")[0] == 0
    assert finding(show(capsys, data_dir, vid), "7.b")["evidence_seen"] == ["7.b.1", "7.b.2"]
    assert run(capsys, data_dir, "evidence", vid, "7.b", "7.b.2", "off")[0] == 0
    assert finding(show(capsys, data_dir, vid), "7.b")["evidence_seen"] == ["7.b.1"]


def test_comment_and_justification(capsys, data_dir, vid):
    assert run(capsys, data_dir, "comment", vid, "4.e", "Seen on the ward round")[0] == 0
    assert run(capsys, data_dir, "justify", vid, "4.e", "Day-case unit only")[0] == 0
    got = finding(show(capsys, data_dir, vid), "4.e")
    assert (got["comment"], got["justification"]) == (
        "Seen on the ward round",
        "Day-case unit only",
    )


def test_visit_set_round_trips_with_show_json(capsys, data_dir, vid):
    edits = {
        "facility.name": "Klinikum Südstadt",
        "facility.department": "Interventional Radiology",
        "facility.address": "Hauptstraße 1, Bremen",
        "facility.country": "DE",
        "facility.facility_code": "KS-100",
        "facility.authorised_representative": "Prof. Lang",
        "facility.contact_person": "Dr. Roth",
        "assessors.lead.name": "Dr. Elena Conti",
        "assessors.lead.email": "conti@example.org",
        "assessors.co.name": "Dr. Jan Berg",
        "assessors.co.email": "berg@example.org",
        "visit_dates.start": "2026-03-03",
        "visit_dates.end": "2026-03-04",
        "volumes.by_type.ablation": "40",
    }
    for field, value in edits.items():
        code, out, err = run(capsys, data_dir, "visit", "set", vid, field, value)
        assert (code, out.strip()) == (0, f"{field} set"), err
    data = show(capsys, data_dir, vid)
    for field, value in edits.items():
        got: object = data
        for part in field.split("."):
            got = got[part]  # type: ignore[index]
        assert str(got) == value, field
    assert data["volumes"]["total"] == 211 + 40
    assert run(capsys, data_dir, "visit", "set", vid, "visit_dates.end", "")[0] == 0
    assert show(capsys, data_dir, vid)["visit_dates"]["end"] is None


def test_visit_set_refuses_an_unknown_field_listing_the_valid_ones(capsys, data_dir, vid):
    code, out, err = run(capsys, data_dir, "visit", "set", vid, "facility_name", "X")
    assert code == 1 and out == ""
    assert "no field 'facility_name'" in err
    for valid in ("facility.name", "visit_dates.start", "assessors.co.email",
                  "volumes.by_type.ablation"):  # fmt: skip
        assert valid in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("visit", "set", "{id}", "visit_dates.start", "2026-02-30"), "is not a date"),
        (("visit", "set", "{id}", "visit_dates.end", "2026-01-01"), "cannot end before it starts"),
        (("visit", "set", "{id}", "facility.name", "  "), "facility name is required"),
        (("visit", "set", "{id}", "assessors.co.email", "berg at example"), "not an e-mail"),
        (("visit", "set", "{id}", "facility.department", "x" * 5000), "longer than"),
        (("visit", "set", "{id}", "volumes.by_type.ablation", "-3"), "cannot be negative"),
        (("visit", "set", "{id}", "volumes.by_type.ablation", "many"), "not a whole number"),
        (("visit", "set", "{id}", "volumes.by_type.tattoo", "3"), "no field"),
        (("evidence", "{id}", "7.b", "7.b.99", "on"), "not an evidence item of 7.b"),
        (("evidence", "{id}", "99.z", "7.b.1", "on"), "99.z"),
        (("comment", "{id}", "99.z", "text"), "99.z"),
        (("comment", "{id}", "7.b", "x" * 50_000), "longer than"),
        (("action", "add", "{id}", "7.b", "  ", "--severity", "major"), "describe"),
        (("action", "add", "{id}", "99.z", "Fix it", "--severity", "major"), "99.z"),
        (("action", "add", "{id}", "7.b", "x" * 50_000, "--severity", "major"), "longer than"),
        (("action", "edit", "{id}", "{action}", "colour", "red"), "no field 'colour'"),
        (("action", "edit", "{id}", "{action}", "severity", "grave"), "not a severity"),
        (("action", "edit", "{id}", "{action}", "status", "done"), "not a status"),
        (("action", "edit", "{id}", "{action}", "due_date", "soon"), "not a date"),
        (("action", "edit", "{id}", "{action}", "description", ""), "describe"),
        (("action", "close", "{id}", "ffffffff"), "no corrective action"),
        (("action", "remove", "{id}", "ab"), "at least the first 4"),
        (("attach", "{id}", "7.b", "{missing}"), "cannot read"),
        (("attach", "{id}", "7.b", "{program}"), "can be attached"),
        (("attach", "{id}", "99.z", "{document}"), "99.z"),
        (("detach", "{id}", "ffffffff"), "no attachment"),
        (("action", "close", "ffffffff", "{action}"), "no visit"),
    ],
)
def test_bad_input_gets_a_message_and_changes_nothing(
    capsys, data_dir, vid, tmp_path: Path, args, message
):
    code, out, _ = run(
        capsys, data_dir, "action", "add", vid, "7.b", "Minute meetings", "--severity", "major"
    )
    assert code == 0
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00")
    document = tmp_path / "minutes.txt"
    document.write_text("minutes", encoding="utf-8")
    values = {
        "id": vid, "action": out.strip(), "missing": str(tmp_path / "gone.jpg"),
        "program": str(program), "document": str(document),
    }  # fmt: skip
    before = snapshot(capsys, data_dir, vid)
    code, out, err = run(capsys, data_dir, *(a.format(**values) for a in args))
    assert code == 1 and out == ""
    assert err.startswith("error: ") and message in err and "Traceback" not in err
    assert snapshot(capsys, data_dir, vid) == before


def test_the_new_commands_are_in_help(capsys, data_dir):
    with pytest.raises(SystemExit):
        run(capsys, data_dir, "--help")
    out = capsys.readouterr().out
    for command in ("action", "attach", "detach", "evidence", "comment", "justify", "visit"):
        assert command in out


def test_attached_photo_is_stored_without_exif_or_gps(capsys, data_dir, vid, tmp_path):
    from PIL import Image

    from tests.test_attachments import photo_with_gps

    photo = tmp_path / "corridor.jpg"
    photo_with_gps(photo)
    code, out, err = run(capsys, data_dir, "attach", vid, "3.a", str(photo))
    assert code == 0, err
    (att,) = show(capsys, data_dir, vid)["attachments"]
    assert att["id"] == out.strip() and att["media_type"] == "image/jpeg"
    services = open_services(data_dir)  # the folder is encrypted: read through the store
    try:
        on_disk = services.store.blob_path(att["sha256"])
        assert on_disk.is_file() and att["sha256"] not in on_disk.name  # the name reveals nothing
        stored = services.store.read_bytes(att["sha256"])
    finally:
        services.close()
    assert b"Exif\x00\x00" not in stored  # no APP1 Exif segment at all
    with Image.open(io.BytesIO(stored)) as img:
        assert not img.getexif()  # the same cleaning as a photo added in the GUI
