"""The main window: the visit list and an open visit in one stack, tab wiring, status bar.

Its actions and menus are built in main_actions.py, bundle export and import live in
bundle_flows.py, and what it remembers between runs in window_memory.py.

The window can be shown before the database is open (``MainWindow(paths=...)``): it then
paints the visit list's frame with no rows and every data action off, and fills in when
``attach_services`` hands it the open database. Nothing is shown from anywhere but the
database, so no stale or cached figure can appear.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.bundle_flows import BundleFlows
from assessor_app.ui.lock_screen import exec_dialog
from assessor_app.ui.look import icon
from assessor_app.ui.main_actions import build_actions, build_menus, build_toolbar
from assessor_app.ui.plain_text import PlainLabel, plain, window_title
from assessor_app.ui.protection_ui import ProtectionUi
from assessor_app.ui.visit_list_page import VisitListPage
from assessor_app.ui.window_memory import DEFAULT_SIZE, SETTINGS_FILE, WindowMemory, gui_settings

if TYPE_CHECKING:
    from assessor_app.paths import AppPaths
    from assessor_app.services.container import Services
    from assessor_app.ui.visit_workspace import VisitWorkspace

__all__ = ["DEFAULT_SIZE", "SETTINGS_FILE", "MainWindow", "gui_settings"]

log = logging.getLogger(__name__)

# The tabs of an open visit reached with Ctrl+1, Ctrl+2, ... in tab order.
TAB_SHORTCUT_COUNT = 6  # one per tab of the visit workspace


class MainWindow(QMainWindow):
    # Built by main_actions.build_actions / build_menus / build_toolbar.
    action_new: QAction
    action_open: QAction
    action_import: QAction
    action_export: QAction
    action_export_invitation: QAction
    action_export_sealed: QAction
    action_request_letter: QAction
    action_export_form: QAction
    action_import_form: QAction
    action_delete: QAction
    action_close_visit: QAction
    action_quit: QAction
    action_undo: QAction
    action_redo: QAction
    action_user_name: QAction
    action_add_photo: QAction
    action_report: QAction
    action_case_review: QAction
    action_shortcuts: QAction
    action_about: QAction
    menu_visit: QMenu
    toolbar: QToolBar

    def __init__(
        self,
        services: Services | None = None,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
        *,
        paths: AppPaths | None = None,
    ) -> None:
        super().__init__(parent)
        if services is not None:
            paths = services.paths
        if paths is None:
            raise ValueError("MainWindow needs its services or, until they open, its paths")
        self.setObjectName("main_window")
        self._services = services
        self.runner = runner or BackgroundRunner(self)
        self.memory = WindowMemory(self, paths.config_dir)
        self.settings = self.memory.settings
        self.bundles = BundleFlows(self)
        self.workspace: VisitWorkspace | None = None
        self._undo_stack: QUndoStack | None = None
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)

        self.list_page = VisitListPage(services, self.runner, self)
        self.list_page.open_requested.connect(self.open_visit)
        self.list_page.new_requested.connect(self.new_visit)
        self.list_page.deleted.connect(lambda _id: self.show_saved(self.tr("Visit deleted")))
        self.list_page.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("main_stack")
        self.stack.addWidget(self.list_page)
        self.setCentralWidget(self.stack)

        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        self._build_status_bar()
        self.protection = ProtectionUi(self)  # lock, encryption state and passphrase (issue 13)
        if services is not None:
            self.protection.attach(services)
        self._build_list_shortcuts()
        self.memory.restore_window()
        self.show_list()

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the database is not open yet")
        return self._services

    def has_services(self) -> bool:
        return self._services is not None

    def attach_services(self, services: Services) -> None:
        """The database is open: the list fills in and the data actions come on."""
        self._services = services
        self.list_page.attach_services(services)
        self.protection.attach(services)
        self.save_state.setText(self.tr("Every change is saved as you make it"))
        self.update_actions()

    # -- building ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        text = (
            self.tr("Every change is saved as you make it")
            if self.has_services()
            else self.tr("Opening the database…")
        )
        self.save_state = PlainLabel(text, self)
        self.save_state.setObjectName("save_state")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.statusBar().addPermanentWidget(self.save_state)

    def _build_list_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        find = QShortcut(QKeySequence.StandardKey.Find, self.list_page, self._focus_search)
        find.setContext(context)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list_page.table, self.delete_visit)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- pages ------------------------------------------------------------------------------

    def show_list(self) -> None:
        if self.workspace is not None:
            self._close_workspace()
        self.list_page.refresh()
        self.stack.setCurrentWidget(self.list_page)
        self.setWindowTitle("")
        self.list_page.table.setFocus()
        self.update_actions()

    def _close_workspace(self) -> None:
        assert self.workspace is not None
        self.memory.save_splitters()
        self._wire_undo(None)
        old = self.workspace
        self.workspace = None
        self.stack.removeWidget(old)
        old.deleteLater()

    def open_visit(self, visit_id: str) -> None:
        # Loaded on the first visit opened, not on the way to the list's first paint.
        from assessor_app.ui.visit_workspace import VisitWorkspace

        if self.workspace is not None:
            self._close_workspace()
        workspace = VisitWorkspace(self.services, visit_id, self.runner, self)
        workspace.saved.connect(self.show_saved)
        workspace.changed.connect(lambda: self.show_saved(""))
        workspace.back_requested.connect(self.show_list)
        self._wire_tab_shortcuts(workspace)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.memory.restore_splitters()
        # One owner per shortcut: two actions with Ctrl+Z in reach are ambiguous and neither
        # fires, so the hosted page's actions give theirs up to the window's Edit menu.
        workspace.checklist.undo_action.setShortcuts([])
        workspace.checklist.redo_action.setShortcuts([])
        self._wire_undo(workspace.checklist.undo_stack())
        self.setWindowTitle(window_title(workspace.facility_name()))
        # After a dialog closes, some desktops (or none, under Xvfb) leave no window with
        # the keyboard: take it back so the assessor can rate at once.
        self.activateWindow()
        workspace.checklist.setFocus()
        self.update_actions()

    def _wire_tab_shortcuts(self, workspace: VisitWorkspace) -> None:
        """Ctrl+1, Ctrl+2, ... switch the open visit's tabs."""
        for i in range(TAB_SHORTCUT_COUNT):
            QShortcut(
                QKeySequence(f"Ctrl+{i + 1}"),
                workspace,
                lambda i=i: workspace.go_to_tab(i),
            ).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def current_visit_id(self) -> str | None:
        return self.workspace.visit_id if self.workspace else None

    def update_actions(self, *_: object) -> None:
        ready = self.has_services()
        in_visit = self.workspace is not None
        for action in (self.action_new, self.action_import, self.action_user_name):
            action.setEnabled(ready)
        self.action_close_visit.setEnabled(in_visit)
        self.action_add_photo.setEnabled(in_visit)
        self.action_case_review.setEnabled(in_visit)
        self.action_report.setEnabled(in_visit)
        self.action_request_letter.setEnabled(in_visit)
        self.action_export_form.setEnabled(in_visit)
        self.action_import_form.setEnabled(in_visit)
        self.action_open.setEnabled(not in_visit and self.list_page.selected() is not None)
        self.action_delete.setEnabled(in_visit or self.list_page.selected() is not None)
        can_export = self.bundles.export_target() is not None
        self.action_export.setEnabled(can_export)
        self.action_export_invitation.setEnabled(can_export)
        self.action_export_sealed.setEnabled(can_export)

    # -- commands ---------------------------------------------------------------------------

    def new_visit(self) -> None:
        from assessor_app.ui.new_visit_dialog import NewVisitDialog

        dialog = NewVisitDialog(self.services, self)
        if exec_dialog(dialog) and dialog.created_visit_id:
            self.list_page.refresh(select_id=dialog.created_visit_id)
            self.open_visit(dialog.created_visit_id)
            self.show_saved(self.tr("Visit created"))

    def open_selected(self) -> None:
        self.list_page.open_selected()

    def delete_visit(self) -> None:
        if self.workspace is not None and self.workspace.detail is not None:
            visit_id, name = self.workspace.visit_id, self.workspace.facility_name()
            self.show_list()
            if not self.list_page.delete_visit(visit_id, name):
                self.open_visit(visit_id)  # answered No: back where the user was
        else:
            self.list_page.delete_selected()
        self.update_actions()

    def export_visit(self, invitation: bool = False) -> None:
        self.bundles.export_visit(invitation=invitation)

    def import_bundle(self) -> None:
        """Ask for a bundle file and import it."""
        self.bundles.import_bundles([None])

    def import_bundles(self, paths: list[Path]) -> None:
        """Import these bundle files one after the other (never two imports at once)."""
        self.bundles.import_bundles(list(paths))

    def handle_dropped_files(self, paths: list[Path]) -> None:
        self.bundles.handle_dropped_files(paths)

    def _focus_search(self) -> None:
        self.list_page.search.setFocus()
        self.list_page.search.selectAll()

    def ask_user_name(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from assessor_app.domain.errors import AppError
        from assessor_app.ui.formatting import message_of

        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Your name, as recorded with every change you make:"),
            text=self.services.user.name or "",
        )
        if ok:
            try:
                self.services.user.set_name(name)
            except AppError as exc:
                QMessageBox.warning(self, self.tr("Your name"), plain(message_of(exc)))
                return
            self.show_saved(self.tr("Your name is now {name}").format(name=self.services.user.name))

    def export_application_form(self) -> None:
        """The facility's application form for the open visit, as an Excel workbook."""
        from assessor_app.ui.application_form import export_application_form

        if self.workspace is not None:
            path = export_application_form(self, self.services, self.workspace.visit_id)
            if path is not None:
                self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 8000)

    def import_application_form(self) -> None:
        """Read the facility's filled-in form (and its documents) into the open visit."""
        from assessor_app.ui.application_form import import_application_form

        if self.workspace is not None:
            workspace = self.workspace
            workspace.checklist.flush()
            import_application_form(
                self, self.services, workspace.visit_id, workspace.after_form_import
            )

    def write_request_letter(self) -> None:
        if self.workspace is not None:
            from assessor_app.ui.request_letter_flow import write_request_letter

            write_request_letter(self, self.services, self.runner, self.workspace.visit_id)

    def show_report(self) -> None:
        if self.workspace is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.report)

    def show_case_review(self) -> None:
        if self.workspace is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.case_review)

    def add_photo(self) -> None:
        if self.workspace is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.checklist)
            self.workspace.checklist.add_photo()

    # -- undo -------------------------------------------------------------------------------

    def _wire_undo(self, stack: QUndoStack | None) -> None:
        if self._undo_stack is not None:
            try:
                self._undo_stack.canUndoChanged.disconnect(self.action_undo.setEnabled)
                self._undo_stack.canRedoChanged.disconnect(self.action_redo.setEnabled)
            except (RuntimeError, TypeError):
                pass  # the stack went away with its page
        self._undo_stack = stack
        self.action_undo.setEnabled(bool(stack and stack.canUndo()))
        self.action_redo.setEnabled(bool(stack and stack.canRedo()))
        if stack is not None:
            stack.canUndoChanged.connect(self.action_undo.setEnabled)
            stack.canRedoChanged.connect(self.action_redo.setEnabled)

    def undo(self) -> None:
        # Through the page's own action: it saves pending typing first, so undo takes back
        # the latest edit.
        if self.workspace is not None:
            self.workspace.checklist.undo_action.trigger()

    def redo(self) -> None:
        if self.workspace is not None:
            self.workspace.checklist.redo_action.trigger()

    # -- status and help --------------------------------------------------------------------

    def show_saved(self, message: str = "") -> None:
        """Status bar: the save state with the time, and the last save's message for a while."""
        stamp = datetime.now().strftime("%H:%M:%S")
        self.save_state.setText(self.tr("All changes saved · {time}").format(time=stamp))
        if message:
            self.statusBar().showMessage(message, 5000)

    def show_shortcuts(self) -> None:
        from assessor_app.ui.shortcuts_dialog import ShortcutsDialog

        exec_dialog(ShortcutsDialog(self))

    def show_about(self) -> None:
        from assessor_app.domain.template import ChecklistTemplate
        from assessor_app.ui.about_dialog import AboutDialog

        template: ChecklistTemplate | None
        if self.workspace is not None and self.workspace.detail is not None:
            template = self.workspace.detail.template
        else:
            try:
                template = self.services.templates.default()
            except Exception as exc:  # the About box must open even with a broken library
                log.warning("no default template for the About box: %s", exc)
                template = None
        exec_dialog(AboutDialog(self.services.paths, template, self))

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Until the database is open there is nowhere to import into.
        if self.has_services() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.has_services():
            event.acceptProposedAction()
            self.handle_dropped_files(files)

    # -- closing ----------------------------------------------------------------------------

    def save_window_state(self) -> None:
        self.memory.save_window_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A field still being edited saves on focus out: make that happen before closing.
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.save_window_state()
        super().closeEvent(event)
