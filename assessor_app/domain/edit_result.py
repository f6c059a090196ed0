"""What one edit changed, as the service hands it back: the records as they now are and
the change records written, so a view applies the result instead of guessing it."""

from __future__ import annotations

from dataclasses import dataclass

from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.visit import Attachment, CorrectiveAction, Finding, Visit


@dataclass(frozen=True, slots=True)
class EditResult:
    """``visit`` is the visit after the edit (its state and revision may have moved: a
    signed visit that is edited starts a new revision). Each other field is the record the
    edit touched, as stored now; ``removed`` holds the ids of records it removed."""

    changes: tuple[ChangeRecord, ...] = ()
    visit: Visit | None = None
    finding: Finding | None = None
    action: CorrectiveAction | None = None
    attachment: Attachment | None = None
    removed: frozenset[str] = frozenset()

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def change(self, field: str) -> ChangeRecord | None:
        """The change record of one field (the last, if several), or None."""
        found = [c for c in self.changes if c.field == field]
        return found[-1] if found else None
