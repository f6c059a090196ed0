"""After the first paint, the data layer loads without Qt's import detour, and only the
parts of the sync service the visit list reads load before it fills in."""

from __future__ import annotations

import builtins
import json
import subprocess
import sys

import pytest

import assessor_app.services.container as container
from assessor_app.paths import AppPaths
from assessor_app.protection import key_file
from assessor_app.protection.data_key import DataKey
from assessor_app.services.container import Services
from assessor_app.ui import launch
from assessor_app.ui.plain_imports import without_qt_import_hook
from tests.conftest import ROOT

pytestmark = pytest.mark.gui


def test_the_data_layer_opens_with_the_interpreters_own_import(qapp, paths: AppPaths, monkeypatch):
    hooked = builtins.__import__
    assert hooked is not builtins.__orig_import__  # PySide6 is loaded: its hook is in place
    seen: list[bool] = []
    real = container.build_services

    def watched(where: AppPaths, key: DataKey | None = None) -> Services:
        seen.append(builtins.__import__ is builtins.__orig_import__)
        return real(where, key)

    monkeypatch.setattr(container, "build_services", watched)

    services = launch.open_services(paths)

    assert services is not None
    try:
        assert seen == [True]
        assert builtins.__import__ is hooked  # Qt's hook is back for everything after
        assert services.visits.list() == []  # the list's services are ready and answer
    finally:
        services.close()


def test_the_hook_comes_back_after_an_error(qapp):
    hooked = builtins.__import__
    with pytest.raises(ZeroDivisionError), without_qt_import_hook():
        assert builtins.__import__ is builtins.__orig_import__
        _ = 1 / 0
    assert builtins.__import__ is hooked


LIST_READS = """
import json, sys
from pathlib import Path
from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services

services = build_services(resolve_paths(Path(sys.argv[1])))
services.visits.list()
services.sync.visit_sync_status()
print(json.dumps(sorted(sys.modules)))
services.close()
"""

BUNDLE_PARTS = (
    "assessor_app.services.sync.bundle_export",
    "assessor_app.services.sync.bundle_import",
    "assessor_app.services.sync.conflict_desk",
    "assessor_app.services.sync.office_view",
)


def test_the_list_reads_the_sync_ledger_without_the_bundle_machinery(services: Services):
    data = services.paths.data_dir
    services.close()
    done = subprocess.run(
        [sys.executable, "-c", LIST_READS, str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "assessor_app.services.sync.ledger" in loaded  # the sync status was really read
    assert not loaded & set(BUNDLE_PARTS)


UNLOCK_FIRST = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton
from assessor_app.ui import launch

seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() and (
            watched.objectName() not in seen.setdefault("painted", [])
        ) and watched.isWindow():
            seen["painted"].append(watched.objectName())
            seen.setdefault("sqlalchemy_at_" + watched.objectName(), "sqlalchemy" in sys.modules)
        return False

def type_passphrase():
    dialog = next((w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "unlock_dialog" and w.isVisible() and w.isModal()), None)
    if dialog is None:
        return
    timer.stop()
    # The assessor types for a while: the data layer loads meanwhile, off the GUI thread.
    until = time.monotonic() + 60
    while "assessor_app.services.visits" not in sys.modules and time.monotonic() < until:
        QApplication.processEvents()
        time.sleep(0.01)
    seen["preloaded_while_typing"] = "assessor_app.services.visits" in sys.modules
    dialog.findChild(QLineEdit, "unlock_passphrase").setText(sys.argv[2])
    dialog.findChild(QPushButton, "unlock_button").click()

def exec_once(self):
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
    seen["filled"] = {"rows": window.list_page.model.rowCount(),
                      "new_enabled": window.action_new.isEnabled()}
    window.close()
    return 0

app = launch.make_application()
watch = Watch()
app.installEventFilter(watch)
timer = QTimer()
timer.timeout.connect(type_passphrase)
timer.start(20)
launch.install_excepthook = lambda _log: None
QApplication.exec = exec_once
from assessor_app.app import main

code = main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""


def test_an_encrypted_folder_paints_its_unlock_dialog_first_and_loads_meanwhile(
    paths: AppPaths,
):
    import os

    paths.ensure()
    key = key_file.create_encrypted(paths, "correct horse battery staple")
    services = container.build_services(paths, key)
    services.demo.create()
    services.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", UNLOCK_FIRST, str(paths.data_dir), "correct horse battery staple"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    # The unlock dialog is the first window painted, before the data layer is imported.
    assert seen["painted"][0] == "unlock_dialog"
    assert seen["sqlalchemy_at_unlock_dialog"] is False
    # While it waited for the passphrase, the data layer loaded in the background.
    assert seen["preloaded_while_typing"] is True
    # Then the main window paints and fills from the database.
    assert "main_window" in seen["painted"]
    assert seen["filled"] == {"rows": 1, "new_enabled": True}
