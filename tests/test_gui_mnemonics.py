"""Every Alt+letter means one thing in each window and dialog the app can open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from assessor_app.domain.visit import Severity
from assessor_app.services.container import Services
from assessor_app.ui.about_dialog import AboutDialog
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.backup_dialogs import RestoreDialog
from assessor_app.ui.checklist.action_dialog import ActionDialog
from assessor_app.ui.checklist.history_dialog import HistoryDialog
from assessor_app.ui.first_run_dialog import FirstRunDialog
from assessor_app.ui.main_window import MainWindow
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
from tests.mnemonics import duplicates, menu_mnemonics, window_mnemonics

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def assert_unique(widget: QWidget, where: str) -> None:
    assert duplicates(window_mnemonics(widget)) == {}, where


def test_the_visit_list_and_its_menus_have_unique_mnemonics(window):
    assert_unique(window, "visit list")
    for menu in window.menuBar().findChildren(QMenu):
        assert duplicates(menu_mnemonics(menu)) == {}, menu.title()


def test_every_tab_of_an_open_visit_has_unique_mnemonics(qtbot, window, demo_id):
    window.open_visit(demo_id)
    tabs = window.workspace.tabs
    assert tabs.count() == 6
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1)
        assert_unique(window, tabs.tabText(index))
    for menu in window.menuBar().findChildren(QMenu):
        assert duplicates(menu_mnemonics(menu)) == {}, menu.title()


def dialogs(
    window: MainWindow, services: Services, visit_id: str, tmp_path
) -> dict[str, Callable[[], QDialog]]:
    template = services.templates.default()
    key = template.requirements[0].key
    return {
        "new visit": lambda: NewVisitDialog(services, window),
        "action": lambda: ActionDialog(key, None, Severity.MINOR, window),
        "history": lambda: HistoryDialog(key, services.findings.history(visit_id, key), window),
        "shortcuts": lambda: ShortcutsDialog(window),
        "about": lambda: AboutDialog(services.paths, template, window),
        "identities": lambda: IdentityDialog(services, window),
        "new identity": lambda: NewIdentityDialog(window, "A. Assessor"),
        "sign": lambda: SignDialog(services, tmp_path / "report.pdf", window),
        "verify": lambda: VerifyDialog(window),
        "passphrase": lambda: PassphraseDialog("Passphrase", window, confirm=True),
        "first run": lambda: FirstRunDialog(services.paths, window),
        "unlock": lambda: UnlockDialog(services.paths, window, keyring_probe=lambda: True),
        "change passphrase": lambda: ChangePassphraseDialog(services.paths, window),
        "encrypt folder": lambda: EncryptFolderDialog(services.paths, window),
        "idle lock": lambda: IdleLockDialog(15, window),
        "restore": lambda: RestoreDialog(services, window),
    }


@pytest.mark.parametrize(
    "name",
    ["new visit", "action", "history", "shortcuts", "about", "identities", "new identity",
     "sign", "verify", "passphrase", "first run", "unlock", "change passphrase",
     "encrypt folder", "idle lock", "restore"],
)  # fmt: skip
def test_every_dialog_has_unique_mnemonics(qtbot, window, services, visit_id, tmp_path, name):
    dialog = dialogs(window, services, visit_id, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_unique(dialog, name)
    dialog.close()
