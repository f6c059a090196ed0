"""As a screen reader sees it: every interactive widget in every window, tab, menu and
dialog has an accessible name.

The app runs in a subprocess on a private Xvfb display (xcb, not offscreen: the offscreen
platform has no accessibility bridge) inside its own D-Bus session with AT-SPI always on;
the tree is read through AT-SPI by Debian's pyatspi in the system python3, as Orca would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.gui

SYSTEM_PYTHON = "/usr/bin/python3"
RUN_TIMEOUT_S = 900


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    has_pyatspi = (
        Path(SYSTEM_PYTHON).exists()
        and subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    if not any(
        Path(p).exists()
        for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
    ):
        missing.append("at-spi2-core")
    return missing


class Xvfb:
    """A private X server picked by Xvfb itself (-displayfd), stopped by its own pid."""

    def __init__(self) -> None:
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            self.display = ":" + pipe.readline().strip()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# Some twenty walks over D-Bus take two to three minutes on a loaded 2-core machine.
@pytest.mark.timeout(RUN_TIMEOUT_S + 60)
def test_every_interactive_widget_has_an_accessible_name(tmp_path: Path):
    # A checker that is missing fails, never skips: scripts/setup.sh test installs them.
    assert not _missing_tools(), f"not installed: {_missing_tools()} (run scripts/setup.sh test)"
    xvfb = Xvfb()
    try:
        env = dict(os.environ, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", PYTHONPATH=str(ROOT))  # fmt: skip
        env.pop("ASSESSOR_APP_DATA_DIR", None)
        done = subprocess.run(
            ["dbus-run-session", "--", sys.executable, str(ROOT / "tests/a11y_drive.py"),
             str(tmp_path / "data")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S,
            check=False,
        )  # fmt: skip
    finally:
        xvfb.stop()
    assert done.returncode == 0, done.stderr[-3000:]
    stops = json.loads(done.stdout.strip().splitlines()[-1])
    labels = [stop["label"] for stop in stops]
    # The walk really went everywhere: the list, each menu, each of the six tabs, dialogs.
    assert "visit list" in labels
    assert sum(label.startswith("menu ") for label in labels) == 4
    assert sum(label.startswith("tab ") for label in labels) == 6
    assert sum(label.startswith("dialog ") for label in labels) >= 10
    errors = [f"{stop['label']}: {stop['error']}" for stop in stops if "error" in stop]
    assert not errors, errors
    assert all(stop["walked"] > 20 for stop in stops), [(s["label"], s["walked"]) for s in stops]
    unnamed = sorted(
        {f"{stop['label']}: {item['path']}" for stop in stops for item in stop["unnamed"]}
    )
    assert not unnamed, "interactive widgets without an accessible name:\n" + "\n".join(unnamed)
