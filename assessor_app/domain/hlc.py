"""Hybrid logical clock: timestamps that order edits across laptops with skewed clocks.

A timestamp is the string ``WWWWWWWWWWWWWWW.CCCCC.DEVICE``: wall time in ms (15 digits),
a counter (5 digits) and the device id. Plain string comparison orders them, ties broken
by device, so every laptop agrees on "last writer".
"""

from __future__ import annotations

from dataclasses import dataclass

# The counter is written with 5 digits; beyond this the text would no longer sort.
MAX_COUNTER = 99_999


@dataclass(frozen=True, slots=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:05d}.{self.device_id}"

    @staticmethod
    def decode(text: str) -> HlcTimestamp:
        wall, counter, device = text.split(".", 2)
        return HlcTimestamp(int(wall), int(counter), device)


def tick(last: HlcTimestamp | None, now_ms: int, device_id: str) -> HlcTimestamp:
    """The timestamp of a local event after ``last``."""
    if last is None or now_ms > last.wall_ms:
        return HlcTimestamp(now_ms, 0, device_id)
    return _carried(last.wall_ms, last.counter + 1, device_id)


def receive(
    last: HlcTimestamp | None, remote: HlcTimestamp, now_ms: int, device_id: str
) -> HlcTimestamp:
    """The clock after seeing a remote timestamp, so later local edits sort after it."""
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
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
    encoded text keeps its width and its order (and the bundle's HLC pattern)."""
    if counter > MAX_COUNTER:
        return HlcTimestamp(wall_ms + 1, 0, device_id)
    return HlcTimestamp(wall_ms, counter, device_id)
