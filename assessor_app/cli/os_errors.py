"""An OSError that reached the command line, as one short, true sentence."""

from __future__ import annotations

import errno

_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def os_error_sentence(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in _FULL:
        return f"the disk is full{where}. Free some space, then try again"
    if exc.errno in _READ_ONLY:
        return f"cannot write{where}: {exc.strerror or 'permission denied'}"
    return f"{exc.strerror or exc.__class__.__name__}{where}"
