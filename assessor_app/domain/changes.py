"""The append-only change record written with every edit; sync merges these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One field of one entity changed by one author on one device at one HLC time.

    ``base_change_id`` names the change of the same field that the author saw as current
    when editing (None for the first write): two changes with no path between them through
    base links are concurrent, which is how merge tells conflicts from overwrites.
    """

    id: str
    visit_id: str
    entity: str
    entity_id: str
    field: str
    old_value: object
    new_value: object
    author: str
    device_id: str
    hlc: str
    base_change_id: str | None
    requirement_key: str | None
    recorded_at: datetime
