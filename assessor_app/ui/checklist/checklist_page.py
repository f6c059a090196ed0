"""The checklist page: navigator beside the editor of the selected requirement.

Layout, shortcuts and wiring live here; the edits live in their controllers (finding
edits, corrective actions, attachments). Every edit is saved at once through the
services, as an undoable command; what the service returns goes to the visit session,
the one in-memory copy of the visit, and ``saved`` (a message) and ``changed`` announce it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSplitter, QWidget

from assessor_app.domain import ids
from assessor_app.domain.errors import AppError
from assessor_app.domain.self_assessment import SelfAssessment
from assessor_app.domain.sync_types import ConflictInfo
from assessor_app.domain.visit import ActionStatus
from assessor_app.services.container import Services
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.action_edits import ActionEdits
from assessor_app.ui.checklist.attachment_edits import AttachmentEdits
from assessor_app.ui.checklist.finding_edits import FindingEdits, focus_in_text
from assessor_app.ui.checklist.history_dialog import HistoryDialog
from assessor_app.ui.checklist.navigator import Navigator
from assessor_app.ui.checklist.requests_controller import RequestsController
from assessor_app.ui.checklist.requirement_editor import RequirementEditor
from assessor_app.ui.checklist.review_notes import notice_text
from assessor_app.ui.checklist.status import RATING_KEYS
from assessor_app.ui.checklist.thumbnails import ThumbnailCache
from assessor_app.ui.formatting import message_of
from assessor_app.ui.pyside_none_workaround import protect_none
from assessor_app.ui.visit_session import VisitSession


class ChecklistPage(QWidget):
    changed = Signal()
    saved = Signal(str)
    review_requested = Signal()  # show the Needs review list

    def __init__(
        self,
        services: Services,
        visit_id: str,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        detail: VisitDetail | None = None,
        session: VisitSession | None = None,
    ) -> None:
        protect_none()  # PySide6 6.12 on Python 3.11; see the module (the app should call it)
        super().__init__(parent)
        self.setObjectName("checklistPage")
        self.services = services
        self.visit_id = visit_id
        self.runner = runner
        # The workspace shares its session with the header; alone (benchmarks) the page
        # keeps its own.
        self.session = session or VisitSession(services, visit_id, detail, self)
        self._conflicts: dict[str, list[ConflictInfo]] = {}  # open ones, by requirement
        self._standard_titles: dict[int, str] = {}
        self._claims: dict[str, SelfAssessment] = {}  # the facility's application form
        self._stack = QUndoStack(self)

        self.thumbnails = ThumbnailCache(services.attachments.thumbnail, runner, self)
        self.navigator = Navigator(self)
        self.editor = RequirementEditor(self.thumbnails, self)
        self.finding_edits = FindingEdits(self)
        self.action_edits = ActionEdits(self)
        self.attachment_edits = AttachmentEdits(self)
        self.requests = RequestsController(
            services, visit_id, self.editor.requests_panel, self.session, self
        )
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("checklistSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 640])
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self._wire()
        self._make_shortcuts()
        self._set_tab_order()
        self._show_session()

    # -- the interface the main window uses --------------------------------------------------
    def select_requirement(self, key: str) -> None:
        self.navigator.select_key(key)

    def current_key(self) -> str:
        return self.editor.current_key

    def conflicts_of(self, key: str) -> list[ConflictInfo]:
        return self._conflicts.get(key, [])

    def refresh_conflict_marks(self, open_conflicts: list[ConflictInfo] | None = None) -> None:
        """The "needs review" marks of the navigator and the editor's notice, from the open
        conflicts when the caller has them (the workspace's Needs review list) or read."""
        if open_conflicts is None:
            open_conflicts = self.services.sync.conflicts(self.visit_id)
        self._conflicts = {}
        for conflict in open_conflicts:
            if conflict.requirement_key:
                self._conflicts.setdefault(conflict.requirement_key, []).append(conflict)
        self.navigator.model.set_conflicts({k: len(v) for k, v in self._conflicts.items()})
        key = self.editor.current_key
        text = notice_text(self._conflicts.get(key, []))
        if not text and self.editor.review_notice.isVisible():
            # Just decided here (typing, a tick): say so instead of pulling the editor up
            # under the assessor's cursor; the notice goes with the next requirement.
            self.editor.show_review_notice(
                self.tr("Decided: the value shown now holds for both assessors."), decided=True
            )
            return
        self.editor.show_review_notice(text)

    def refresh(self, detail: VisitDetail | None = None) -> None:
        """Reload everything (opening, or after an import or a decision); a ``detail``
        just read by the caller saves reading the visit twice."""
        self.flush()
        self.session.reload(detail)  # the session's ``reloaded`` shows it again here

    def _show_session(self) -> None:
        session = self.session
        template = session.template
        self._standard_titles = {st.number: st.title for st in template.standards}
        self.requests.set_requests(session.evidence_requests)
        current = self.editor.current_key
        open_keys = {
            key for key, actions in session.actions.items()
            if any(a.status is ActionStatus.OPEN for a in actions)
        }  # fmt: skip
        self.navigator.model.set_checklist(template, session.findings, open_keys)
        self.refresh_conflict_marks()
        self._claims = dict(self.services.self_assessment.account(self.visit_id).claims)
        self.navigator.model.set_facility_claims({k: c.status for k, c in self._claims.items()})
        self.navigator.tree.expandAll()
        keys = self.navigator.model.keys()
        if keys:
            target = current if current in session.findings or current in keys else keys[0]
            self.editor.current_key = ""  # force a full reload of the editor
            self.navigator._current_key = ""
            self.navigator.select_key(target)

    def undo_stack(self) -> QUndoStack:
        return self._stack

    def add_photo(self) -> None:
        self.attachment_edits.add_photo()

    def add_document(self) -> None:
        self.attachment_edits.add_document()

    def flush(self) -> None:
        """Save text still waiting for its pause (before closing, switching, importing)."""
        self.editor.comment.flush()
        self.editor.justification.flush()

    # -- what the controllers use --------------------------------------------------------------
    def step(self, step: int) -> None:
        # Moving on from a text field leaves it: the next keys rate, not type into the next
        # requirement's comment.
        leave_text = focus_in_text()
        target = self.navigator.neighbour(step)
        if target is not None:
            self.navigator.select_key(target)
        if leave_text:
            self.navigator.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def announce(self, message: str) -> None:
        self.saved.emit(message)
        self.changed.emit()

    def fail(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            message = message_of(exc)
        else:  # unexpected: the window's error handler logs it; the assessor gets a line
            message = self.tr("Could not save: {error}").format(error=exc)
        self.editor.show_error(message)

    # -- wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        e, f = self.editor, self.finding_edits
        self.session.requirement_changed.connect(self._requirement_changed)
        self.session.reloaded.connect(self._show_session)
        self.navigator.current_changed.connect(self._show)
        self.navigator.search.returnPressed.connect(self._search_go)
        e.rating_bar.chosen.connect(lambda rating: f.rate(rating, advance=False))
        e.comment.committed.connect(lambda key, text: f.set_text(key, "comment", text))
        e.justification.committed.connect(lambda key, text: f.set_text(key, "justification", text))
        e.evidence_toggled.connect(f.set_evidence)
        e.files_dropped.connect(self.attachment_edits.attach)
        e.history_button.clicked.connect(self._show_history)
        e.review_requested.connect(self.review_requested)
        e.attachments.add_photo_requested.connect(self.add_photo)
        e.attachments.add_document_requested.connect(self.add_document)
        e.attachments.open_requested.connect(self.attachment_edits.open)
        e.attachments.remove_requested.connect(self.attachment_edits.remove)
        e.actions_panel.add_requested.connect(self.action_edits.add)
        e.actions_panel.edit_requested.connect(self.action_edits.edit)
        e.actions_panel.close_requested.connect(self.action_edits.close)
        e.actions_panel.remove_requested.connect(self.action_edits.remove)
        self.requests.saved.connect(self.saved)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def _make_shortcuts(self) -> None:
        def shortcut(sequence: QKeySequence | str, slot: Any) -> QShortcut:
            sc = QShortcut(QKeySequence(sequence), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            return sc

        for sequence in ("Alt+Down", "Ctrl+Down"):
            shortcut(sequence, lambda: self.step(1))
        for sequence in ("Alt+Up", "Ctrl+Up"):
            shortcut(sequence, lambda: self.step(-1))
        # Single keys: text fields take them first (ShortcutOverride), so typing a "1" in
        # a comment types a 1.
        for rating, key in RATING_KEYS.items():
            shortcut(key, lambda r=rating: self.finding_edits.rate_by_key(r))
        shortcut("Delete", self._clear_rating)
        shortcut("Ctrl+F", self.navigator.focus_search)
        shortcut("Ctrl+Shift+P", self.add_photo)
        shortcut("Ctrl+Shift+A", self.action_edits.add)
        shortcut("Ctrl+H", self._show_history)
        shortcut("Ctrl+M", self.editor.focus_comment)

        # Undo/redo as actions of this page; the window may put these same actions in its
        # Edit menu (two actions with one shortcut would be ambiguous and neither would fire).
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self._stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._stack.undoTextChanged.connect(
            lambda text: self.undo_action.setText(self.tr("&Undo {what}").format(what=text))
        )
        self._stack.redoTextChanged.connect(
            lambda text: self.redo_action.setText(self.tr("&Redo {what}").format(what=text))
        )

    def _set_tab_order(self) -> None:
        e = self.editor
        # One Tab from the list reaches the rating bar, then down the editor as it shows;
        # History and the review notice's button (top of the editor) follow the rating.
        # They must not follow the last button: when a button is disabled under the focus
        # (Close on a closed action), Qt moves focus to the next one and the scroll area
        # scrolls to it, up to the top.
        chain: list[QWidget] = [self.navigator.search, self.navigator.filter_box]
        chain += [self.navigator.tree, *e.rating_bar.buttons.values()]
        chain += [e.history_button, e.review_button,  # review: skipped while hidden
                  e.advance, e.justification, e.comment, e.attachments.list,
                  e.attachments.add_photo, e.attachments.add_document, e.actions_panel.tree,
                  e.actions_panel.add_button, e.actions_panel.edit_button,
                  e.actions_panel.close_button, e.actions_panel.remove_button]  # fmt: skip
        chain += e.requests_panel.widgets_in_tab_order()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing -----------------------------------------------------------------------------
    def _show(self, key: str) -> None:
        if not key:  # the filter hides every requirement
            self.editor.show_nothing()
            return
        session = self.session
        requirement = session.template.requirement(key)
        self.editor.show_requirement(
            requirement,
            self._standard_titles.get(requirement.standard, ""),
            session.findings.get(key),
            session.attachments.get(key, []),
            session.actions.get(key, []),
        )
        self.requests.show_key(key)
        self.editor.show_facility_claim(self._claims.get(key))
        self.editor.show_review_notice(notice_text(self._conflicts.get(key, [])))

    def _requirement_changed(self, key: str) -> None:
        """The session took an edit of this requirement: repaint its navigator row."""
        finding = self.session.findings.get(key)
        if finding is not None:
            self.navigator.model.update_finding(finding)

    def _search_go(self) -> None:
        keys = self.navigator.visible_keys()
        if keys:
            if self.editor.current_key not in keys:
                self.navigator.select_key(keys[0])
            self.navigator.tree.setFocus()

    def _clear_rating(self) -> None:
        # Delete on a selected photo or action means that one (asked first), not the rating.
        focused = QApplication.focusWidget()
        attachment = self.editor.attachments.current_id()
        action = self.editor.actions_panel.current_id()
        if focused is self.editor.attachments.list and attachment is not None:
            self.attachment_edits.remove(attachment)
        elif focused is self.editor.actions_panel.tree and action is not None:
            self.action_edits.remove(action)
        elif not focus_in_text():
            self.finding_edits.rate(None, advance=False)

    # -- history -----------------------------------------------------------------------------
    def _show_history(self) -> None:
        key = self.editor.current_key
        if not key:
            return
        self.flush()
        changes = self.services.findings.history(self.visit_id, key)
        # What each changed record is, in words: evidence ids are derived, so they can be
        # named from the template; attachments and actions by file name and description.
        names: dict[str, str] = {}
        for item in self.session.template.requirement(key).evidence:
            names[ids.evidence_id(self.visit_id, key, item.key)] = item.text
        for attachment in self.session.attachments.get(key, []):
            names[attachment.id] = attachment.filename
        for action in self.session.actions.get(key, []):
            names[action.id] = action.description
        dialog = HistoryDialog(key, changes, self, names=names)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- undo / redo, closing ----------------------------------------------------------------
    def _undo(self) -> None:
        self.flush()  # typed text becomes its own step first, so undo takes back the latest
        self._stack.undo()

    def _redo(self) -> None:
        self.flush()
        self._stack.redo()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # the window closing or switching pages hides us first
        super().hideEvent(event)
