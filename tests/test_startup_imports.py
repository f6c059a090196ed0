"""The window an assessor opens every morning loads only what it shows.

Signing, reports, bundle checks, image decoding and migrations each cost tens of
milliseconds to import; they load when first used, never on the way to the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assessor_app.services.container import Services

ROOT = Path(__file__).resolve().parent.parent
# Top-level packages the opening window must not import, with the feature that needs each.
LATER = {
    "cryptography": "signing and bundle signatures",
    "pyhanko": "report signing",
    "reportlab": "report rendering",
    "PIL": "photo decoding (thumbnails come from the store's cache)",
    "jsonschema": "template validation (cached by hash)",
    "alembic": "migrations (only when the database needs one)",
    "PySide6.QtPdf": "the report preview",
}

OPEN_WINDOW = """
import json, sys
from pathlib import Path
from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services
from assessor_app.ui.launch import make_application
from assessor_app.ui.main_window import MainWindow

app = make_application()
services = build_services(resolve_paths(Path(sys.argv[1])))
window = MainWindow(services)
window.show()
window.open_visit(sys.argv[2])
app.processEvents()
print(json.dumps(sorted(sys.modules)))
window.close()
services.close()
"""


def test_opening_a_visit_imports_nothing_it_does_not_show(services: Services, demo_id: str):
    # The template's validation result is cached on first use, as after any earlier run.
    services.templates.default()
    data = services.paths.data_dir
    services.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", OPEN_WINDOW, str(data), demo_id],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "assessor_app.ui.checklist.checklist_page" in loaded  # the window really opened
    early = {name: why for name, why in LATER.items() if name in loaded}
    assert not early, f"imported before first use: {early}"


FIRST_PAINT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from assessor_app.ui import launch

seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if (
            "paint" not in seen
            and event.type() == QEvent.Type.Paint
            and watched.objectName() == "main_window"
        ):
            window = watched
            seen["paint"] = {
                "sqlalchemy": "sqlalchemy" in sys.modules,
                "rows": window.list_page.model.rowCount(),
                "new_enabled": window.action_new.isEnabled(),
            }
        return False

def exec_once(self):
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
    seen["filled"] = {"rows": window.list_page.model.rowCount(),
                      "new_enabled": window.action_new.isEnabled()}
    window.close()
    return 0

app = launch.make_application()
watch = Watch()
app.installEventFilter(watch)
launch.install_excepthook = lambda _log: None
QApplication.exec = exec_once
from assessor_app.app import main

code = main(["--data-dir", sys.argv[1]])  # as `python main.py --data-dir DIR` starts
print(json.dumps({"code": code, **seen}))
"""


def test_the_visit_list_paints_before_sqlalchemy_loads_then_fills_in(
    services: Services, demo_id: str
):
    data = services.paths.data_dir
    services.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(data)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    # The frame is on screen before the data layer is even imported, with no rows: nothing
    # shown comes from anywhere but the database.
    assert seen["paint"] == {"sqlalchemy": False, "rows": 0, "new_enabled": False}
    # Then the database opens and the demo visit fills in, actions on.
    assert seen["filled"] == {"rows": 1, "new_enabled": True}
