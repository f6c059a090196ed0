"""No traceback ever reaches the user: errors become a short dialog, details go to the log.

``install_excepthook`` routes every uncaught exception (including those raised in Qt slots)
to ``report_error``. An ``AppError`` is the user's own mistake or a known condition and is
shown plainly; anything else is logged with its traceback and shown as "Something went
wrong", naming the log file.
"""

from __future__ import annotations

import errno
import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from assessor_app import APP_NAME
from assessor_app.domain.errors import AppError

log = logging.getLogger(__name__)

MAX_SHORT_MESSAGE = 200
_state: dict[str, Path | None] = {"log_file": None}


def short_message(exc: BaseException) -> str:
    """One line a person can read: the message, or the kind of error when it has none."""
    text = " ".join(str(exc).split()) or exc.__class__.__name__
    if len(text) > MAX_SHORT_MESSAGE:
        text = text[: MAX_SHORT_MESSAGE - 1].rstrip() + "…"
    return text.rstrip(".")


def error_text(exc: BaseException, log_file: Path | None) -> str:
    if isinstance(exc, AppError):
        # Imported on the first error: the start-up path installs the hook long before.
        from assessor_app.ui.formatting import message_of

        return message_of(exc)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        # Not a fault of the app, and the log could not take its details either.
        return QCoreApplication.translate(
            "errors", "The disk is full. Free some space, then try again."
        )
    where = str(log_file) if log_file else QCoreApplication.translate("errors", "the log file")
    return QCoreApplication.translate(
        "errors", "Something went wrong: {message}. Details were written to {log_file}."
    ).format(message=short_message(exc), log_file=where)


def _parent_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.activeWindow() or next(
        (w for w in app.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible()),
        None,
    )


def report_error(exc: BaseException, parent: QWidget | None = None) -> QMessageBox | None:
    """Log and show an error; returns the (non-blocking) dialog, or None without a GUI."""
    if not isinstance(exc, AppError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    else:
        log.info("error shown to the user: %s", exc)
    if not isinstance(QApplication.instance(), QApplication):
        return None
    box = QMessageBox(parent or _parent_window())
    box.setObjectName("error_dialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    known = isinstance(exc, AppError)
    box.setIcon(QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote a bundle's text
    box.setText(error_text(exc, _state["log_file"]))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAccessibleName(QCoreApplication.translate("errors", "Error message"))
    # open(), not exec(): an excepthook must not spin a nested event loop.
    box.open()
    return box


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    try:
        report_error(exc)
    except Exception:  # the reporter itself failing must not loop or crash
        log.exception("could not show the error dialog")


def install_excepthook(log_file: Path | None) -> None:
    """Route uncaught exceptions to ``report_error``; ``log_file`` is named in the dialog."""
    _state["log_file"] = log_file
    sys.excepthook = _hook
