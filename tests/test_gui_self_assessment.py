"""The facility's self-assessment in the checklist: beside the rating, and as filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from assessor_app.domain.ratings import Rating
from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.navigator_model import Filter
from tests.test_gui_checklist import click_requirement, open_page
from tests.workbook_helpers import fill_correctly

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_background():
    BackgroundRunner.synchronous = True
    yield
    BackgroundRunner.synchronous = False


def _import_form(services: Services, visit_id: str, tmp_path: Path) -> None:
    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    services.self_assessment.import_workbook(visit_id, filled)


def _choose_filter(qtbot, page, which: Filter) -> None:
    box = page.navigator.filter_box
    box.setFocus()
    for _ in range(box.count()):
        if box.currentData() == which.value:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == which.value


def test_editor_shows_the_claim_beside_the_rating_and_never_replaces_it(
    qtbot, services, visit_id, tmp_path
):
    _import_form(services, visit_id, tmp_path)
    page = open_page(qtbot, services, visit_id)
    click_requirement(qtbot, page, "1.a")
    panel = page.editor.facility_claim
    assert panel.isVisible()
    assert panel.status_label.text() == "The facility says: Met"
    assert panel.evidence_label.text() == "Evidence: sop-sedation.pdf; team-photo.jpg"
    assert not panel.differ_label.isVisible()
    assert page.editor.rating_bar.isVisible()
    click_requirement(qtbot, page, "2.a")
    assert panel.justification_label.text() == "Justification: We run no outpatient clinic"
    click_requirement(qtbot, page, "3.a")
    assert not panel.isVisible()  # nothing claimed there

    click_requirement(qtbot, page, "2.b")
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_3)  # not met (the editor may move on)
    qtbot.waitUntil(lambda: services.findings.findings(visit_id)["2.b"].rating is Rating.NOT_MET)
    click_requirement(qtbot, page, "2.b")
    assert panel.isVisible() and panel.differ_label.isVisible()
    # The facility's claim is still its own; the assessor's rating is the finding.
    assert services.self_assessment.account(visit_id).claims["2.b"].status is Rating.MET


def test_filters_facility_met_unrated_and_disagreement(qtbot, services, visit_id, tmp_path):
    _import_form(services, visit_id, tmp_path)
    services.findings.rate(visit_id, "2.b", Rating.NOT_MET)
    services.findings.rate(visit_id, "1.b", Rating.PARTIAL)
    page = open_page(qtbot, services, visit_id)
    _choose_filter(qtbot, page, Filter.FACILITY_MET_UNRATED)
    assert page.navigator.visible_keys() == ["1.a"]
    _choose_filter(qtbot, page, Filter.FACILITY_DISAGREES)
    assert page.navigator.visible_keys() == ["2.b"]
