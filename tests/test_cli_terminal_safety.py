"""Text a bundle brings or a person types never reaches the terminal as control codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assessor_app.app import main
from assessor_app.reports import printable
from tests.conftest import ROOT

# Window title (OSC 0), clear screen (CSI 2J), clipboard write (OSC 52), 8-bit CSI and
# OSC (C1), DEL, backspace, carriage return and a bell.
HOSTILE = "\x1b]0;owned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\x9b31m\x9d0;t\x9c\x7f\x08\rX"
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_inert(*texts: str) -> None:
    for text in texts:
        found = TERMINAL_CONTROLS.findall(text)
        assert not found, f"control characters reach the terminal: {found!r} in {text!r}"


@pytest.fixture
def accepts_controls(monkeypatch):
    """Data written by an app that let control characters in (before input refused them):
    the terminal filter must still hold on its own."""
    monkeypatch.setattr(printable, "unprintable", lambda text, font_dir=None: [])


def test_control_codes_are_refused_where_typed(capsys, tmp_path):
    code, _, err = run(
        capsys, tmp_path / "d", "new", "--facility", f"Evil{HOSTILE}", "--procedures", "200"
    )
    assert code == 1 and "control character" in err
    assert_inert(err)


def test_hostile_bundle_prints_no_control_codes(capsys, tmp_path, accepts_controls):
    lead, co = tmp_path / "lead", tmp_path / "co"
    code, out, _ = run(
        capsys, lead, "new", "--facility", f"Evil{HOSTILE}", "--department", HOSTILE,
        "--procedures", "200", "--lead", f"Dr{HOSTILE}",
    )  # fmt: skip
    assert code == 0
    visit_id = out.strip()
    assert run(capsys, lead, "rate", visit_id, "7.a", "met", "--comment", HOSTILE)[0] == 0
    code, out, _ = run(capsys, lead, "export", visit_id, "-o", str(tmp_path / "inv.iasios"),
                       "--invitation")  # fmt: skip
    assert code == 0
    # A co-assessor receives it and disagrees, so both values come back as a conflict.
    code, out, err = run(capsys, co, "import", str(tmp_path / "inv.iasios"))
    assert code == 0
    assert_inert(out, err)
    run(capsys, co, "rate", visit_id, "7.a", "partial", "--comment", f"co{HOSTILE}")
    run(capsys, lead, "rate", visit_id, "7.a", "not-met", "--comment", f"lead{HOSTILE}")
    run(capsys, co, "export", visit_id, "-o", str(tmp_path / "co.iasios"))
    code, out, err = run(capsys, lead, "import", str(tmp_path / "co.iasios"))
    assert code == 0 and "conflicts need review" in out
    assert_inert(out, err)

    for data in (lead, co):
        for args in (("list",), ("show", visit_id), ("conflicts", visit_id)):
            code, out, err = run(capsys, data, *args)
            assert code == 0
            assert_inert(out, err)
    code, out, _ = run(capsys, lead, "list")
    assert "Evil" in out  # the visible text is kept, only the controls go
    code, out, _ = run(capsys, lead, "conflicts", visit_id)
    assert "lead" in out and "co" in out


def test_json_output_escapes_controls_and_keeps_the_data(capsys, tmp_path, accepts_controls):
    data = tmp_path / "d"
    code, out, _ = run(capsys, data, "new", "--facility", HOSTILE, "--procedures", "200")
    visit_id = out.strip()
    run(capsys, data, "rate", visit_id, "7.a", "met", "--comment", HOSTILE)
    for args in (("show", visit_id, "--json"), ("list", "--json"),
                 ("conflicts", visit_id, "--json")):  # fmt: skip
        code, out, err = run(capsys, data, *args)
        assert code == 0
        assert_inert(out, err)
        json.loads(out)
    code, out, _ = run(capsys, data, "show", visit_id, "--json")
    detail = json.loads(out)
    assert detail["facility"]["name"] == HOSTILE  # escaped, not lost
    assert next(f for f in detail["findings"] if f["key"] == "7.a")["comment"] == HOSTILE


def test_error_messages_print_no_control_codes(capsys, tmp_path):
    data = tmp_path / "d"
    run(capsys, data, "demo")
    code, out, err = run(capsys, data, "show", f"beef{HOSTILE}")
    assert code == 1 and err.startswith("error:")
    assert_inert(out, err)
    code, out, err = run(capsys, data, "rate", "0000", f"7.a{HOSTILE}", "met")
    assert code == 1
    assert_inert(out, err)
    # argparse's own complaint about a mistyped command line echoes the input too.
    try:
        main(["--data-dir", str(data), f"lsit{HOSTILE}"])
    except SystemExit as exc:
        assert exc.code == 2
    out, err = capsys.readouterr()
    assert "invalid choice" in err
    assert_inert(out, err)


def test_real_process_writes_no_escape_bytes(tmp_path):
    data = tmp_path / "d"
    created = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "new",
         "--facility", HOSTILE, "--procedures", "200"],
        capture_output=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert created.returncode == 1  # refused where typed, and the refusal names it inertly
    listed = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "show", HOSTILE],
        capture_output=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert listed.returncode == 1  # no such visit: the message echoes the id, filtered
    for stream in (created.stdout, created.stderr, listed.stdout, listed.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream and b"\xc2\x9b" not in stream


def test_the_filter_keeps_text_newlines_and_tabs():
    from assessor_app.cli.terminal import strip_controls

    text = "Klinikum Süd — 7.a\tpartial\nnext line ✓"
    assert strip_controls(text) == text
    assert strip_controls(f"a{HOSTILE}b") == "a]0;owned[2J]52;c;ZXZpbA==31m0;tXb"


def test_no_streams_at_all_is_fine(monkeypatch):
    # A windowed build on Windows starts with sys.stdout and sys.stderr set to None.
    from assessor_app.cli.terminal import terminal_safe_output

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with terminal_safe_output():
        print("nobody reads this")
        print("nor this", file=sys.stderr)
    assert sys.stdout is None and sys.stderr is None


def test_a_line_break_in_a_name_forges_no_line_in_list_or_show(capsys, tmp_path):
    """The terminal filter keeps newlines (they are the CLI's own), so a facility or user
    name holding one (typed through `visit set`, or from a bundle) forged a whole line of
    `list` and `show`: each name is printed on its line."""
    data = tmp_path / "data"
    code, out, _ = run(capsys, data, "demo")
    visit_id = out.strip()
    forged = "Klinikum\n0ffa11ce  Other Hospital                  signed        65/65    27/27  met"
    assert run(capsys, data, "visit", "set", visit_id, "facility.name", forged)[0] == 0
    code, out, _ = run(capsys, data, "list")
    assert code == 0 and len(out.splitlines()) == 2, out  # the heading and one visit
    code, out, _ = run(capsys, data, "show", visit_id)
    assert code == 0 and not any(line.startswith("0ffa11ce") for line in out.splitlines())
    assert run(capsys, data, "user", "--name", "Dr A\nFAKE: user changed")[0] == 0
    code, out, _ = run(capsys, data, "user")
    assert out.count("\n") == 1, out
