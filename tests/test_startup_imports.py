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
