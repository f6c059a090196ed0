"""One open visit: the 'at a glance' header above tabs (checklist, summary, actions, ...,
and "Needs review" with the conflicts left by imported bundles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QTabWidget, QVBoxLayout, QWidget

from assessor_app.domain.edit_result import EditResult
from assessor_app.services.container import Services
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui.actions_overview_page import ActionsOverviewPage
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.checklist_page import ChecklistPage
from assessor_app.ui.glance_header import GlanceHeader
from assessor_app.ui.summary_page import SummaryPage
from assessor_app.ui.sync.conflicts_panel import ConflictsPanel
from assessor_app.ui.visit_session import VisitSession

if TYPE_CHECKING:
    from assessor_app.ui.case_review.case_review_page import CaseReviewPage
    from assessor_app.ui.report.report_page import ReportPage


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
        self._stale_tabs: set[QWidget] = set()

        self.header = GlanceHeader(self)
        # The one in-memory copy of the visit: one read serves the checklist and header, and
        # each edit's result updates both without reading the visit again.
        self.session = VisitSession(services, visit_id, parent=self)
        first = self.session.detail()
        self.checklist = ChecklistPage(services, visit_id, runner, self, session=self.session)
        # Focus given to the page (on opening, after a dialog) goes to its list: held by the
        # page itself it came back from a dialog as the search box, where "3" types a 3.
        self.checklist.setFocusProxy(self.checklist.navigator.tree)
        self.summary = SummaryPage(services, visit_id, self)
        self.summary.confirm_edit = self.session.confirm_edit
        self.actions_page = ActionsOverviewPage(self)
        self._case_review: CaseReviewPage | None = None
        self._report: ReportPage | None = None
        self.conflicts = ConflictsPanel(services, self)
        self.conflicts.setObjectName("conflicts_panel")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("visit_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.checklist, self.tr("&Checklist"))
        self.tabs.addTab(self.summary, self.tr("S&ummary"))
        self.tabs.addTab(self.actions_page, self.tr("Corrective &actions"))
        # Pages most visits open later (or never) are built on first view: the window
        # shows sooner, and they read fresh data when they appear.
        self._case_review_index = self.tabs.addTab(QWidget(), self.tr("Case &review"))
        self._report_index = self.tabs.addTab(QWidget(), self.tr("Re&port"))
        self.tabs.addTab(self.conflicts, self.tr("&Needs review"))
        self.tabs.currentChanged.connect(self._build_on_first_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.header.requirement_clicked.connect(self.show_requirement)
        self.header.back_requested.connect(self.back_requested)
        self.actions_page.requirement_activated.connect(self.show_requirement)
        self.checklist.changed.connect(self._on_checklist_changed)
        self.session.visit_changed.connect(self._show_session)
        self.checklist.saved.connect(self.saved)
        self.summary.changed.connect(self._on_changed)
        self.summary.edited.connect(self._on_edited)
        self.summary.saved.connect(self.saved)
        self.header.conflicts_clicked.connect(self.show_conflicts)
        self.checklist.review_requested.connect(self._review_current)
        self.conflicts.requirement_requested.connect(self.show_requirement)
        self.conflicts.resolved.connect(self._on_resolved)
        self.refresh(first)
        self.refresh_conflicts()

    @property
    def case_review(self) -> CaseReviewPage:
        if self._case_review is None:
            from assessor_app.ui.case_review.case_review_page import CaseReviewPage

            self._case_review = CaseReviewPage(self.services, self.visit_id, self.runner, self)
            self._case_review.confirm_edit = self.session.confirm_edit
            self._case_review.changed.connect(self._on_changed)
            self._case_review.edited.connect(self._on_edited)
            self._replace_tab(self._case_review_index, self._case_review)
        return self._case_review

    @property
    def report(self) -> ReportPage:
        if self._report is None:
            from assessor_app.ui.report.report_page import ReportPage  # QtPdf, pyHanko types

            self._report = ReportPage(self.services, self.visit_id, self.runner, self)
            self._report.changed.connect(self._on_changed)
            self._replace_tab(self._report_index, self._report)
        return self._report

    def _replace_tab(self, index: int, page: QWidget) -> None:
        title = self.tabs.tabText(index)
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    def _build_on_first_view(self, index: int) -> None:
        self._refresh_shown_tab()
        if index == self._case_review_index:
            self.case_review  # noqa: B018  (building it is the point)
        elif index == self._report_index:
            self.report  # noqa: B018

    def go_to_tab(self, index: int) -> None:
        """Show a tab and put the keyboard on it (Ctrl+1 ... Ctrl+6)."""
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and page.isAncestorOf(focus)):
            return
        # The page left had the focus; Qt hands it to the next widget in the chain, the
        # header's Back button, where rating keys and Page Down do nothing.
        if page is self.checklist:
            self.checklist.navigator.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif page is self._report:
            self._report.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            first = first_focusable(page)
            if first is not None:
                first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_tab(self, title: str, widget: QWidget) -> int:
        """Add a page (case review, report, ...) after the built-in ones; returns its index."""
        return self.tabs.addTab(widget, title)

    def refresh(self, detail: VisitDetail | None = None) -> None:
        """Show the session's visit in the header, and in the summary and actions list
        when they are on view (hidden, they catch up when their tab is shown: a key press
        on the checklist repaints only what the assessor sees)."""
        self.detail = detail or self.session.detail()
        # The requests' calendar says which are overdue (one "today" for rules and header).
        self.header.set_detail(self.detail, today=self.services.requests.today())
        self._stale_tabs = {self.summary, self.actions_page}
        self._refresh_shown_tab()

    def _refresh_shown_tab(self) -> None:
        if self.detail is None:
            return
        current = self.tabs.currentWidget()
        if current is self.summary and self.summary in self._stale_tabs:
            self.summary.set_detail(self.detail)
        elif current is self.actions_page and self.actions_page in self._stale_tabs:
            self.actions_page.set_actions(self.detail.actions)
        else:
            return
        self._stale_tabs.discard(current)

    def _show_session(self) -> None:
        self.refresh(self.session.detail())

    def reload(self) -> None:
        """Everything from the database again, the checklist included (after an import or
        a conflict decision): the session reads the visit and every view follows it."""
        self.checklist.refresh()
        # Undo would write back values from before the merge over what just arrived.
        self.checklist.undo_stack().clear()
        if self._case_review is not None:
            self._case_review.refresh()
        self.refresh_conflicts()

    def after_form_import(self) -> None:
        """An application form arrived: the checklist shows the claims, and the case review
        page (if built) its comparison with the facility's internal review."""
        self.checklist.refresh()
        if self._case_review is not None:
            self._case_review.refresh()

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

    def _review_current(self) -> None:
        self.conflicts.select_requirement(self.checklist.current_key())
        self.show_conflicts()

    def show_requirement(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.select_requirement(key)
        # Keys go to the requirement list, so 1-4 rate what is shown (a newly shown tab
        # would otherwise give focus to its first field, the search box).
        self.checklist.navigator.tree.setFocus()

    def facility_name(self) -> str:
        return self.detail.visit.facility.name if self.detail else ""

    def _on_resolved(self, _conflict_id: str) -> None:
        # The resolution is a new change: findings, outcome and marks may all move.
        self.reload()
        self.changed.emit()
        self.saved.emit(self.tr("Conflict resolved"))

    def _on_checklist_changed(self) -> None:
        # The session already holds the edit (and the header follows its signal).
        self._after_change()

    def _on_changed(self) -> None:
        # Another page saved what the session does not hold (a population import or draw,
        # a signature, an adopted self-assessment): read the visit again.
        self.session.reload()
        self._after_change()

    def _on_edited(self, result: EditResult) -> None:
        # A visit-details or case-review edit came back with what it changed: the session
        # takes it (the header follows its signal) without reading the visit again.
        self.session.apply(result)
        self._after_change()

    def _after_change(self) -> None:
        if self.conflict_count():
            # Editing a field that needs review decides it: the list and marks may shrink.
            self.refresh_conflicts()
            self.checklist.refresh_conflict_marks(self.conflicts.open_conflicts())  # read once
        self.changed.emit()


def first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside the page that Tab would reach, following the focus chain."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
