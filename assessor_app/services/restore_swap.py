"""Swap a backup in for the live database and attachments, so a kill changes nothing.

1. The backup is copied (and verified) to ``.restore.part/`` in the data folder.
2. A journal, ``restore-journal.json``, names that staging folder and the set-aside one.
3. The live database (with its -wal/-shm) and attachments move to ``set-aside/<time>/``.
4. The staged attachments move in, then the staged database: that rename is the commit.
5. The journal and the staging folder go.
Every step is a rename on one file system. ``recover(paths)`` (run before the database
is opened) finishes the work a kill interrupted: before the commit it puts the set-aside
files back where they were, byte for byte; after it, it only tidies up.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor_app.attachments.backup_blobs import stage_blobs
from assessor_app.paths import AppPaths
from assessor_app.persistence.backup_copy import copy_database, fsync_dir
from assessor_app.persistence.backup_store import BackupInfo, fsync_tree

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey

log = logging.getLogger(__name__)

JOURNAL = "restore-journal.json"
STAGING = ".restore.part"
SET_ASIDE = "set-aside"
_DB_SIDE_FILES = ("-wal", "-shm")


def _live_items(paths: AppPaths) -> list[Path]:
    db = paths.database
    return [db, *(db.with_name(db.name + s) for s in _DB_SIDE_FILES), paths.attachments]


def _move(source: Path, target: Path) -> None:
    """One rename (a test kills the process between two of them)."""
    source.replace(target)


def restore_into(paths: AppPaths, info: BackupInfo, key: DataKey | None) -> Path:
    """Put backup ``info`` in place (the database must be closed); the set-aside folder.

    Only this process may have the folder open (services/folder_lock.py): another
    window's edits would go on into the set-aside copy and be lost. SQLite's write lock on
    the live database is held from before the set-aside until the commit, so a writer
    that is not the app waits rather than writing into the copy being set aside."""
    from assessor_app.services import folder_lock

    with folder_lock.acquire(paths.data_dir):
        return _restore_locked(paths, info, key)


def _hold_write_lock(paths: AppPaths, key: DataKey | None) -> Any:
    """A connection holding the live database's write lock, or None (no database, one
    too damaged to lock, or Windows, which cannot rename a file that is open)."""
    if os.name == "nt" or not paths.database.is_file():
        return None
    from assessor_app.persistence.raw_connection import driver_errors, raw_connect
    from assessor_app.persistence.storage_errors import storage_errors

    try:
        guard = raw_connect(paths.database, key, isolation_level=None, timeout=5.0)
    except driver_errors():
        return None
    with storage_errors(paths.database, paths.backups, opening=True):  # "in use"
        try:
            guard.execute("BEGIN IMMEDIATE")
        except driver_errors() as exc:
            guard.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise
            return None  # damaged: it is set aside as it is
    return guard


def _restore_locked(paths: AppPaths, info: BackupInfo, key: DataKey | None) -> Path:
    recover(paths)
    data = paths.data_dir
    staging = data / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    copy_database(info.database, staging / paths.database.name, key)
    if info.with_attachments:
        stage_blobs(info.folder, staging / paths.attachments.name)
    fsync_tree(staging)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = data / SET_ASIDE / f"before-restore-{stamp}"
    n = 1
    while aside.exists():
        n += 1
        aside = data / SET_ASIDE / f"before-restore-{stamp}-{n}"
    journal = {
        "staging": str(staging),
        "aside": str(aside),
        "backup": info.id,
        "swap_attachments": info.with_attachments,
    }
    guard = _hold_write_lock(paths, key)
    try:
        _write_journal(data / JOURNAL, journal)
        aside.mkdir(parents=True)
        for item in _live_items(paths):
            # A database-only backup (before an upgrade) leaves the attachments in place.
            if item == paths.attachments and not info.with_attachments:
                continue
            if item.exists():
                _move(item, aside / item.name)
        fsync_dir(aside)
        fsync_dir(data)
        if info.with_attachments:
            _move(staging / paths.attachments.name, paths.attachments)
        _move(staging / paths.database.name, paths.database)  # the commit
        fsync_dir(data)
    finally:
        if guard is not None:
            guard.close()
    _finish(data)
    log.info("backup %s restored; the previous data is in %s", info.id, aside)
    return aside


def _write_journal(path: Path, data: dict[str, object]) -> None:
    part = path.with_name(path.name + ".part")
    with part.open("w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    part.replace(path)
    fsync_dir(path.parent)


def _finish(data: Path) -> None:
    (data / JOURNAL).unlink(missing_ok=True)
    shutil.rmtree(data / STAGING, ignore_errors=True)


def recover(paths: AppPaths) -> bool:
    """Complete or undo a restore a kill interrupted; True when there was one."""
    data = paths.data_dir
    journal_file = data / JOURNAL
    if not journal_file.is_file():
        shutil.rmtree(data / STAGING, ignore_errors=True)  # killed before the journal
        return False
    try:
        journal = json.loads(journal_file.read_text(encoding="utf-8"))
        staging, aside = Path(journal["staging"]), Path(journal["aside"])
    except (OSError, ValueError, KeyError, TypeError):
        log.error("restore journal %s unreadable; left for a person to look at", journal_file)
        return False
    if (staging / paths.database.name).exists():
        # Not committed: the set-aside files go back where they were.
        for item in _live_items(paths):
            kept = aside / item.name
            staged_in = item == paths.attachments and journal.get("swap_attachments")
            if staged_in and item.exists() and not (staging / item.name).exists():
                _move(item, staging / f"{item.name}.undone")  # the staged ones had moved in
            if kept.exists():
                _move(kept, item)
        fsync_dir(data)
        with_nothing_left = aside.is_dir() and not any(aside.iterdir())
        if with_nothing_left:
            aside.rmdir()
        log.warning("an interrupted restore was undone; the data is as it was before it")
    else:
        log.warning("an interrupted restore had put its backup in place; finished it")
    _finish(data)
    return True
