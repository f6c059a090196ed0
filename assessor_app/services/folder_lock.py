"""One open data folder per process: an exclusive lock file held while the folder is open.

Every opening of the data folder (the desktop app and each command, through
``build_services``) takes ``.folder.lock`` in the data folder, and so do the operations
that swap its files (an encryption conversion, a restore). A second window or command on
the same folder is refused at once with FOLDER_OPEN_ELSEWHERE: two processes editing one
folder while one of them replaced the files under the other lost the other's edits (they
went on into the deleted plaintext file, or into the set-aside copy of a restore).

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows):
it goes with the process, so a crash or a kill -9 leaves no stale lock behind. Within one
process it is re-entrant (counted): the process already owns the folder, and tests (and
the GUI while it reopens after a restore) open it twice there.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError

LOCK_NAME = ".folder.lock"
log = logging.getLogger(__name__)


@dataclass
class _Held:
    fd: int | None  # None: held unlocked (a file system that cannot lock)
    count: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    else:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _open_and_lock(path: Path) -> int | None:
    """The locked descriptor; None when this file system cannot lock (some network
    shares: ENOLCK, EOPNOTSUPP) or the lock file cannot be made (a read-only folder).
    The folder then opens unlocked, as before the lock existed: the database's own open
    names a folder it cannot use, and refusing a share would make the app unusable there.
    Raises FOLDER_OPEN_ELSEWHERE only when another process holds the lock."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        log.warning("cannot create the folder lock %s: %s", path, exc.strerror)
        return None
    try:
        locked = _try_lock(fd)
    except OSError as exc:
        os.close(fd)
        log.warning("this file system cannot lock %s (%s): opened unlocked", path, exc.strerror)
        return None
    if not locked:
        os.close(fd)
        raise ProtectionError.coded(ErrorCode.FOLDER_OPEN_ELSEWHERE, data_dir=path.parent)
    return fd


def _key(data_dir: Path) -> Path:
    return data_dir.resolve()


class FolderLock:
    """The hold of one opener; ``release`` (or the context's end) gives it back."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = _key(data_dir)
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self.data_dir)
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[self.data_dir]
                if held.fd is not None:
                    os.close(held.fd)  # the lock goes with the descriptor

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(data_dir: Path, *, exclusive: bool = False) -> FolderLock:
    """The folder's lock for this opener; FOLDER_OPEN_ELSEWHERE when another process
    holds it (``exclusive``: or this one, through services still open). The data folder
    must exist."""
    key = _key(data_dir)
    with _guard:
        held = _held.get(key)
        if held is not None and exclusive:
            raise ProtectionError.coded(ErrorCode.FOLDER_OPEN_ELSEWHERE, data_dir=key)
        if held is not None:
            held.count += 1
            return FolderLock(key)
        fd = _open_and_lock(key / LOCK_NAME)
        _held[key] = _Held(fd, 1)
    return FolderLock(key)


def acquire_if_made(data_dir: Path) -> FolderLock | None:
    """As ``acquire``, but only when the folder's lock file exists: without one, no app
    has the folder open (every opener makes it), and None is returned with nothing
    written, so asking before opening (the unlock dialog, a passphrase prompt) leaves a
    folder the assessor then quits exactly as it was."""
    if not (data_dir / LOCK_NAME).exists():
        return None
    return acquire(data_dir)


def held_here(data_dir: Path) -> bool:
    """True when this process holds the folder's lock (for checks and tests)."""
    with _guard:
        return _key(data_dir) in _held
