"""The new-visit dialog: typed into like a person; OK only when the input is valid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from assessor_app.domain.visit import ProcedureType
from assessor_app.ui.new_visit_dialog import NewVisitDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, services):
    dlg = NewVisitDialog(services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def type_count(qtbot, spin, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_ok_waits_for_a_facility_name(dialog, qtbot):
    assert not dialog.ok_button.isEnabled()
    assert not dialog.facility_error.isVisible()  # no scolding before the user typed
    qtbot.keyClicks(dialog.facility_name, "X")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.facility_name, Qt.Key.Key_Backspace)
    assert not dialog.ok_button.isEnabled()
    assert dialog.facility_error.isVisible()
    assert dialog.facility_error.text() == "The facility name is required."


def test_bad_email_is_called_out_inline(dialog, qtbot):
    qtbot.keyClicks(dialog.facility_name, "Royal Infirmary")
    qtbot.keyClicks(dialog.co_email, "james at example")
    assert dialog.co_error.isVisible()
    assert "is not an e-mail address" in dialog.co_error.text()
    assert not dialog.ok_button.isEnabled()
    dialog.co_email.clear()
    qtbot.keyClicks(dialog.co_email, "james@example.org")
    assert not dialog.co_error.isVisible()
    assert dialog.ok_button.isEnabled()


def test_end_before_start_is_refused(dialog, qtbot):
    qtbot.keyClicks(dialog.facility_name, "Royal Infirmary")
    dialog.start_date.setDate(QDate(2026, 5, 10))
    dialog.end_date.setDate(QDate(2026, 5, 9))
    assert dialog.dates_error.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.end_date.setFocus()
    qtbot.keyClick(dialog.end_date, Qt.Key.Key_Up)  # the day section steps up to the 10th
    assert dialog.end_date.date() == QDate(2026, 5, 10)
    assert not dialog.dates_error.isVisible()
    assert dialog.ok_button.isEnabled()


def test_volume_total_is_live_with_a_note_below_150(dialog, qtbot):
    type_count(qtbot, dialog.volumes[ProcedureType.ABLATION], 100)
    assert "100" in dialog.total_label.text()
    assert dialog.volume_note.isVisible()
    type_count(qtbot, dialog.volumes[ProcedureType.CHEMOEMBOLISATION], 50)
    assert "150" in dialog.total_label.text()
    assert not dialog.volume_note.isVisible()


def test_create_stores_every_field(dialog, qtbot, services):
    typed = {
        dialog.facility_name: "Royal Infirmary",
        dialog.department: "Interventional Radiology",
        dialog.address: "1 High Street, Edinburgh",
        dialog.country: "United Kingdom",
        dialog.facility_code: "UK-007",
        dialog.representative: "Prof. A. Smith",
        dialog.contact: "Dr. B. Jones",
        dialog.lead_name: "Dr. Elena Conti",
        dialog.lead_email: "elena@example.org",
    }
    for edit, text in typed.items():
        qtbot.keyClicks(edit, text)
    type_count(qtbot, dialog.volumes[ProcedureType.RADIOEMBOLISATION], 42)
    dialog.start_date.setDate(QDate(2026, 3, 2))
    dialog.end_date.setDate(QDate(2026, 3, 3))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewVisitDialog.DialogCode.Accepted
    visit = services.visits.get(dialog.created_visit_id)
    assert visit.facility.name == "Royal Infirmary"
    assert visit.facility.facility_code == "UK-007"
    assert visit.facility.authorised_representative == "Prof. A. Smith"
    assert visit.lead_assessor.email == "elena@example.org"
    assert visit.co_assessor.name == ""
    assert visit.volumes == {ProcedureType.RADIOEMBOLISATION: 42}
    assert (visit.start_date.isoformat(), visit.end_date.isoformat()) == (
        "2026-03-02",
        "2026-03-03",
    )
    assert visit.template_id == services.templates.default().id


def test_the_lead_assessor_becomes_the_name_on_changes(qtbot, services):
    assert services.user.name is None
    first = NewVisitDialog(services)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.facility_name, "Royal Infirmary")
    qtbot.keyClicks(first.lead_name, "Dr. Elena Conti")
    qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
    assert services.user.name == "Dr. Elena Conti"
    (change, *_) = services.findings.history(first.created_visit_id)
    assert change.author != "Dr. Elena Conti"  # written before the name was known
    second = NewVisitDialog(services)
    qtbot.addWidget(second)
    assert second.lead_name.text() == "Dr. Elena Conti"  # offered for the next visit
