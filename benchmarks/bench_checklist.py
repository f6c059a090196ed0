"""Checklist page speed: full template + 300 photos, offscreen.

Run from the repository root:  python benchmarks/bench_checklist.py [--photos 300]

Prints: first show of the page, time per next requirement (Alt+Down, events processed,
page painted) over all 65 requirements, cold (thumbnails not yet cached) and warm, and the
peak RSS of the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from big_visit import build  # the same visit as bench_gui.py
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.checklist_page import ChecklistPage


def step_times(app: QApplication, page: ChecklistPage, *, settle: bool) -> list[float]:
    """Alt+Down through every requirement; ``settle`` waits for thumbnails between steps
    (outside the timing), as an assessor who looks at each requirement would."""
    page.select_requirement(page.navigator.model.keys()[0])
    linger(app)
    tree = page.navigator.tree
    tree.setFocus()
    times: list[float] = []
    for _ in range(len(page.navigator.model.keys()) - 1):
        start = time.perf_counter()
        QTest.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        page.repaint()  # include painting the new requirement
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        if settle:
            linger(app)
    return times


def linger(app: QApplication, ms: float = 120) -> None:
    """Let the page's delayed thumbnail requests fire and finish (not timed)."""
    until = time.perf_counter() + ms / 1000
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.005)
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def report(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(
        f"{label:<34} median {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms"
        f"   max {max(times):6.2f} ms   (n={len(times)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        services, visit_id = build(Path(tmp) / "data", args.photos)
        print(f"data dir built: {args.photos} photos in {time.perf_counter() - t0:.1f} s")

        start = time.perf_counter()
        page = ChecklistPage(services, visit_id, BackgroundRunner())
        page.resize(1366, 768)
        page.show()
        page.repaint()
        app.processEvents()
        first_show = (time.perf_counter() - start) * 1000
        print(f"{'first show of the page':<34} {first_show:6.1f} ms")

        report("next requirement, cold thumbnails", step_times(app, page, settle=True))
        report("next requirement, warm", step_times(app, page, settle=False))
        report("next requirement, warm again", step_times(app, page, settle=False))
        QThreadPool.globalInstance().waitForDone()
        page.close()
        page.deleteLater()
        app.processEvents()
        del page
        services.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS':<34} {peak_mb:6.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
