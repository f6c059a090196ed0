"""The first page: every visit with its progress and outcome so far; search, open, delete.

In the office (once bundles were imported) three more columns tell where each visit's
results came from, when the last bundle arrived and how many conflicts need review; on an
assessor's laptop that never imported anything they stay hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.error_dialog import report_error
from assessor_app.ui.look import icon
from assessor_app.ui.plain_text import PlainLabel, plain
from assessor_app.ui.search_field import make_search_field
from assessor_app.ui.visit_table_model import ROW_ROLE, VisitFilterModel, VisitTableModel

if TYPE_CHECKING:
    # A hint only: the visit records load with the data layer, after the first paint.
    from assessor_app.domain.visit import VisitSummary
    from assessor_app.services.container import Services

# Below these the facility and department stop stretching and the table scrolls sideways.
FACILITY_MIN_WIDTH = 220
DEPARTMENT_MIN_WIDTH = 160


class VisitTable(QTableView):
    """The visits table; says when its rows' room changed: the viewport resized, by the
    window or by a scroll bar appearing (Qt hands a viewport's resize to the view's own
    resizeEvent). An override, not an event filter: a filter in Python is called for
    every event of the viewport, and its first calls cost the first window 10 ms."""

    room_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.room_changed.emit()


class VisitListPage(QWidget):
    open_requested = Signal(str)  # visit id
    new_requested = Signal()
    deleted = Signal(str)  # visit id

    def __init__(
        self, services: Services | None, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visit_list_page")
        self._services, self._runner = services, runner

        self.model = VisitTableModel(self)
        self.proxy = VisitFilterModel(self)
        self.proxy.setSourceModel(self.model)

        title = PlainLabel(self.tr("Visits"), self)
        title.setProperty("role", "title")
        self.search = QLineEdit(self)
        self.search.setObjectName("visit_search")
        self.search.setPlaceholderText(self.tr("Search facility or department"))
        self.search.setAccessibleName(self.tr("Search visits"))
        make_search_field(self.search, icon("search"))
        self.search.setMinimumWidth(300)
        self.search.setMaximumWidth(420)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(lambda _text: self._show_no_match())

        self.table = VisitTable(self)
        self.table.setObjectName("visit_table")
        self.table.setAccessibleName(self.tr("Visits"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VisitTableModel.FACILITY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VisitTableModel.DEPARTMENT, QHeaderView.ResizeMode.Stretch)
        # Fixed columns sized to their content, so the facility and department (the two
        # stretching ones) keep room at 1366 px even with the office's sync columns shown.
        for col, width in ((2, 130), (3, 95), (4, 110), (5, 120), (6, 140)):
            header.resizeSection(col, width)
        m = VisitTableModel
        sync_widths = ((m.SOURCES, 110), (m.LAST_IMPORT, 130), (m.CONFLICTS, 75), (m.SIGNER, 200))
        for col, width in sync_widths:
            header.resizeSection(col, width)
        self._fitting = False
        self.table.room_changed.connect(self._fit_columns)
        header.sectionResized.connect(self._on_section_resized)
        # Enter and double-click both emit activated (the platform's own convention).
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New visit…"), self)
        self.new_button.setProperty("primary", True)
        self.new_button.setObjectName("new_visit_button")
        self.open_button = QPushButton(icon("open"), self.tr("&Open"), self)
        self.open_button.setObjectName("open_visit_button")
        self.delete_button = QPushButton(icon("delete"), self.tr("De&lete…"), self)
        self.delete_button.setObjectName("delete_visit_button")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.empty_state = self._build_empty_state()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.no_match = PlainLabel(self)
        self.no_match.setObjectName("no_match")
        self.no_match.setStyleSheet("color: #5b6570;")
        self.no_match.hide()
        layout.addLayout(top)
        layout.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.delete_button)
        self.refresh()

    def _build_empty_state(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("empty_state")
        heading = PlainLabel(self.tr("Welcome to IASIOS Assessor"), frame)
        heading.setObjectName("empty_title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = PlainLabel(
            self.tr(
                "There are no visits yet. Start with a demo visit to see a complete "
                "assessment (ratings, corrective actions, photos and the outcome so far), "
                "or create your own visit."
            ),
            frame,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        text.setProperty("role", "hint")
        self.demo_button = QPushButton(self.tr("Create &demo visit"), frame)
        self.demo_button.setObjectName("create_demo_button")
        self.demo_button.setProperty("primary", True)
        self.demo_button.clicked.connect(self.create_demo)
        self.empty_new_button = QPushButton(icon("new"), self.tr("New visit…"), frame)
        self.empty_new_button.setObjectName("empty_new_visit_button")
        self.empty_new_button.clicked.connect(self.new_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.demo_button)
        row.addWidget(self.empty_new_button)
        row.addStretch(1)
        inner = QVBoxLayout(frame)
        inner.addStretch(1)
        inner.addWidget(heading)
        # Centred by stretches, not an alignment flag: a flag would break the wrapped
        # label's height-for-width and clip its lines.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(text)
        text_row.addStretch(1)
        inner.addLayout(text_row)
        inner.addSpacing(12)
        inner.addLayout(row)
        inner.addStretch(2)
        return frame

    # -- data ------------------------------------------------------------------------------

    def _show_no_match(self) -> None:
        text = self.search.text().strip()
        nothing = bool(text) and self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        self.no_match.setText(
            self.tr("No visit matches “{text}”. Clear the search to see all visits.").format(
                text=text
            )
        )
        self.no_match.setVisible(nothing)

    def attach_services(self, services: Services) -> None:
        """The database is open: the rows fill in."""
        self._services = services
        self.refresh()

    def _open_services(self) -> Services:
        # Every action that reaches here is off until the database is open.
        if self._services is None:
            raise RuntimeError("the database is not open yet")
        return self._services

    def _fit_columns(self) -> None:
        """The facility and department share what the other columns leave. With the
        office's sync columns shown at 1366 px that was about 60 px each ("Kliniku…"):
        below a readable width they stop stretching and the table scrolls sideways."""
        stack = getattr(self, "stack", None)  # events may come while the page is built
        if self._fitting or stack is None or stack.currentWidget() is not self.table:
            return  # hidden behind the empty state, the table's width says nothing
        if self._services is None:
            # The frame painted before the database opens has no rows and no sync columns:
            # nothing to fit yet (attach_services fits), and the first paint does not wait
            # for the view's first calls into Python (about 10 ms).
            return
        self._fitting = True  # resizing a section below would call this again
        try:
            header = self.table.horizontalHeader()
            m = VisitTableModel
            stretching = ((m.FACILITY, FACILITY_MIN_WIDTH), (m.DEPARTMENT, DEPARTMENT_MIN_WIDTH))
            others = sum(
                header.sectionSize(col)
                for col in range(self.model.columnCount())
                if col not in (m.FACILITY, m.DEPARTMENT) and not self.table.isColumnHidden(col)
            )
            room = self.table.viewport().width() - others
            # Stretching shares the room equally: each must get its minimum from its half.
            stretch = room >= len(stretching) * max(width for _col, width in stretching)
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            for col, width in stretching:
                if header.sectionResizeMode(col) is not mode:
                    header.setSectionResizeMode(col, mode)
                    if not stretch:
                        header.resizeSection(col, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in (VisitTableModel.FACILITY, VisitTableModel.DEPARTMENT):
            self._fit_columns()  # another column taken wider or narrower by hand

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list from the services, keeping (or moving to) a selection."""
        if self._services is None:
            # Painted before the database opens: the frame with no rows and nothing to
            # act on, never a remembered list; no sync columns (none are known yet), so
            # the facility and department headers keep their room.
            for col in VisitTableModel.SYNC_COLUMNS:
                self.table.setColumnHidden(col, True)
            self.search.setEnabled(False)
            self.new_button.setEnabled(False)
            self._update_buttons()
            return
        self.new_button.setEnabled(True)
        keep = select_id or self.selected_id()
        self.model.set_rows(self._services.visits.list(), self._services.sync.visit_sync_status())
        office = self.model.has_sync_facts()
        for col in VisitTableModel.SYNC_COLUMNS:
            self.table.setColumnHidden(col, not office)
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty_state if empty else self.table)
        self._fit_columns()
        self._show_no_match()
        self.search.setEnabled(not empty)
        if keep:
            self.select_visit(keep)
        elif not empty and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def select_visit(self, visit_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            summary = self.proxy.index(row, 0).data(ROW_ROLE)
            if summary.id == visit_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> VisitSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_id(self) -> str | None:
        summary = self.selected()
        return summary.id if summary else None

    def _update_buttons(self, *_: Any) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- actions ---------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        summary = index.data(ROW_ROLE)
        if summary is not None:
            self.open_requested.emit(summary.id)

    def open_selected(self) -> None:
        visit_id = self.selected_id()
        if visit_id:
            self.open_requested.emit(visit_id)

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.delete_visit(summary.id, summary.facility)

    def delete_visit(self, visit_id: str, facility: str) -> bool:
        """Ask, naming the facility; delete only on an explicit Yes."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete visit"),
            plain(
                self.tr(
                    "Delete the visit to {facility}?\n\nIts findings, corrective actions, "
                    "attachments and history are removed from this computer. "
                    "This cannot be undone."
                ).format(facility=facility)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._open_services().visits.delete(visit_id)
        self.refresh()
        self.deleted.emit(visit_id)
        return True

    def create_demo(self) -> None:
        self.demo_button.setEnabled(False)

        def done(visit_id: object) -> None:
            self.demo_button.setEnabled(True)
            self.refresh(select_id=str(visit_id))
            self.open_requested.emit(str(visit_id))

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            report_error(exc, self)

        services = self._open_services()
        self._runner.run(
            lambda _progress, _cancel: services.demo.create(),
            done,
            failed,
            label=self.tr("Creating the demo visit…"),
        )
