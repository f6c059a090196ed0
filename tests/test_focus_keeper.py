"""The keyboard comes back to the window when a dialog closes, without a window manager."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow

from assessor_app.ui.focus_keeper import install_focus_keeper


def test_a_dialog_that_gives_up_the_keyboard_before_it_hides_hands_it_back(qtbot):
    """On X11 with no window manager, a closing dialog loses the keyboard while it is still
    visible, and hides after; nothing then gives the window the keyboard back."""
    window = QMainWindow()
    field = QLineEdit(window)
    window.setCentralWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = QDialog(window)
    dialog.setModal(True)  # as exec() shows it
    edit = QLineEdit(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    keeper = install_focus_keeper(QApplication.instance())
    try:
        edit.clearFocus()  # what the X server makes of a closing dialog: keyboard gone first
        assert QApplication.focusWidget() is None and dialog.isVisible()
        dialog.hide()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        assert field.hasFocus()
    finally:
        keeper.stop()


def test_a_dialog_left_for_another_program_keeps_the_keyboard_where_it_was(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = QDialog(window)
    dialog.setModal(True)  # as exec() shows it
    edit = QLineEdit(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    keeper = install_focus_keeper(QApplication.instance())
    try:
        edit.clearFocus()  # another program took the keyboard; the dialog stays open
        qtbot.wait(50)
        assert QApplication.focusWidget() is None  # not taken back from it
        assert not window.isActiveWindow()
    finally:
        keeper.stop()
        dialog.hide()
