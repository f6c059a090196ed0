"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

Every PySide6 call that returns ``None`` from C++ (``QWidget.parentWidget()``,
``QApplication.focusWidget()``, ``QModelIndex.data()`` of an unset role, ...) drops one
reference to ``None`` it never took. On Python 3.12+ ``None`` is immortal and nothing
happens; on 3.11 the count runs down while the GUI is used (thousands per repaint of an
item view) and the process dies with "Fatal Python error: none_dealloc" after minutes.
``True`` and ``False`` suffer the same way (``Signal.emit()`` drops one reference to the
``True`` it returns: a few thousand progress reports end in "bool_dealloc").

``protect_none()`` gives ``None``, ``True`` and ``False`` a reserve of references so large
it cannot run out.
Remove this module when PySide6 is fixed or Python 3.11 is no longer supported.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48
_done = False


def protect_none() -> None:
    """Idempotent; a no-op where ``None`` is immortal (Python 3.12+)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    _done = True
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt comes first
        refcount.value += _RESERVE
