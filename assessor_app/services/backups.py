"""Backups of the data folder: made, listed, kept, restored; and the folder's check.

A backup is the database (copied online, encrypted like the source, verified) with the
attachment files as they are and the key file (see persistence/backup_store for the
layout). They are taken:
- rolling: at most one an hour while editing (the GUI asks ``rolling_due`` after its
  edits, cheaply, and runs ``take_rolling`` off its thread; a command-line run that
  edited takes one at its end when the last is an hour old), and one when the app closes;
- before anything destructive: a restore, an encryption conversion, deleting a visit (and
  a schema upgrade: persistence/migrations makes that one, database only);
- on request (``main.py backup create``).
Kept: see domain/backup_retention (the last 10, and one a day for 30 days). A backup an
operation is using (the one being restored) is never pruned while it does. An extra copy
can go to a folder the assessor picks (a USB stick, a share), on the same schedule: best
effort, so an unplugged stick never blocks the backup itself nor the operation behind it
(the failure is a warning, and the next backup tries again). That folder must exist:
only its backups' own sub-folders are created in it (a stick's unmounted mount point
would otherwise get the "extra" copy on the internal disk).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app.attachments.backup_blobs import copy_blobs
from assessor_app.domain.backup_retention import Dated, to_remove
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import AppError, NotFoundError, ValidationError
from assessor_app.domain.progress import ProgressFn
from assessor_app.paths import AppPaths
from assessor_app.persistence.backup_copy import (
    DatabaseContents,
    VisitContents,
    integrity_problems,
    quick_check,
    read_contents,
    referenced_blobs,
)
from assessor_app.persistence.backup_store import (
    BackupInfo,
    copy_backup,
    list_backups,
    remove_backup,
    sweep_partial,
    write_backup,
)
from assessor_app.protection.key_copies import sync_copies
from assessor_app.protection.key_file import write_private
from assessor_app.services import backup_warnings
from assessor_app.services.atomic_file import write_atomic

if TYPE_CHECKING:
    from assessor_app.attachments.store import AttachmentStore
    from assessor_app.persistence.database import Database
    from assessor_app.protection.data_key import DataKey

log = logging.getLogger(__name__)

ROLLING_INTERVAL_S = 3600
SETTINGS_FILE = "backups.json"


@dataclass(frozen=True, slots=True)
class BackupContents:
    """A backup and what it holds, read from its own database (with the key)."""

    info: BackupInfo
    contents: DatabaseContents


@dataclass(frozen=True, slots=True)
class RestoreLoss:
    """What the current data holds that a backup does not: what a restore would lose."""

    missing: tuple[VisitContents, ...] = ()  # visits there now, absent from the backup
    newer: tuple[VisitContents, ...] = ()  # visits changed since the backup's copy of them
    unknown: bool = False  # the current data could not be read (damaged): nothing compared

    @property
    def nothing(self) -> bool:
        return not (self.missing or self.newer or self.unknown)


@dataclass(frozen=True, slots=True)
class CheckReport:
    database_problems: tuple[str, ...]
    attachments_checked: int
    missing: tuple[str, ...] = ()  # the attachments by file name and visit
    damaged: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.database_problems or self.missing or self.damaged)


@dataclass
class _Rolling:
    last_at: float | None = None  # monotonic seconds of the last backup this process knows
    writes_at_last: int = 0
    known: bool = False


@dataclass
class BackupService:
    paths: AppPaths
    db: Database | None  # None: the database is damaged (or absent); restore still works
    store: AttachmentStore
    key: DataKey | None = None
    clock: Callable[[], float] = time.time
    # False: the database did not open (damaged): list, check and restore only.
    can_copy: bool = True
    _rolling: _Rolling = field(default_factory=_Rolling)
    # One backup at a time: the hourly one runs on a worker, the one at close on the GUI.
    # Re-entrant: a restore holds it across the backup it takes first.
    _lock: threading.RLock = field(default_factory=threading.RLock)
    # The backups an operation is using (a restore's): pruning leaves them alone.
    _in_use: set[Path] = field(default_factory=set)
    # The extra copies that failed since the last ``take_warnings`` (the GUI shows them).
    # (a deque: appended on the hourly backup's worker, taken on the GUI thread)
    _warnings: deque[AppError] = field(default_factory=deque)

    # --- making and listing -------------------------------------------------------

    @property
    def root(self) -> Path:
        return self.paths.backups

    def create(self, reason: str = "manual", *, extra: Path | None = None) -> BackupInfo:
        """A new verified backup (and its extra copy, when a folder is set or given)."""
        with self._lock:
            return self._create(reason, extra)

    def _create(self, reason: str, extra: Path | None) -> BackupInfo:
        if not self.can_copy:  # a damaged database is set aside by a restore, not copied
            raise ValidationError.coded(
                ErrorCode.BACKUP_DAMAGED, backup_id="(current data)", check="cannot be opened"
            )
        writes = self.db.writes if self.db is not None else 0
        info = write_backup(
            self.paths.database, self.root, self.key, reason, add_files=self._add_files
        )
        self._rolling.last_at, self._rolling.writes_at_last = self.clock(), writes
        self._rolling.known = True
        self.prune(self.root)
        if self.key is not None:  # an encrypted copy now exists: plaintext ones go
            self.drop_unencrypted(self.root)
        for folder in {f for f in (extra, self.extra_folder()) if f is not None}:
            self._copy_to_extra(info, folder)
        if self.key is not None:  # a passphrase changed while this backup was written
            sync_copies(self.paths.key_file, self.root)
        return info

    def _copy_to_extra(self, info: BackupInfo, folder: Path) -> None:
        """Best effort: a folder that is missing (an unplugged stick) or refuses the copy
        is a warning; the backup itself stands, and the next backup tries again."""
        try:
            copy_backup(info, folder)  # refuses a folder that is not there (never made)
            self.prune(folder)
            if self.key is not None:
                self.drop_unencrypted(folder)
                sync_copies(self.paths.key_file, folder)  # copies left on an older wrap
        except OSError as exc:
            problem = ValidationError.coded(
                ErrorCode.BACKUP_EXTRA_COPY_FAILED,
                backup_id=info.id,
                folder=folder,
                reason=exc.strerror or exc.__class__.__name__,
            )
            self._warnings.append(problem)
            backup_warnings.warn(problem)

    def take_warnings(self) -> list[AppError]:
        """The extra copies that failed since the last call (each a coded warning)."""
        taken: list[AppError] = []
        while self._warnings:
            taken.append(self._warnings.popleft())
        return taken

    @contextmanager
    def _using(self, info: BackupInfo) -> Iterator[None]:
        """``info`` is not pruned (here or in the extra folder) until the block ends."""
        folder = info.folder.resolve()
        self._in_use.add(folder)
        try:
            yield
        finally:
            self._in_use.discard(folder)

    def _removable(self, info: BackupInfo) -> bool:
        return info.folder.resolve() not in self._in_use

    def _add_files(self, backup: Path, previous: Path | None) -> tuple[int, int]:
        count, size = copy_blobs(self.store.iter_blob_files(), backup, previous)
        key_file = self.paths.key_file
        if key_file.is_file():  # the wrapped data key: the copy opens without this folder
            write_private(backup / key_file.name, key_file.read_bytes())  # 0600, as the live
        return count, size

    def newest_first(self, root: Path | None = None) -> list[BackupInfo]:
        """Every backup, newest first."""
        return list_backups(root or self.root)

    def find(self, backup_id: str, root: Path | None = None) -> BackupInfo:
        """A backup by its id or the id's first characters."""
        backups = self.newest_first(root)
        exact = [b for b in backups if b.id == backup_id]
        matches = exact or [b for b in backups if backup_id and b.id.startswith(backup_id)]
        if not matches:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_BACKUP, backup_id=backup_id)
        if len(matches) > 1:
            raise ValidationError.coded(
                ErrorCode.BACKUP_ID_AMBIGUOUS,
                backup_id=backup_id,
                matches=", ".join(b.id for b in matches),
            )
        return matches[0]

    def contents(self, info: BackupInfo) -> BackupContents:
        """What ``info`` holds: its visits by name, last change and counts. Refuses a
        backup that does not open with this folder's key, or fails its quick check."""
        if not quick_check(info.database, self.key):
            if info.encrypted != (self.key is not None):
                raise ValidationError.coded(ErrorCode.BACKUP_KEY_MISMATCH, backup_id=info.id)
            raise ValidationError.coded(
                ErrorCode.BACKUP_DAMAGED, backup_id=info.id, check="quick_check"
            )
        return BackupContents(info, read_contents(info.database, self.key))

    def what_restore_loses(self, held: BackupContents) -> RestoreLoss:
        """The current visits a restore of ``held`` would lose: those missing from the
        backup, and those whose last change is newer now than in the backup (both sides
        read the same way, from their database files)."""
        if self.db is None or not self.can_copy or not self.paths.database.is_file():
            return RestoreLoss(unknown=True)
        try:
            current = read_contents(self.paths.database, self.key)
        except Exception as exc:  # the current data is unreadable: say so, compare nothing
            log.warning("the current data could not be read: %s", exc.__class__.__name__)
            return RestoreLoss(unknown=True)
        backed_up = {v.id: v for v in held.contents.visits}
        missing = tuple(v for v in current.visits if v.id not in backed_up)
        newer = tuple(
            v
            for v in current.visits
            if v.id in backed_up and v.last_change > backed_up[v.id].last_change
        )
        return RestoreLoss(missing, newer)

    def prune(self, root: Path) -> list[str]:
        """Apply the retention rule in ``root``; the ids removed."""
        backups = {b.id: b for b in self.newest_first(root)}
        dated = [
            Dated(b.id, b.created_at, frozenset(v.id for v in b.visits)) for b in backups.values()
        ]
        doomed = [
            backup_id
            for backup_id in to_remove(dated, datetime.fromtimestamp(self.clock(), UTC))
            if self._removable(backups[backup_id])
        ]
        for backup_id in doomed:
            remove_backup(backups[backup_id])
        return doomed

    def newest_good(self) -> BackupInfo | None:
        for info in self.newest_first():
            if quick_check(info.database, self.key):  # opens with this folder's key
                return info
        return None

    # --- rolling ------------------------------------------------------------------

    def rolling_due(self) -> bool:
        """Something was written since the last backup, and that one is an hour old.
        Cheap after its first call (which reads the newest backup's time). A last backup
        dated in the future (a clock that was wrong then, or was set back since) counts
        as long ago: it must not stop the hourly backups until that time comes."""
        if self.db is None or self.db.writes == self._rolling.writes_at_last:
            return False
        if not self._rolling.known:
            newest = next(iter(self.newest_first()), None)
            self._rolling.last_at = newest.created_at.timestamp() if newest else None
            self._rolling.known = True
        last = self._rolling.last_at
        if last is None:
            return True
        elapsed = self.clock() - last
        return elapsed < 0 or elapsed >= ROLLING_INTERVAL_S

    def take_rolling(self) -> BackupInfo | None:
        """The hourly backup, when due (call it off the GUI thread)."""
        return self.create("hourly") if self.rolling_due() else None

    def at_close(self, *, always: bool) -> BackupInfo | None:
        """The backup at close: ``always`` (the desktop app) when anything was written
        since the last one; otherwise (a command) only when the hourly one is due."""
        if always and self.db is not None and self.db.writes != self._rolling.writes_at_last:
            return self.create("close")
        return self.take_rolling()

    # --- the extra folder ---------------------------------------------------------

    def _settings_file(self) -> Path:
        return _settings_file(self.paths)

    def extra_folder(self) -> Path | None:
        """The folder that also gets every backup, if the assessor set one."""
        return extra_folder_of(self.paths)

    def set_extra_folder(self, folder: Path | None) -> None:
        """``folder`` must exist (it is never created: see the module's note)."""
        if folder is not None and not folder.is_dir():
            raise ValidationError.coded(
                ErrorCode.BACKUP_FOLDER_UNUSABLE, folder=folder, reason="no such folder"
            )
        data = {"extra_folder": str(folder) if folder else ""}
        write_atomic(self._settings_file(), json.dumps(data, indent=1).encode(), make_parents=True)

    # --- destructive operations ---------------------------------------------------

    def before(self, operation: str) -> BackupInfo:
        """The verified backup a destructive operation takes first (``before-<op>``)."""
        return self.create(f"before-{operation}")

    def restore(self, info: BackupInfo) -> Path:
        """Put ``info`` in place of the current database and attachments.

        Backs the current state up first, then sets it aside (never overwritten, returned)
        and closes the database: the caller's services are done, the app starts again."""
        from assessor_app.services.restore_swap import restore_into

        # The target is in use throughout: the backup taken first must not prune it
        # (the oldest of a busy day would go), here or in the extra folder (--from).
        with self._lock, self._using(info):
            self.contents(info)  # opens with the key and passes its check, or refuses
            if self.can_copy:  # a damaged database cannot be copied; set aside as it is
                self.before("restore")
            if self.db is not None:
                self.db.close()
            return restore_into(self.paths, info, self.key)

    def drop_unencrypted(self, root: Path | None = None) -> int:
        """Remove the backups made while the folder was unencrypted (once it is encrypted
        and has an encrypted backup: theirs is plaintext); how many went."""
        doomed = [b for b in self.newest_first(root) if not b.encrypted and self._removable(b)]
        for info in doomed:
            remove_backup(info)
        return len(doomed)

    @classmethod
    def without_database(cls, paths: AppPaths, key: DataKey | None) -> BackupService:
        """The backups of a folder whose database cannot be opened (damaged): listed,
        checked and restored; nothing new is made from it."""
        from assessor_app.attachments.store import AttachmentStore

        sweep_unfinished(paths)
        return cls(paths, None, AttachmentStore(paths.attachments, key), key, can_copy=False)

    @classmethod
    def of_closed_folder(cls, paths: AppPaths, key: DataKey | None) -> BackupService:
        """The backups of a folder no one has open (an encryption conversion takes its
        ``before("encrypt")`` backup through this before it changes anything)."""
        from assessor_app.attachments.store import AttachmentStore

        return cls(paths, None, AttachmentStore(paths.attachments, key), key)

    # --- the check ----------------------------------------------------------------

    def check(self, progress: ProgressFn | None = None) -> CheckReport:
        """The database's integrity and every attachment's bytes against its hash."""
        if not self.paths.database.is_file():  # (connecting would create an empty one)
            return CheckReport(("there is no database",), 0)
        problems = tuple(integrity_problems(self.paths.database, self.key))
        blobs = referenced_blobs(self.paths.database, self.key) if not problems else {}
        missing: list[str] = []
        damaged: list[str] = []
        for done, (sha, name) in enumerate(sorted(blobs.items()), start=1):
            if not self.store.has(sha):
                missing.append(name)
            else:
                try:
                    if hashlib.sha256(self.store.read_bytes(sha)).hexdigest() != sha:
                        damaged.append(name)
                except Exception as exc:  # unreadable, or its seal does not open: damaged
                    # (no hash in the log: it would name the plaintext)
                    log.warning("an attachment cannot be read: %s", exc.__class__.__name__)
                    damaged.append(name)
            if progress is not None:
                progress(done, len(blobs))
        return CheckReport(problems, len(blobs), tuple(missing), tuple(damaged))


def sweep_unfinished(paths: AppPaths) -> None:
    """Remove the backups a kill cut short (``.part`` folders: possibly a plaintext copy
    on its way to being encrypted), in the data folder and in the extra folder when it is
    there. Called when the folder opens, so none lingers until the next backup."""
    sweep_partial(paths.backups)
    extra = extra_folder_of(paths)
    if extra is not None:
        try:
            sweep_partial(extra)
        except OSError:  # a share that went away: swept next time
            log.warning("the extra backup folder could not be swept", exc_info=True)


def _settings_file(paths: AppPaths) -> Path:
    return paths.config_dir / SETTINGS_FILE


def extra_folder_of(paths: AppPaths) -> Path | None:
    """The folder that also gets every backup of ``paths``, if the assessor set one."""
    try:
        data = json.loads(_settings_file(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = data.get("extra_folder") if isinstance(data, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None
