"""The case review page's import path (issue 10): the import runs through the background
runner with progress and cancel; a cancelled import says so and keeps nothing; the date
field offers only days before the visit."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assessor_app.services.case_review import IMPORT_BATCH
from assessor_app.ui.case_review.case_review_page import CaseReviewPage

pytestmark = pytest.mark.gui


class RecordingRunner:
    """BackgroundRunner's public API, run inline; records what the page asked for."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.cancel_after = cancel_after
        self.progress: list[tuple[int, int]] = []
        self.options: dict[str, Any] = {}

    def run(self, fn, on_done, on_error, **options: Any) -> threading.Event:
        self.options = options
        cancel = threading.Event()

        def progress(done: int, total: int) -> None:
            self.progress.append((done, total))
            if self.cancel_after is not None and done >= self.cancel_after:
                cancel.set()

        try:
            result = fn(progress, cancel)
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)
        return cancel


def write_csv(path: Path, n: int) -> Path:
    rows = [f"IO-2025-{i:05d},2025-03-{1 + i % 28:02d},ablation" for i in range(n)]
    path.write_text("case_ref,procedure_date,procedure_type\n" + "\n".join(rows) + "\n")
    return path


def open_page(qtbot, services, visit_id, runner) -> CaseReviewPage:
    page = CaseReviewPage(services, visit_id, runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_the_import_shows_its_progress_and_may_be_cancelled(
    qtbot, services, visit_id, monkeypatch, tmp_path
):
    rows = 2 * IMPORT_BATCH + 100
    runner = RecordingRunner()
    page = open_page(qtbot, services, visit_id, runner)
    choose(monkeypatch, write_csv(tmp_path / "p.csv", rows))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert f"{rows} procedures" in page.population_label.text()
    assert runner.options.get("cancellable") is True and runner.options.get("label")
    done = [d for d, _t in runner.progress]
    assert {t for _d, t in runner.progress} == {rows}
    assert done[-1] == rows and any(0 < d < rows for d in done)


def test_a_cancelled_import_says_so_and_keeps_nothing(
    qtbot, services, visit_id, monkeypatch, tmp_path
):
    page = open_page(qtbot, services, visit_id, RecordingRunner(cancel_after=1))
    choose(monkeypatch, write_csv(tmp_path / "p.csv", 3 * IMPORT_BATCH))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in page.population_label.text() and not shown
    assert services.case_review.population(visit_id) == []


def test_a_date_after_the_visit_is_refused_and_not_offered(
    qtbot, services, visit_id, monkeypatch, tmp_path
):
    services.visits.update(visit_id, "start_date", date(2025, 6, 2))
    services.visits.update(visit_id, "end_date", date(2025, 6, 3))
    page = open_page(qtbot, services, visit_id, RecordingRunner())
    assert page.add_date.maximumDate() == QDate(2025, 6, 3)
    assert page.add_date.date() <= QDate(2025, 6, 3)
    bad = tmp_path / "bad.csv"
    bad.write_text("case_ref,procedure_date,procedure_type\nIO-1,2025-01-01,a\nIO-2,9999-12-31,a\n")
    choose(monkeypatch, bad)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert shown and "line 3" in shown[0] and "9999-12-31" in shown[0]
    assert services.case_review.population(visit_id) == []
