"""A rotating log file in the log dir; the message dialogs point users to it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log that cannot be written (a full disk, a read-only folder) loses the record
    quietly: the log serves support, and must never pour tracebacks over the user."""

    def handleError(self, record: logging.LogRecord) -> None:
        return

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:
            return

    def close(self) -> None:
        try:
            super().close()
        except OSError:
            return


def configure_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # delay: a folder that cannot take the file yet does not stop the app from starting.
    handler = QuietRotatingFileHandler(
        log_file, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.FileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
