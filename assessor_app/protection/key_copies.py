"""The copies of the key file that backups keep, kept in step with the live one.

What a backup needs to be restorable: its database and attachments are encrypted with the
folder's one data key, so it needs that key, wrapped. A restore from inside the app uses
the live folder's key (the same data key: a passphrase change re-wraps it, never replaces
it). But a backup must also bring the data back when the live ``protection.json`` is lost
(deleted, or on a dead disk with the backups on a USB stick): so every backup keeps a copy
of the key file, ``backups/<id>/protection.json``, and putting that copy in place of the
lost one opens the folder again (``key_file.key_file_missing`` names it).

Such a copy must not keep an old passphrase alive. Whenever the live key file changes (a
passphrase change, office recovery added, ``passphrase recover``) every copy that can be
reached is rewritten with the live file's bytes: ``sync_copies``. Each copy is replaced
atomically (temporary file 0600, fsync, rename, fsync), after the live file (the commit
point). A kill in between leaves some copies on the older wrap; the sync runs again at
every open of the folder and after every backup, so they converge. A copy that cannot be
reached now (the extra backup folder on an unplugged USB stick) still opens with the old
passphrase until it is reached again; the fronts say so by name.

Only copies of this folder's data key (the same key check) are rewritten: another
folder's backups in a shared extra folder are left alone. A copy is never put back to an
older wrap: each change counts up the record's ``generation``, and a copy of a later
generation than the live file is left as it is (someone put an old key file back).

Plain Python: nothing here opens a database.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

KEY_FILE_NAME = "protection.json"


@dataclass(frozen=True, slots=True)
class CopiesReport:
    """What a sync did: copies rewritten, copies already current, and the backup folders
    whose copies could not be reached or rewritten (they may still open with an older
    passphrase)."""

    rewrapped: int = 0
    current: int = 0
    not_reached: tuple[Path, ...] = ()

    @property
    def all_reached(self) -> bool:
        return not self.not_reached


def copies(root: Path) -> list[Path]:
    """The key-file copies of the whole backups in ``root``, newest first (by id)."""
    if not root.is_dir():
        return []
    found = [
        folder / KEY_FILE_NAME
        for folder in root.iterdir()
        if not folder.name.startswith(".") and folder.is_dir()
    ]
    return sorted((p for p in found if p.is_file()), key=lambda p: p.parent.name, reverse=True)


def newest_copy(root: Path) -> Path | None:
    """The newest backup's copy that is an encrypted folder's key file, or None."""
    for copy in copies(root):
        record = _record(copy)
        if record is not None and record.get("encrypted"):
            return copy
    return None


def generation(record: dict[str, Any]) -> int:
    value = record.get("generation", 0)
    return value if isinstance(value, int) else 0


def sync_copies(live: Path, backups: Path, extra: Path | None = None) -> CopiesReport:
    """Rewrite every copy of this folder's key file in ``backups`` and ``extra`` (when it
    can be reached) with the live file's bytes; see the module's doc."""
    from assessor_app.protection.key_file import write_private

    try:
        live_bytes = live.read_bytes()
        live_record = json.loads(live_bytes)
    except (OSError, ValueError):
        return CopiesReport()
    if not isinstance(live_record, dict) or not live_record.get("encrypted"):
        return CopiesReport()
    rewrapped = current = 0
    not_reached: list[Path] = []
    roots = [backups] + ([extra] if extra is not None and extra != backups else [])
    for root in roots:
        if not root.is_dir():
            if root == extra:  # unplugged or unmounted: its copies are out of reach
                not_reached.append(root)
            continue
        failed = False
        for copy in copies(root):
            _sweep_partial(copy)
            try:
                data = copy.read_bytes()
            except OSError:
                failed = True
                continue
            if data == live_bytes:
                current += 1
                _make_private(copy)
                continue
            record = _record_of(data)
            if record is None or not _same_key(record, live_record):
                continue  # another folder's backup, or not a key file: not ours to touch
            if generation(record) > generation(live_record):
                continue  # the live file is the older one: never downgrade a copy
            try:
                write_private(copy, live_bytes)
            except OSError as exc:
                log.warning("a backup's key file could not be rewritten: %s", exc.strerror)
                failed = True
                continue
            rewrapped += 1
        if failed:
            not_reached.append(root)
    if rewrapped:
        log.info("key file re-wrapped in %d backup copies", rewrapped)
    return CopiesReport(rewrapped, current, tuple(not_reached))


def _same_key(copy: dict[str, Any], live: dict[str, Any]) -> bool:
    if not copy.get("encrypted"):
        return False
    check = copy.get("key_check")
    if check is not None:
        return bool(check == live.get("key_check"))
    return bool(copy.get("folder_id")) and copy.get("folder_id") == live.get("folder_id")


def _record(path: Path) -> dict[str, Any] | None:
    try:
        return _record_of(path.read_bytes())
    except OSError:
        return None


def _record_of(data: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) else None


def _make_private(copy: Path) -> None:
    """Copies written by an earlier version were 0644: made 0600 like the live one (a
    file system without modes, a FAT stick, ignores it)."""
    with contextlib.suppress(OSError):
        if copy.stat().st_mode & 0o077:
            copy.chmod(0o600)


def _sweep_partial(copy: Path) -> None:
    """Temporary files a kill left beside a copy (they hold the newer wrap; still, no
    stray key file is left lying around, nor copied to the extra folder)."""
    for stale in copy.parent.glob(f".{copy.name}.*.part"):
        with contextlib.suppress(OSError):
            stale.unlink()
