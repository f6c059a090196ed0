"""STUB of the checklist page for the application shell's own testing.

The real page is built on another branch; at merge the lead takes that file. This stub only
honours the agreed interface: ``changed``, ``saved``, ``select_requirement``, ``refresh``,
``undo_stack`` and ``add_photo``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.look import status_icon


class ChecklistPage(QWidget):
    changed = Signal()
    saved = Signal(str)

    def __init__(
        self,
        services: Services,
        visit_id: str,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._visit_id = services, visit_id
        self._undo = QUndoStack(self)
        self.navigator = QListWidget(self)
        self.navigator.setObjectName("checklist_navigator")
        self.navigator.setAccessibleName(self.tr("Requirements"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.navigator)
        self.refresh()

    def refresh(self) -> None:
        findings = self._services.findings.findings(self._visit_id)
        template = self._services.findings.template_for(self._visit_id)
        self.navigator.clear()
        for req in template.requirements:
            finding = findings.get(req.key)
            item = QListWidgetItem(status_icon(finding.rating if finding else None), req.key)
            item.setData(Qt.ItemDataRole.UserRole, req.key)
            self.navigator.addItem(item)

    def select_requirement(self, key: str) -> None:
        for row in range(self.navigator.count()):
            if self.navigator.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigator.setCurrentRow(row)
                return

    def current_key(self) -> str | None:
        item = self.navigator.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def undo_stack(self) -> QUndoStack:
        return self._undo

    def add_photo(self) -> None:
        """The real page opens a file dialog for the current requirement."""
