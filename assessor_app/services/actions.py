"""Corrective actions: what the facility must put right, by whom, by when."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from assessor_app.domain import ids
from assessor_app.domain.entity_fields import ACTION_EDIT_FIELDS
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import ActionStatus, CorrectiveAction, Severity
from assessor_app.persistence.change_writer import now_utc
from assessor_app.persistence.database import Database
from assessor_app.services.text_check import check_field

ACTION_FIELDS = ACTION_EDIT_FIELDS


KeyCheck = Callable[[str, str], None]


@dataclass
class ActionService:
    db: Database
    check_key: KeyCheck  # refuses a requirement key outside the visit's checklist

    def add(
        self,
        visit_id: str,
        key: str,
        description: str,
        severity: Severity,
        owner: str = "",
        due_date: date | None = None,
    ) -> CorrectiveAction:
        if not description.strip():
            raise ValidationError("describe the corrective action")
        check_field("action", "description", description)
        check_field("action", "owner", owner)
        self.check_key(visit_id, key)
        action = CorrectiveAction(
            id=ids.new_id(),
            visit_id=visit_id,
            requirement_key=key,
            description=description.strip(),
            severity=severity,
            owner=owner.strip(),
            due_date=due_date,
            status=ActionStatus.OPEN,
            created_at=now_utc(),
        )
        with self.db.transaction() as repo:
            repo.get_visit(visit_id)
            repo.add_action(action)
        return action

    def update(
        self, action_id: str, field: str, value: str | date | Severity | ActionStatus | None
    ) -> None:
        if field not in ACTION_FIELDS:
            raise ValidationError(f"corrective actions have no field {field!r}")
        if field == "description" and not (isinstance(value, str) and value.strip()):
            raise ValidationError("describe the corrective action")
        check_field("action", field, value)
        with self.db.transaction() as repo:
            repo.set_action_field(action_id, field, value, decides=True)

    def close(self, action_id: str) -> None:
        self.update(action_id, "status", ActionStatus.CLOSED)

    def remove(self, action_id: str) -> None:
        with self.db.transaction() as repo:
            repo.set_action_field(action_id, "deleted", True)

    def list(self, visit_id: str, key: str | None = None) -> list[CorrectiveAction]:
        with self.db.transaction() as repo:
            return repo.actions(visit_id, key)
