"""Why a backup was made, in the assessor's words.

A backup's manifest records a short code (services/backups, services/protection,
persistence/migrations make them): "manual", "hourly", "close", "before-restore",
"before-encrypt", "after-encrypt", "before-delete-visit", "before-upgrade-<revision>", and
"before-<operation>" for any destructive operation added later. The GUI shows a phrase for
each; a code it does not know (a newer version's, a hand-edited manifest) is shown as it
is, on one line, with nothing in it read as markup or a line break.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MAX_UNKNOWN = 60


def as_plain_line(text: str, limit: int | None = MAX_UNKNOWN) -> str:
    """``text`` on one line of printable characters (others become U+FFFD), cut to
    ``limit`` characters (None: whole)."""
    line = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return line if limit is None or len(line) <= limit else line[: limit - 1] + "…"


def reason_text(code: str) -> str:
    """The phrase for a backup's reason code (unknown codes as they are, one plain line)."""
    known = {
        "manual": QCoreApplication.translate("BackupReasons", "made on request"),
        "hourly": QCoreApplication.translate("BackupReasons", "hourly backup"),
        "close": QCoreApplication.translate("BackupReasons", "when the app closed"),
        "before-restore": QCoreApplication.translate("BackupReasons", "before a restore"),
        "before-encrypt": QCoreApplication.translate(
            "BackupReasons", "before encrypting the folder"
        ),
        "after-encrypt": QCoreApplication.translate("BackupReasons", "after encrypting the folder"),
        "before-delete-visit": QCoreApplication.translate(
            "BackupReasons", "before deleting a visit"
        ),
    }
    if code in known:
        return known[code]
    if code.startswith("before-upgrade-"):
        revision = as_plain_line(code.removeprefix("before-upgrade-"))
        return QCoreApplication.translate(
            "BackupReasons", "before the database upgrade to {revision}"
        ).format(revision=revision)
    return as_plain_line(code)
