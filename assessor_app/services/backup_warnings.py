"""Warnings the backups give without failing, and who hears them.

An extra copy that could not be made (the USB stick is unplugged, the share is full) must
not stop the backup, nor the restore or deletion it protects; it is logged, and whoever
listens (the command line prints a ``warning:`` line) hears it. Kept apart from the
backup service so the command line can listen without importing it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from assessor_app.domain.errors import AppError

log = logging.getLogger(__name__)

Sink = Callable[[AppError], None]
_sinks: list[Sink] = []


@contextmanager
def heard_by(sink: Sink) -> Iterator[None]:
    """``sink`` hears every warning given inside the block."""
    _sinks.append(sink)
    try:
        yield
    finally:
        _sinks.remove(sink)


def warn(problem: AppError) -> None:
    log.warning("%s", problem)
    for sink in list(_sinks):
        sink(problem)
