"""The main window's actions, menus and toolbar: what a user can trigger and where it sits.

Built on the window (its actions stay `window.action_*`) and translated in the window's
context, so the strings keep the translation context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from assessor_app.ui.look import icon
from assessor_app.ui.rolling_backups import backup_actions

if TYPE_CHECKING:
    from collections.abc import Callable

    from assessor_app.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    name: str,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcut: QKeySequence | str | None = None,
    icon_name: str | None = None,
    enabled: bool = True,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if slot is not None:
        action.triggered.connect(slot)
    action.setEnabled(enabled)
    return action


def build_actions(w: MainWindow) -> None:
    seq = QKeySequence.StandardKey
    w.action_new = _action(
        w, "action_new", w.tr("&New visit…"), w.new_visit, QKeySequence(seq.New), "new"
    )
    w.action_open = _action(
        w, "action_open", w.tr("&Open visit"), w.open_selected, QKeySequence(seq.Open)
    )
    w.action_open.setIcon(icon("open"))
    w.action_import = _action(
        w, "action_import", w.tr("&Import bundle…"), w.import_bundle, "Ctrl+I", "import"
    )
    w.action_import.setToolTip(
        w.tr("Import a bundle from another assessor (or drop it on the window)")
    )
    w.action_export = _action(
        w, "action_export", w.tr("&Export visit…"), w.export_visit, "Ctrl+E", "export",
        enabled=False,
    )  # fmt: skip
    w.action_export.setToolTip(w.tr("Export this visit as a bundle"))
    w.action_export_sealed = _action(
        w, "action_export_sealed", w.tr("Export visit &sealed to…"),
        lambda: w.bundles.export_visit(choose_recipients=True), enabled=False,
    )  # fmt: skip
    w.action_export_sealed.setToolTip(
        w.tr("Export this visit sealed to certificates you choose, so only they can read it")
    )
    w.action_export_invitation = _action(
        w, "action_export_invitation", w.tr("Export in&vitation for co-assessor…"),
        lambda: w.export_visit(invitation=True), enabled=False,
    )  # fmt: skip
    w.action_export_invitation.setToolTip(
        w.tr("Export this visit so the co-assessor works on the same visit")
    )
    w.action_export_form = _action(
        w, "action_export_form", w.tr("Export application &form…"),
        w.export_application_form, enabled=False,
    )  # fmt: skip
    w.action_import_form = _action(
        w, "action_import_form", w.tr("Import a&pplication form…"),
        w.import_application_form, enabled=False,
    )  # fmt: skip
    w.action_request_letter = _action(
        w, "action_request_letter", w.tr("&Request evidence…"), w.write_request_letter,
        icon_name="report", enabled=False,
    )  # fmt: skip
    w.action_request_letter.setToolTip(
        w.tr("Write the letter asking the facility for the open evidence requests")
    )
    w.action_delete = _action(
        w, "action_delete", w.tr("&Delete visit…"), w.delete_visit, icon_name="delete"
    )
    w.action_close_visit = _action(
        w, "action_close_visit", w.tr("&Close visit"), w.show_list, "Ctrl+W", "back"
    )
    w.action_quit = _action(w, "action_quit", w.tr("&Quit"), w.close, QKeySequence(seq.Quit))
    w.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
    w.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

    w.action_undo = _action(
        w, "action_undo", w.tr("&Undo"), w.undo, "Ctrl+Z", "undo", enabled=False
    )
    w.action_redo = _action(w, "action_redo", w.tr("&Redo"), w.redo, None, "redo", enabled=False)
    w.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    w.action_user_name = _action(w, "action_user_name", w.tr("Your &name…"), w.ask_user_name)
    w.action_user_name.setToolTip(w.tr("The name recorded with every change you make"))

    w.action_add_photo = _action(
        w, "action_add_photo", w.tr("Add &photo…") + "\tCtrl+Shift+P", w.add_photo,
        icon_name="photo",
    )  # fmt: skip
    w.action_report = _action(
        w, "action_report", w.tr("&Report…"), w.show_report, icon_name="report", enabled=False
    )
    w.action_report.setToolTip(w.tr("The signed report"))
    w.action_case_review = _action(
        w, "action_case_review", w.tr("&Case review"), w.show_case_review,
        icon_name="case-review", enabled=False,
    )  # fmt: skip
    w.action_case_review.setToolTip(w.tr("Internal case review of 30 files"))

    w.action_shortcuts = _action(
        w, "action_shortcuts", w.tr("&Keyboard shortcuts"), w.show_shortcuts, "F1", "help"
    )
    w.action_about = _action(
        w, "action_about", w.tr("&About IASIOS Assessor"), w.show_about, icon_name="about"
    )
    w.action_about.setMenuRole(QAction.MenuRole.AboutRole)


def build_menus(w: MainWindow) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu(w.tr("&File"))
    file_menu.setObjectName("menu_file")
    for a in (w.action_new, w.action_open, w.action_close_visit):
        file_menu.addAction(a)
    file_menu.addSeparator()
    file_menu.addAction(w.action_import)
    file_menu.addAction(w.action_export)
    file_menu.addAction(w.action_export_sealed)
    file_menu.addAction(w.action_export_invitation)
    file_menu.addAction(w.action_request_letter)
    file_menu.addSeparator()
    file_menu.addAction(w.action_export_form)
    file_menu.addAction(w.action_import_form)
    file_menu.addSeparator()
    file_menu.addAction(w.action_delete)
    restore_backup, check_data = backup_actions(w)  # ui/rolling_backups (issue 13)
    file_menu.addAction(restore_backup)
    file_menu.addSeparator()
    file_menu.addAction(w.action_quit)
    edit_menu = bar.addMenu(w.tr("&Edit"))
    edit_menu.setObjectName("menu_edit")
    edit_menu.addAction(w.action_undo)
    edit_menu.addAction(w.action_redo)
    edit_menu.addSeparator()
    edit_menu.addAction(w.action_user_name)
    from assessor_app.ui.sync.trust_list_install import trust_list_action

    w.action_install_trust_list = trust_list_action(w)  # type: ignore[attr-defined]
    edit_menu.addAction(w.action_install_trust_list)  # type: ignore[attr-defined]
    visit_menu = bar.addMenu(w.tr("&Visit"))
    visit_menu.setObjectName("menu_visit")
    visit_menu.addAction(w.action_add_photo)
    visit_menu.addSeparator()
    visit_menu.addAction(w.action_case_review)
    visit_menu.addAction(w.action_report)
    w.menu_visit = visit_menu
    help_menu = bar.addMenu(w.tr("&Help"))
    help_menu.setObjectName("menu_help")
    help_menu.addAction(w.action_shortcuts)
    help_menu.addAction(check_data)
    help_menu.addAction(w.action_about)


def build_toolbar(w: MainWindow) -> None:
    toolbar = QToolBar(w.tr("Main toolbar"), w)
    toolbar.setObjectName("main_toolbar")  # needed for saveState
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for a in (w.action_new, w.action_open, w.action_import, w.action_export):
        toolbar.addAction(a)
    toolbar.addSeparator()
    toolbar.addAction(w.action_report)
    toolbar.addSeparator()
    toolbar.addAction(w.action_undo)
    toolbar.addAction(w.action_redo)
    w.addToolBar(toolbar)
    w.toolbar = toolbar
