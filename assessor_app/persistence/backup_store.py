"""The backup folder: one sub-folder per backup, a manifest each, written all or nothing.

    backups/
      20261202-101500/          <- the backup's id: its UTC time, sortable
        manifest.json           <- what it is (below); no facility name, no user text
        assessor.db             <- the verified copy, encrypted like the source
        protection.json         <- the wrapped data key, when the folder is encrypted
        attachments/blobs/...   <- the blob files as they are (sealed when encrypted)
      .20261202-111500.part/    <- a backup being written: never listed, swept next time

A backup is built under its ``.part`` name, verified, fsynced, then renamed to its id: a
kill at any moment leaves either no backup or a whole one. The manifest holds counts and
times only; the visits' names are read from the copy itself (with the key), so an
encrypted folder's backups show nothing readable.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor_app import __version__
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import DatabaseError
from assessor_app.persistence.backup_copy import (
    copy_database,
    fsync_dir,
    fsync_file,
    read_contents,
)

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
BACKUP_DB = "assessor.db"
FORMAT = 1
_STAMP = "%Y%m%d-%H%M%S"

# Adds files (attachments, the key file) to a backup being written: called with the new
# backup's folder and the previous backup's folder (or None); returns (files, bytes).
AddFiles = Callable[[Path, Path | None], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class VisitCounts:
    id: str
    last_change: str
    findings: int
    attachments: int
    actions: int


@dataclass(frozen=True, slots=True)
class BackupInfo:
    id: str
    created: str  # ISO 8601, UTC
    reason: str
    app_version: str
    schema_revision: str
    encrypted: bool
    size: int
    files: int
    with_attachments: bool
    fingerprint: str = ""
    visits: tuple[VisitCounts, ...] = ()
    folder: Path = field(default=Path(), compare=False)

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.created)

    @property
    def database(self) -> Path:
        return self.folder / BACKUP_DB

    @property
    def last_change(self) -> str:
        return max((v.last_change for v in self.visits), default="")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("folder")
        data["format"] = FORMAT
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], folder: Path) -> BackupInfo:
        visits = tuple(VisitCounts(**v) for v in data.get("visits", ()))
        return cls(
            id=str(data["id"]),
            created=str(data["created"]),
            reason=str(data["reason"]),
            app_version=str(data["app_version"]),
            schema_revision=str(data["schema_revision"]),
            encrypted=bool(data["encrypted"]),
            size=int(data["size"]),
            files=int(data["files"]),
            with_attachments=bool(data["with_attachments"]),
            fingerprint=str(data.get("fingerprint", "")),
            visits=visits,
            folder=folder,
        )


def _new_id(root: Path, now: datetime) -> str:
    base = now.astimezone(UTC).strftime(_STAMP)
    candidate, n = base, 1
    while (root / candidate).exists() or (root / f".{candidate}.part").exists():
        n += 1
        candidate = f"{base}-{n:02d}"  # sorts after the first of the same second
    return candidate


def sweep_partial(root: Path) -> None:
    """Remove backups a kill cut short (their ``.part`` folders)."""
    if root.is_dir():
        for stale in root.glob(".*.part"):
            shutil.rmtree(stale, ignore_errors=True)


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def fsync_tree(folder: Path) -> None:
    """Every file and folder under ``folder`` on disk before the rename makes it a backup."""
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            fsync_file(Path(dirpath) / name)
        fsync_dir(Path(dirpath))


def write_backup(
    db_path: Path,
    root: Path,
    key: DataKey | None,
    reason: str,
    *,
    add_files: AddFiles | None = None,
    fingerprint: str = "",
    now: datetime | None = None,
) -> BackupInfo:
    """A new verified backup of ``db_path`` in ``root`` (see the module's layout)."""
    root.mkdir(parents=True, exist_ok=True)
    sweep_partial(root)
    created = (now or datetime.now(UTC)).astimezone(UTC)
    backup_id = _new_id(root, created)
    part = root / f".{backup_id}.part"
    part.mkdir()
    try:
        copy_database(db_path, part / BACKUP_DB, key)
        contents = read_contents(part / BACKUP_DB, key)
        previous = next(iter(list_backups(root)), None)
        files = 0
        if add_files is not None:
            files, _size = add_files(part, previous.folder if previous else None)
        info = BackupInfo(
            id=backup_id,
            created=created.isoformat(timespec="seconds"),
            reason=reason,
            app_version=__version__,
            schema_revision=contents.schema_revision,
            encrypted=key is not None,
            size=0,
            files=files,
            with_attachments=add_files is not None,
            fingerprint=fingerprint,
            visits=tuple(
                VisitCounts(v.id, v.last_change, v.findings, v.attachments, v.actions)
                for v in contents.visits
            ),
        )
        info = _replace_size(info, _folder_size(part))
        (part / MANIFEST).write_text(json.dumps(info.to_json(), indent=1), encoding="utf-8")
        fsync_tree(part)
        final = root / backup_id
        part.rename(final)
        fsync_dir(root)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    log.info("backup %s (%s) written to %s", backup_id, reason, final)
    return BackupInfo.from_json(info.to_json(), final)


def _replace_size(info: BackupInfo, size: int) -> BackupInfo:
    data = info.to_json()
    data["size"] = size
    return BackupInfo.from_json(data, info.folder)


def read_backup(folder: Path) -> BackupInfo | None:
    """The backup in ``folder``, or None when it is not a whole one."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        info = BackupInfo.from_json(data, folder)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return info if info.id == folder.name and info.database.is_file() else None


def list_backups(root: Path) -> list[BackupInfo]:
    """Every whole backup in ``root``, newest first."""
    if not root.is_dir():
        return []
    found = [
        info
        for folder in root.iterdir()
        if folder.is_dir() and not folder.name.startswith(".")
        if (info := read_backup(folder)) is not None
    ]
    return sorted(found, key=lambda b: (b.created, b.id), reverse=True)


def remove_backup(info: BackupInfo) -> None:
    """Delete a backup: renamed to a ``.part`` first, so a kill midway leaves no half."""
    doomed = info.folder.with_name(f".{info.folder.name}.part")
    info.folder.rename(doomed)
    shutil.rmtree(doomed, ignore_errors=True)


def copy_backup(info: BackupInfo, root: Path) -> BackupInfo:
    """The same backup copied into another backups folder (a USB stick, a share).

    ``root`` must exist: it is never created, so a stick that is not mounted does not
    get its copy written to the internal disk under the bare mount point."""
    if not root.is_dir():
        missing = "the folder does not exist (is the drive plugged in?)"
        raise FileNotFoundError(errno.ENOENT, missing, str(root))
    sweep_partial(root)
    final = root / info.id
    if (existing := read_backup(final)) is not None:
        return existing
    part = root / f".{info.id}.part"
    try:
        shutil.copytree(info.folder, part)
        fsync_tree(part)
        part.rename(final)
        fsync_dir(root)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    copied = read_backup(final)
    assert copied is not None
    return copied


def encrypt_database_backup(info: BackupInfo, key: DataKey) -> BackupInfo:
    """Replace the plaintext database-only backup ``info`` (a copy before a schema upgrade)
    by an encrypted one with the same id, date, reason and schema, once a folder is
    encrypted (kill-safe: see ``encrypt_full_backup``)."""
    if info.encrypted or info.with_attachments:
        raise ValueError(f"not a plaintext database-only backup: {info.id}")
    return _encrypt_in_place(info, key, None)


# A plaintext full backup's verified encrypted twin, named ``.<id>.encrypted`` until it
# takes the plaintext one's place (not swept as a ``.part``: it is whole).
ENCRYPTED_TWIN = ".encrypted"


def encrypt_full_backup(
    info: BackupInfo, key: DataKey, seal_files: Callable[[Path, Path], int]
) -> BackupInfo:
    """Replace the plaintext full backup ``info`` by an encrypted one with the same id,
    date, reason and contents, once a folder is encrypted: its database exported with
    ``sqlcipher_export`` and verified, its files sealed by ``seal_files(source, target)``
    (which returns how many).

    The twin is written whole under ``.<id>.part``, verified, fsynced and renamed to
    ``.<id>.encrypted``; only then is the plaintext backup removed and the twin renamed to
    ``<id>``. A kill before the twin is whole leaves the plaintext backup (the ``.part``
    is swept); after, ``finish_encrypted_backups`` completes the swap."""
    if info.encrypted or not info.with_attachments:
        raise ValueError(f"not a plaintext full backup: {info.id}")
    return _encrypt_in_place(info, key, seal_files)


def _encrypt_in_place(
    info: BackupInfo, key: DataKey, seal_files: Callable[[Path, Path], int] | None
) -> BackupInfo:
    from assessor_app.persistence.encrypted_copy import export_encrypted

    root = info.folder.parent
    twin = root / f".{info.id}{ENCRYPTED_TWIN}"
    if not twin.is_dir():
        part = root / f".{info.id}.part"
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir()
        try:
            check = export_encrypted(info.database, part / BACKUP_DB, key)
            if check != "ok":
                raise DatabaseError.coded(
                    ErrorCode.BACKUP_DID_NOT_VERIFY, target=part / BACKUP_DB, check=check
                )
            files = seal_files(info.folder, part) if seal_files is not None else info.files
            data = {**info.to_json(), "encrypted": True, "files": files}
            sealed = BackupInfo.from_json(data, part)
            sealed = _replace_size(sealed, _folder_size(part))
            (part / MANIFEST).write_text(json.dumps(sealed.to_json(), indent=1), encoding="utf-8")
            fsync_tree(part)
            part.rename(twin)
            fsync_dir(root)
        except BaseException:
            shutil.rmtree(part, ignore_errors=True)
            raise
    finish_encrypted_backups(root)
    done = read_backup(root / info.id)
    assert done is not None and done.encrypted
    return done


def finish_encrypted_backups(root: Path) -> None:
    """Put each whole encrypted twin (``.<id>.encrypted``) in place of its plaintext
    backup; each step can be repeated after a kill."""
    if not root.is_dir():
        return
    for twin in sorted(root.glob(f".*{ENCRYPTED_TWIN}")):
        backup_id = twin.name[1 : -len(ENCRYPTED_TWIN)]
        final = root / backup_id
        if read_backup_as(twin, backup_id) is None:  # never renamed so unless whole
            log.error("encrypted backup twin %s unreadable; left for a person", twin.name)
            continue
        if final.exists():
            doomed = root / f".{backup_id}.part"
            shutil.rmtree(doomed, ignore_errors=True)
            final.rename(doomed)
            fsync_dir(root)
            shutil.rmtree(doomed, ignore_errors=True)
        twin.rename(final)
        fsync_dir(root)


def read_backup_as(folder: Path, backup_id: str) -> BackupInfo | None:
    """The backup in ``folder`` if its manifest says it is ``backup_id``."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        info = BackupInfo.from_json(data, folder)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return info if info.id == backup_id and info.database.is_file() else None
