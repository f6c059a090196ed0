"""Recovering a laptop whose clock was poisoned: by a bundle imported before remote clocks
far ahead were refused, or by its own wall clock once set years ahead.

Such a laptop holds change records stamped far in its future (or, after a 15-digit wall
time overflowed, with 16 digits). Peers refuse every bundle carrying them, and their text
no longer sorts in the order of events. Re-stamping them, in their order of events, just
after the latest believable change here, gives them sortable timestamps that peers accept
again; what wins each field stays what won before.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import ColumnElement, and_, bindparam, func, not_, or_, select, update
from sqlalchemy.orm import Session

from assessor_app.domain.hlc import TRUSTED_AHEAD_MS, HlcTimestamp, is_poisoned, local_now, tick
from assessor_app.persistence.models import ChangeLogRow, LocalSettingRow
from assessor_app.persistence.sync_models import ConflictRow

_DEVICE = re.compile(r"[0-9A-Za-z-]{1,36}")


def _ceiling(now_ms: int) -> str:
    # "/" sorts right after ".": every well-formed stamp up to the limit sorts below this.
    return f"{local_now(now_ms) + TRUSTED_AHEAD_MS:015d}/"


def _well_formed() -> ColumnElement[bool]:
    # The fixed widths, in SQL any database speaks; the digits are checked on decoding.
    hlc = ChangeLogRow.hlc
    return and_(
        func.length(hlc) >= 23, func.substr(hlc, 16, 1) == ".", func.substr(hlc, 22, 1) == "."
    )


def latest_believable(session: Session, now_ms: int) -> HlcTimestamp | None:
    """The latest well-formed change stamp here that is not poisoned (see hlc.is_poisoned)."""
    text = session.scalar(
        select(func.max(ChangeLogRow.hlc)).where(
            ChangeLogRow.hlc < _ceiling(now_ms), _well_formed()
        )
    )
    return HlcTimestamp.parse(text)


def _event_order(hlc: str, change_id: str) -> tuple[int, int, str, str]:
    # Numeric, not textual: a 16-digit wall time is later than any 15-digit one.
    parts = hlc.split(".", 2)
    wall = int(parts[0]) if parts[0].isdigit() else 10**30
    counter = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    return (wall, counter, parts[-1], change_id)


def clock_is_poisoned(session: Session, now_ms: int) -> bool:
    """Is the stored clock damaged or far ahead of ``now_ms``? (It is at least every stamp
    written or seen here, so a sound clock means sound stamps: one row to read.)"""
    row = session.get(LocalSettingRow, "hlc")
    if row is None:
        return False
    stamp = HlcTimestamp.parse(row.value)
    return stamp is None or is_poisoned(stamp, now_ms)


def _restamp_conflicts(session: Session, new_hlc: dict[str, str]) -> None:
    # Conflicts keep a copy of their changes' stamps (to show and to order the options).
    for row in session.scalars(select(ConflictRow)):
        change_ids, times = json.loads(row.change_ids), json.loads(row.times)
        if any(cid in new_hlc for cid in change_ids):
            for i, cid in enumerate(change_ids):
                if cid in new_hlc and i < len(times):
                    times[i][0] = new_hlc[cid]
            row.times = json.dumps(times)


def restamp_poisoned_changes(session: Session, device_id: str, now_ms: int) -> int:
    """Give every change with a poisoned stamp (or a malformed one) a sortable stamp
    after the latest believable one, keep their order, and reset the clock; returns how
    many were re-stamped."""
    bad = session.execute(
        select(ChangeLogRow.id, ChangeLogRow.hlc, ChangeLogRow.device_id).where(
            or_(ChangeLogRow.hlc >= _ceiling(now_ms), not_(_well_formed()))
        )
    ).all()
    stamp = latest_believable(session, now_ms)
    updates = []
    for change_id, _hlc, device in sorted(bad, key=lambda r: _event_order(r[1], r[0])):
        stamp = tick(stamp, now_ms, device if _DEVICE.fullmatch(device) else device_id)
        updates.append({"change_id": change_id, "new_hlc": stamp.encode()})
    if updates:
        # The change log is append-only, except for this repair of stamps that were damaged.
        table = ChangeLogRow.__table__
        session.execute(
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("change_id"))
            .values(hlc=bindparam("new_hlc")),
            updates,
        )
        _restamp_conflicts(session, {u["change_id"]: u["new_hlc"] for u in updates})
    clock = stamp or tick(None, now_ms, device_id)
    row = session.get(LocalSettingRow, "hlc")
    if row is None:
        session.add(LocalSettingRow(key="hlc", value=clock.encode()))
    else:
        row.value = clock.encode()
    return len(updates)
