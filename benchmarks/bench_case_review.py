"""Case review speed: a 10,000-row CSV import plus a draw of 30 (target < 1 s together),
and one grid keystroke with 30 cases x 10 questions (target < 50 ms).

Run from the repository root: python benchmarks/bench_case_review.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assessor_app.domain.visit import Facility, NewVisit, ProcedureType
from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services

ROWS = 10_000
KEYSTROKES = 120


def write_csv(path: Path, n: int) -> None:
    start = date(2024, 1, 1)
    types = ["ablation", "chemoembolisation", "radioembolisation", "pain-management"]
    with path.open("w", encoding="utf-8") as fh:
        fh.write("case_ref,procedure_date,procedure_type\n")
        for i in range(n):
            fh.write(f"IO-{i:06d},{(start + timedelta(days=i % 700)).isoformat()},{types[i % 4]}\n")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(resolve_paths(Path(tmp) / "data"))
        template = services.templates.default()
        new = NewVisit(Facility("Bench"), template.id, volumes={ProcedureType.ABLATION: 200})
        visit_id = services.visits.create(new)
        csv_path = Path(tmp) / "population.csv"
        write_csv(csv_path, ROWS)

        t0 = time.perf_counter()
        info = services.case_review.import_csv(visit_id, csv_path)
        t1 = time.perf_counter()
        draw = services.case_review.draw(visit_id, "bench seed", 30)
        t2 = time.perf_counter()
        ok = services.case_review.verify(visit_id)
        t3 = time.perf_counter()
        assert info.size == ROWS and len(draw.case_refs) == 30 and ok
        total = t2 - t1 + t1 - t0
        print(f"import {ROWS} rows:      {(t1 - t0) * 1000:7.1f} ms")
        print(f"draw 30:                {(t2 - t1) * 1000:7.1f} ms")
        print(
            f"import + draw:          {total * 1000:7.1f} ms  (target < 1000 ms) "
            f"{'OK' if total < 1 else 'SLOW'}"
        )
        print(f"verify:                 {(t3 - t2) * 1000:7.1f} ms")

        # The grid: 30 cases x 10 questions, keystrokes through the real page.
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from assessor_app.ui.background import BackgroundRunner
        from assessor_app.ui.case_review.case_review_page import CaseReviewPage

        app = QApplication.instance() or QApplication([])
        BackgroundRunner.synchronous = True
        page = CaseReviewPage(services, visit_id, BackgroundRunner())
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        page.grid.setFocus()
        timings = []
        keys = [Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_A, Qt.Key.Key_Y]
        for i in range(KEYSTROKES):
            if page.grid.currentIndex().column() > len(page.model.questions):
                QTest.keyClick(page.grid, Qt.Key.Key_Down)
                QTest.keyClick(page.grid, Qt.Key.Key_Home)
                QTest.keyClick(page.grid, Qt.Key.Key_Right)
            k0 = time.perf_counter()
            QTest.keyClick(page.grid, keys[i % len(keys)])
            app.processEvents()
            timings.append((time.perf_counter() - k0) * 1000)
        timings.sort()
        p50 = statistics.median(timings)
        p95 = timings[int(len(timings) * 0.95) - 1]
        worst = timings[-1]
        print(
            f"grid keystroke (30x10): p50 {p50:5.1f} ms, p95 {p95:5.1f} ms, max {worst:5.1f} ms "
            f"(target < 50 ms) {'OK' if p95 < 50 else 'SLOW'}"
        )
        page.close()
        services.close()


if __name__ == "__main__":
    main()
