"""The independent checkers the tests use are required, never optional.

scripts/checkers.sh lists them (PDF tools, qpdf, PostgreSQL, LibreOffice, Xvfb, at-spi,
D-Bus); scripts/setup.sh test installs the missing ones and fails when it cannot, and .ci/run
runs that set-up before the tests. A test whose checker is missing fails: it never skips.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tests.conftest import ROOT

CHECKERS = ROOT / "scripts" / "checkers.sh"
BASH = "/bin/bash"


def run_checkers(path: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": path}
    return subprocess.run(
        [BASH, str(CHECKERS)], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_every_checker_is_installed_here():
    result = run_checkers(os.environ["PATH"])
    assert result.returncode == 0, result.stderr  # names each missing package


def test_a_missing_checker_fails_and_is_named(tmp_path: Path):
    # A PATH with only bash and ls: the tools found by name are missing, those at fixed
    # places (PostgreSQL, the at-spi bus, the system Python's pyatspi) are not.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "ls"):
        (bin_dir / tool).symlink_to(subprocess.check_output(["which", tool], text=True).strip())
    result = run_checkers(str(bin_dir))
    assert result.returncode == 1
    missing = set(re.findall(r"missing checker: (\S+)", result.stderr))
    assert missing == {
        "poppler-utils", "qpdf", "openssl", "libreoffice-calc-nogui|libreoffice-calc", "xvfb",
        "dbus-daemon|dbus",
    }  # fmt: skip


def test_setup_fails_when_a_checker_cannot_be_installed_and_ci_runs_it():
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "source scripts/checkers.sh" in setup
    still = setup[setup.index("mapfile -t still") :]
    assert re.search(r"if \[ \$\{#still\[@\]\} != 0 \]; then\n.*exit 1", still)
    run_tests = (ROOT / "scripts" / "run-tests.sh").read_text(encoding="utf-8")
    assert "bash scripts/setup.sh test" in run_tests
    assert "scripts/run-tests.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_tool_a_test_looks_up_is_a_checker():
    listed = CHECKERS.read_text(encoding="utf-8")
    looked_up = set()
    for path in (ROOT / "tests").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        looked_up |= set(re.findall(r'(?:need_tool|tool|which)\("([\w.-]+)"\)', text))
    looked_up -= {"pyside6-lrelease", "pyside6-lupdate", "libreoffice"}  # pip; soffice's alias
    assert looked_up >= {"pdftotext", "qpdf", "soffice"}  # the lookup itself still works
    assert sorted(t for t in looked_up if t not in listed) == []


def test_no_test_skips():
    # Spelled in pieces so this file does not find itself.
    skips = re.compile("|".join(re.escape(s) for s in (
        "pytest." + "skip(", "skip" + "if(", "importor" + "skip(", "mark." + "skip",
    )))  # fmt: skip
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if skips.search(line)
    ]
    assert found == []
