"""The conflicts two assessors' edits left: listing them and resolving one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.sync_types import ConflictInfo
from assessor_app.persistence.database import Database


@dataclass
class ConflictDesk:
    db: Database

    def conflicts(self, visit_id: str, include_resolved: bool = False) -> list[ConflictInfo]:
        """Open conflicts of a visit ("needs review"), by requirement key."""
        with self.db.unit_of_work() as uow:
            return uow.conflicts.conflicts(visit_id, include_resolved)

    def resolve(
        self, conflict_id: str, *, take_change_id: str | None = None, value: Any = ...
    ) -> str:
        """Resolve by taking one competing change or by a new value; returns the new change
        id. The resolution supersedes every competing head, so it closes the conflict on
        every laptop it reaches."""
        if (take_change_id is None) == (value is ...):
            raise ValidationError.coded(ErrorCode.CONFLICT_CHOICE_NEEDED)
        with self.db.unit_of_work() as uow:
            repo = uow.conflicts
            if take_change_id is not None:
                return repo.resolve(conflict_id, take_change_id=take_change_id)
            info = repo.conflict(conflict_id)
            if info.entity == "finding" and info.field == "rating" and value is not None:
                try:
                    Rating(value)
                except ValueError:
                    raise ValidationError.coded(ErrorCode.NOT_A_RATING, text=value) from None
            return repo.resolve(conflict_id, value=value)

    def open_conflict_keys(self, visit_id: str) -> dict[str, int]:
        """Requirement key -> open conflicts, for the marks on the checklist."""
        with self.db.unit_of_work() as uow:
            return uow.conflicts.open_conflict_keys(visit_id)
