"""The main window: the visit list and an open visit in one stack, menus, status bar.

Window geometry, toolbar state and every named splitter are remembered in an ini file in the
app's config dir (never the user's global Qt settings), so a portable data dir stays whole.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from assessor_app.domain.errors import AppError
from assessor_app.domain.sync_types import ImportResult
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.services.container import Services
from assessor_app.ui.about_dialog import AboutDialog
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.formatting import message_of
from assessor_app.ui.look import icon
from assessor_app.ui.new_visit_dialog import NewVisitDialog
from assessor_app.ui.plain_text import PlainLabel, plain, window_title
from assessor_app.ui.shortcuts_dialog import ShortcutsDialog
from assessor_app.ui.sync.export_signing import choose_signing
from assessor_app.ui.sync.sync_flows import export_visit_flow, import_bundle_flow, is_bundle_path
from assessor_app.ui.visit_list_page import VisitListPage
from assessor_app.ui.visit_workspace import VisitWorkspace

log = logging.getLogger(__name__)

SETTINGS_FILE = "gui.ini"
DEFAULT_SIZE = (1280, 800)


def gui_settings(config_dir: Path) -> QSettings:
    """The GUI's own settings file in the app's config dir."""
    return QSettings(str(config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.services = services
        self.runner = runner or BackgroundRunner(self)
        self.settings = gui_settings(services.paths.config_dir)
        self.workspace: VisitWorkspace | None = None
        self._undo_stack: QUndoStack | None = None
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)

        self.list_page = VisitListPage(services, self.runner, self)
        self.list_page.open_requested.connect(self.open_visit)
        self.list_page.new_requested.connect(self.new_visit)
        self.list_page.deleted.connect(lambda _id: self.show_saved(self.tr("Visit deleted")))
        self.list_page.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("main_stack")
        self.stack.addWidget(self.list_page)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._build_list_shortcuts()
        self._restore_window()
        self._show_list()

    # -- building ---------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: object | None = None,
        shortcut: QKeySequence | str | None = None,
        icon_name: str | None = None,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        return action

    def _build_actions(self) -> None:
        seq = QKeySequence.StandardKey
        self.action_new = self._action(
            "action_new", self.tr("&New visit…"), self.new_visit, QKeySequence(seq.New), "new"
        )
        self.action_open = self._action(
            "action_open", self.tr("&Open visit"), self.open_selected, QKeySequence(seq.Open)
        )
        self.action_open.setIcon(icon("open"))
        self.action_import = self._action(
            "action_import", self.tr("&Import bundle…"), self.import_bundle, "Ctrl+I", "import"
        )
        self.action_import.setToolTip(
            self.tr("Import a bundle from another assessor (or drop it on the window)")
        )
        self.action_export = self._action(
            "action_export", self.tr("&Export visit…"), self.export_visit, "Ctrl+E", "export",
            enabled=False,
        )  # fmt: skip
        self.action_export.setToolTip(self.tr("Export this visit as a bundle"))
        self.action_export_invitation = self._action(
            "action_export_invitation", self.tr("Export in&vitation for co-assessor…"),
            lambda: self.export_visit(invitation=True), enabled=False,
        )  # fmt: skip
        self.action_export_invitation.setToolTip(
            self.tr("Export this visit so the co-assessor works on the same visit")
        )
        self.action_export_form = self._action(
            "action_export_form", self.tr("Export application &form…"),
            self.export_application_form, enabled=False,
        )  # fmt: skip
        self.action_import_form = self._action(
            "action_import_form", self.tr("Import application fo&rm…"),
            self.import_application_form, enabled=False,
        )  # fmt: skip
        self.action_delete = self._action(
            "action_delete", self.tr("&Delete visit…"), self.delete_visit, icon_name="delete"
        )
        self.action_close_visit = self._action(
            "action_close_visit", self.tr("&Close visit"), self._show_list, "Ctrl+W", "back"
        )
        self.action_quit = self._action(
            "action_quit", self.tr("&Quit"), self.close, QKeySequence(seq.Quit)
        )
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.action_undo = self._action(
            "action_undo", self.tr("&Undo"), self._undo, "Ctrl+Z", "undo", enabled=False
        )
        self.action_redo = self._action(
            "action_redo", self.tr("&Redo"), self._redo, None, "redo", enabled=False
        )
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        self.action_user_name = self._action(
            "action_user_name", self.tr("Your &name…"), self.ask_user_name
        )
        self.action_user_name.setToolTip(self.tr("The name recorded with every change you make"))

        self.action_add_photo = self._action(
            "action_add_photo", self.tr("Add &photo…") + "\tCtrl+Shift+P", self._add_photo,
            icon_name="photo",
        )  # fmt: skip
        self.action_report = self._action(
            "action_report", self.tr("&Report…"), self._show_report, icon_name="report",
            enabled=False,
        )  # fmt: skip
        self.action_report.setToolTip(self.tr("The signed report"))
        self.action_case_review = self._action(
            "action_case_review", self.tr("&Case review"), self._show_case_review,
            icon_name="case-review", enabled=False,
        )  # fmt: skip
        self.action_case_review.setToolTip(self.tr("Internal case review of 30 files"))

        self.action_shortcuts = self._action(
            "action_shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", "help"
        )
        self.action_about = self._action(
            "action_about", self.tr("&About IASIOS Assessor"), self.show_about, icon_name="about"
        )
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_file")
        for a in (self.action_new, self.action_open, self.action_close_visit):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_export)
        file_menu.addAction(self.action_export_invitation)
        file_menu.addSeparator()
        file_menu.addAction(self.action_export_form)
        file_menu.addAction(self.action_import_form)
        file_menu.addSeparator()
        file_menu.addAction(self.action_delete)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu_edit")
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_user_name)
        visit_menu = bar.addMenu(self.tr("&Visit"))
        visit_menu.setObjectName("menu_visit")
        visit_menu.addAction(self.action_add_photo)
        visit_menu.addSeparator()
        visit_menu.addAction(self.action_case_review)
        visit_menu.addAction(self.action_report)
        self.menu_visit = visit_menu
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")  # needed for saveState
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.action_new, self.action_open, self.action_import, self.action_export):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.action_report)
        toolbar.addSeparator()
        toolbar.addAction(self.action_undo)
        toolbar.addAction(self.action_redo)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        self.save_state = PlainLabel(self.tr("Every change is saved as you make it"), self)
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

    def _show_list(self) -> None:
        if self.workspace is not None:
            self._close_workspace()
        self.list_page.refresh()
        self.stack.setCurrentWidget(self.list_page)
        self.setWindowTitle("")
        self.list_page.table.setFocus()
        self._update_actions()

    def _close_workspace(self) -> None:
        assert self.workspace is not None
        self._save_splitters()
        self._wire_undo(None)
        old = self.workspace
        self.workspace = None
        self.stack.removeWidget(old)
        old.deleteLater()

    def open_visit(self, visit_id: str) -> None:
        if self.workspace is not None:
            self._close_workspace()
        workspace = VisitWorkspace(self.services, visit_id, self.runner, self)
        workspace.saved.connect(self.show_saved)
        workspace.changed.connect(lambda: self.show_saved(""))
        workspace.back_requested.connect(self._show_list)
        for i in range(3):
            QShortcut(
                QKeySequence(f"Ctrl+{i + 1}"),
                workspace,
                lambda i=i: workspace.tabs.setCurrentIndex(i),
            ).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self._restore_splitters()
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
        self._update_actions()

    def current_visit_id(self) -> str | None:
        return self.workspace.visit_id if self.workspace else None

    def _update_actions(self, *_: object) -> None:
        in_visit = self.workspace is not None
        self.action_close_visit.setEnabled(in_visit)
        self.action_add_photo.setEnabled(in_visit)
        self.action_case_review.setEnabled(in_visit)
        self.action_report.setEnabled(in_visit)
        self.action_export_form.setEnabled(in_visit)
        self.action_import_form.setEnabled(in_visit)
        self.action_open.setEnabled(not in_visit and self.list_page.selected() is not None)
        self.action_delete.setEnabled(in_visit or self.list_page.selected() is not None)
        can_export = self._export_target() is not None
        self.action_export.setEnabled(can_export)
        self.action_export_invitation.setEnabled(can_export)

    # -- commands ---------------------------------------------------------------------------

    def new_visit(self) -> None:
        dialog = NewVisitDialog(self.services, self)
        if dialog.exec() and dialog.created_visit_id:
            self.list_page.refresh(select_id=dialog.created_visit_id)
            self.open_visit(dialog.created_visit_id)
            self.show_saved(self.tr("Visit created"))

    def open_selected(self) -> None:
        self.list_page.open_selected()

    def delete_visit(self) -> None:
        if self.workspace is not None and self.workspace.detail is not None:
            visit_id, name = self.workspace.visit_id, self.workspace.facility_name()
            self._show_list()
            if not self.list_page.delete_visit(visit_id, name):
                self.open_visit(visit_id)  # answered No: back where the user was
        else:
            self.list_page.delete_selected()
        self._update_actions()

    # -- sync -------------------------------------------------------------------------------

    def _export_target(self) -> str | None:
        """The open visit, else the one selected in the list."""
        if self.workspace is not None:
            return self.workspace.visit_id
        return self.list_page.selected_id()

    def export_visit(self, invitation: bool = False) -> None:
        """Export the open (or selected) visit as a bundle, signed if the assessor wants."""
        visit_id = self._export_target()
        if visit_id is None:
            return
        if self.workspace is not None:
            self.workspace.checklist.flush()  # text still waiting for its pause goes along
        signing = choose_signing(self, self.services)
        if signing is None:
            return
        export_visit_flow(
            self, self.services, self.runner, visit_id, invitation=invitation,
            identity_path=signing.identity_path, passphrase=signing.passphrase,
            on_exported=lambda result: self.statusBar().showMessage(
                self.tr("Exported to {path}").format(path=result.path), 8000
            ),
        )  # fmt: skip

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
                self, self.services, workspace.visit_id, workspace.checklist.refresh
            )

    def import_bundle(self) -> None:
        """Ask for a bundle file and import it."""
        self._import_next([None])

    def import_bundles(self, paths: list[Path]) -> None:
        """Import these bundle files one after the other (never two imports at once)."""
        self._import_next(list(paths))

    def _import_next(self, queue: list[Path | None]) -> None:
        if not queue:
            return
        path = queue.pop(0)
        if self.workspace is not None:
            self.workspace.checklist.flush()  # a pending comment is saved before the merge

        def imported(result: ImportResult) -> None:
            self._after_import(result)
            self._import_next(queue)

        import_bundle_flow(
            self, self.services, self.runner, None if path is None else str(path),
            on_imported=imported, on_failed=lambda _exc: self._import_next(queue),
        )  # fmt: skip

    def _after_import(self, result: ImportResult) -> None:
        if result.already_imported:
            return
        if self.workspace is not None:
            self.workspace.reload()
            self.setWindowTitle(window_title(self.workspace.facility_name()))
        select = result.visit_ids[0] if result.visit_ids and self.workspace is None else None
        self.list_page.refresh(select_id=select)
        self._update_actions()
        self.show_saved()  # the result itself was in the import's message

    def _focus_search(self) -> None:
        self.list_page.search.setFocus()
        self.list_page.search.selectAll()

    def ask_user_name(self) -> None:
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

    def _show_report(self) -> None:
        if self.workspace is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.report)

    def _show_case_review(self) -> None:
        if self.workspace is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.case_review)

    def _add_photo(self) -> None:
        if self.workspace is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.checklist)
            self.workspace.checklist.add_photo()

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

    def _undo(self) -> None:
        # Through the page's own action: it saves pending typing first, so undo takes back
        # the latest edit.
        if self.workspace is not None:
            self.workspace.checklist.undo_action.trigger()

    def _redo(self) -> None:
        if self.workspace is not None:
            self.workspace.checklist.redo_action.trigger()

    def show_saved(self, message: str = "") -> None:
        """Status bar: the save state with the time, and the last save's message for a while."""
        stamp = datetime.now().strftime("%H:%M:%S")
        self.save_state.setText(self.tr("All changes saved · {time}").format(time=stamp))
        if message:
            self.statusBar().showMessage(message, 5000)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        template: ChecklistTemplate | None
        if self.workspace is not None and self.workspace.detail is not None:
            template = self.workspace.detail.template
        else:
            try:
                template = self.services.templates.default()
            except Exception as exc:  # the About box must open even with a broken library
                log.warning("no default template for the About box: %s", exc)
                template = None
        AboutDialog(self.services.paths, template, self).exec()

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.handle_dropped_files(files)

    def handle_dropped_files(self, paths: list[Path]) -> None:
        """Files dropped on the window: bundles are imported, anything else is ignored."""
        log.info("files dropped on the window: %s", [str(p) for p in paths])
        bundles = [p for p in paths if is_bundle_path(str(p))]
        ignored = len(paths) - len(bundles)
        if ignored:
            self.statusBar().showMessage(
                self.tr(
                    "Only assessor bundles can be dropped here: %n file(s) ignored", "", ignored
                ),
                8000,
            )
        self.import_bundles(bundles)

    # -- remembering the window -------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self.settings.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        screen = QGuiApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def _save_splitters(self) -> None:
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())

    def _restore_splitters(self) -> None:
        for splitter in self.findChildren(QSplitter):
            state = self.settings.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self._save_splitters()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A field still being edited saves on focus out: make that happen before closing.
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.save_window_state()
        super().closeEvent(event)
