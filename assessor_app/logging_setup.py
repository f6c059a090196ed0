"""A rotating log file in the log dir; the message dialogs point users to it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5


class QuietRotatingFileHandler(logging.FileHandler):
    """A log that rolls over to assessor.log.1 .. .5 once it passes ``max_bytes``.

    Built on ``FileHandler`` rather than ``logging.handlers.RotatingFileHandler``: that
    module imports socket, pickle and queue (some 15 ms), and the log is set up before the
    first window paints.

    A log that cannot be written (a full disk, a read-only folder) loses the record
    quietly: the log serves support, and must never pour tracebacks over the user.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        # delay: a folder that cannot take the file yet does not stop the app from starting.
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
        except OSError:
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)  # another process may have written to it
        written = self.stream.tell()
        return written > 0 and written + len(self.format(record)) + 1 > self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        base = Path(self.baseFilename)
        for n in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{n + 1}"))
        base.replace(base.with_name(f"{base.name}.1"))

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
    handler = QuietRotatingFileHandler(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.FileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
