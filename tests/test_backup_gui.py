"""File › Restore from backup shows what a backup holds before anything changes; Help ›
Check data sums the check up."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.backup_dialogs import RestoreDialog
from assessor_app.ui.check_dialog import check_data
from assessor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_restore_dialog_shows_the_contents_before_restoring(qtbot, services, demo_id):
    services.findings.set_comment(demo_id, "1.b", "kept in the backup")
    made = services.backups.create()
    services.visits.delete(demo_id)  # the live data no longer holds the visit
    before = _digest(services.paths.database)

    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    ids = [dialog.backups.item(i).text().split()[0] for i in range(dialog.backups.count())]
    assert made.id in ids and ids == sorted(ids, reverse=True)
    dialog.backups.setCurrentRow(ids.index(made.id))
    shown = dialog.details.toPlainText()
    assert "Klinikum Nordstadt" in shown and "65 rated" in shown and "4 attachment(s)" in shown
    assert dialog.restore_button.isEnabled()
    assert _digest(services.paths.database) == before  # looking changed nothing
    assert not (services.paths.data_dir / "set-aside").exists()

    asked: list[str] = []
    dialog.confirm = lambda held: asked.append(held.info.id) or False  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [made.id] and dialog.restored_aside is None
    assert _digest(services.paths.database) == before  # declined: nothing changed

    dialog.confirm = lambda held: True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    aside = dialog.restored_aside
    assert aside is not None and _digest(aside / "assessor.db") == before
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_the_restored_data_opens_with_the_visit_back(qtbot, paths):
    from assessor_app.services.container import build_services

    services = build_services(paths)
    visit_id = services.demo.create()
    made = services.backups.create()
    services.visits.delete(visit_id)
    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.backups.setCurrentRow([b.id for b in dialog._infos].index(made.id))
    dialog.confirm = lambda held: True  # type: ignore[method-assign]
    dialog.restore_selected()
    services.close()
    reopened = build_services(paths)
    try:
        assert [v.id for v in reopened.visits.list()] == [visit_id]
    finally:
        reopened.close()


def test_the_menus_hold_restore_and_check(qtbot, services, demo_id, monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    window = MainWindow(services)
    qtbot.addWidget(window)
    restore = window.findChild(QAction, "action_restore_backup")
    check = window.findChild(QAction, "action_check_data")
    assert restore is not None and check is not None
    file_menu = window.findChild(QMenu, "menu_file")
    help_menu = window.findChild(QMenu, "menu_help")
    assert restore in file_menu.actions() and check in help_menu.actions()

    check_data(window)
    box = window.findChild(QMessageBox, "check_result")
    assert box is not None
    assert "passed its integrity check" in box.text() and "All is well." in box.text()
    assert "4 of 4 intact" in box.text()
    box.done(0)  # hidden now, while no other test's focus keeper watches
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_window_takes_the_hourly_backup_off_its_thread_and_one_at_quit(
    qtbot, services, visit_id, monkeypatch
):
    from assessor_app.ui.backup_dialogs import RollingBackups

    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    window = MainWindow(services)
    qtbot.addWidget(window)
    rolling = window.findChild(RollingBackups)
    assert rolling is not None and rolling.timer.isActive()
    clock = [1_000_000.0]
    services.backups.clock = lambda: clock[0]
    services.backups.create()
    services.findings.set_comment(visit_id, "1.b", "an edit")
    rolling.tick()
    assert len(services.backups.newest_first()) == 1  # the last one is not an hour old
    clock[0] += 3600
    rolling.tick()
    assert services.backups.newest_first()[0].reason == "hourly"
    rolling.at_quit()  # nothing written since: no backup at quit
    assert len(services.backups.newest_first()) == 2
    services.findings.set_comment(visit_id, "1.b", "a later edit")
    rolling.at_quit()
    assert services.backups.newest_first()[0].reason == "close"


def test_an_unplugged_extra_folder_is_a_notice_not_a_failure(qtbot, services, demo_id, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    services.backups.set_extra_folder(usb)
    usb.rmdir()  # unplugged
    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    before = len(services.backups.newest_first())
    dialog.create_now()  # no modal error: the backup is made, the copy's failure said
    assert len(services.backups.newest_first()) == before + 1
    assert not dialog.notice.isHidden() and str(usb) in dialog.notice.text()
    assert not usb.exists()
