"""The garbage collector is held off during start-up and back for the work after it."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from assessor_app import start_collector
from assessor_app.app import main
from assessor_app.cli import visit_commands
from assessor_app.paths import AppPaths
from assessor_app.services import protection
from assessor_app.ui import launch
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    """Each test leaves the collector as it found it (enabled, nothing frozen)."""
    frozen = gc.get_freeze_count()
    yield
    start_collector.release()
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()
    gc.enable()


def test_hold_then_release_freezes_start_up_and_collects_again():
    start_collector.hold()
    assert not gc.isenabled() and start_collector.held()
    made_during_start_up = [[] for _ in range(100)]
    start_collector.release()
    assert gc.isenabled() and not start_collector.held()
    assert gc.get_freeze_count() >= len(made_during_start_up)  # walked no more
    start_collector.release()  # idempotent
    assert gc.isenabled()


def test_release_without_hold_changes_nothing():
    frozen = gc.get_freeze_count()
    start_collector.release()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_command_runs_with_the_collector_back(monkeypatch, data_dir, capsys):
    seen: list[bool] = []
    real = visit_commands.cmd_list

    def watched(args, services):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(args, services)

    monkeypatch.setattr(visit_commands, "cmd_list", watched)
    start_collector.hold()
    assert main(["--data-dir", str(data_dir), "--unencrypted", "list"]) == 0
    assert seen == [True]  # released before the command's own work
    capsys.readouterr()


def test_every_way_out_of_main_releases(data_dir, capsys):
    start_collector.hold()
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "no-such-command"])
    assert gc.isenabled()
    start_collector.hold()
    assert main(["--data-dir", str(data_dir), "show", "no-such-visit"]) != 0
    assert gc.isenabled()
    capsys.readouterr()


def test_the_desktop_app_collects_once_its_window_is_filled(
    qapp: QApplication, paths: AppPaths, monkeypatch
):
    paths.ensure()
    protection.create_unencrypted(paths)
    monkeypatch.setattr(launch, "install_excepthook", lambda _log: None)
    monkeypatch.setattr(launch, "_close_on_signals", lambda _window: None)
    seen: dict[str, bool] = {}

    def exec_once(_app: QApplication) -> int:
        seen["collecting"] = gc.isenabled()
        for window in QApplication.topLevelWidgets():
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    start_collector.hold()
    assert launch.run_gui(paths) == 0
    assert seen == {"collecting": True}


def test_main_py_holds_the_collector_before_the_app_starts(tmp_path):
    # main.py as a user runs it, with app._main replaced by a probe of the collector.
    probe = (
        "import gc, runpy, sys\n"
        "import assessor_app.app as app\n"
        "app._main = lambda argv: print('collecting' if gc.isenabled() else 'held') or 0\n"
        f"sys.argv = [{str(ROOT / 'main.py')!r}, '--version']\n"
        f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.stdout.strip() == "held", result.stderr
    assert result.returncode == 0
