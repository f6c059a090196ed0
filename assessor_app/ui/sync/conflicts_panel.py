"""The "needs review" list: each open conflict with its competing values, who and when;
resolve by picking one value or typing a new one (recorded as a new change)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.errors import AppError
from assessor_app.domain.sync_types import ConflictInfo, ConflictOption
from assessor_app.services.container import Services
from assessor_app.ui.checklist.review_notes import field_label, is_choice, value_label
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import PlainLabel, no_mnemonic, plain

MAX_VALUE_CHARS = 90


def _show(value: object) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsPanel(QWidget):
    """Open conflicts of one visit. Emits ``resolved(conflict_id)`` after each resolution and
    ``requirement_requested(key)`` when the user asks to see a conflict's requirement."""

    resolved = Signal(str)
    requirement_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.visit_id: str | None = None
        self._conflicts: list[ConflictInfo] = []

        self.title = PlainLabel(self.tr("Needs review"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts needing review"))
        self.empty = PlainLabel(self.tr("No open conflicts: nothing needs review."))
        self.options_box = QGroupBox(self.tr("Competing values"))
        self.options_layout = QVBoxLayout(self.options_box)
        self.group = QButtonGroup(self)
        self.new_value = QLineEdit()
        self.new_value.setPlaceholderText(self.tr("…or type a new value"))
        self.new_value.setAccessibleName(self.tr("New value"))
        self.resolve_button = QPushButton(self.tr("Res&olve"))
        self.resolve_button.setEnabled(False)
        self.show_button = QPushButton(self.tr("&Show requirement"))
        self.show_button.setToolTip(self.tr("Open this requirement in the checklist (Enter)"))
        self.show_button.setEnabled(False)

        self.title.setProperty("role", "title")
        self.list.setSpacing(2)
        self.empty.setWordWrap(True)
        # The list beside the chosen conflict: both fit at 1366x768 without scrolling.
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.empty)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_value, 1)
        row.addStretch(0)  # keeps Resolve at its own size when there is no field to type in
        row.addWidget(self.resolve_button)
        show_row = QHBoxLayout()
        show_row.addStretch(1)
        show_row.addWidget(self.show_button)
        right = QVBoxLayout()
        right.addSpacing(self.title.sizeHint().height() + 6)
        right.addWidget(self.options_box)
        right.addLayout(row)
        right.addLayout(show_row)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(16)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.list.currentRowChanged.connect(self._on_row)
        self.resolve_button.clicked.connect(self._on_resolve)
        self.show_button.clicked.connect(self._on_show)
        self.list.itemActivated.connect(lambda _item: self._on_show())
        self.new_value.textChanged.connect(self._update_button)
        self.group.buttonToggled.connect(lambda *_: self._update_button())

    # -- public ------------------------------------------------------------------------
    def set_visit(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        self._conflicts = self.services.sync.conflicts(self.visit_id) if self.visit_id else []
        self.list.clear()
        for c in self._conflicts:
            if c.requirement_key is None:
                text = self.tr("Visit details: {field} changed on both sides")
            elif c.kind == "delete-edit":
                text = self.tr("Requirement {key}: {field} deleted on one side, edited on the "
                               "other")  # fmt: skip
            else:
                text = self.tr("Requirement {key}: {field} changed on both sides")
            text = text.format(key=c.requirement_key, field=field_label(c))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        self.empty.setVisible(not self._conflicts)
        self.title.setText(self.tr("Needs review ({n})").format(n=len(self._conflicts)))
        if self._conflicts:
            self.list.setCurrentRow(0)
        else:
            self._on_row(-1)

    def conflict_count(self) -> int:
        return len(self._conflicts)

    def open_conflicts(self) -> list[ConflictInfo]:
        """The open conflicts as last read (by ``refresh``)."""
        return list(self._conflicts)

    def select_requirement(self, key: str) -> None:
        """Put the first open conflict of a requirement in front (from its editor)."""
        for row, conflict in enumerate(self._conflicts):
            if conflict.requirement_key == key:
                self.list.setCurrentRow(row)
                return

    # -- private -----------------------------------------------------------------------
    def _current(self) -> ConflictInfo | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _on_row(self, _row: int) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self.new_value.clear()
        conflict = self._current()
        self.options_box.setVisible(conflict is not None)
        for widget in (self.resolve_button, self.show_button):
            widget.setVisible(conflict is not None)
        if conflict is not None:
            self.options_box.setTitle(
                no_mnemonic(
                    self.tr("Competing values of {field}, requirement {key}").format(
                        field=field_label(conflict), key=conflict.requirement_key or "—"
                    )
                )
            )
        self.show_button.setEnabled(conflict is not None and bool(conflict.requirement_key))
        # A rating or a tick is one of the values shown (or set in the checklist), not typed.
        self.new_value.setVisible(
            conflict is not None and conflict.kind != "delete-edit" and not is_choice(conflict)
        )
        if conflict is None:
            self._update_button()
            return
        # Until someone decides, the visit shows the latest edit, or for a delete against
        # an edit, the delete.
        deletes = [o for o in conflict.options if o.field == "deleted" and o.value]
        shown_now = (
            deletes[0] if deletes else max(conflict.options, key=lambda o: o.hlc)
        ).change_id
        for option in conflict.options:
            label = self.tr("{value}\n    by {who}, {when}").format(
                value=self._option_value(conflict, option),
                who=option.author,
                when=option.recorded_at[:16].replace("T", " "),
            )
            if option.change_id == shown_now:
                label += self.tr(" (shown now)")
            button = QRadioButton(no_mnemonic(label))
            button.setToolTip(plain(_show(option.value)))
            button.setProperty("change_id", option.change_id)
            self.group.addButton(button)
            self.options_layout.addWidget(button)
        self._update_button()

    def _option_value(self, conflict: ConflictInfo, option: ConflictOption) -> str:
        if option.field == "deleted":  # a delete against an edit
            return self.tr("deleted") if option.value else self.tr("kept")
        if option.field != conflict.field:
            return f"{option.field.replace('_', ' ')}: {_show(option.value)}"[:MAX_VALUE_CHARS]
        return value_label(conflict, option.value, MAX_VALUE_CHARS)

    def _update_button(self) -> None:
        self.resolve_button.setEnabled(
            self._current() is not None
            and (self.group.checkedButton() is not None or bool(self.new_value.text().strip()))
        )

    def _on_show(self) -> None:
        conflict = self._current()
        if conflict is not None and conflict.requirement_key:
            self.requirement_requested.emit(conflict.requirement_key)

    def _on_resolve(self) -> None:
        conflict = self._current()
        if conflict is None:
            return
        try:
            if self.new_value.text().strip():
                self.services.sync.resolve(conflict.id, value=self.new_value.text().strip())
            else:
                button = self.group.checkedButton()
                if button is None:
                    return
                self.services.sync.resolve(
                    conflict.id, take_change_id=str(button.property("change_id"))
                )
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Resolve conflict"), plain(message_of(exc)))
            return
        self.resolved.emit(conflict.id)
        self.refresh()
