"""The disk's failures under the database, as translated sentences keyed by their code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assessor_app.domain.storage_errors import StorageError, StorageProblem


def _sentences() -> dict[StorageProblem, str]:
    return {
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "storage",
            "The disk holding {folder} is full. Nothing was changed. "
            "Free some space, then try again.",
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "storage",
            "{database} is read-only. Nothing was changed. "
            "Make it writable, or copy the data folder to a place that can be written to.",
        ),
        StorageProblem.IN_USE: QCoreApplication.translate(
            "storage",
            "{database} is busy in another program (another copy of the app?). "
            "Nothing was changed. Close it, then try again.",
        ),
        StorageProblem.DAMAGED: QCoreApplication.translate(
            "storage", "{database} cannot be opened: it is damaged. Nothing was changed."
        ),
        StorageProblem.UNREADABLE: QCoreApplication.translate(
            "storage", "{database} cannot be opened ({detail}). Nothing was changed."
        ),
    }


def storage_error_text(error: StorageError) -> str:
    """One short, true paragraph; a backup copy is named only when one exists."""
    text = _sentences()[error.problem]
    if error.problem is StorageProblem.DAMAGED:
        if error.params["backup"]:
            advice = QCoreApplication.translate(
                "storage",
                "To go on from the backup copy {backup}, move {database} out of the folder "
                "and put a copy of the backup in its place.",
            )
        else:
            advice = QCoreApplication.translate(
                "storage", "There is no backup copy of it; keep the file."
            )
        text += " " + advice
    return text.format(**error.params)
