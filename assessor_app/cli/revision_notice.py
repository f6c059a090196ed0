"""The one line a command prints on stderr when its edit reopened a signed visit.

The GUI asks before it starts a new revision; a script cannot be asked, so it is told,
from the change records the service returned (no second read of the visit). stdout keeps
only the command's own output, so ``ID=$(main.py ...)`` still captures just the id.
"""

from __future__ import annotations

import sys

from assessor_app.domain.edit_result import EditResult


def tell_new_revision(visit_id: str, result: EditResult) -> None:
    step = result.new_revision()
    if step is None:
        return
    signed, started = step
    print(
        f"Visit {visit_id[:8]} was signed (revision {signed}); "
        f"this edit started revision {started}.",
        file=sys.stderr,
    )
