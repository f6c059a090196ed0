"""Evidence requests end to end on the command line: add, the letter (read back with
pdftotext), received, accepted, the outcome reason coming and going; bad input refused
with the database unchanged; a bundle carries requests to a second data dir."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from assessor_app.app import main
from tests.sync.helpers import dump

TODAY = date.today()
DUE = (TODAY + timedelta(days=21)).isoformat()
SOONER = (TODAY + timedelta(days=10)).isoformat()


def run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def new_visit(capsys, data_dir: Path) -> str:
    code, out, _ = run(
        capsys, data_dir, "new", "--facility", "Klinik Süd", "--procedures", "200",
        "--start", (TODAY - timedelta(days=1)).isoformat(), "--end", TODAY.isoformat(),
        "--lead", "Dr. Elena Conti", "--lead-email", "conti@example.org",
    )  # fmt: skip
    assert code == 0
    return out.strip()


def show(capsys, data_dir: Path, visit_id: str) -> dict:
    code, out, _ = run(capsys, data_dir, "show", visit_id, "--json")
    assert code == 0
    return json.loads(out)


def waiting(data: dict) -> list[dict]:
    return [r for r in data["outcome"]["reasons"] if r["code"] == "evidence-requested"]


def pdf_text(path: Path) -> str:
    # Reading order, not layout: a cell's wrapped lines stay together.
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_request_letter_received_accepted_and_the_outcome_reason(capsys, tmp_path, data_dir):
    visit_id = new_visit(capsys, data_dir)
    run(capsys, data_dir, "rate", visit_id, "1.a", "met")
    code, out, err = run(
        capsys, data_dir, "request", "add", visit_id[:8], "1.a",
        "--what", "Signed sedation SOP, current version", "--due", DUE,
    )  # fmt: skip
    assert code == 0 and err == ""
    first = out.strip()
    assert len(first) == 36 and "\n" not in first  # the id alone: RID=$(...) works
    code, out, _ = run(
        capsys, data_dir, "request", "add", visit_id, "1.b",
        "--what", "Complication audit 2025", "--due", SOONER,
    )  # fmt: skip
    second = out.strip()

    data = show(capsys, data_dir, visit_id)
    assert data["evidence_requests"] == [
        {"id": first, "key": "1.a", "what": "Signed sedation SOP, current version",
         "due_date": DUE, "status": "open"},
        {"id": second, "key": "1.b", "what": "Complication audit 2025",
         "due_date": SOONER, "status": "open"},
    ]  # fmt: skip
    # 1.a is rated met, yet not decided while its evidence is awaited.
    assert {r["key"]: r["blocks"] for r in waiting(data)} == {
        "1.a": "accredited", "1.b": "excellence",
    }  # fmt: skip
    assert not [r for r in data["outcome"]["reasons"] if r.get("key") == "1.a" and
                r["code"] != "evidence-requested"]  # fmt: skip
    assert any("waiting for requested evidence: 1.a, 1.b" in s for s in data["outcome"]["summary"])

    letter = tmp_path / "requests.pdf"
    code, out, err = run(capsys, data_dir, "requests", visit_id, "-o", str(letter))
    assert code == 0 and out.strip() == str(letter) and "2 open requests" in err
    text = " ".join(pdf_text(letter).split())
    assert "Request for supporting evidence" in text and "Klinik Süd" in text
    assert "Signed sedation SOP, current version" in text and "Complication audit 2025" in text
    for day in (TODAY + timedelta(days=21), TODAY + timedelta(days=10)):
        assert f"{day.day} {day:%b %Y}" in text
    # Each request with its requirement's key and text (soonest due first).
    assert "The interventional oncology service is a defined clinical service" in text
    assert text.index("1.b") < text.index("1.a")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []

    code, out, _ = run(capsys, data_dir, "request", "set", first[:8], "received")
    assert code == 0 and "received" in out
    data = show(capsys, data_dir, visit_id)
    assert [r["key"] for r in waiting(data)] == ["1.a", "1.b"]  # received: still undecided
    run(capsys, data_dir, "requests", visit_id, "-o", str(letter))
    text = " ".join(pdf_text(letter).split())
    assert "Signed sedation SOP" not in text and "Complication audit 2025" in text

    code, _, _ = run(capsys, data_dir, "request", "set", first, "accepted")
    assert code == 0
    data = show(capsys, data_dir, visit_id)
    assert [r["key"] for r in waiting(data)] == ["1.b"]
    assert [r["status"] for r in data["evidence_requests"]] == ["accepted", "open"]
    # 1.a is decided by its rating again: met, so no reason names it.
    assert not [r for r in data["outcome"]["reasons"] if r.get("key") == "1.a"]


def test_bad_input_is_refused_and_changes_nothing(capsys, data_dir):
    visit_id = new_visit(capsys, data_dir)
    code, out, _ = run(capsys, data_dir, "request", "add", visit_id, "1.a", "--what", "SOP",
                       "--due", DUE)  # fmt: skip
    request_id = out.strip()
    before = dump(data_dir / "assessor.db", everything=True)
    past = (TODAY - timedelta(days=1)).isoformat()
    before_visit = (TODAY - timedelta(days=5)).isoformat()
    far = (TODAY + timedelta(days=400)).isoformat()
    cases = [
        (["request", "add", visit_id, "1.a", "--what", "SOP", "--due", before_visit],
         "before the visit starts"),
        (["request", "add", visit_id, "1.a", "--what", "SOP", "--due", past],
         "has already passed"),  # the visit's first day, but yesterday
        (["request", "add", visit_id, "1.a", "--what", "SOP", "--due", far],
         "more than a year ahead"),
        (["request", "add", visit_id, "99.z", "--what", "SOP", "--due", DUE],
         "not in this visit's checklist"),
        (["request", "add", visit_id, "1.a", "--what", "  ", "--due", DUE],
         "say what evidence"),
        (["request", "add", visit_id, "1.a", "--what", "bell \x07", "--due", DUE],
         "cannot print"),
        (["request", "set", request_id, "accepted"], "can only be marked received"),
        (["request", "set", "0000", "received"], "no evidence request"),
    ]  # fmt: skip
    for args, message in cases:
        code, out, err = run(capsys, data_dir, *args)
        assert code != 0 and out == "", args
        assert message in err, (args, err)
    with pytest.raises(SystemExit):  # not a date at all: argparse refuses it
        run(capsys, data_dir, "request", "add", visit_id, "1.a", "--what", "SOP",
            "--due", "2026-02-30")  # fmt: skip
    assert "is not a date" in capsys.readouterr().err
    assert dump(data_dir / "assessor.db", everything=True) == before


def test_a_past_due_date_is_refused_when_the_visit_started_long_ago(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "new", "--facility", "A", "--procedures", "200",
                       "--start", (TODAY - timedelta(days=30)).isoformat())  # fmt: skip
    visit_id = out.strip()
    code, out, err = run(capsys, data_dir, "request", "add", visit_id, "1.a", "--what", "SOP",
                         "--due", (TODAY - timedelta(days=2)).isoformat())  # fmt: skip
    assert code != 0 and "has already passed" in err


def test_a_decided_request_does_not_change(capsys, data_dir):
    visit_id = new_visit(capsys, data_dir)
    _, out, _ = run(capsys, data_dir, "request", "add", visit_id, "1.a", "--what", "SOP",
                    "--due", DUE)  # fmt: skip
    rid = out.strip()
    assert run(capsys, data_dir, "request", "set", rid, "received")[0] == 0
    assert run(capsys, data_dir, "request", "set", rid, "rejected")[0] == 0
    code, _, err = run(capsys, data_dir, "request", "set", rid, "accepted")
    assert code != 0 and "a decided request does not change" in err
    data = show(capsys, data_dir, visit_id)
    assert [r["status"] for r in data["evidence_requests"]] == ["rejected"]
    assert waiting(data) == []


def test_requests_travel_by_bundle_and_merge_by_field(capsys, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    visit_id = new_visit(capsys, a)
    _, out, _ = run(capsys, a, "request", "add", visit_id, "1.a", "--what", "Signed SOP",
                    "--due", DUE)  # fmt: skip
    rid = out.strip()
    _, out, _ = run(capsys, a, "export", visit_id, "-o", str(tmp_path / "inv"), "--invitation")
    code, _, _ = run(capsys, b, "import", out.strip().splitlines()[-1])
    assert code == 0
    assert (
        show(capsys, b, visit_id)["evidence_requests"]
        == show(capsys, a, visit_id)["evidence_requests"]
    )
    assert [r["key"] for r in waiting(show(capsys, b, visit_id))] == ["1.a"]

    # The co-assessor receives the evidence; the lead asks for more meanwhile.
    assert run(capsys, b, "request", "set", rid, "received")[0] == 0
    _, out, _ = run(capsys, a, "request", "add", visit_id, "1.b", "--what", "Audit",
                    "--due", SOONER)  # fmt: skip
    second = out.strip()
    run(capsys, b, "export", visit_id, "-o", str(tmp_path / "co.iasios"))
    run(capsys, a, "export", visit_id, "-o", str(tmp_path / "lead.iasios"))
    assert run(capsys, a, "import", str(tmp_path / "co.iasios"))[0] == 0
    assert run(capsys, b, "import", str(tmp_path / "lead.iasios"))[0] == 0
    for side in (a, b):
        requests = {r["id"]: r["status"] for r in show(capsys, side, visit_id)["evidence_requests"]}
        assert requests == {rid: "received", second: "open"}

    # Marked by each assessor alone: the later decision wins on both, no conflict is left
    # for a field only one of them changed.
    assert run(capsys, a, "request", "set", rid, "accepted")[0] == 0
    run(capsys, a, "export", visit_id, "-o", str(tmp_path / "lead2.iasios"))
    assert run(capsys, b, "import", str(tmp_path / "lead2.iasios"))[0] == 0
    data = show(capsys, b, visit_id)
    assert {r["id"]: r["status"] for r in data["evidence_requests"]}[rid] == "accepted"
    assert [r["key"] for r in waiting(data)] == ["1.b"]
    code, out, _ = run(capsys, b, "conflicts", visit_id)
    assert "No open conflicts" in out


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("status", '"approved"', "is not a request status"),
        ("requirement_key", '"99.z"', "names requirement"),
        ("due_date", '"2026-02-30"', "holds a value of the wrong type"),
        ("what", '"bell \\u0007"', "cannot print"),
    ],
)
def test_a_bundle_with_a_bad_request_is_refused_and_changes_nothing(
    capsys, tmp_path, field, value, reason
):
    from assessor_app.domain.errors import ValidationError
    from tests.sync.helpers import assessor
    from tests.sync.test_hostile_bundles import edit_records, m_items, read_members, write_zip

    a = tmp_path / "a"
    visit_id = new_visit(capsys, a)
    run(capsys, a, "request", "add", visit_id, "1.a", "--what", "SOP", "--due", DUE)
    _, out, _ = run(capsys, a, "export", visit_id, "-o", str(tmp_path / "inv"), "--invitation")
    bundle = Path(out.strip().splitlines()[-1])

    def spoil(records: dict) -> None:
        for change in records["visits"][0]["changes"]:
            if change["entity"] == "evidence_request" and change["field"] == field:
                change["new_value"] = value
                if field == "requirement_key":
                    change["requirement_key"] = "99.z"

    members = edit_records(read_members(bundle), spoil)
    spoiled = write_zip(tmp_path / "spoiled.iasios", m_items(members))
    victim = assessor(tmp_path, "victim")
    try:
        before = dump(victim.paths.database, everything=True)
        with pytest.raises(ValidationError) as refused:
            victim.sync.import_bundle(spoiled)
        assert reason in str(refused.value), str(refused.value)
        assert dump(victim.paths.database, everything=True) == before
    finally:
        victim.close()
