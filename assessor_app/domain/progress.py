"""The one progress callback, cancel token and ``Cancelled`` error of every long operation.

Services, reports, sync, persistence, the GUI's background runner and the CLI all speak
this protocol, so a cancel raised deep in a bundle reader or a PDF layout reaches the front
as the same error, and any token the front holds (a ``threading.Event`` is one) works in
every layer without adapters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from assessor_app.domain.error_codes import ENGLISH, ErrorCode
from assessor_app.domain.errors import AppError

ProgressFn = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while the work advances; may be called on any thread."""


class CancelToken(Protocol):
    """What long work polls to learn that the user asked it to stop; set by the front."""

    def is_set(self) -> bool: ...


class Cancelled(AppError):  # noqa: N818 - the name the whole app catches, read as a state
    """The user stopped a long operation; nothing half-done was kept."""

    def __init__(self, message: str = ENGLISH[ErrorCode.CANCELLED]) -> None:
        super().__init__(message, code=ErrorCode.CANCELLED)


def no_progress(done: int, total: int) -> None:
    """The progress callback of work nobody watches."""


class _NeverCancelled:
    """The token of work nobody can stop."""

    def is_set(self) -> bool:
        return False


NEVER_CANCELLED: CancelToken = _NeverCancelled()


def raise_if_cancelled(cancel: CancelToken | None, message: str) -> None:
    """Stop here with ``Cancelled(message)`` when the token has been set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled(message)
