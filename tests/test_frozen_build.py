"""The PyInstaller one-folder build starts and finds its resources (template, schema,
migrations). Slow (about a minute): it really builds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_frozen_build_starts_and_finds_its_resources(tmp_path):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    assert pyinstaller.is_file(), "PyInstaller is not installed (pip install -e .[build])"
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "installer.spec")],
        check=True, cwd=ROOT, timeout=900,
    )  # fmt: skip
    exe = tmp_path / "dist" / "iasios-assessor" / "iasios-assessor"
    assert exe.is_file()

    def run(*args: str) -> str:
        result = subprocess.run(
            [str(exe), "--data-dir", str(tmp_path / "data"), *args],
            capture_output=True, text=True, timeout=120, cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "demo" in run("--help")
    visit_id = run("demo").strip().splitlines()[-1]  # migrations ran inside the build
    data = json.loads(run("show", visit_id, "--json"))
    assert data["template"]["id"] == "iasios-cirse-2018"
    assert len(data["findings"]) == 65
    shipped = ROOT / "resources" / "templates" / "iasios-cirse-2018.json"
    assert "valid" in run("templates", "validate", str(shipped))  # schema bundled
    # Fonts, reportlab and pyHanko travel too: a signed report that verifies.
    secret = tmp_path / "pass.txt"
    secret.write_text("frozen-pass-1\n")
    p12 = tmp_path / "me.p12"
    run("identity", "create", "--name", "Dr. Elena Conti", "--email", "elena.conti@example.org",
        "-o", str(p12), "--passphrase-file", str(secret))  # fmt: skip
    pdf = tmp_path / "report.pdf"
    run("report", visit_id, "-o", str(pdf), "--sign", "--identity", str(p12),
        "--passphrase-file", str(secret))  # fmt: skip
    assert "all signatures valid" in run("verify", str(pdf))
