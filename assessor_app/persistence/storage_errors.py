"""Turn what SQLite and the file system raise into one of a few true conditions.

SQLite names its error (``sqlite_errorname``, Python 3.11+); where its name is vague (a
"disk I/O error" when the disk is full and a WAL index cannot be made), the file system
is asked. Details (the driver's text, quick_check's list) go to the log, not to the user.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from assessor_app.domain.storage_errors import StorageError, StorageProblem
from assessor_app.persistence.raw_connection import driver_errors

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey

log = logging.getLogger(__name__)

# Below this much free space an I/O error is the disk running full, not a fault.
LOW_SPACE_BYTES = 1024 * 1024
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def newest_backup(db_path: Path, backup_dir: Path, key: DataKey | None = None) -> Path | None:
    """The database file of the newest backup that opens (with the key) as an intact one:
    the backups of persistence/backup_store first, then the flat copies older apps made."""
    from assessor_app.persistence.backup_copy import quick_check
    from assessor_app.persistence.backup_store import list_backups

    for backup in list_backups(backup_dir):
        if quick_check(backup.database, key):  # opens with the folder's key
            return backup.database
    if key is not None:
        return None  # an older app's copies are plaintext, of another folder state
    copies = sorted(backup_dir.glob(f"{db_path.stem}-*.db"), reverse=True)
    for copy in copies:
        try:
            con = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
            try:
                if con.execute("PRAGMA quick_check").fetchone() == ("ok",):
                    return copy
            finally:
                con.close()
        except sqlite3.Error:
            continue
    return None


def damaged(db_path: Path, backup_dir: Path, key: DataKey | None = None) -> StorageError:
    backup = newest_backup(db_path, backup_dir, key)
    return StorageError(
        StorageProblem.DAMAGED,
        folder=str(db_path.parent),
        database=str(db_path),
        backup=str(backup) if backup else "",
    )


def _low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _read_only(folder: Path, db_path: Path) -> bool:
    if hasattr(os, "statvfs"):  # not on Windows
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            return False
    return not os.access(folder, os.W_OK) or (db_path.exists() and not os.access(db_path, os.W_OK))


def classify(
    exc: BaseException, db_path: Path, backup_dir: Path, key: DataKey | None = None
) -> StorageError | None:
    """The condition behind ``exc``, or None when it is not one of the disk's."""
    if isinstance(exc, StorageError):
        return exc
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    folder = db_path.parent
    where = {"folder": str(folder), "database": str(db_path)}
    if isinstance(orig, OSError):
        if orig.errno in _FULL_ERRNOS:
            return StorageError(StorageProblem.DISK_FULL, **where)
        if orig.errno in _READ_ONLY_ERRNOS:
            return StorageError(StorageProblem.READ_ONLY, **where)
        return None
    if not isinstance(orig, driver_errors()):  # sqlite3's, or SQLCipher's own classes
        return None
    name = getattr(orig, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return StorageError(StorageProblem.DISK_FULL, **where)
    if name.startswith("SQLITE_READONLY"):
        return StorageError(StorageProblem.READ_ONLY, **where)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return damaged(db_path, backup_dir, key)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(StorageProblem.IN_USE, **where)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        if _low_on_space(folder):
            return StorageError(StorageProblem.DISK_FULL, **where)
        if _read_only(folder, db_path):
            return StorageError(StorageProblem.READ_ONLY, **where)
        return StorageError(StorageProblem.UNREADABLE, **where, detail=str(orig))
    return None


@contextmanager
def storage_errors(
    db_path: Path, backup_dir: Path, *, opening: bool = False, key: DataKey | None = None
) -> Iterator[None]:
    """Re-raise the disk's failures inside the block as a StorageError (logged in full).

    ``opening``: the block opens the database (checks, copies, upgrades it), so any
    database error there means it cannot be opened, and an OSError is about the data
    folder; elsewhere an OSError may be about any file and is left alone.
    """
    caught: tuple[type[BaseException], ...] = (DBAPIError, *driver_errors())
    if opening:
        caught += (OSError,)
    try:
        yield
    except caught as exc:
        error = classify(exc, db_path, backup_dir, key)
        if error is None and opening and not isinstance(exc, OSError):
            orig = exc.orig if isinstance(exc, DBAPIError) else exc
            error = StorageError(
                StorageProblem.UNREADABLE,
                folder=str(db_path.parent),
                database=str(db_path),
                detail=str(orig),
            )
        if error is None or error is exc:
            raise
        log.warning("storage problem %s: %s", error.code, exc)
        raise error from exc
