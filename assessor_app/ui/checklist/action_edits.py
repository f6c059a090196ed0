"""Corrective actions of a requirement: add, edit, close and remove, each undoable.

Undo and redo bring back the same record: an undone removal restores the action under
its own id (``ActionService.restore``), so later commands still name it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.errors import AppError
from assessor_app.domain.visit import ActionStatus, CorrectiveAction, Severity
from assessor_app.ui.checklist.action_dialog import ActionDialog, ActionValues
from assessor_app.ui.checklist.commands import CallbackCommand
from assessor_app.ui.lock_screen import exec_dialog
from assessor_app.ui.plain_text import plain

if TYPE_CHECKING:
    from assessor_app.ui.checklist.checklist_page import ChecklistPage


class ActionEdits(QObject):
    def __init__(self, page: ChecklistPage) -> None:
        super().__init__(page)
        self.page = page

    def find(self, action_id: str) -> CorrectiveAction | None:
        for action in self.page.session.actions.get(self.page.editor.current_key, []):
            if action.id == action_id:
                return action
        return None

    def show(self, key: str) -> None:
        """The requirement's actions as the session holds them, in the row and the panel."""
        page = self.page
        actions = page.session.actions.get(key, [])
        page.navigator.model.set_open_actions(
            key, any(a.status is ActionStatus.OPEN for a in actions)
        )
        if page.editor.current_key == key:
            page.editor.actions_panel.show_actions(actions)

    def _step(self, key: str, message: str, step: Callable[[], EditResult]) -> bool:
        """Run one service call on actions; apply its result, announce, reveal."""
        page = self.page
        if not page.session.confirm_edit(page):
            return False
        try:
            result = step()
        except AppError as exc:
            page.fail(exc)
            return False
        page.session.apply(result)
        self.show(key)
        if page.editor.current_key != key:
            page.navigator.select_key(key)
        page.announce(message.format(key=key))
        return True

    # -- the four edits ----------------------------------------------------------------------
    def add(self) -> None:
        page = self.page
        key = page.editor.current_key
        if not key:
            return
        core = page.session.template.requirement(key).core
        dialog = ActionDialog(key, None, Severity.MAJOR if core else Severity.MINOR, page)
        if exec_dialog(dialog) != ActionDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        actions = page.services.actions
        created: list[str] = []

        def create() -> EditResult:
            if created:  # redo after undo: the same record comes back
                return actions.restore(created[0])
            result = actions.create(
                page.visit_id, key, values.description, values.severity, values.owner,
                values.due_date,
            )  # fmt: skip
            assert result.action is not None
            created.append(result.action.id)
            return result

        def do() -> bool:
            return self._step(key, self.tr("Added a corrective action to {key}"), create)

        def undo() -> bool:
            return self._step(
                key,
                self.tr("Removed a corrective action from {key}"),
                lambda: actions.remove(created[0]),
            )

        page.undo_stack().push(
            CallbackCommand(self.tr("add action to {key}").format(key=key), do, undo)
        )

    def edit(self, action_id: str) -> None:
        action = self.find(action_id)
        if action is None:
            return
        dialog = ActionDialog(action.requirement_key, action, action.severity, self.page)
        if exec_dialog(dialog) != ActionDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        old = ActionValues(action.description, action.severity, action.owner, action.due_date)
        if new == old:
            return
        key, ident = action.requirement_key, action.id
        actions = self.page.services.actions

        def apply(values: ActionValues, before: ActionValues) -> bool:
            changed = {
                field: getattr(values, field)
                for field in ("description", "severity", "owner", "due_date")
                if getattr(values, field) != getattr(before, field)
            }
            return self._step(
                key,
                self.tr("Saved corrective action of {key}"),
                lambda: actions.update_many(ident, changed),
            )

        self.page.undo_stack().push(
            CallbackCommand(
                self.tr("edit action of {key}").format(key=key),
                lambda: apply(new, old),
                lambda: apply(old, new),
            )
        )

    def close(self, action_id: str) -> None:
        action = self.find(action_id)
        if action is None or action.status is not ActionStatus.OPEN:
            return
        key, ident = action.requirement_key, action.id
        actions = self.page.services.actions

        def set_status(status: ActionStatus) -> bool:
            return self._step(
                key,
                self.tr("Saved corrective action of {key}"),
                lambda: actions.update(ident, "status", status),
            )

        self.page.undo_stack().push(
            CallbackCommand(
                self.tr("close action of {key}").format(key=key),
                lambda: set_status(ActionStatus.CLOSED),
                lambda: set_status(ActionStatus.OPEN),
            )
        )

    def remove(self, action_id: str) -> None:
        action = self.find(action_id)
        if action is None:
            return
        answer = QMessageBox.question(
            self.page,
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
        actions = self.page.services.actions

        def remove() -> bool:
            return self._step(
                key, self.tr("Removed a corrective action from {key}"),
                lambda: actions.remove(ident),
            )  # fmt: skip

        def restore() -> bool:
            return self._step(
                key, self.tr("Restored a corrective action of {key}"),
                lambda: actions.restore(ident),
            )  # fmt: skip

        self.page.undo_stack().push(
            CallbackCommand(self.tr("remove action of {key}").format(key=key), remove, restore)
        )
