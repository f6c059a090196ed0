"""A rating key typed in a real MainWindow reaches the header: progress and outcome.

No signal is emitted by hand here: the key goes to the requirement list where the keyboard
focus is, and the header must follow from what the page saved.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from assessor_app.domain.ratings import Rating
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.formatting import tier_label
from assessor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


def header_texts(window: MainWindow) -> tuple[int, int, str, str]:
    header = window.workspace.header
    return (
        header.answered_bar.value(),
        header.core_bar.value(),
        header.tier.text(),
        header.reasons.toPlainText(),
    )


def type_rating_on(qtbot, window: MainWindow, key: str, qt_key: Qt.Key) -> None:
    checklist = window.workspace.checklist
    checklist.select_requirement(key)
    tree = checklist.navigator.tree
    tree.setFocus()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    assert checklist.current_key() == key
    qtbot.keyClick(QApplication.focusWidget(), qt_key)


def test_rating_keys_in_the_list_update_header_progress_and_outcome(qtbot, services, demo_id):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_visit(demo_id)
    answered, core, tier, reasons = header_texts(window)
    assert (answered, core) == (65, 27)
    assert tier == tier_label(
        services.outcome.detail(demo_id).outcome.tier.value
    )  # the demo is fully rated
    assert "6.b" in reasons  # a core requirement not met keeps it from accreditation

    # "0" (not assessed) on a core requirement: one fewer answered, in the bars and reasons.
    type_rating_on(qtbot, window, "1.a", Qt.Key.Key_0)
    assert services.findings.findings(demo_id)["1.a"].rating is Rating.NOT_ASSESSED
    qtbot.waitUntil(lambda: header_texts(window)[:2] == (64, 26))
    assert "1.a" in header_texts(window)[3]

    # "1" (met) on the core requirement that was not met: 6.b leaves the reasons.
    type_rating_on(qtbot, window, "6.b", Qt.Key.Key_1)
    assert services.findings.findings(demo_id)["6.b"].rating is Rating.MET
    qtbot.waitUntil(lambda: "6.b" not in header_texts(window)[3])

    # "1" back on 1.a: progress is whole again, and the header agrees with the service.
    type_rating_on(qtbot, window, "1.a", Qt.Key.Key_1)
    qtbot.waitUntil(lambda: header_texts(window)[:2] == (65, 27))
    detail = services.outcome.detail(demo_id)
    assert header_texts(window)[2] == tier_label(detail.outcome.tier.value)
    # The tier's colour follows its value (the style is re-applied only on a change).
    assert window.workspace.header.tier.property("tier") == detail.outcome.tier.value
    assert header_texts(window)[3] != reasons  # 6.b is met now
