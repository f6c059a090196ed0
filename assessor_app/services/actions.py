"""Corrective actions: what the facility must put right, by whom, by when."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from assessor_app.domain import ids
from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.entity_fields import ACTION_EDIT_FIELDS
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import ActionStatus, CorrectiveAction, Severity
from assessor_app.persistence.database import Database
from assessor_app.persistence.wall_time import now_utc
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
        """Add an action; the action as stored (see ``create`` for the whole result)."""
        action = self.create(visit_id, key, description, severity, owner, due_date).action
        assert action is not None
        return action

    def create(
        self,
        visit_id: str,
        key: str,
        description: str,
        severity: Severity,
        owner: str = "",
        due_date: date | None = None,
    ) -> EditResult:
        """Add an action; returns it with its change records and the visit after it."""
        if not description.strip():
            raise ValidationError.coded(ErrorCode.ACTION_DESCRIPTION_REQUIRED)
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
        with self.db.unit_of_work() as uow:
            uow.visits.get_visit(visit_id)
            uow.visits.add_action(action)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=uow.visits.get_visit(visit_id),
                action=action,
            )

    def update(
        self, action_id: str, field: str, value: str | date | Severity | ActionStatus | None
    ) -> EditResult:
        return self.update_many(action_id, {field: value})

    def update_many(
        self, action_id: str, values: dict[str, str | date | Severity | ActionStatus | None]
    ) -> EditResult:
        """Several fields of one action (the edit dialog) in one transaction."""
        for field, value in values.items():
            if field not in ACTION_FIELDS:
                raise ValidationError.coded(ErrorCode.NO_SUCH_ACTION_FIELD, field=field)
            if field == "description" and not (isinstance(value, str) and value.strip()):
                raise ValidationError.coded(ErrorCode.ACTION_DESCRIPTION_REQUIRED)
            check_field("action", field, value)
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            for field, value in values.items():
                repo.set_action_field(action_id, field, value, decides=True)
            action = repo.action(action_id)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=repo.get_visit(action.visit_id),
                action=action,
            )

    def close(self, action_id: str) -> EditResult:
        return self.update(action_id, "status", ActionStatus.CLOSED)

    def remove(self, action_id: str) -> EditResult:
        """A tombstone: the record stays, so ``restore`` brings back the same action."""
        return self._set_deleted(action_id, True)

    def restore(self, action_id: str) -> EditResult:
        """Bring back a removed action under its own id (undo of a removal): older
        commands, sync peers and the history all keep naming the same record."""
        return self._set_deleted(action_id, False)

    def _set_deleted(self, action_id: str, deleted: bool) -> EditResult:
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            repo.set_action_field(action_id, "deleted", deleted)
            action = repo.action(action_id, deleted_too=True)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=repo.get_visit(action.visit_id),
                action=action,
                removed=frozenset({action_id}) if deleted else frozenset(),
            )

    def list(self, visit_id: str, key: str | None = None) -> list[CorrectiveAction]:
        with self.db.transaction() as repo:
            return repo.actions(visit_id, key)
