"""A long facility or department name never makes the window wider than a laptop screen:
the header paints it elided and shows it whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from assessor_app.domain.text_limits import VISIT_TEXT_LIMITS
from assessor_app.domain.visit import Facility, NewVisit
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
LAPTOP_WIDTH = 1366


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


def test_the_longest_names_fit_a_laptop_screen(qtbot, services):
    name = ("Universitätsklinikum Nordstadt Abteilung " * 20)[: VISIT_TEXT_LIMITS["facility_name"]]
    department = ("Interventionelle Radiologie " * 20)[: VISIT_TEXT_LIMITS["department"]]
    visit_id = services.visits.create(
        NewVisit(
            facility=Facility(name=name, department=department),
            template_id=services.templates.default().id,
        )
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(LAPTOP_WIDTH, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_visit(visit_id)
    QApplication.processEvents()
    header = window.workspace.header
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
    assert window.width() <= LAPTOP_WIDTH
    assert header.facility.text() == name  # whole for screen readers and copying
    assert header.facility.shown_text().endswith("…")
    assert header.facility.width() < LAPTOP_WIDTH
    assert name.strip() in header.facility.toolTip()
