"""Issue 3 speed targets for the real main window, on the full template plus 300 photos.

Run from the repository root:

    .venv/bin/python benchmarks/bench_gui.py                 # offscreen, and Xvfb if installed
    .venv/bin/python benchmarks/bench_gui.py --platform xvfb --runs 9 --data-dir /tmp/bench

1. First paint. Each measurement is its own fresh process (no warm Python or Qt caches):
   the app child does what ``python main.py`` does (logging, QApplication with our style
   sheet, services), then builds MainWindow, opens the visit and shows it; the bare child
   shows a plain PySide6 QMainWindow with the same three views (a QTreeView of 65
   requirements under their standards, an editor of labels and text edits, a header of
   progress bars above a tab widget). "Ready" is when the window's first paint event has
   been delivered and a zero timer posted from it has fired (that paint flush and the
   events queued before it are done). Reported from process start (the parent's clock
   just before it starts the child) and from window construction. Target: app <= 2x bare.
2. Next requirement: Alt+Down (QTest.keyClick on the navigator) until the editor's key
   label has painted the new key, over all 65 requirements; cold thumbnails (first walk,
   pausing on each requirement untimed so its thumbnails load, as an assessor would),
   cached (second walk, same pauses) and cached without pauses (key held down).
   Target: < 50 ms (verdict on p95; max shown).
3. Memory: peak RSS of the walking process after both walks. Target: < 300 MB.

The data dir is built once per invocation in a temp folder (or kept in --data-dir and
reused on later invocations) and shared by every child.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULT_PREFIX = "BENCH-RESULT "
FIRST_PAINT_RATIO_TARGET = 2.0
STEP_TARGET_MS = 50.0
RSS_TARGET_MB = 300.0
READY_TIMEOUT_S = 60.0
STEP_TIMEOUT_S = 5.0
LINGER_MS = 150
# The window size of a first run (the app's DEFAULT_SIZE), bounded by the screen as the app does.
WINDOW_SIZE = (1280, 800)
XVFB_ARGS = ["Xvfb", "-screen", "0", "1366x768x24", "-nolisten", "tcp"]


# ------------------------------------------------------------------------------------------
# children: each runs in its own process and prints one RESULT line of JSON
# ------------------------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def _emit(result: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def _wait_first_paint(window: Any) -> tuple[float, float]:
    """Block until ``window`` has painted once and the queue behind that paint is done.

    Returns (time.time() of the first paint event, time.time() when ready)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    marks: dict[str, float] = {}
    loop = QEventLoop()

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if "paint" not in marks and event.type() == QEvent.Type.Paint:
                marks["paint"] = time.time()
                QTimer.singleShot(0, ready)
            return False

    def ready() -> None:
        marks["ready"] = time.time()
        loop.quit()

    probe = Probe()
    window.installEventFilter(probe)  # the window only: an app-wide filter taxes every event
    QTimer.singleShot(int(READY_TIMEOUT_S * 1000), loop.quit)
    window.show()
    if "ready" not in marks:
        loop.exec()
    window.removeEventFilter(probe)
    if "ready" not in marks:
        raise RuntimeError(f"no paint event within {READY_TIMEOUT_S:.0f} s")
    return marks["paint"], marks["ready"]


def _window_size(app: Any) -> tuple[int, int]:
    screen = app.primaryScreen()
    width, height = WINDOW_SIZE
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width()), min(height, available.height())
    return width, height


def child_bare(t0: float) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QSplitter,
        QTabWidget,
        QTreeView,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv)
    t_construct = time.time()
    window = QMainWindow()
    for title in ("&File", "&Edit", "&Visit", "&Help"):
        window.menuBar().addMenu(title).addAction("Item")
    window.statusBar().showMessage("Ready")

    model = QStandardItemModel()
    counts = [7, 6, 7, 6, 7, 6, 7, 6, 7, 6]  # 65 requirements in 10 standards
    for number, count in enumerate(counts, start=1):
        standard = QStandardItem(f"Standard {number}: governance and staffing")
        for letter in range(count):
            key = f"{number}.{chr(ord('a') + letter)}"
            standard.appendRow(QStandardItem(f"{key}  The facility keeps written procedures"))
        model.appendRow(standard)
    tree = QTreeView()
    tree.setModel(model)
    tree.setHeaderHidden(True)
    tree.expandAll()

    editor = QWidget()
    form = QVBoxLayout(editor)
    form.addWidget(QLabel("1.a"))
    text = QLabel("The facility has a written policy for patient selection. " * 3)
    text.setWordWrap(True)
    form.addWidget(text)
    form.addWidget(QLabel("Guidance: look for signed, dated documents."))
    buttons = QHBoxLayout()
    for label in ("Met", "Partially met", "Not met", "Not applicable"):
        buttons.addWidget(QPushButton(label))
    form.addLayout(buttons)
    for evidence in ("Policy document", "Minutes", "Training records"):
        form.addWidget(QCheckBox(evidence))
    form.addWidget(QLabel("Comment"))
    form.addWidget(QPlainTextEdit("Seen on site; documents current and signed."))
    form.addWidget(QLabel("Justification"))
    form.addWidget(QPlainTextEdit())

    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(editor)
    tabs = QTabWidget()
    tabs.addTab(splitter, "Checklist")
    for title in ("Summary", "Corrective actions", "Case review", "Report"):
        tabs.addTab(QWidget(), title)
    header = QWidget()
    header_row = QHBoxLayout(header)
    for label, value in (("Answered", 65), ("Core answered", 40)):
        header_row.addWidget(QLabel(label))
        bar = QProgressBar()
        bar.setRange(0, 65)
        bar.setValue(value)
        header_row.addWidget(bar)
    header_row.addWidget(QLabel("Outcome so far: not accredited"))
    central = QWidget()
    column = QVBoxLayout(central)
    column.addWidget(header)
    column.addWidget(tabs, 1)
    window.setCentralWidget(central)
    window.resize(*_window_size(app))

    paint, ready = _wait_first_paint(window)
    _emit(
        {
            "from_start_ms": (ready - t0) * 1000,
            "from_construct_ms": (ready - t_construct) * 1000,
            "first_paint_event_ms": (paint - t_construct) * 1000,
            "peak_rss_mb": _peak_rss_mb(),
        }
    )
    window.close()


def child_orm_import(t0: float) -> None:
    """The floor the data layer sets: a fresh interpreter that only imports SQLAlchemy's ORM."""
    import sqlalchemy.orm  # noqa: F401

    _emit({"from_start_ms": (time.time() - t0) * 1000})


def child_nothing(t0: float) -> None:
    """A fresh interpreter running this script and nothing else: the start-up both pay."""
    _emit({"from_start_ms": (time.time() - t0) * 1000})


def _start_app(data_dir: Path, marks: dict[str, float] | None = None) -> tuple[Any, Any, Any]:
    """What ``python main.py`` does before its window: logging, QApplication, services.

    ``marks`` gets the time.time() after the imports, the QApplication and the services."""
    marks = {} if marks is None else marks
    sys.path.insert(0, str(ROOT))
    from assessor_app.logging_setup import configure_logging
    from assessor_app.paths import resolve_paths

    paths = resolve_paths(data_dir)
    paths.ensure()
    configure_logging(paths.log_file)
    from assessor_app.services.container import build_services
    from assessor_app.ui.error_dialog import install_excepthook
    from assessor_app.ui.launch import make_application
    from assessor_app.ui.main_window import MainWindow

    marks["imported"] = time.time()
    app = make_application()
    install_excepthook(paths.log_file)
    marks["application"] = time.time()
    services = build_services(paths)
    marks["services"] = time.time()
    return app, services, MainWindow


def _open_window(services: Any, main_window_cls: Any, visit_id: str) -> Any:
    window = main_window_cls(services)
    window.open_visit(visit_id)
    return window


def child_app(t0: float, data_dir: Path, visit_id: str) -> None:
    marks: dict[str, float] = {}
    app, services, main_window_cls = _start_app(data_dir, marks)
    t_construct = time.time()
    window = main_window_cls(services)
    t_list = time.time()
    window.open_visit(visit_id)
    t_opened = time.time()
    paint, ready = _wait_first_paint(window)
    _emit(
        {
            # Where the time from process start goes, stage by stage.
            "stages_ms": {
                "interpreter + imports": (marks["imported"] - t0) * 1000,
                "QApplication + style": (marks["application"] - marks["imported"]) * 1000,
                "services (database)": (marks["services"] - marks["application"]) * 1000,
                "MainWindow()": (t_list - t_construct) * 1000,
                "open_visit()": (t_opened - t_list) * 1000,
                "show -> ready": (ready - t_opened) * 1000,
            },
            "from_start_ms": (ready - t0) * 1000,
            "from_construct_ms": (ready - t_construct) * 1000,
            "first_paint_event_ms": (paint - t_construct) * 1000,
            "peak_rss_mb": _peak_rss_mb(),
        }
    )
    window.close()
    app.processEvents()
    services.close()


def child_walk(data_dir: Path, visit_id: str) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool
    from PySide6.QtTest import QTest

    app, services, main_window_cls = _start_app(data_dir)
    window = _open_window(services, main_window_cls, visit_id)
    _wait_first_paint(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)  # shortcuts only fire in the active window
    page = window.workspace.checklist
    tree = page.navigator.tree
    label = page.editor.key_label

    painted: list[bool] = [False]

    class LabelProbe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted[0] = True
            return False

    probe = LabelProbe()
    label.installEventFilter(probe)

    def linger() -> None:
        """Stay on the requirement as an assessor would: its thumbnails load (untimed)."""
        until = time.perf_counter() + LINGER_MS / 1000
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.005)
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()

    def walk(pause: bool) -> list[float]:
        keys = page.navigator.visible_keys()
        page.select_requirement(keys[0])
        tree.setFocus()
        linger()
        times: list[float] = []
        for expected in keys[1:]:
            painted[0] = False
            start = time.perf_counter()
            QTest.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
            # Until the new key is on screen: set on the label and the label repainted.
            while not (painted[0] and label.text() == expected):
                app.processEvents()
                if time.perf_counter() - start > STEP_TIMEOUT_S:
                    raise RuntimeError(
                        f"Alt+Down did not show {expected} within {STEP_TIMEOUT_S:.0f} s "
                        f"(editor shows {label.text()!r})"
                    )
            times.append((time.perf_counter() - start) * 1000)
            if pause:
                linger()
        return times

    cold = walk(pause=True)
    cached = walk(pause=True)
    rapid = walk(pause=False)
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    _emit(
        {
            "requirements": len(page.navigator.visible_keys()),
            "cold": cold,
            "cached": cached,
            "rapid": rapid,
            "peak_rss_mb": _peak_rss_mb(),
        }
    )
    label.removeEventFilter(probe)
    window.close()
    app.processEvents()
    services.close()


# ------------------------------------------------------------------------------------------
# parent: builds the data, starts the children, prints the table
# ------------------------------------------------------------------------------------------


def prepare_data(data_dir: Path, photos: int) -> str:
    """Build the visit once; a kept data dir with a matching marker is reused as it is."""
    marker = data_dir / "bench-gui.json"
    if marker.exists():
        saved = json.loads(marker.read_text())
        if saved.get("photos") == photos:
            print(f"reusing data dir {data_dir} ({photos} photos)")
            return str(saved["visit_id"])
        shutil.rmtree(data_dir)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    from big_visit import build

    start = time.perf_counter()
    services, visit_id = build(data_dir, photos)
    services.close()
    marker.write_text(json.dumps({"photos": photos, "visit_id": visit_id}))
    print(f"data dir built in {time.perf_counter() - start:.1f} s: {photos} photos, {data_dir}")
    return visit_id


def run_child(mode: str, env: dict[str, str], extra: list[str], timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, *extra]
    t0 = time.time()
    proc = subprocess.run(
        [*cmd, "--t0", repr(t0)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return dict(json.loads(line[len(RESULT_PREFIX) :]))
    raise RuntimeError(
        f"child {mode} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}{proc.stdout[-1000:]}"
    )


class Xvfb:
    """A private X server for the children; stopped by its own pid."""

    def __init__(self) -> None:
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            [*XVFB_ARGS[:1], "-displayfd", str(write_fd), *XVFB_ARGS[1:]],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def measure(platform: str, env: dict[str, str], args: argparse.Namespace, data: list[str]) -> None:
    timeout = args.timeout
    loads = os.getloadavg()
    print(
        f"\n=== platform: {platform}   ({os.cpu_count()} CPUs, load average "
        f"{loads[0]:.2f} {loads[1]:.2f} {loads[2]:.2f} at start; shared machine) ==="
    )
    # One discarded pair first: fills the OS file cache for both, as on any second start.
    run_child("bare", env, [], timeout)
    run_child("app", env, data, timeout)
    bare: list[dict[str, Any]] = []
    app: list[dict[str, Any]] = []
    for n in range(args.runs):
        # Alternate who goes first so a load spike does not always hit the same side.
        order = [("bare", []), ("app", data)] if n % 2 == 0 else [("app", data), ("bare", [])]
        for mode, extra in order:
            result = run_child(mode, env, extra, timeout)
            (bare if mode == "bare" else app).append(result)
    orm = [run_child("orm-import", env, [], timeout) for _ in range(args.runs)]
    nothing = [run_child("nothing", env, [], timeout) for _ in range(args.runs)]
    walk = run_child("walk", env, data, timeout)

    rows: list[tuple[str, str, str, str]] = []
    for field, what in (
        ("from_start_ms", "first paint, from process start"),
        ("from_construct_ms", "first paint, from window construction"),
    ):
        a = statistics.median(r[field] for r in app)
        b = statistics.median(r[field] for r in bare)
        ratio = a / b
        rows.append(
            (
                what,
                f"app {a:7.1f} ms / bare {b:6.1f} ms = {ratio:4.2f}x",
                f"<= {FIRST_PAINT_RATIO_TARGET:.1f}x",
                verdict(ratio <= FIRST_PAINT_RATIO_TARGET),
            )
        )
    for field, what in (
        ("cold", "next requirement, cold thumbnails"),
        ("cached", "next requirement, cached thumbnails"),
        ("rapid", "next requirement, cached, key held"),
    ):
        times = walk[field]
        p95 = pct(times, 95)
        over = sum(t >= STEP_TARGET_MS for t in times)
        note = f" ({over} over)" if over else ""
        rows.append(
            (
                what,
                f"median {statistics.median(times):5.1f} p95 {p95:5.1f} max {max(times):5.1f} ms"
                + note,
                f"< {STEP_TARGET_MS:.0f} ms",
                verdict(p95 < STEP_TARGET_MS),
            )
        )
    rss = walk["peak_rss_mb"]
    rows.append(
        (
            "peak RSS, visit open, all walked",
            f"{rss:6.1f} MB",
            f"< {RSS_TARGET_MB:.0f} MB",
            verdict(rss < RSS_TARGET_MB),
        )
    )
    width = max(len(r[0]) for r in rows)
    fig = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':<{fig}}  {'target':<9}  verdict")
    for what, figure, target, result in rows:
        print(f"{what:<{width}}  {figure:<{fig}}  {target:<9}  {result}")
    spread = ", ".join(
        f"{side} {min(starts):.0f}-{max(starts):.0f}"
        for side, rs in (("app", app), ("bare", bare))
        if (starts := [r["from_start_ms"] for r in rs])
    )
    print(
        f"first paint from process start, range over {args.runs} runs (ms): {spread}; "
        f"first-paint process peak RSS: app {statistics.median(r['peak_rss_mb'] for r in app):.0f}"
        f" MB, bare {statistics.median(r['peak_rss_mb'] for r in bare):.0f} MB; "
        f"steps per walk: {len(walk['cold'])}"
    )
    orm_ms = statistics.median(r["from_start_ms"] for r in orm)
    bare_ms = statistics.median(r["from_start_ms"] for r in bare)
    start_ms = statistics.median(r["from_start_ms"] for r in nothing)
    # As designed, the window shows the visit read through the ORM, so Qt and the ORM are
    # both loaded before its first paint, and imports run one at a time under the GIL:
    # bare's work plus the ORM's import, with nothing of ours, is the least it can take.
    orm_import = orm_ms - start_ms
    least = bare_ms + orm_import
    print(
        f"floors: interpreter start {start_ms:.0f} ms; importing sqlalchemy.orm alone "
        f"{orm_import:.0f} ms more (no Qt); bare + that import, with zero cost for our code, "
        f"{least:.0f} ms = {least / bare_ms:.2f}x bare"
    )
    stages = app[0]["stages_ms"].keys()
    print(
        "app from process start, median per stage (ms): "
        + ", ".join(f"{k} {statistics.median(r['stages_ms'][k] for r in app):.0f}" for k in stages)
    )
    loads = os.getloadavg()
    print(f"load average at end: {loads[0]:.2f} {loads[1]:.2f} {loads[2]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per side")
    parser.add_argument(
        "--platform", choices=["offscreen", "xvfb", "both"], default="both",
        help="both: offscreen, then Xvfb when it is installed",
    )  # fmt: skip
    parser.add_argument("--data-dir", type=Path, help="keep the visit here and reuse it")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per child")
    children = ["bare", "app", "walk", "orm-import", "nothing"]
    parser.add_argument("--child", choices=children, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--visit", help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "bare":
        child_bare(args.t0)
        return 0
    if args.child == "app":
        child_app(args.t0, args.data, args.visit)
        return 0
    if args.child == "nothing":
        child_nothing(args.t0)
        return 0
    if args.child == "orm-import":
        child_orm_import(args.t0)
        return 0
    if args.child == "walk":
        child_walk(args.data, args.visit)
        return 0

    platforms = ["offscreen", "xvfb"] if args.platform == "both" else [args.platform]
    if "xvfb" in platforms and shutil.which("Xvfb") is None:
        print("Xvfb not installed (apt-get install -y xvfb): measuring offscreen only")
        platforms.remove("xvfb")
    sys.path.insert(0, str(HERE))
    from bytecode import compile_app

    compile_app()  # children read bytecode, as every start after an app's first does
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        data_dir = args.data_dir or Path(tmp) / "data"
        visit_id = prepare_data(data_dir.resolve(), args.photos)
        data = ["--data", str(data_dir.resolve()), "--visit", visit_id]
        for platform in platforms:
            env = dict(os.environ)
            env.pop("ASSESSOR_APP_DATA_DIR", None)
            if platform == "offscreen":
                env["QT_QPA_PLATFORM"] = "offscreen"
                measure(platform, env, args, data)
                continue
            xvfb = Xvfb()
            try:
                env["QT_QPA_PLATFORM"] = "xcb"
                env["DISPLAY"] = xvfb.display
                measure(f"xcb on Xvfb {xvfb.display} (1366x768)", env, args, data)
            finally:
                xvfb.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
