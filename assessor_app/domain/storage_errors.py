"""What can go wrong with the disk under the database, as codes with parameters.

The persistence layer decides which condition it met (from SQLite's own error code and
the file system); the fronts word it: the command line with the English sentences here,
the GUI with translated ones keyed by the same codes.
"""

from __future__ import annotations

from enum import StrEnum

from assessor_app.domain.errors import DatabaseError


class StorageProblem(StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    DAMAGED = "damaged"
    IN_USE = "in-use"
    UNREADABLE = "unreadable"


# English sentences of the command line (and the log). Parameters: folder (the data
# folder), database (its file), backup (an existing backup copy, or ""), detail.
SENTENCES: dict[StorageProblem, str] = {
    StorageProblem.DISK_FULL: (
        "the disk holding {folder} is full. Nothing was changed. Free some space, then try again"
    ),
    StorageProblem.READ_ONLY: (
        "{database} is read-only. Nothing was changed. "
        "Make it writable, or copy the data folder to a place that can be written to"
    ),
    StorageProblem.DAMAGED: "{database} cannot be opened: it is damaged. Nothing was changed",
    StorageProblem.IN_USE: (
        "{database} is busy in another program (another copy of the app?). "
        "Nothing was changed. Close it, then try again"
    ),
    StorageProblem.UNREADABLE: "{database} cannot be opened ({detail}). Nothing was changed",
}
# Only for a damaged database with a backup copy that exists, naming it.
RESTORE_SENTENCE = (
    "To go on from the backup copy {backup}, move {database} out of the folder "
    "and put a copy of the backup in its place"
)
DAMAGED_NO_BACKUP_SENTENCE = "There is no backup copy of it; keep the file"


class StorageError(DatabaseError):
    """The database or its disk failed: full, read-only, damaged, busy or unreadable."""

    def __init__(
        self,
        problem: StorageProblem,
        *,
        folder: str,
        database: str,
        backup: str = "",
        detail: str = "",
    ) -> None:
        self.problem = problem
        self.code = problem.value
        self.params = {"folder": folder, "database": database, "backup": backup, "detail": detail}
        super().__init__(english_sentence(self))


def english_sentence(error: StorageError) -> str:
    text = SENTENCES[error.problem].format(**error.params)
    if error.problem is StorageProblem.DAMAGED:
        extra = RESTORE_SENTENCE if error.params["backup"] else DAMAGED_NO_BACKUP_SENTENCE
        text += ". " + extra.format(**error.params)
    return text
