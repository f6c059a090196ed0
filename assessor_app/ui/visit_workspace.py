"""One open visit: the 'at a glance' header above tabs (checklist, summary, actions, ...,
and "Needs review" with the conflicts left by imported bundles)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QTabWidget, QVBoxLayout, QWidget

from assessor_app.services.container import Services
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui.actions_overview_page import ActionsOverviewPage
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.case_review.case_review_page import CaseReviewPage
from assessor_app.ui.checklist.checklist_page import ChecklistPage
from assessor_app.ui.glance_header import GlanceHeader
from assessor_app.ui.report.report_page import ReportPage
from assessor_app.ui.summary_page import SummaryPage
from assessor_app.ui.sync.conflicts_panel import ConflictsPanel


class VisitWorkspace(QWidget):
    changed = Signal()  # something of the visit was saved (from any tab)
    saved = Signal(str)  # a human message about the last save
    back_requested = Signal()

    def __init__(
        self,
        services: Services,
        visit_id: str,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visit_workspace")
        self.services, self.visit_id, self.runner = services, visit_id, runner
        self.detail: VisitDetail | None = None

        self.header = GlanceHeader(self)
        self.checklist = ChecklistPage(services, visit_id, runner, self)
        self.summary = SummaryPage(services, visit_id, self)
        self.actions_page = ActionsOverviewPage(self)
        self.case_review = CaseReviewPage(services, visit_id, runner, self)
        self.report = ReportPage(services, visit_id, runner, self)
        self.conflicts = ConflictsPanel(services, self)
        self.conflicts.setObjectName("conflicts_panel")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("visit_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.checklist, self.tr("&Checklist"))
        self.tabs.addTab(self.summary, self.tr("S&ummary"))
        self.tabs.addTab(self.actions_page, self.tr("Corrective &actions"))
        self.tabs.addTab(self.case_review, self.tr("Case &review"))
        self.tabs.addTab(self.report, self.tr("Re&port"))
        self.tabs.addTab(self.conflicts, self.tr("&Needs review"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.header.requirement_clicked.connect(self.show_requirement)
        self.header.back_requested.connect(self.back_requested)
        self.actions_page.requirement_activated.connect(self.show_requirement)
        self.checklist.changed.connect(self._on_changed)
        self.checklist.saved.connect(self.saved)
        self.summary.changed.connect(self._on_changed)
        self.case_review.changed.connect(self._on_changed)
        self.report.changed.connect(self._on_changed)
        self.summary.saved.connect(self.saved)
        self.header.conflicts_clicked.connect(self.show_conflicts)
        self.conflicts.requirement_requested.connect(self.show_requirement)
        self.conflicts.resolved.connect(self._on_resolved)
        self.refresh()
        self.refresh_conflicts()

    def add_tab(self, title: str, widget: QWidget) -> int:
        """Add a page (case review, report, ...) after the built-in ones; returns its index."""
        return self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        """Re-read the visit once and show it in the header, summary and actions list."""
        self.detail = self.services.outcome.detail(self.visit_id)
        self.header.set_detail(self.detail)
        self.summary.set_detail(self.detail)
        self.actions_page.set_actions(self.detail.actions)

    def reload(self) -> None:
        """Everything from the database again, the checklist included (after an import)."""
        self.checklist.refresh()
        # Undo would write back values from before the merge over what just arrived.
        self.checklist.undo_stack().clear()
        self.refresh()
        self.refresh_conflicts()

    def refresh_conflicts(self) -> None:
        """The Needs review list, its tab title and the header line (the checklist's marks
        come with its own refresh)."""
        self.conflicts.set_visit(self.visit_id)
        count = self.conflicts.conflict_count()
        index = self.tabs.indexOf(self.conflicts)
        if count:
            self.tabs.setTabText(index, self.tr("&Needs review ({n})").format(n=count))
            self.tabs.setTabIcon(index, self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning))  # fmt: skip
        else:
            self.tabs.setTabText(index, self.tr("&Needs review"))
            self.tabs.setTabIcon(index, QIcon())
        self.header.set_conflicts(count)

    def conflict_count(self) -> int:
        return self.conflicts.conflict_count()

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)

    def show_requirement(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.select_requirement(key)

    def facility_name(self) -> str:
        return self.detail.visit.facility.name if self.detail else ""

    def _on_resolved(self, _conflict_id: str) -> None:
        # The resolution is a new change: findings, outcome and marks may all move.
        self.reload()
        self.changed.emit()
        self.saved.emit(self.tr("Conflict resolved"))

    def _on_changed(self) -> None:
        self.refresh()
        self.changed.emit()
