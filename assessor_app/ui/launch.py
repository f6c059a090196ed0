"""Start the desktop app (placeholder until the assessor's desktop lands)."""

from __future__ import annotations

import sys

from assessor_app.paths import AppPaths


def run_gui(paths: AppPaths) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(QApplication.translate("launch", "IASIOS Assessor"))
    label.show()
    return app.exec()
