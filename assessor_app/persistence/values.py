"""How field values are written into the change log: JSON text, dates as ISO strings."""

from __future__ import annotations

import json
from datetime import date, datetime
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any


def encode(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is str:  # the common case, without json.dumps' set-up (same output)
        return encode_basestring(value)
    if isinstance(value, datetime):
        return json.dumps(value.isoformat())
    if isinstance(value, date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def to_column(value: Any, python_type: type) -> Any:
    """A decoded JSON value converted to what the column holds (dates from ISO text)."""
    if value is None:
        return None
    if python_type is date and isinstance(value, str):
        return date.fromisoformat(value)
    if python_type is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value
