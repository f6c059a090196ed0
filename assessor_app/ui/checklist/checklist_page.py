"""The checklist page: navigator beside the editor of the selected requirement.

Every edit is saved at once through the services, as an undoable command, and announced
with ``saved`` (a message) and ``changed`` (so the window refreshes its summary).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QHideEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QWidget,
)

from assessor_app.domain import ids
from assessor_app.domain.errors import AppError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import SelfAssessment
from assessor_app.domain.sync_types import ConflictInfo
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.visit import (
    ActionStatus,
    Attachment,
    CorrectiveAction,
    Finding,
    Severity,
)
from assessor_app.services.container import Services
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui import folders
from assessor_app.ui.background import BackgroundRunner, ProgressFn
from assessor_app.ui.checklist.action_dialog import ActionDialog, ActionValues
from assessor_app.ui.checklist.commands import CallbackCommand, FindingCommand
from assessor_app.ui.checklist.history_dialog import HistoryDialog
from assessor_app.ui.checklist.navigator import Navigator
from assessor_app.ui.checklist.requirement_editor import RequirementEditor
from assessor_app.ui.checklist.review_notes import notice_text, rating_conflict, values_text
from assessor_app.ui.checklist.status import RATING_KEYS, rating_label
from assessor_app.ui.checklist.thumbnails import ThumbnailCache
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import plain
from assessor_app.ui.pyside_none_workaround import protect_none

PHOTO_FILTER = "*.jpg *.jpeg *.png"
DOCUMENT_FILTER = "*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.csv *.ppt *.pptx"


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
    ) -> None:
        protect_none()  # PySide6 6.12 on Python 3.11; see the module (the app should call it)
        super().__init__(parent)
        self.setObjectName("checklistPage")
        self._services = services
        self._visit_id = visit_id
        self._runner = runner
        self._template: ChecklistTemplate | None = None
        self._findings: dict[str, Finding] = {}
        self._attachments: dict[str, list[Attachment]] = {}
        self._actions: dict[str, list[CorrectiveAction]] = {}
        self._conflicts: dict[str, list[ConflictInfo]] = {}  # open ones, by requirement
        self._standard_titles: dict[int, str] = {}
        self._claims: dict[str, SelfAssessment] = {}  # the facility's application form
        # An undone removal re-creates an action under a new id; older commands follow it.
        self._action_alias: dict[str, str] = {}
        self._temp_dir = QTemporaryDir()
        self._stack = QUndoStack(self)

        self.thumbnails = ThumbnailCache(services.attachments.thumbnail, runner, self)
        self.navigator = Navigator(self)
        self.editor = RequirementEditor(self.thumbnails, self)
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
        self.refresh(detail)

    # -- the interface the main window uses --------------------------------------------------
    def select_requirement(self, key: str) -> None:
        self.navigator.select_key(key)

    def current_key(self) -> str:
        return self.editor.current_key

    def refresh_conflict_marks(self, open_conflicts: list[ConflictInfo] | None = None) -> None:
        """The "needs review" marks of the navigator and the editor's notice, from the open
        conflicts when the caller has them (the workspace's Needs review list) or read."""
        if open_conflicts is None:
            open_conflicts = self._services.sync.conflicts(self._visit_id)
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
        """Reload everything from the services (opening, or after an import); a ``detail``
        just read by the caller saves reading the visit twice."""
        self.flush()
        if detail is None:
            detail = self._services.outcome.detail(self._visit_id)
        self._template = detail.template
        self._findings = dict(detail.findings)
        self._attachments = {}
        for attachment in detail.attachments:
            self._attachments.setdefault(attachment.requirement_key, []).append(attachment)
        self._actions = {}
        for action in detail.actions:
            self._actions.setdefault(action.requirement_key, []).append(action)
        self._standard_titles = {st.number: st.title for st in detail.template.standards}
        current = self.editor.current_key
        self.navigator.model.set_checklist(detail.template, self._findings, self._open_keys())
        self.refresh_conflict_marks()
        self._claims = dict(self._services.self_assessment.account(self._visit_id).claims)
        self.navigator.model.set_facility_claims({k: c.status for k, c in self._claims.items()})
        self.navigator.tree.expandAll()
        keys = self.navigator.model.keys()
        if keys:
            target = current if current in self._findings or current in keys else keys[0]
            self.editor.current_key = ""  # force a full reload of the editor
            self.navigator._current_key = ""
            self.navigator.select_key(target)

    def undo_stack(self) -> QUndoStack:
        return self._stack

    def add_photo(self) -> None:
        self._pick_files(
            self.tr("Add photos"), self.tr("Photos ({patterns})"), PHOTO_FILTER, folders.PHOTOS
        )

    def add_document(self) -> None:
        self._pick_files(
            self.tr("Add documents"), self.tr("Documents ({patterns})"), DOCUMENT_FILTER
        )

    def flush(self) -> None:
        """Save text still waiting for its pause (before closing, switching, importing)."""
        self.editor.comment.flush()
        self.editor.justification.flush()

    # -- wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        e = self.editor
        self.navigator.current_changed.connect(self._show)
        self.navigator.search.returnPressed.connect(self._search_go)
        e.rating_bar.chosen.connect(lambda rating: self._rate(rating, advance=False))
        e.comment.committed.connect(lambda key, text: self._set_text(key, "comment", text))
        e.justification.committed.connect(
            lambda key, text: self._set_text(key, "justification", text)
        )
        e.evidence_toggled.connect(self._set_evidence)
        e.files_dropped.connect(self._attach)
        e.history_button.clicked.connect(self._show_history)
        e.review_requested.connect(self.review_requested)
        e.attachments.add_photo_requested.connect(self.add_photo)
        e.attachments.add_document_requested.connect(self.add_document)
        e.attachments.open_requested.connect(self._open_attachment)
        e.attachments.remove_requested.connect(self._remove_attachment)
        e.actions_panel.add_requested.connect(self._add_action)
        e.actions_panel.edit_requested.connect(self._edit_action)
        e.actions_panel.close_requested.connect(self._close_action)
        e.actions_panel.remove_requested.connect(self._remove_action)
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
            shortcut(sequence, lambda: self._step(1))
        for sequence in ("Alt+Up", "Ctrl+Up"):
            shortcut(sequence, lambda: self._step(-1))
        # Single keys: text fields take them first (ShortcutOverride), so typing a "1" in
        # a comment types a 1.
        for rating, key in RATING_KEYS.items():
            shortcut(key, lambda r=rating: self._rate_by_key(r))
        shortcut("Delete", self._clear_rating)
        shortcut("Ctrl+F", self.navigator.focus_search)
        shortcut("Ctrl+Shift+P", self.add_photo)
        shortcut("Ctrl+Shift+A", self._add_action)
        shortcut("Ctrl+H", self._show_history)

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
        chain: list[QWidget] = [
            self.navigator.search,
            self.navigator.filter_box,
            self.navigator.tree,
            # Top to bottom as the editor shows them. When a button is disabled under the
            # focus (Close on a closed action), Qt moves focus to the next one and the
            # scroll area scrolls to it: the next must not be the History button at the top.
            e.history_button,
            e.review_button,  # skipped while hidden
        ]
        chain += list(e.rating_bar.buttons.values())
        chain += [e.advance, e.justification, e.comment, e.attachments.list,
                  e.attachments.add_photo, e.attachments.add_document, e.actions_panel.tree,
                  e.actions_panel.add_button, e.actions_panel.edit_button,
                  e.actions_panel.close_button, e.actions_panel.remove_button]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing -----------------------------------------------------------------------------
    def _show(self, key: str) -> None:
        if self._template is None:
            return
        requirement = self._template.requirement(key)
        self.editor.show_requirement(
            requirement,
            self._standard_titles.get(requirement.standard, ""),
            self._findings.get(key),
            self._attachments.get(key, []),
            self._actions.get(key, []),
        )
        self.editor.show_facility_claim(self._claims.get(key))
        self.editor.show_review_notice(notice_text(self._conflicts.get(key, [])))

    def _step(self, step: int) -> None:
        target = self.navigator.neighbour(step)
        if target is not None:
            self.navigator.select_key(target)

    def _search_go(self) -> None:
        keys = self.navigator.visible_keys()
        if keys:
            if self.editor.current_key not in keys:
                self.navigator.select_key(keys[0])
            self.navigator.tree.setFocus()

    def _open_keys(self) -> set[str]:
        return {
            key
            for key, actions in self._actions.items()
            if any(a.status is ActionStatus.OPEN for a in actions)
        }

    def _announce(self, message: str) -> None:
        self.saved.emit(message)
        self.changed.emit()

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            message = message_of(exc)
        else:  # unexpected: the window's error handler logs it; the assessor gets a line
            message = self.tr("Could not save: {error}").format(error=exc)
        self.editor.show_error(message)

    # -- finding edits -----------------------------------------------------------------------
    def _rate_by_key(self, rating: Rating) -> None:
        if self._focus_in_text():
            return
        self._rate(rating, advance=self.editor.advance.isChecked())

    def _clear_rating(self) -> None:
        # Delete on a selected photo or action means that one (asked first), not the rating.
        focused = QApplication.focusWidget()
        attachment = self.editor.attachments.current_id()
        action = self.editor.actions_panel.current_id()
        if focused is self.editor.attachments.list and attachment is not None:
            self._remove_attachment(attachment)
        elif focused is self.editor.actions_panel.tree and action is not None:
            self._remove_action(action)
        elif not self._focus_in_text():
            self._rate(None, advance=False)

    def _focus_in_text(self) -> bool:
        return isinstance(QApplication.focusWidget(), QLineEdit | QPlainTextEdit)

    def _rate(self, rating: Rating | None, *, advance: bool) -> None:
        key = self.editor.current_key
        if not key:
            return
        old = self._findings[key].rating if key in self._findings else None
        conflict = rating_conflict(self._conflicts.get(key, []))
        if conflict is not None and not self._confirm_decision(key, conflict, rating):
            self.editor.show_rating(old)  # a click already lit the button: put it back
            return
        # With a conflict open, keeping the rating shown is a decision too.
        if rating is not old or conflict is not None:
            text = self.tr("rate {key} {rating}").format(key=key, rating=rating_label(rating))
            self._stack.push(FindingCommand(self._apply_finding, key, "rating", old, rating, text))
        if rating is Rating.NA and not self.editor.justification.toPlainText().strip():
            # Not applicable needs its reason: stay here and ask for it.
            self.editor.justification.setFocus()
            return
        if advance:
            self._step(1)

    def _confirm_decision(self, key: str, conflict: ConflictInfo, rating: Rating | None) -> bool:
        """One key decides between two assessors' ratings: ask first."""
        answer = QMessageBox.question(
            self,
            self.tr("Decide the rating of {key}").format(key=key),
            plain(
                self.tr(
                    "The assessors rated {key} differently: {values}.\n\n"
                    "Rate it {rating} for both of them? The conflict closes on every laptop "
                    "this change reaches; Undo changes the rating back but does not reopen it."
                ).format(key=key, values=values_text(conflict), rating=rating_label(rating))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_text(self, key: str, field: str, text: str) -> None:
        finding = self._findings.get(key)
        old = getattr(finding, field) if finding else ""
        if old == text:
            return
        label = (
            self.tr("edit comment of {key}")
            if field == "comment"
            else self.tr("edit justification of {key}")
        )
        self._stack.push(
            FindingCommand(self._apply_finding, key, field, old, text, label.format(key=key))
        )

    def _set_evidence(self, key: str, evidence_key: str, seen: bool) -> None:
        text = self.tr("tick evidence of {key}") if seen else self.tr("untick evidence of {key}")
        self._stack.push(
            FindingCommand(
                self._apply_finding, key, f"evidence:{evidence_key}", not seen, seen,
                text.format(key=key),
            )
        )  # fmt: skip

    def _apply_finding(self, key: str, field: str, value: Any, *, reveal: bool) -> bool:
        """Save one field of one finding; used by commands for do, undo and redo."""
        findings = self._services.findings
        finding = self._findings[key]
        try:
            if field == "rating":
                findings.rate(self._visit_id, key, value)
                finding = replace(finding, rating=value)
                message = self.tr("Saved rating of {key}")
            elif field == "comment":
                findings.set_comment(self._visit_id, key, value)
                finding = replace(finding, comment=value)
                message = self.tr("Saved comment on {key}")
            elif field == "justification":
                findings.set_justification(self._visit_id, key, value)
                finding = replace(finding, justification=value)
                message = self.tr("Saved justification of {key}")
            else:
                evidence_key = field.removeprefix("evidence:")
                findings.set_evidence(self._visit_id, key, evidence_key, value)
                seen = set(finding.evidence_seen)
                if value:
                    seen.add(evidence_key)
                else:
                    seen.discard(evidence_key)
                finding = replace(finding, evidence_seen=frozenset(seen))
                message = self.tr("Saved evidence of {key}")
        except AppError as exc:
            self._fail(exc)
            return False
        self._findings[key] = finding
        self.navigator.model.update_finding(finding)
        if reveal and self.editor.current_key != key:
            self.navigator.select_key(key)  # undo shows what it changed
        elif self.editor.current_key == key:
            self._sync_editor(finding, field)
        self._announce(message.format(key=key))
        return True

    def _sync_editor(self, finding: Finding, field: str) -> None:
        e = self.editor
        if field == "comment":
            e.comment.set_saved(finding.comment)
        elif field == "justification":
            e.justification.set_saved(finding.justification)
            e.show_rating(finding.rating)
        elif field == "rating":
            e.show_rating(finding.rating)
        else:
            e.show_evidence_seen(finding.evidence_seen)

    # -- history -----------------------------------------------------------------------------
    def _show_history(self) -> None:
        key = self.editor.current_key
        if not key:
            return
        self.flush()
        changes = self._services.findings.history(self._visit_id, key)
        # What each changed record is, in words: evidence ids are derived, so they can be
        # named from the template; attachments and actions by file name and description.
        names: dict[str, str] = {}
        if self._template is not None:
            for item in self._template.requirement(key).evidence:
                names[ids.evidence_id(self._visit_id, key, item.key)] = item.text
        for attachment in self._attachments.get(key, []):
            names[attachment.id] = attachment.filename
        for action in self._actions.get(key, []):
            names[action.id] = action.description
        dialog = HistoryDialog(key, changes, self, names=names)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- attachments -------------------------------------------------------------------------
    def _pick_files(
        self, title: str, label: str, patterns: str, kind: str = folders.DOCUMENTS
    ) -> None:
        if not self.editor.current_key:
            return
        filters = ";;".join([label.format(patterns=patterns), self.tr("All files (*)")])
        paths, _ = QFileDialog.getOpenFileNames(self, title, folders.start_in(kind), filters)
        if paths:
            folders.remember(kind, paths)
            self._attach([Path(p) for p in paths])

    def _attach(self, paths: list[Path]) -> None:
        """Store files off the GUI thread (photos are re-encoded without EXIF)."""
        key = self.editor.current_key
        if not key or not paths:
            return
        attachments = self._services.attachments
        visit_id = self._visit_id

        def work(progress: ProgressFn, cancel: threading.Event) -> tuple[int, list[str]]:
            added, errors = 0, []
            for done, path in enumerate(paths):
                if cancel.is_set():
                    break
                try:
                    attachments.add(visit_id, key, path)
                    added += 1
                except AppError as exc:
                    errors.append(message_of(exc))
                progress(done + 1, len(paths))
            return added, errors

        def done(result: tuple[int, list[str]]) -> None:
            added, errors = result
            self._reload_attachments(key)
            if errors:
                self.editor.show_error("\n".join(errors))
            if added:
                self._announce(self.tr("Attached %n file(s) to {key}", "", added).format(key=key))

        self._runner.run(
            work, done, self._fail, label=self.tr("Adding attachments…"), cancellable=True,
            owner=self,
        )  # fmt: skip

    def _reload_attachments(self, key: str) -> None:
        self._attachments[key] = self._services.attachments.list(self._visit_id, key)
        if self.editor.current_key == key:
            self.editor.attachments.show_attachments(self._attachments[key])

    def _attachment(self, attachment_id: str) -> Attachment | None:
        for attachment in self._attachments.get(self.editor.current_key, []):
            if attachment.id == attachment_id:
                return attachment
        return None

    def _open_attachment(self, attachment_id: str) -> None:
        attachment = self._attachment(attachment_id)
        if attachment is None or not self._temp_dir.isValid():
            return
        name = Path(attachment.filename).name or attachment.sha256
        target = Path(self._temp_dir.path()) / attachment.sha256[:12] / name
        try:
            self._services.attachments.export_copy(attachment, target)
        except OSError as exc:
            self._fail(exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _remove_attachment(self, attachment_id: str) -> None:
        attachment = self._attachment(attachment_id)
        if attachment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            plain(
                self.tr("Remove {name} from {key}?").format(
                    name=attachment.caption or attachment.filename, key=attachment.requirement_key
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.attachments.remove(attachment_id)
        except AppError as exc:
            self._fail(exc)
            return
        self._reload_attachments(attachment.requirement_key)
        self._announce(
            self.tr("Removed an attachment from {key}").format(key=attachment.requirement_key)
        )

    # -- corrective actions ------------------------------------------------------------------
    def _find_action(self, action_id: str) -> CorrectiveAction | None:
        for action in self._actions.get(self.editor.current_key, []):
            if action.id == action_id:
                return action
        return None

    def _resolve(self, action_id: str) -> str:
        while action_id in self._action_alias:
            action_id = self._action_alias[action_id]
        return action_id

    def _reload_actions(self, key: str) -> None:
        self._actions[key] = self._services.actions.list(self._visit_id, key)
        open_ = any(a.status is ActionStatus.OPEN for a in self._actions[key])
        self.navigator.model.set_open_actions(key, open_)
        if self.editor.current_key == key:
            self.editor.actions_panel.show_actions(self._actions[key])

    def _action_step(self, key: str, message: str, step: Any) -> bool:
        """Run one service call on actions; reload, announce, and reveal the requirement."""
        try:
            step()
        except AppError as exc:
            self._fail(exc)
            return False
        self._reload_actions(key)
        if self.editor.current_key != key:
            self.navigator.select_key(key)
        self._announce(message.format(key=key))
        return True

    def _add_action(self) -> None:
        key = self.editor.current_key
        if not key or self._template is None:
            return
        core = self._template.requirement(key).core
        dialog = ActionDialog(key, None, Severity.MAJOR if core else Severity.MINOR, self)
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        created: dict[str, str] = {}

        def do() -> bool:
            def add() -> None:
                action = self._services.actions.add(
                    self._visit_id, key, values.description, values.severity,
                    values.owner, values.due_date,
                )  # fmt: skip
                if "id" in created:  # redo after undo: a new record, older commands follow
                    self._action_alias[created["id"]] = action.id
                created["id"] = action.id

            return self._action_step(key, self.tr("Added a corrective action to {key}"), add)

        def undo() -> bool:
            return self._action_step(
                key,
                self.tr("Removed a corrective action from {key}"),
                lambda: self._services.actions.remove(self._resolve(created["id"])),
            )

        self._stack.push(CallbackCommand(self.tr("add action to {key}").format(key=key), do, undo))

    def _edit_action(self, action_id: str) -> None:
        action = self._find_action(action_id)
        if action is None:
            return
        dialog = ActionDialog(action.requirement_key, action, action.severity, self)
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        old = ActionValues(action.description, action.severity, action.owner, action.due_date)
        if new == old:
            return
        self._push_action_update(action, old, new, self.tr("edit action of {key}"))

    def _close_action(self, action_id: str) -> None:
        action = self._find_action(action_id)
        if action is None or action.status is not ActionStatus.OPEN:
            return
        key, ident = action.requirement_key, action.id

        def set_status(status: ActionStatus) -> bool:
            return self._action_step(
                key,
                self.tr("Saved corrective action of {key}"),
                lambda: self._services.actions.update(self._resolve(ident), "status", status),
            )

        self._stack.push(
            CallbackCommand(
                self.tr("close action of {key}").format(key=key),
                lambda: set_status(ActionStatus.CLOSED),
                lambda: set_status(ActionStatus.OPEN),
            )
        )

    def _push_action_update(
        self, action: CorrectiveAction, old: ActionValues, new: ActionValues, label: str
    ) -> None:
        key, ident = action.requirement_key, action.id

        def apply(values: ActionValues, before: ActionValues) -> bool:
            def update() -> None:
                target = self._resolve(ident)
                for field in ("description", "severity", "owner", "due_date"):
                    if getattr(values, field) != getattr(before, field):
                        self._services.actions.update(target, field, getattr(values, field))

            return self._action_step(key, self.tr("Saved corrective action of {key}"), update)

        self._stack.push(
            CallbackCommand(label.format(key=key), lambda: apply(new, old), lambda: apply(old, new))
        )

    def _remove_action(self, action_id: str) -> None:
        action = self._find_action(action_id)
        if action is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove corrective action"),
            plain(
                self.tr("Remove this corrective action from {key}?\n\n{text}").format(
                    key=action.requirement_key, text=action.description
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        key, ident = action.requirement_key, action.id

        def remove() -> bool:
            return self._action_step(
                key,
                self.tr("Removed a corrective action from {key}"),
                lambda: self._services.actions.remove(self._resolve(ident)),
            )

        def restore() -> bool:
            def add_again() -> None:
                again = self._services.actions.add(
                    self._visit_id, key, action.description, action.severity,
                    action.owner, action.due_date,
                )  # fmt: skip
                if action.status is not ActionStatus.OPEN:
                    self._services.actions.update(again.id, "status", action.status)
                self._action_alias[self._resolve(ident)] = again.id

            return self._action_step(
                key, self.tr("Restored a corrective action of {key}"), add_again
            )

        self._stack.push(
            CallbackCommand(self.tr("remove action of {key}").format(key=key), remove, restore)
        )

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
