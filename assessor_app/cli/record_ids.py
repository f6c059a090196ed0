"""A record of a visit (corrective action, attachment) named by its id or first characters."""

from __future__ import annotations

from collections.abc import Iterable

from assessor_app.domain.errors import NotFoundError, ValidationError

MIN_PREFIX = 4  # as for visit ids: short enough to type, long enough to rarely collide


def resolve_record_id(text: str, ids: Iterable[str], what: str, visit_id: str) -> str:
    """The one id among ``ids`` (the visit's records) that ``text`` spells or begins."""
    text = text.strip().lower()
    if len(text) < MIN_PREFIX:
        raise ValidationError(f"give at least the first {MIN_PREFIX} characters of the {what} id")
    matches = [i for i in ids if i.lower().startswith(text)]
    if not matches:
        raise NotFoundError(f"visit {visit_id[:8]} has no {what} with id {text}")
    if len(matches) > 1:
        raise ValidationError(f"{text} matches {len(matches)} {what}s; give more of the id")
    return matches[0]
