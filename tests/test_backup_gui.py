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
    assert "Klinikum Nordstadt" in shown and "65 rated" in shown and "4 attachments" in shown
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
    from assessor_app.ui.rolling_backups import RollingBackups

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


# Every reason a backup is made for (services/backups, services/protection,
# persistence/migrations); the list and the details show a phrase, never the code.
REASONS = (
    "manual", "hourly", "close", "before-restore", "before-encrypt", "after-encrypt",
    "before-delete-visit", "before-upgrade-3f2a9c1d0b7e",
)  # fmt: skip


def test_backup_reasons_and_counts_read_as_words(qtbot, services, visit_id):
    from assessor_app.ui.backup_reasons import reason_text

    for reason in REASONS:
        services.backups.create(reason)
    services.backups.create("from-a-newer-version\n<b>second line</b>")
    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    entries = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
    for reason in REASONS:
        assert reason_text(reason) != reason
        assert any(reason_text(reason) in e for e in entries), reason
    assert not any(f"  {reason}  " in e for e in entries for reason in REASONS)
    assert not any("-" in e.split("  ")[1] for e in entries if "newer-version" not in e)
    assert all("1 visit)" in e and "(s)" not in e for e in entries)
    unknown = [e for e in entries if "from-a-newer-version" in e]
    assert len(unknown) == 1 and "\n" not in unknown[0]  # shown as it is, on one line
    dialog.backups.setCurrentRow(entries.index(unknown[0]))
    shown = dialog.details.toPlainText()
    assert shown.count("\n") == 2 and "1 visit." in shown  # no line slipped in
    assert "0 attachments, 0 corrective actions" in shown
    # The widest usual entry fits: no scrolling sideways at 1366x768.
    dialog.backups.setCurrentRow(0)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    qtbot.wait(10)
    assert not dialog.backups.horizontalScrollBar().isVisible()
    metrics = dialog.backups.fontMetrics()
    widest = max(metrics.horizontalAdvance(e) for e in entries if "newer-version" not in e)
    assert widest < dialog.backups.viewport().width()


def test_a_delete_and_a_restore_back_up_with_a_reason_in_words(qtbot, services, visit_id):
    from assessor_app.ui.backup_reasons import reason_text

    services.visits.delete(visit_id)
    services.backups.before("restore")
    made = {b.reason for b in services.backups.newest_first()}
    assert made and all(reason_text(r) != r for r in made)


def test_the_restore_question_defaults_to_cancel_and_names_what_would_be_lost(
    qtbot, services, demo_id, visit_id
):
    from assessor_app.domain.visit import Facility, NewVisit

    made = services.backups.create()
    services.findings.set_comment(demo_id, "1.b", "written after the backup")
    template_id = services.templates.default().id
    services.visits.create(NewVisit(Facility(name="Newer Clinic"), template_id=template_id))
    services.visits.delete(visit_id)  # in the backup, not now: nothing lost by restoring
    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backups.setCurrentRow([b.id for b in dialog._infos].index(made.id))
    box = dialog.confirmation(dialog._shown)
    qtbot.addWidget(box)
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().objectName() == "restore_confirm_cancel"
    lost = box.informativeText()
    assert "Newer Clinic" in lost and "Klinikum Nordstadt" in lost
    assert "Test Hospital" not in lost
    assert lost.index("Newer Clinic") < lost.index("Klinikum Nordstadt")  # gone, then changed

    before = _digest(services.paths.database)
    answered: list[bool] = []

    def answer_with(key):
        def press():
            shown = [
                b for b in dialog.findChildren(QMessageBox, "restore_confirmation") if b.isVisible()
            ]
            assert len(shown) == 1
            qtbot.keyClick(shown[0], key)

        return press

    from PySide6.QtCore import QTimer

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):  # the default, then Escape: both No
        QTimer.singleShot(50, answer_with(key))
        answered.append(dialog.confirm(dialog._shown))
    assert answered == [False, False]
    assert _digest(services.paths.database) == before and dialog.restored_aside is None


def test_nothing_is_lost_when_the_backup_holds_it_all(qtbot, services, demo_id):
    from assessor_app.ui.backup_dialogs import describe_loss

    held = services.backups.contents(services.backups.create())
    loss = services.backups.what_restore_loses(held)
    assert loss.nothing
    assert "nothing" in describe_loss(loss)
