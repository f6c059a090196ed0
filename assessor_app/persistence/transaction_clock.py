"""The hybrid logical clock of one transaction: its stored row is read once and every
change record of the transaction is stamped from it."""

from __future__ import annotations

import time

from sqlalchemy.orm import Session

from assessor_app.domain.hlc import HlcTimestamp, receive, tick
from assessor_app.persistence.clock_repair import clock_is_poisoned, restamp_poisoned_changes
from assessor_app.persistence.models import LocalSettingRow

_UNREAD = object()


class TransactionClock:
    """Owned by one unit of work; read lazily, so a transaction that writes nothing never
    touches the clock row."""

    def __init__(self, session: Session, device_id: str) -> None:
        self.session = session
        self.device_id = device_id
        self._row: LocalSettingRow | object | None = _UNREAD

    def _load(self) -> LocalSettingRow | None:
        if self._row is _UNREAD:
            # No flush before the lookup: an edit costs one flush at commit, not one per read.
            with self.session.no_autoflush:
                row = self.session.get(LocalSettingRow, "hlc")
            now_ms = int(time.time() * 1000)
            if row is not None and clock_is_poisoned(self.session, now_ms):
                # Damaged or far ahead (see clock_repair): recovered before it stamps more.
                restamp_poisoned_changes(self.session, self.device_id, now_ms)
            self._row = row
        return self._row  # type: ignore[return-value]

    def last(self) -> HlcTimestamp | None:
        row = self._load()
        return HlcTimestamp.parse(row.value) if row else None

    def next(self) -> str:
        stamp = tick(self.last(), int(time.time() * 1000), self.device_id).encode()
        self.store(stamp)
        return stamp

    def observe(self, remote: str) -> None:
        """Advance past a remote timestamp (sync on import); a remote clock far ahead of
        this computer's raises ClockAheadError."""
        stamp = receive(
            self.last(), HlcTimestamp.decode(remote), int(time.time() * 1000), self.device_id
        ).encode()
        self.store(stamp)

    def store(self, stamp: str) -> None:
        row = self._load()
        if row is None:
            row = LocalSettingRow(key="hlc", value=stamp)
            self.session.add(row)
            self._row = row
        else:
            row.value = stamp
