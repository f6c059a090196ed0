"""Where file dialogs start: the folder last used for that kind of file in this session,
else the user's Pictures (photos) or Documents folder, never the app's working directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

PHOTOS, DOCUMENTS = "photos", "documents"
_last: dict[str, str] = {}


def _default(kind: str) -> str:
    where = (
        QStandardPaths.StandardLocation.PicturesLocation
        if kind == PHOTOS
        else QStandardPaths.StandardLocation.DocumentsLocation
    )
    folder = QStandardPaths.writableLocation(where)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def start_in(kind: str = DOCUMENTS, file_name: str = "") -> str:
    """The dialog's starting point: a folder, or a suggested file in it (save dialogs)."""
    folder = _last.get(kind) or _default(kind)
    return str(Path(folder) / file_name) if file_name else folder


def remember(kind: str, chosen: str | list[str]) -> None:
    """Start the next dialog of this kind where the user just was."""
    first = chosen[0] if isinstance(chosen, list) else chosen
    if first:
        _last[kind] = str(Path(first).parent)
