"""Hybrid logical clock: timestamps that order edits across laptops with skewed clocks.

A timestamp is the string ``WWWWWWWWWWWWWWW.CCCCC.DEVICE``: wall time in ms (15 digits),
a counter (5 digits) and the device id. Plain string comparison orders them, ties broken
by device, so every laptop agrees on "last writer".

That only holds while every timestamp keeps its width, so the clock is bounded: a
timestamp cannot be built outside the encoding, a remote clock more than ``MAX_AHEAD_MS``
ahead of this computer's is refused (it would drag every later edit here into its
future), and a stored clock further ahead than any accepted stamp explains (poisoned by an
import before this rule) is treated as no clock at all, so the laptop recovers instead of
carrying the damage on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessor_app.domain.errors import ValidationError

# The counter is written with 5 digits; beyond this the text would no longer sort.
MAX_COUNTER = 99_999
# The wall time is written with 15 digits (ms, up to the year 33658).
MAX_WALL_MS = 10**15 - 1
# How far a remote clock may run ahead of ours: clock skew between honest laptops is
# seconds or minutes; a day covers time zones set wrongly too.
MAX_AHEAD_MS = 24 * 60 * 60 * 1000
# Our own stored clock counts as poisoned only well beyond what an accepted remote stamp
# (and the carried milliseconds after it) can have brought, so a clock taken at the limit
# is carried on, never dropped.
TRUSTED_AHEAD_MS = 2 * MAX_AHEAD_MS
# Our own wall clock is believed only up to here (the year ~17 800), so that even a
# timestamp two days ahead of it, carried on, stays far inside the 15 digits.
MAX_NOW_MS = MAX_WALL_MS // 2
_DEVICE = re.compile(r"[0-9A-Za-z-]{1,36}")
# Device ids already checked: a bulk import stamps thousands of records for one device.
_VALID_DEVICES: set[str] = set()
HLC_TEXT = re.compile(r"([0-9]{15})\.([0-9]{5})\.([0-9A-Za-z-]{1,36})")  # ASCII digits only


class ClockAheadError(ValidationError):
    """A remote timestamp runs more than a day ahead of this computer's clock."""

    def __init__(self, remote_ms: int, now_ms: int) -> None:
        super().__init__(
            f"a clock {remote_ms - now_ms} ms ahead of this computer's is not accepted"
        )
        self.remote_ms = remote_ms
        self.now_ms = now_ms


@dataclass(frozen=True, slots=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    device_id: str

    def __post_init__(self) -> None:
        # Checked on construction, so no code path can hold a timestamp whose text would
        # not sort (16 digits, negative, a bool, a device id with dots).
        if type(self.wall_ms) is not int or not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValueError(f"HLC wall time {self.wall_ms!r} is outside 0..{MAX_WALL_MS}")
        if type(self.counter) is not int or not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"HLC counter {self.counter!r} is outside 0..{MAX_COUNTER}")
        if self.device_id not in _VALID_DEVICES:
            if not isinstance(self.device_id, str) or not _DEVICE.fullmatch(self.device_id):
                raise ValueError(f"HLC device id {str(self.device_id)[:40]!r} is not valid")
            if len(_VALID_DEVICES) > 1000:  # a few devices a visit; a hostile list stays small
                _VALID_DEVICES.clear()
            _VALID_DEVICES.add(self.device_id)

    def encode(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:05d}.{self.device_id}"

    @staticmethod
    def decode(text: str) -> HlcTimestamp:
        """The timestamp of an encoded text; ValueError for anything but the exact form."""
        match = HLC_TEXT.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"{str(text)[:80]!r} is not an HLC timestamp")
        return HlcTimestamp(int(match[1]), int(match[2]), match[3])

    @staticmethod
    def parse(text: str | None) -> HlcTimestamp | None:
        """Like ``decode``, but None for text that is not a timestamp (a damaged store)."""
        try:
            return HlcTimestamp.decode(text) if text is not None else None
        except ValueError:
            return None


def local_now(now_ms: int) -> int:
    """This computer's wall time as the clock may use it (a clock set before 1970 or
    absurdly far ahead cannot push a timestamp out of its 15 digits)."""
    if now_ms < 0:
        return 0
    return MAX_NOW_MS if now_ms > MAX_NOW_MS else int(now_ms)


def is_ahead(stamp: HlcTimestamp, now_ms: int) -> bool:
    """Does ``stamp`` run more than ``MAX_AHEAD_MS`` ahead of the wall clock ``now_ms``?"""
    return stamp.wall_ms > local_now(now_ms) + MAX_AHEAD_MS


def is_poisoned(stamp: HlcTimestamp, now_ms: int) -> bool:
    """Is our own ``stamp`` so far ahead of the wall clock that no accepted remote stamp can
    explain it (an import before remote clocks were refused, a clock once set years ahead)?"""
    return stamp.wall_ms > local_now(now_ms) + TRUSTED_AHEAD_MS


def check_remote(remote: HlcTimestamp, now_ms: int) -> None:
    """Refuse a remote timestamp far ahead of this computer's clock (ClockAheadError)."""
    if is_ahead(remote, now_ms):
        raise ClockAheadError(remote.wall_ms, local_now(now_ms))


def _trusted(last: HlcTimestamp | None, now: int) -> HlcTimestamp | None:
    # A last timestamp far ahead of our own wall clock was poisoned (an import before the
    # refusal existed, or a clock once set years ahead): starting again from the wall
    # clock is what lets this laptop's edits be accepted by its peers again.
    return None if last is None or is_poisoned(last, now) else last


def tick(last: HlcTimestamp | None, now_ms: int, device_id: str) -> HlcTimestamp:
    """The timestamp of a local event after ``last``."""
    now = local_now(now_ms)
    last = _trusted(last, now)
    if last is None or now > last.wall_ms:
        return HlcTimestamp(now, 0, device_id)
    return _carried(last.wall_ms, last.counter + 1, device_id)


def receive(
    last: HlcTimestamp | None, remote: HlcTimestamp, now_ms: int, device_id: str
) -> HlcTimestamp:
    """The clock after seeing a remote timestamp, so later local edits sort after it.
    Raises ClockAheadError for a remote timestamp more than a day ahead of ``now_ms``."""
    now = local_now(now_ms)
    check_remote(remote, now)
    last = _trusted(last, now)
    wall = max(now, remote.wall_ms, last.wall_ms if last else 0)
    if last is not None and wall == last.wall_ms and wall == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif last is not None and wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return _carried(wall, counter, device_id)


def _carried(wall_ms: int, counter: int, device_id: str) -> HlcTimestamp:
    """A counter past its 5 digits moves the wall time on by a millisecond instead, so the
    encoded text keeps its width and its order (and the bundle's HLC pattern). The wall
    time here is at most two days past ``MAX_NOW_MS``, far below ``MAX_WALL_MS``."""
    if counter > MAX_COUNTER:
        return HlcTimestamp(wall_ms + 1, 0, device_id)
    return HlcTimestamp(wall_ms, counter, device_id)
