"""Write a file completely or not at all: a temporary file beside it, fsync, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import AppError


def write_atomic(
    target: Path, data: bytes, *, private: bool = False, make_parents: bool = False
) -> None:
    """Replace ``target`` with ``data``; on any failure (a full disk, ...) nothing is left
    behind and an existing ``target`` is untouched.

    ``private`` keeps the file to its owner (keys); otherwise it gets the usual permissions
    (a report goes to shared folders). Folders are made only with ``make_parents``: a
    mistyped output folder is an error, not a new folder."""
    target = Path(target)
    if not make_parents and not target.parent.is_dir():
        raise AppError.coded(ErrorCode.WRITE_FOLDER_MISSING, target=target, folder=target.parent)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as exc:
        raise AppError.coded(
            ErrorCode.CANNOT_WRITE, target=target, reason=exc.strerror or exc
        ) from None
    tmp = Path(tmp_name)
    try:
        if not private:  # mkstemp makes 0600; give what a plain open() would under the umask
            umask = os.umask(0)
            os.umask(umask)
            tmp.chmod(0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise AppError.coded(
            ErrorCode.NOTHING_WRITTEN, target=target, reason=exc.strerror or exc
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
