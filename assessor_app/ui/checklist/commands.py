"""Undoable edits. Each command re-applies an old or new value through the services, so
undo and redo are saved (with their change records) exactly like the original edit.

Appliers report failure by returning False (they show the error themselves): exceptions
must not cross back into QUndoStack's C++ code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

TEXT_MERGE_ID = 7301  # consecutive saves of one text field undo as one step


class FindingApplier(Protocol):
    def __call__(self, key: str, field: str, value: Any, *, reveal: bool) -> bool: ...


class FindingCommand(QUndoCommand):
    """One field of one finding: rating, comment, justification or ``evidence:<item>``."""

    def __init__(
        self, apply: FindingApplier, key: str, field: str, old: Any, new: Any, text: str
    ) -> None:
        super().__init__(text)
        self.apply, self.key, self.field, self.old, self.new = apply, key, field, old, new
        self._first = True

    def redo(self) -> None:
        reveal = not self._first  # the first time, the assessor is looking at it already
        first, self._first = self._first, False
        if not self.apply(self.key, self.field, self.new, reveal=reveal) and first:
            self.setObsolete(True)  # never saved: nothing to undo

    def undo(self) -> None:
        self.apply(self.key, self.field, self.old, reveal=True)

    def id(self) -> int:
        return TEXT_MERGE_ID if self.field in ("comment", "justification") else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, FindingCommand) and (other.key, other.field) == (
            self.key,
            self.field,
        ):
            self.new = other.new
            return True
        return False


class CallbackCommand(QUndoCommand):
    """An edit of corrective actions, given as a pair of do/undo callables."""

    def __init__(self, text: str, do: Callable[[], bool], undo: Callable[[], bool]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self._first = True

    def redo(self) -> None:
        first, self._first = self._first, False
        if not self._do() and first:
            self.setObsolete(True)

    def undo(self) -> None:
        self._undo()
