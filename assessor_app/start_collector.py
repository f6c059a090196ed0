"""The garbage collector during start-up: held off, then pointed past what start-up made.

Start-up imports Qt, SQLAlchemy and our models: some 10^5 objects that live as long as the
process. The cyclic collector passes over all of them again and again while they are
made (about 40 ms of a ``show --json``, 8 ms before the first window paints), and every
full collection after start-up would walk them once more.
So ``main.py`` holds the collector off first thing, and the app releases it once start-up
is done: the objects made by then are frozen (``gc.freeze``: never walked again, never
collected; start-up makes little garbage) and collection resumes for everything after.

Only the process's own entry point holds: a test or a tool calling ``app.main`` in a
process of its own making keeps its collector as it is, and ``release`` is then a no-op.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Hold collection off until ``release`` (the first thing main.py does)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what start-up made and resume collection (idempotent; a no-op unless held)."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def held() -> bool:
    return _held
