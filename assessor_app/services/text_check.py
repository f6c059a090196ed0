"""The one check of text an assessor types or a bundle brings: not longer than its field
allows and printable by the report, so a signed report always holds what was written."""

from __future__ import annotations

from typing import Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.text_limits import (
    ACTION_TEXT_LIMITS,
    ATTACHMENT_TEXT_LIMITS,
    FINDING_TEXT_LIMITS,
    REQUEST_TEXT_LIMITS,
    VISIT_TEXT_LIMITS,
)

# The record fields the report prints, by record type (as named in the change log).
PRINTED: dict[str, dict[str, int]] = {
    "visit": VISIT_TEXT_LIMITS,
    "finding": FINDING_TEXT_LIMITS,
    "action": ACTION_TEXT_LIMITS,
    "attachment": ATTACHMENT_TEXT_LIMITS,
    "evidence_request": REQUEST_TEXT_LIMITS,
}


def check_text(label: str, value: str, limit: int) -> str:
    """``value`` unchanged, or a ValidationError naming what is wrong with it."""
    if len(value) > limit:
        raise ValidationError.coded(ErrorCode.TEXT_TOO_LONG, label=label, limit=limit)
    # Imported here: the fonts' character tables are read on first use, never at start-up.
    from assessor_app.reports.printable import describe, unprintable

    missing = unprintable(value)
    if missing:
        more = f" and {len(missing) - 1} other characters" if len(missing) > 1 else ""
        raise ValidationError.coded(
            ErrorCode.TEXT_UNPRINTABLE,
            label=label,
            character=describe(missing[0]),
            more=more,
            others=len(missing) - 1,
        )
    return value


def check_field(entity: str, field: str, value: Any) -> None:
    """check_text for a record field the report prints (other fields pass unchecked)."""
    limit = PRINTED.get(entity, {}).get(field)
    if limit is not None and isinstance(value, str):
        check_text(field.replace("_", " "), value, limit)
