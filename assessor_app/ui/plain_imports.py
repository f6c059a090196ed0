"""Import modules that know nothing of Qt without paying for PySide6's import hook.

Importing PySide6 replaces ``builtins.__import__`` with shiboken's ``__feature_import__``,
which serves ``from __feature__ import snake_case``: every ``import`` statement anywhere in
the process then takes a detour through it. The data layer (SQLAlchemy and our ORM models,
some 600 import statements) pays that detour on every start, after the first paint and
before the visit list fills in: measured at 60-90 ms on the benchmark machine.

No module of this app uses ``__feature__``, and the data layer imports no Qt module, so
while it loads the interpreter's own import (which shiboken keeps as
``builtins.__orig_import__``) is put back, and the hook is re-installed afterwards.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_qt_import_hook() -> Iterator[None]:
    """Run the block with the interpreter's own ``__import__``; the hook comes back after.

    Only for blocks that import no Qt module and nothing using ``__feature__``. Without
    PySide6's hook (another version, or Qt not imported) nothing changes.
    """
    original = getattr(builtins, "__orig_import__", None)
    hooked = builtins.__import__
    if original is None or original is hooked:
        yield
        return
    builtins.__import__ = original
    try:
        yield
    finally:
        builtins.__import__ = hooked
