"""The command line as a script or the office would use it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assessor_app.app import main
from tests.conftest import ROOT


def run(capsys, data_dir, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_help_runs_as_a_real_process(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0
    for command in ("demo", "new", "rate", "list", "show", "templates"):
        assert command in result.stdout


def test_demo_then_show_json_contract(capsys, data_dir):
    code, out, err = run(capsys, data_dir, "demo")
    assert code == 0 and "Demo visit created" in err
    visit_id = out.strip()  # the id alone: ID=$(main.py demo) works in a script
    code, out, _ = run(capsys, data_dir, "show", visit_id, "--json")
    data = json.loads(out)
    assert data["id"] == visit_id
    assert data["template"] == {
        "id": "iasios-cirse-2018",
        "version": "2018.1-working",
        "wording": "working",
    }
    assert data["outcome"]["tier"] == "not-yet"
    reasons = data["outcome"]["reasons"]
    assert {"code": "core-not-met", "key": "6.b", "detail": "not-met", "blocks": "accredited"} in (
        reasons
    )
    assert all("code" in r and "blocks" in r for r in reasons)
    progress = data["progress"]
    assert (progress["answered"], progress["total"]) == (65, 65)
    assert (progress["core_answered"], progress["core_total"]) == (27, 27)
    assert len(data["findings"]) == 65
    first = data["findings"][0]
    assert set(first) >= {"key", "core", "rating"} and first["key"] == "1.a"
    assert sum(f["core"] for f in data["findings"]) == 27
    code, out, _ = run(capsys, data_dir, "list", "--json")
    (row,) = json.loads(out)
    assert {row["id"], row["facility"], row["state"]} == {
        visit_id,
        "Klinikum Nordstadt",
        "in-progress",
    }


def test_new_rate_and_show(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "new", "--facility", "Szpital Łódź", "--procedures", "120")
    assert code == 0
    visit_id = out.strip()
    assert run(capsys, data_dir, "rate", visit_id[:8], "7.b", "not-met", "--comment", "x")[0] == 0
    code, _, err = run(capsys, data_dir, "rate", visit_id, "4.d", "na")
    assert code == 0 and "justification" in err
    run(capsys, data_dir, "rate", visit_id, "4.d", "na", "--justification", "No ICU needed")
    data = json.loads(run(capsys, data_dir, "show", visit_id, "--json")[1])
    ratings = {f["key"]: f["rating"] for f in data["findings"]}
    assert ratings["7.b"] == "not-met" and ratings["4.d"] == "na" and ratings["1.a"] is None
    codes = {(r["code"], r.get("key")) for r in data["outcome"]["reasons"]}
    assert ("core-not-met", "7.b") in codes
    assert ("core-unanswered", "1.a") in codes
    assert ("volume-below-threshold", None) in codes
    assert ("case-review-incomplete", None) in codes
    assert data["outcome"]["core_na_accepted"] == ["4.d"]
    assert data["facility"]["name"] == "Szpital Łódź"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "00000000-0000"], "no visit"),
        (["rate", "{id}", "7.b", "great"], "unknown rating"),
        (["rate", "{id}", "99.q", "met"], "not in this visit"),
        (["new", "--facility", " ", "--procedures", "10"], "facility name"),
        (["new", "--facility", "X", "--procedures", "10", "--template", "nope"], "no template"),
        (["templates", "validate", "/no/such/file.json"], "no such file"),
    ],
)
def test_user_mistakes_give_a_message_not_a_traceback(capsys, data_dir, args, message):
    visit_id = run(capsys, data_dir, "new", "--facility", "A", "--procedures", "1")[1].strip()
    code, out, err = run(capsys, data_dir, *[a.replace("{id}", visit_id) for a in args])
    assert code != 0
    assert message in err
    assert "Traceback" not in err + out


def test_usage_errors_exit_with_2(capsys, data_dir):
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data_dir), "rate"])
    assert exc.value.code == 2


def test_templates_commands(capsys, data_dir, tmp_path):
    shipped = ROOT / "resources" / "templates" / "iasios-cirse-2018.json"
    code, out, _ = run(capsys, data_dir, "templates", "validate", str(shipped))
    assert code == 0 and "65 requirements (27 core)" in out
    newer = tmp_path / "t.json"
    newer.write_text(shipped.read_text(encoding="utf-8").replace("2018.1-working", "2019.0"))
    assert run(capsys, data_dir, "templates", "import", str(newer))[0] == 0
    listed = json.loads(run(capsys, data_dir, "templates", "list", "--json")[1])
    assert {t["version"] for t in listed} == {"2018.1-working", "2019.0"}
    broken = tmp_path / "b.json"
    broken.write_text(newer.read_text().replace('"core": true', '"core": "yes"', 1))
    code, _, err = run(capsys, data_dir, "templates", "import", str(broken))
    assert code == 1 and str(broken) in err and ".core" in err
    assert len(json.loads(run(capsys, data_dir, "templates", "list", "--json")[1])) == 2


def test_data_dir_from_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSOR_APP_DATA_DIR", str(tmp_path / "env-data"))
    assert main(["new", "--facility", "Env", "--procedures", "200"]) == 0
    assert (tmp_path / "env-data" / "assessor.db").is_file()


def test_user_name_is_recorded_with_changes(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "user")
    assert code == 0 and "computer login" in out
    assert run(capsys, data_dir, "user", "--name", "  Dr.  Elena Conti ")[1].strip() == (
        "Dr. Elena Conti"
    )
    visit_id = run(capsys, data_dir, "new", "--facility", "A", "--procedures", "1")[1].strip()
    run(capsys, data_dir, "rate", visit_id, "1.a", "met")
    from tests.conftest import open_services

    services = open_services(data_dir)
    try:
        (change,) = services.findings.history(visit_id, "1.a")
        assert change.author == "Dr. Elena Conti"
    finally:
        services.close()
    assert run(capsys, data_dir, "user", "--name", "   ")[0] == 1


def test_output_piped_into_a_reader_that_stops_early_is_no_error_report(tmp_path):
    """`main.py list --json | head -1`: the reader closes the pipe; no 'unexpected error'."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(
        [sys.executable, str(root / "main.py"), "--data-dir", str(tmp_path), "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=root,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the program writes: its first write meets a closed pipe
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "unexpected error" not in err and "Traceback" not in err
    assert "BrokenPipe" not in err
    assert proc.returncode != 0  # the output did not all arrive


def test_new_refuses_an_email_that_is_not_one(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    code = main([*data, "new", "--facility", "X", "--procedures", "200",
                 "--lead", "A", "--lead-email", "bad@"])  # fmt: skip
    assert code == 1
    assert "'bad@' is not an e-mail address (lead assessor)" in capsys.readouterr().err
    assert main([*data, "list"]) == 0
    assert "X" not in capsys.readouterr().out.split("\n", 1)[-1]
