"""The evidence requests of one requirement: what was asked of the facility, by when, and
where it stands; a line to ask for more, and buttons to move a request on. The panel only
shows and reports; the requests controller saves."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.evidence_requests import (
    ALLOWED_NEXT,
    EvidenceRequest,
    RequestStatus,
)
from assessor_app.ui.formatting import DATE_EDIT_FORMAT, format_date
from assessor_app.ui.plain_text import PlainLabel, plain

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_DAYS = 28  # a facility usually gets four weeks to send what was asked for
ERROR_STYLE = "color: #b42318;"


def request_status_label(status: RequestStatus) -> str:
    return {
        RequestStatus.OPEN: QCoreApplication.translate("Requests", "Open"),
        RequestStatus.RECEIVED: QCoreApplication.translate("Requests", "Received"),
        RequestStatus.ACCEPTED: QCoreApplication.translate("Requests", "Accepted"),
        RequestStatus.REJECTED: QCoreApplication.translate("Requests", "Rejected"),
    }[status]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EvidenceRequestsPanel(QWidget):
    add_requested = Signal(str, object)  # what, due date
    status_requested = Signal(str, object)  # request id, RequestStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._requests: dict[str, EvidenceRequest] = {}
        self._today = date.today()
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Evidence requested"), self.tr("Due"), self.tr("Status")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Evidence requests"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMaximumHeight(110)

        self.what = QLineEdit(self)
        self.what.setPlaceholderText(self.tr("What the facility should send, e.g. signed SOP"))
        self.what.setAccessibleName(self.tr("Evidence to request"))
        self.due = QDateEdit(self)
        self.due.setDisplayFormat(DATE_EDIT_FORMAT)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date of the request"))
        self.add_button = QPushButton(self.tr("Request"), self)
        self.add_button.setToolTip(self.tr("Ask the facility for this evidence by the due date"))
        self.received_button = QPushButton(self.tr("Mark received"), self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setToolTip(self.tr("The evidence shows the requirement is met"))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.setToolTip(self.tr("The evidence does not show it"))
        self.error = PlainLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        ask = QHBoxLayout()
        ask.setSpacing(6)
        ask.addWidget(self.what, 1)
        ask.addWidget(self.due)
        ask.addWidget(self.add_button)
        moves = QHBoxLayout()
        moves.setSpacing(6)
        moves.addStretch(1)
        for button in (self.received_button, self.accept_button, self.reject_button):
            moves.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.tree)
        layout.addLayout(moves)
        layout.addLayout(ask)
        layout.addWidget(self.error)

        self.add_button.clicked.connect(self._on_add)
        self.what.returnPressed.connect(self._on_add)
        self.received_button.clicked.connect(lambda: self._move(RequestStatus.RECEIVED))
        self.accept_button.clicked.connect(lambda: self._move(RequestStatus.ACCEPTED))
        self.reject_button.clicked.connect(lambda: self._move(RequestStatus.REJECTED))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reset_entry()

    def widgets_in_tab_order(self) -> list[QWidget]:
        return [self.tree, self.received_button, self.accept_button, self.reject_button,
                self.what, self.due, self.add_button]  # fmt: skip

    # -- filling -------------------------------------------------------------------------
    def show_requests(self, requests: list[EvidenceRequest], today: date | None = None) -> None:
        """The requirement's requests; the selection stays on the same request if it can."""
        self._today = today or date.today()
        current = self.current_id()
        self._requests = {r.id: r for r in requests}
        self.tree.clear()
        for request in requests:
            status = request_status_label(request.status)
            if request.is_overdue(self._today):
                status = self.tr("{status} (overdue)").format(status=status)
            item = QTreeWidgetItem([request.what, format_date(request.due_date), status])
            item.setData(0, ID_ROLE, request.id)
            item.setToolTip(0, plain(request.what))
            self.tree.addTopLevelItem(item)
            if request.id == current:
                self.tree.setCurrentItem(item)
        self.tree.setVisible(bool(requests))
        self._update_buttons()

    def reset_entry(self) -> None:
        """An empty line and the usual due date, after a request was made or elsewhere."""
        self.what.clear()
        self.due.setDate(_qdate(date.today() + timedelta(days=DEFAULT_DAYS)))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, request_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == request_id:
                self.tree.setCurrentItem(item)

    # -- reporting -----------------------------------------------------------------------
    def _on_add(self) -> None:
        day = self.due.date()
        self.add_requested.emit(self.what.text(), date(day.year(), day.month(), day.day()))

    def _move(self, status: RequestStatus) -> None:
        if (current := self.current_id()) is not None:
            self.status_requested.emit(current, status)

    def _update_buttons(self) -> None:
        current = self.current_id()
        request = self._requests.get(current) if current else None
        allowed = ALLOWED_NEXT[request.status] if request else frozenset()
        self.received_button.setEnabled(RequestStatus.RECEIVED in allowed)
        self.accept_button.setEnabled(RequestStatus.ACCEPTED in allowed)
        self.reject_button.setEnabled(RequestStatus.REJECTED in allowed)
