"""Private plaintext copies for an external viewer, and their removal.

Another program can only open a file, so an attachment the assessor opens outside the app
is decrypted to disk: into a folder of its own (mode 0700) for this run of the app, the
file itself mode 0600. The folder goes when the app closes (``ExternalCopies.close``); a
run that crashed or was killed leaves its folder behind, and the next start removes it
(``remove_stale``). A run folder is stale when the process named in it is gone (POSIX) or
when its lock file can be deleted (Windows keeps an open file from being deleted).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import IO

RUN_PREFIX = "run-"
LOCK_NAME = ".owner"
_RUN_NAME = re.compile(r"^run-(\d+)-[0-9a-f]+$")


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    with suppress(OSError):  # Windows has no POSIX modes; the user profile is private
        path.chmod(0o700)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, but is another user's
        return True
    except OSError:
        return False
    return True


def _is_stale(run: Path) -> bool:
    match = _RUN_NAME.match(run.name)
    if match is None:
        return False  # not ours: leave it
    if sys.platform == "win32":  # pragma: no cover - the lock file of a live run is open
        try:
            (run / LOCK_NAME).unlink(missing_ok=True)
        except OSError:
            return False
        return True
    return not _process_alive(int(match.group(1)))


def remove_stale(scratch: Path) -> int:
    """Remove the run folders of runs that are over (at start); returns how many."""
    if not scratch.is_dir():
        return 0
    removed = 0
    for run in scratch.iterdir():
        if run.is_dir() and not run.is_symlink() and _is_stale(run):
            shutil.rmtree(run, ignore_errors=True)
            removed += not run.exists()
    return removed


def _safe_name(filename: str, fallback: str) -> str:
    """The file's own name (the viewer shows it and picks a program by its suffix),
    never a path: no separators, no leading dots, not empty."""
    name = Path(filename.replace("\\", "/")).name.lstrip(".")
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*')
    return name[:120] or fallback


class ExternalCopies:
    """This run's folder of plaintext copies; made on the first copy."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self._run: Path | None = None
        self._lock: IO[bytes] | None = None
        self._count = 0

    @property
    def run_folder(self) -> Path | None:
        return self._run

    def _folder(self) -> Path:
        if self._run is None:
            _private_dir(self.scratch)
            run = self.scratch / f"{RUN_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
            run.mkdir(mode=0o700)
            with suppress(OSError):
                run.chmod(0o700)
            self._lock = (run / LOCK_NAME).open("wb")
            self._run = run
        return self._run

    def write(self, filename: str, fallback: str, chunks: Iterable[bytes]) -> Path:
        """A new 0600 file holding the chunks, in a folder of its own so that two
        attachments of the same name can be open at once."""
        self._count += 1
        folder = self._folder() / str(self._count)
        folder.mkdir(mode=0o700)
        target = folder / _safe_name(filename, fallback)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(target, flags, stat.S_IRUSR | stat.S_IWUSR)
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def close(self) -> None:
        """Remove this run's copies (the app is closing)."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        if self._run is not None:
            shutil.rmtree(self._run, ignore_errors=True)
            self._run = None
