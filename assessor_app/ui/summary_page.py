"""Per-section counts, procedure volumes against the threshold, and the visit's details.

Details and volumes are edited in place: each field is saved through the services as soon
as it is left (or Enter is pressed), so there is nothing to forget to save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.errors import AppError
from assessor_app.domain.visit import MIN_ANNUAL_PROCEDURES, ProcedureType, Visit
from assessor_app.services.container import Services
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui.facility_summary import FacilitySummaryBox
from assessor_app.ui.formatting import DATE_EDIT_FORMAT, message_of, procedure_label
from assessor_app.ui.plain_text import PlainLabel, RichLabel
from assessor_app.ui.volume_fields import add_volume_fields

NO_DATE = QDate(2000, 1, 1)  # shown as "not set"

# Captions marked for lupdate, translated where they are shown (self.tr); the marker
# returns its text unchanged (its stub says object).
TEXT_FIELDS = cast(
    list[tuple[str, str]],
    [
        ("facility_name", QT_TRANSLATE_NOOP("SummaryPage", "Facility name")),
        ("department", QT_TRANSLATE_NOOP("SummaryPage", "Department")),
        ("address", QT_TRANSLATE_NOOP("SummaryPage", "Address")),
        ("country", QT_TRANSLATE_NOOP("SummaryPage", "Country")),
        ("facility_code", QT_TRANSLATE_NOOP("SummaryPage", "Facility code")),
        (
            "authorised_representative",
            QT_TRANSLATE_NOOP("SummaryPage", "Authorised representative"),
        ),
        ("contact_person", QT_TRANSLATE_NOOP("SummaryPage", "Contact person")),
        ("lead_assessor_name", QT_TRANSLATE_NOOP("SummaryPage", "Lead assessor")),
        ("lead_assessor_email", QT_TRANSLATE_NOOP("SummaryPage", "Lead assessor e-mail")),
        ("co_assessor_name", QT_TRANSLATE_NOOP("SummaryPage", "Co-assessor")),
        ("co_assessor_email", QT_TRANSLATE_NOOP("SummaryPage", "Co-assessor e-mail")),
    ],
)

_VISIT_VALUE: dict[str, Callable[[Visit], str]] = {
    "facility_name": lambda v: v.facility.name,
    "department": lambda v: v.facility.department,
    "address": lambda v: v.facility.address,
    "country": lambda v: v.facility.country,
    "facility_code": lambda v: v.facility.facility_code,
    "authorised_representative": lambda v: v.facility.authorised_representative,
    "contact_person": lambda v: v.facility.contact_person,
    "lead_assessor_name": lambda v: v.lead_assessor.name,
    "lead_assessor_email": lambda v: v.lead_assessor.email,
    "co_assessor_name": lambda v: v.co_assessor.name,
    "co_assessor_email": lambda v: v.co_assessor.email,
}


def _to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def _from_qdate(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


DETAILS_MIN_WIDTH = 380


class SummaryPage(QWidget):
    changed = Signal()  # saved something only a full read shows (an adopted self-assessment)
    edited = Signal(object)  # an EditResult of a visit-details or volume edit, to apply
    saved = Signal(str)

    # Marked for lupdate; translated where they are shown (self.tr).
    COLUMNS = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("SummaryPage", "Section"),
            QT_TRANSLATE_NOOP("SummaryPage", "Met"),
            QT_TRANSLATE_NOOP("SummaryPage", "Partially met"),
            QT_TRANSLATE_NOOP("SummaryPage", "Not met"),
            QT_TRANSLATE_NOOP("SummaryPage", "N/A"),
            QT_TRANSLATE_NOOP("SummaryPage", "Unanswered"),
            QT_TRANSLATE_NOOP("SummaryPage", "Core"),
        ),
    )

    def __init__(self, services: Services, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_page")
        self._services, self._visit_id = services, visit_id
        self._visit: Visit | None = None
        # Asked before every edit (the workspace's visit session: a signed visit asks
        # before it starts a new revision); alone, the page edits freely.
        self.confirm_edit: Callable[[QWidget], bool] = lambda _parent: True
        # The facility's self-assessment as last read; an edit of the visit's own details
        # cannot change it, so showing that edit's result does not read it again.
        self._facility_data: tuple[Any, Any] | None = None
        self._facility_current = False

        self.sections = QTableWidget(0, len(self.COLUMNS), self)
        self.sections.setObjectName("section_counts")
        self.sections.setAccessibleName(self.tr("Counts per section"))
        self.sections.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections.verticalHeader().hide()
        self.sections.setShowGrid(False)
        self.sections.setAlternatingRowColors(True)
        header = self.sections.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        volumes_box = QGroupBox(self.tr("Procedure volumes (last 12 months)"), self)
        grid = QGridLayout(volumes_box)
        self.volumes = add_volume_fields(volumes_box, grid, "summary_volume_", columns=2)
        for ptype, spin in self.volumes.items():
            # Saves on Enter, focus out or an arrow step, not on every keystroke.
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda value, p=ptype: self._save_volume(p, value))
        self.volume_total = RichLabel(volumes_box)  # app markup around numbers
        self.volume_total.setObjectName("summary_volume_total")
        self.volume_total.setWordWrap(True)
        grid.addWidget(self.volume_total, (len(self.volumes) + 1) // 2, 0, 1, 4)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        counts_title = PlainLabel(self.tr("Ratings per section"), left)
        counts_title.setProperty("role", "title")
        left_layout.addWidget(counts_title)
        left_layout.addWidget(self.sections, 1)
        left_layout.addWidget(volumes_box)
        self.facility = FacilitySummaryBox(services, visit_id, left)
        self.facility.adopted.connect(self.changed)
        left_layout.addWidget(self.facility)

        details_box = QGroupBox(self.tr("Visit details"), self)
        form = QFormLayout(details_box)
        self.fields: dict[str, QLineEdit] = {}
        for name, caption in TEXT_FIELDS:
            edit = QLineEdit(details_box)
            edit.setObjectName(f"detail_{name}")
            edit.setAccessibleName(self.tr(caption))
            edit.editingFinished.connect(lambda n=name: self._save_text(n))
            # An error is about the last attempt: typing again makes it stale.
            edit.textEdited.connect(lambda _text: self._show_error(""))
            form.addRow(self.tr(caption), edit)
            self.fields[name] = edit
        self.start_date = self._date_edit("detail_start_date", self.tr("First day"))
        self.end_date = self._date_edit("detail_end_date", self.tr("Last day"))
        form.addRow(self.tr("First day"), self.start_date)
        form.addRow(self.tr("Last day"), self.end_date)
        self.detail_error = PlainLabel(details_box)
        self.detail_error.setObjectName("detail_error")
        self.detail_error.setProperty("role", "error")
        self.detail_error.setWordWrap(True)
        self.detail_error.hide()
        form.addRow(self.detail_error)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details_box)
        # A remembered splitter position from a narrower window must not squeeze the form
        # to labels without fields.
        scroll.setMinimumWidth(DETAILS_MIN_WIDTH)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("summary_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_EDIT_FORMAT)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("not set"))
        edit.editingFinished.connect(lambda: self._save_date(name.removeprefix("detail_"), edit))
        return edit

    # -- showing ---------------------------------------------------------------------------

    def set_detail(self, detail: VisitDetail) -> None:
        self._visit = detail.visit
        rows = detail.progress.sections
        self.sections.setRowCount(len(rows) + 1)
        totals = [0] * 6
        for r, s in enumerate(rows):
            counts = [s.met, s.partial, s.not_met, s.na, s.total - s.answered]
            self._set_row(r, f"{s.key}. {s.title}", counts, s.core_answered, s.core_total)
            for i, v in enumerate([*counts, s.core_answered]):
                totals[i] += v
        p = detail.progress
        self._set_row(len(rows), self.tr("All sections"), totals[:5], p.core_answered, p.core_total)
        for col in range(len(self.COLUMNS)):
            item = self.sections.item(len(rows), col)
            if item is not None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)

        for ptype, spin in self.volumes.items():
            if not spin.hasFocus():
                spin.blockSignals(True)
                spin.setValue(detail.visit.volumes.get(ptype, 0))
                spin.blockSignals(False)
        self._show_total(detail.visit.annual_procedures)
        if self._facility_data is None or not self._facility_current:
            facility = self._services.self_assessment
            self._facility_data = (
                facility.account(self._visit_id),
                facility.facility_review(self._visit_id),
            )
        self._facility_current = False  # any later showing reads it again
        self.facility.set_detail(detail, *self._facility_data)

        for name, edit in self.fields.items():
            if not edit.hasFocus():
                edit.setText(_VISIT_VALUE[name](detail.visit))
                edit.setCursorPosition(0)  # show the start of long values
        for date_edit, value in (
            (self.start_date, detail.visit.start_date),
            (self.end_date, detail.visit.end_date),
        ):
            if not date_edit.hasFocus():
                date_edit.blockSignals(True)
                date_edit.setDate(_to_qdate(value))
                date_edit.blockSignals(False)

    def _set_row(self, row: int, title: str, counts: list[int], core: int, core_total: int) -> None:
        self.sections.setItem(row, 0, QTableWidgetItem(title))
        for col, value in enumerate(counts, start=1):
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sections.setItem(row, col, item)
        core_item = QTableWidgetItem(f"{core} / {core_total}")
        core_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.sections.setItem(row, len(self.COLUMNS) - 1, core_item)

    def _show_total(self, total: int) -> None:
        if total >= MIN_ANNUAL_PROCEDURES:
            text = self.tr("Total: <b>{n}</b> a year, meets the {min} required.")
        else:
            text = self.tr(
                "Total: <b>{n}</b> a year, <span style='color:#8a4b00'>below the {min} "
                "required for accreditation.</span>"
            )
        self.volume_total.setText(text.format(n=total, min=MIN_ANNUAL_PROCEDURES))

    # -- saving ----------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.detail_error.setText(message)
        self.detail_error.setVisible(bool(message))

    def _saved(self, message: str, result: EditResult) -> None:
        self._show_error("")
        # Kept for the checks of the next edit before the session's answer comes back.
        if result.visit is not None:
            self._visit = result.visit
        self._facility_current = True  # showing this result needs no self-assessment read
        self.saved.emit(message)
        self.edited.emit(result)

    def _save_text(self, name: str) -> None:
        if self._visit is None:
            return
        edit = self.fields[name]
        value = edit.text().strip()
        if value == _VISIT_VALUE[name](self._visit):
            self._show_error("")  # back to the saved value: nothing is wrong any more
            return
        if not self.confirm_edit(self):
            edit.setText(_VISIT_VALUE[name](self._visit))
            return
        try:
            # The service checks the value and says what is wrong (worded in ui/error_text).
            result = self._services.visits.update(self._visit_id, name, value)
        except AppError as exc:
            self._show_error(message_of(exc))
            if not value:
                # An emptied field gets its saved value back; a refused value typed stays, to
                # be corrected (nothing was saved either way).
                edit.setText(_VISIT_VALUE[name](self._visit))
            return
        self._saved(self.tr("Saved {field}").format(field=edit.accessibleName().lower()), result)

    def _save_date(self, name: str, edit: QDateEdit) -> None:
        if self._visit is None:
            return
        value = _from_qdate(edit.date())
        if value == getattr(self._visit, name):
            return
        if not self.confirm_edit(self):
            edit.setDate(_to_qdate(getattr(self._visit, name)))
            return
        try:
            result = self._services.visits.update(self._visit_id, name, value)
        except AppError as exc:
            self._show_error(message_of(exc))
            edit.setDate(_to_qdate(getattr(self._visit, name)))
            return
        self._saved(self.tr("Saved visit dates"), result)

    def _save_volume(self, ptype: ProcedureType, value: int) -> None:
        if self._visit is None or self._visit.volumes.get(ptype, 0) == value:
            return
        if not self.confirm_edit(self):
            spin = self.volumes[ptype]
            spin.blockSignals(True)
            spin.setValue(self._visit.volumes.get(ptype, 0))
            spin.blockSignals(False)
            return
        result = self._services.visits.set_volume(self._visit_id, ptype, value)
        self._saved(
            self.tr("Saved {type} count").format(type=procedure_label(ptype).lower()), result
        )
