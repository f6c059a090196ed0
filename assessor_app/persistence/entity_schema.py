"""Which table holds each entity the change log carries, and which of its fields it logs.

The one registry every writer, reader and sync step addresses a field through:
(entity, entity id, field). A feature with tables of its own (case review, signed
reports, ...) adds its entity with one ``register_entity`` call next to its models.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import String

from assessor_app.domain import entity_fields as f
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.persistence.models import (
    AttachmentRow,
    Base,
    CorrectiveActionRow,
    EvidenceRow,
    FindingRow,
    VisitRow,
    VolumeRow,
)

MAX_TEXT_VALUE = 1024 * 1024

# entity name -> (model, fields that may change through the log)
ENTITIES: dict[str, tuple[type[Base], dict[str, type]]] = {
    "visit": (VisitRow, f.VISIT_FIELDS),
    "volume": (VolumeRow, f.VOLUME_FIELDS),
    "finding": (FindingRow, f.FINDING_FIELDS),
    "evidence": (EvidenceRow, f.EVIDENCE_FIELDS),
    "attachment": (AttachmentRow, f.ATTACHMENT_FIELDS),
    "action": (CorrectiveActionRow, f.ACTION_FIELDS),
}


def register_entity(name: str, model: type[Base], fields: dict[str, type]) -> None:
    """Let a feature (case review, ...) put its own tables under the same change log."""
    ENTITIES[name] = (model, fields)


def fields_of(entity: str) -> dict[str, type]:
    return ENTITIES[entity][1]


def is_content(entity: str, field: str) -> bool:
    """A change to what a report shows (not the visit's state, revision or signatures)."""
    return entity != "signed_report" and not (entity == "visit" and field in f.VISIT_STATE_FIELDS)


def check_value(entity: str, field: str, value: Any) -> None:
    """Refuse a value the column cannot hold (wrong type, too long, null where not allowed)."""
    if entity not in ENTITIES:
        raise ValidationError.coded(ErrorCode.UNKNOWN_RECORD_TYPE, entity=entity)
    model, fields = ENTITIES[entity]
    if field not in fields:
        raise ValidationError.coded(ErrorCode.NO_SUCH_RECORD_FIELD, entity=entity, field=field)
    column = model.__table__.c[field]  # type: ignore[attr-defined]
    if value is None:
        if not column.nullable:
            raise ValidationError.coded(ErrorCode.FIELD_NULL, entity=entity, field=field)
        return
    kind = fields[field]
    ok: bool
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53
    elif kind is date or kind is datetime:
        ok = isinstance(value, str) and len(value) <= 40
        if ok:
            try:
                (date if kind is date else datetime).fromisoformat(value)
            except ValueError:
                ok = False
    else:
        ok = isinstance(value, str)
        if ok:
            limit = column.type.length if isinstance(column.type, String) else None
            if len(value) > (limit or MAX_TEXT_VALUE):
                raise ValidationError.coded(ErrorCode.FIELD_TOO_LONG, entity=entity, field=field)
    if not ok:
        raise ValidationError.coded(ErrorCode.FIELD_WRONG_TYPE, entity=entity, field=field)
