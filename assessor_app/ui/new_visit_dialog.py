"""Start a visit: facility, procedure volumes, dates, assessors and the checklist template."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.errors import AppError
from assessor_app.domain.visit import (
    MIN_ANNUAL_PROCEDURES,
    Assessor,
    Facility,
    NewVisit,
)
from assessor_app.domain.visit_rules import new_visit_problems
from assessor_app.services.container import Services
from assessor_app.ui.error_text import error_text
from assessor_app.ui.formatting import DATE_EDIT_FORMAT, message_of
from assessor_app.ui.plain_text import PlainLabel, RichLabel, plain
from assessor_app.ui.volume_fields import add_volume_fields

# The whole description of a template, as text (its tooltip is the same, made literal).
TEMPLATE_DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1


def _error_label(parent: QWidget, name: str) -> PlainLabel:
    label = PlainLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class NewVisitDialog(QDialog):
    """OK stays disabled until the input is valid; the messages say what is missing."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_visit_dialog")
        self.setWindowTitle(self.tr("New visit"))
        self._services = services
        self.created_visit_id: str | None = None
        self._touched: set[str] = set()

        # Facility
        self.facility_name = self._line("facility_name", self.tr("Facility name"))
        self.department = self._line("department", self.tr("Department"))
        self.address = self._line("address", self.tr("Address"))
        self.country = self._line("country", self.tr("Country"))
        self.facility_code = self._line("facility_code", self.tr("Facility code"))
        self.representative = self._line(
            "authorised_representative", self.tr("Authorised representative")
        )
        self.contact = self._line("contact_person", self.tr("Contact person"))
        self.facility_error = _error_label(self, "facility_name_error")
        facility_box = QGroupBox(self.tr("Facility"), self)
        form = QFormLayout(facility_box)
        name_col = QVBoxLayout()
        name_col.setSpacing(2)
        name_col.addWidget(self.facility_name)
        name_col.addWidget(self.facility_error)
        form.addRow(self._label(self.tr("&Name *"), self.facility_name), name_col)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("Add&ress"), self.address)
        form.addRow(self.tr("Countr&y"), self.country)
        form.addRow(self.tr("Facility &code"), self.facility_code)
        form.addRow(self.tr("Authorised repr&esentative"), self.representative)
        form.addRow(self.tr("Contact &person"), self.contact)

        # Volumes
        volumes_box = QGroupBox(self.tr("Therapeutic IO procedures in the last 12 months"), self)
        grid = QGridLayout(volumes_box)
        self.volumes = add_volume_fields(volumes_box, grid, "volume_")
        for spin in self.volumes.values():
            spin.valueChanged.connect(self._validate)
        self.total_label = RichLabel(volumes_box)  # app markup around a number
        self.total_label.setObjectName("volume_total")
        self.volume_note = PlainLabel(volumes_box)
        self.volume_note.setObjectName("volume_note")
        self.volume_note.setProperty("role", "note")
        self.volume_note.setWordWrap(True)
        grid.addWidget(self.total_label, len(self.volumes), 0, 1, 2)
        grid.addWidget(self.volume_note, len(self.volumes) + 1, 0, 1, 2)
        grid.setRowStretch(len(self.volumes) + 2, 1)

        # Visit: dates, assessors, template
        visit_box = QGroupBox(self.tr("Visit"), self)
        vform = QFormLayout(visit_box)
        today = QDate.currentDate()
        self.start_date = self._date("start_date", self.tr("First day of the visit"), today)
        self.end_date = self._date("end_date", self.tr("Last day of the visit"), today.addDays(1))
        self.dates_error = _error_label(self, "dates_error")
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(PlainLabel(self.tr("to"), visit_box))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        dates_col = QVBoxLayout()
        dates_col.setSpacing(2)
        dates_col.addLayout(dates)
        dates_col.addWidget(self.dates_error)
        vform.addRow(self._label(self.tr("Da&tes"), self.start_date), dates_col)

        self.lead_name = self._line("lead_assessor_name", self.tr("Lead assessor name"))
        if self._services.user.name:
            # Usually the one creating the visit; no validation yet (the form is half-built).
            self.lead_name.blockSignals(True)
            self.lead_name.setText(self._services.user.name)
            self.lead_name.blockSignals(False)
        self.lead_email = self._line("lead_assessor_email", self.tr("Lead assessor e-mail"))
        self.co_name = self._line("co_assessor_name", self.tr("Co-assessor name"))
        self.co_email = self._line("co_assessor_email", self.tr("Co-assessor e-mail"))
        for edit in (self.lead_email, self.co_email):
            edit.setPlaceholderText(self.tr("name@example.org"))
        self.lead_error = _error_label(self, "lead_assessor_email_error")
        self.co_error = _error_label(self, "co_assessor_email_error")
        vform.addRow(
            self._label(self.tr("&Lead assessor"), self.lead_name),
            self._pair(self.lead_name, self.lead_email),
        )
        vform.addRow("", self.lead_error)
        vform.addRow(
            self._label(self.tr("C&o-assessor"), self.co_name),
            self._pair(self.co_name, self.co_email),
        )
        vform.addRow("", self.co_error)

        self.template = QComboBox(visit_box)
        self.template.setObjectName("template")
        self.template.setAccessibleName(self.tr("Checklist template"))
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(40)
        default = services.templates.default()
        for info in services.templates.list():
            text = self.tr("{title} · version {version}").format(
                title=info.title, version=info.version
            )
            self.template.addItem(text, (info.id, info.version))
            # The combo box cuts a long title: the whole of it, and what it holds, below.
            details = self.tr("{title}, version {version}: {n} requirements ({core} core); "
                              "wording: {wording}").format(
                title=info.title, version=info.version, n=info.requirement_count,
                core=info.core_count, wording=info.wording,
            )  # fmt: skip
            row = self.template.count() - 1
            self.template.setItemData(row, details, TEMPLATE_DETAILS_ROLE)
            self.template.setItemData(row, plain(details), Qt.ItemDataRole.ToolTipRole)
            if (info.id, info.version) == (default.id, default.version):
                self.template.setCurrentIndex(self.template.count() - 1)
        vform.addRow(self.tr("Chec&klist template"), self.template)
        self.template_details = PlainLabel(visit_box)
        self.template_details.setWordWrap(True)
        self.template_details.setProperty("role", "hint")
        vform.addRow("", self.template_details)
        self.template.currentIndexChanged.connect(lambda _i: self._show_template_details())
        self._show_template_details()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create visit"))
        self.ok_button.setObjectName("create_visit_button")
        self.ok_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_error = _error_label(self, "save_error")

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(facility_box)
        left.addWidget(visit_box)
        columns.addLayout(left, 3)
        columns.addWidget(volumes_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        hint = PlainLabel(self.tr("* required"), self)
        hint.setProperty("role", "hint")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addWidget(self.save_error, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._set_tab_order()
        self._validate()
        self.facility_name.setFocus()

    # -- building helpers ------------------------------------------------------------------

    def _show_template_details(self) -> None:
        index = self.template.currentIndex()
        details = self.template.itemData(index, TEMPLATE_DETAILS_ROLE) if index >= 0 else ""
        self.template_details.setText(str(details or ""))

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(lambda _t, n=name: self._touch(n))
        edit.textChanged.connect(self._validate)
        return edit

    def _label(self, text: str, buddy: QWidget) -> PlainLabel:
        label = PlainLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_EDIT_FORMAT)
        edit.dateChanged.connect(self._validate)
        return edit

    def _pair(self, name: QLineEdit, email: QLineEdit) -> QHBoxLayout:
        name.setPlaceholderText(self.tr("Name"))
        row = QHBoxLayout()
        row.addWidget(name, 1)
        row.addWidget(email, 1)
        return row

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.facility_name, self.department, self.address, self.country,
            self.facility_code, self.representative, self.contact,
            self.start_date, self.end_date, self.lead_name, self.lead_email,
            self.co_name, self.co_email, self.template,
            *self.volumes.values(), self.ok_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- validation ------------------------------------------------------------------------

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    @staticmethod
    def _show(label: PlainLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    def total(self) -> int:
        return sum(spin.value() for spin in self.volumes.values())

    def problems(self) -> dict[str, str]:
        """Field name -> what is wrong with it; empty when the visit can be created."""
        # The rules are the service's own (domain/visit_rules), worded from their codes.
        found = {
            name: error_text(problem)
            for name, problem in new_visit_problems(self.new_visit()).items()
        }
        if self.template.count() == 0:
            found["template"] = self.tr("No checklist template is installed.")
        return found

    def _validate(self) -> None:
        problems = self.problems()
        # The empty name is only called out once the user has been in the field; OK stays
        # disabled either way.
        self._show(
            self.facility_error,
            problems.get("facility_name", "") if "facility_name" in self._touched else "",
        )
        self._show(self.dates_error, problems.get("dates", ""))
        self._show(self.lead_error, problems.get("lead_assessor_email", ""))
        self._show(
            self.co_error, problems.get("co_assessor_email", "") or problems.get("template", "")
        )
        total = self.total()
        self.total_label.setText(self.tr("Total: <b>{n}</b> a year").format(n=total))
        self.volume_note.setText(
            self.tr(
                "Below the {min} a year that accreditation requires; the visit can still go "
                "ahead, and the outcome will list it."
            ).format(min=MIN_ANNUAL_PROCEDURES)
            if total < MIN_ANNUAL_PROCEDURES
            else ""
        )
        self.volume_note.setVisible(total < MIN_ANNUAL_PROCEDURES)
        self.ok_button.setEnabled(not problems)

    # -- result ----------------------------------------------------------------------------

    def new_visit(self) -> NewVisit:
        # No template installed: the dialog says so and keeps OK disabled.
        template_id, version = self.template.currentData() or ("", None)
        lead = Assessor(self.lead_name.text().strip(), self.lead_email.text().strip())
        co = Assessor(self.co_name.text().strip(), self.co_email.text().strip())
        return NewVisit(
            facility=Facility(
                name=self.facility_name.text().strip(),
                department=self.department.text().strip(),
                address=self.address.text().strip(),
                country=self.country.text().strip(),
                facility_code=self.facility_code.text().strip(),
                authorised_representative=self.representative.text().strip(),
                contact_person=self.contact.text().strip(),
            ),
            template_id=template_id,
            template_version=version,
            volumes={p: s.value() for p, s in self.volumes.items() if s.value()},
            start_date=_to_date(self.start_date.date()),
            end_date=_to_date(self.end_date.date()),
            lead_assessor=lead if lead.name or lead.email else None,
            co_assessor=co if co.name or co.email else None,
        )

    def accept(self) -> None:
        if self.problems():
            self._touched.add("facility_name")
            self._validate()
            return
        try:
            self.created_visit_id = self._services.visits.create(self.new_visit())
            if not self._services.user.name and self.lead_name.text().strip():
                # Whoever creates a visit is, almost always, its lead assessor: from now on
                # their changes carry that name rather than the computer login.
                self._services.user.set_name(self.lead_name.text())
        except AppError as exc:
            self._show(self.save_error, message_of(exc))
            return
        super().accept()


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
