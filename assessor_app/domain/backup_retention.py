"""Which rolling backups to keep: the last few, and one a day for a month.

The newest ``keep_last`` backups stay whatever they are (an hour of editing rolls the
older ones out, but a morning's work is never more than an hour from a copy). Beyond
them, the newest backup of each of the last ``keep_days`` calendar days (UTC) stays, so a
mistake noticed a week later can still be undone. Everything else goes. Ten plus thirty
copies of a typical folder (a few MB of database; blobs hard-linked between backups) is
well under what one visit's photos take.

A visit that later backups no longer hold (it was deleted) keeps the newest backup that
still holds it for as long as that backup is within the ``keep_days``: ten quick backups
after deleting a visit must not take its last copy with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

KEEP_LAST = 10
KEEP_DAYS = 30


@dataclass(frozen=True, slots=True)
class Dated:
    id: str
    created: datetime
    visits: frozenset[str] = frozenset()  # the ids of the visits the backup holds


def to_remove(
    backups: Sequence[Dated],
    now: datetime,
    keep_last: int = KEEP_LAST,
    keep_days: int = KEEP_DAYS,
) -> list[str]:
    """The ids to delete, given every backup (any order) and the time now."""
    newest_first = sorted(backups, key=lambda b: (b.created, b.id), reverse=True)
    keep = {b.id for b in newest_first[:keep_last]}
    first_day = (now - timedelta(days=keep_days - 1)).date()
    seen_days: set[object] = set()
    for backup in newest_first:
        day = backup.created.date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.id)
    held: set[str] = set()
    for backup in newest_first:
        if backup.id in keep:
            held |= backup.visits
    for backup in newest_first:  # newest first: the first holding a visit is its newest
        if backup.created.date() >= first_day and not backup.visits <= held:
            keep.add(backup.id)
            held |= backup.visits
    return [b.id for b in newest_first if b.id not in keep]
