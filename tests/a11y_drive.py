"""Drive the real app through every window, tab, menu and dialog for the AT-SPI walker.

Run by the app's venv python on a real X display (xcb, not offscreen) inside
`dbus-run-session`, with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1:

    python tests/a11y_drive.py DATA_DIR

At each stop it runs tests/a11y_walk.py with the system python3 while the event loop keeps
running (Qt answers the walker's D-Bus questions from that loop), and prints one JSON line
with every stop's result.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from assessor_app.paths import resolve_paths  # noqa: E402
from assessor_app.services.container import build_services  # noqa: E402
from assessor_app.ui.launch import make_application  # noqa: E402
from assessor_app.ui.main_window import MainWindow  # noqa: E402

WALKER = [
    sys.argv[2] if len(sys.argv) > 2 else "/usr/bin/python3",
    str(ROOT / "tests/a11y_walk.py"),
]
SETTLE_S = 0.4
WALK_TIMEOUT_S = 120.0


def settle(app: QApplication, seconds: float = SETTLE_S) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)


def walk(app: QApplication, label: str, results: list[dict[str, Any]]) -> None:
    settle(app)
    proc = subprocess.Popen(
        [*WALKER, str(QApplication.applicationPid()), label],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    until = time.monotonic() + WALK_TIMEOUT_S
    while proc.poll() is None and time.monotonic() < until:
        app.processEvents()  # the walker's questions are answered from this loop
        time.sleep(0.005)
    if proc.poll() is None:
        proc.kill()
    out, err = proc.communicate()
    lines = out.strip().splitlines()
    results.append(json.loads(lines[-1]) if lines else {"label": label, "error": err[-2000:]})


def with_dialog(
    app: QApplication, label: str, make: Callable[[], QDialog], results: list[dict[str, Any]]
) -> None:
    dialog = make()
    dialog.show()  # not exec(): the walk needs this loop
    walk(app, label, results)
    dialog.reject()
    dialog.deleteLater()
    settle(app, 0.1)


def main() -> int:
    app = make_application()
    services = build_services(resolve_paths(Path(sys.argv[1])))
    visit_id = services.demo.create()
    window = MainWindow(services)
    window.show()
    window.activateWindow()
    results: list[dict[str, Any]] = []
    walk(app, "visit list", results)
    window.list_page.search.setText("Demo")  # the clear button shows once there is text
    walk(app, "visit list, searching", results)
    window.list_page.search.clear()

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        walk(app, f"menu {menu_action.text()}", results)
        menu.hide()

    window.open_visit(visit_id)
    workspace = window.workspace
    assert workspace is not None
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        walk(app, f"tab {workspace.tabs.tabText(index)}", results)
    workspace.tabs.setCurrentIndex(0)

    from assessor_app.ui.about_dialog import AboutDialog
    from assessor_app.ui.checklist.action_dialog import ActionDialog
    from assessor_app.ui.checklist.history_dialog import HistoryDialog
    from assessor_app.ui.first_run_dialog import FirstRunDialog
    from assessor_app.ui.new_visit_dialog import NewVisitDialog
    from assessor_app.ui.protection_dialogs import (
        ChangePassphraseDialog,
        EncryptFolderDialog,
        IdleLockDialog,
    )
    from assessor_app.ui.report.identity_dialog import IdentityDialog, NewIdentityDialog
    from assessor_app.ui.report.passphrase_dialog import PassphraseDialog
    from assessor_app.ui.report.sign_dialog import SignDialog
    from assessor_app.ui.report.verify_dialog import VerifyDialog
    from assessor_app.ui.shortcuts_dialog import ShortcutsDialog
    from assessor_app.ui.unlock_dialog import UnlockDialog

    parent: QWidget = window
    key = workspace.checklist.navigator.visible_keys()[0]
    dialogs: list[tuple[str, Callable[[], QDialog]]] = [
        ("new visit", lambda: NewVisitDialog(services, parent)),
        ("about", lambda: AboutDialog(services.paths, services.templates.default(), parent)),
        ("keyboard shortcuts", lambda: ShortcutsDialog(parent)),
        ("corrective action", lambda: ActionDialog(key, parent=parent)),
        ("history", lambda: HistoryDialog(key, [], parent)),
        ("passphrase", lambda: PassphraseDialog("Passphrase", parent, confirm=True)),
        ("signing identities", lambda: IdentityDialog(services, parent)),
        ("new signing identity", lambda: NewIdentityDialog(parent)),
        ("sign report", lambda: SignDialog(services, None, parent)),
        ("verify signatures", lambda: VerifyDialog(parent)),
        ("first run", lambda: FirstRunDialog(services.paths, parent)),
        ("unlock", lambda: UnlockDialog(services.paths, parent, keyring_probe=lambda: True)),
        ("change passphrase", lambda: ChangePassphraseDialog(services.paths, parent)),
        ("encrypt folder", lambda: EncryptFolderDialog(services.paths, parent)),
        ("idle lock", lambda: IdleLockDialog(15, parent)),
    ]
    for label, make in dialogs:
        with_dialog(app, f"dialog {label}", make, results)

    from assessor_app.ui.lock_screen import LockScreen

    lock_screen = LockScreen(services.paths, window)  # what a locked window shows
    lock_screen.setGeometry(window.rect())
    lock_screen.show()
    walk(app, "lock screen", results)
    lock_screen.hide()
    lock_screen.deleteLater()

    print(json.dumps(results), flush=True)
    window.close()
    settle(app, 0.1)
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
