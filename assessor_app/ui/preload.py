"""Import the data layer on a worker thread while the assessor types the passphrase.

The unlock dialog is the first paint; SQLAlchemy, the ORM models and the services the
visit list reads take about as long to import as Qt's start-up. A thread that only imports
modules (no widget, no database, no Qt module) runs them while the dialog waits for
typing, so the window fills in as soon as the key is known.

Two rules keep this safe:
- the worker imports with the interpreter's own ``__import__`` (``plain_imports``), and the
  GUI thread does not import the data layer, nor swap the hook itself, until ``wait()``
  has returned: one thread at a time holds the swapped hook and the modules' import locks;
- a failure is only logged here: the GUI thread imports again after ``wait()`` and meets
  the error where it is handled (the database refusal dialog).
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable

from assessor_app.ui.plain_imports import without_qt_import_hook

log = logging.getLogger(__name__)

# What the window needs right after the unlock, in the order it needs it.
DATA_LAYER = (
    "sqlalchemy",
    "assessor_app.persistence.database",
    "assessor_app.services.container",
    "assessor_app.services.visits",
    "assessor_app.services.sync",
)


class DataLayerPreload:
    """One background import of ``modules``; ``wait()`` before the GUI thread uses them."""

    def __init__(
        self,
        modules: tuple[str, ...] = DATA_LAYER,
        probe: Callable[[], object] | None = None,
    ) -> None:
        self.modules = modules
        # Also run on the worker, after the imports: a slow question (is there a keyring?)
        # answered while the passphrase is typed. Its answer is ``probed`` once done().
        self._probe = probe
        self.probed: object = None
        self.seconds: float | None = None
        self.failed: str | None = None
        self._thread = threading.Thread(target=self._run, name="data-layer-import", daemon=True)

    def start(self) -> DataLayerPreload:
        self._thread.start()
        return self

    def done(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def wait(self) -> None:
        """Block until the imports are done (at once when they are, or never started)."""
        if self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            with without_qt_import_hook():
                for name in self.modules:
                    importlib.import_module(name)
        except Exception as exc:  # re-raised where it is handled, by the GUI's own import
            self.failed = f"{exc.__class__.__name__}: {exc}"
            log.warning("background import of the data layer failed: %s", self.failed)
        if self._probe is not None:
            try:
                self.probed = self._probe()
            except Exception as exc:  # a probe only informs; its absence is the answer
                log.warning("start-up probe failed: %s", exc)
        self.seconds = time.perf_counter() - started
