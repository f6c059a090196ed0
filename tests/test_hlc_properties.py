"""The hybrid logical clock fed adversarial remote values and a damaged own state: it stays
monotonic, bounded, and its text keeps sorting in numeric order."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor_app.domain.hlc import (
    MAX_AHEAD_MS,
    MAX_COUNTER,
    MAX_WALL_MS,
    TRUSTED_AHEAD_MS,
    ClockAheadError,
    HlcTimestamp,
    receive,
    tick,
)

NOW = 1_795_672_861_055  # late 2026, in ms
FORM = re.compile(r"[0-9]{15}\.[0-9]{5}\.[0-9A-Za-z-]{1,36}")

walls = st.one_of(
    st.integers(min_value=0, max_value=MAX_WALL_MS),
    st.sampled_from(
        [
            0,
            NOW,
            NOW + MAX_AHEAD_MS,
            NOW + MAX_AHEAD_MS + 1,
            NOW + TRUSTED_AHEAD_MS + 1,
            MAX_WALL_MS,
        ]
    ),
    st.integers(min_value=NOW - 10**9, max_value=NOW + 2 * MAX_AHEAD_MS),
)
counters = st.one_of(
    st.integers(min_value=0, max_value=MAX_COUNTER), st.sampled_from([MAX_COUNTER - 1, MAX_COUNTER])
)
devices = st.from_regex(r"[0-9A-Za-z-]{1,36}", fullmatch=True)
stamps = st.builds(HlcTimestamp, walls, counters, devices)
# Our own wall clock misbehaves too: before 1970, far ahead, jumping about.
nows = st.one_of(
    st.integers(min_value=NOW - 10**10, max_value=NOW + 10**10),
    st.sampled_from([-1, 0, NOW, 10**16, 10**30]),
)
# What a hostile bundle might write where a timestamp goes.
garbage = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "999999999999999.99999.dev",
            "1000000000000000.00000.dev",
            "-00000000000001.00000.dev",
            "NaN.00000.dev",
            "inf.00000.dev",
            "000000000000001.100000.dev",
            "00000000000001.00000.dev",
            "000000000000001.00000.",
            "000000000000001.00000.a.b",
            "0x0000000000001.00000.dev",
            "000000000000001.00000.dev\n",
            "\u0661" * 15 + ".00000.dev",  # digits, but not ASCII ones: they would not sort
        ]
    ),
    st.builds(lambda w, c, d: f"{w}.{c}.{d}", st.integers(), st.integers(), st.text(max_size=8)),
)


def _sound(stamp: HlcTimestamp, now: int) -> None:
    text = stamp.encode()
    assert FORM.fullmatch(text), text
    assert HlcTimestamp.decode(text) == stamp
    # Bounded: never more than two days (what a remote stamp at the limit, carried on, can
    # reach) past our wall clock, so never near the end of the 15 digits.
    assert stamp.wall_ms <= min(max(now, 0), MAX_WALL_MS // 2) + TRUSTED_AHEAD_MS + 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(stamps, st.none()), max_size=30), st.lists(nows, min_size=30))
def test_local_ticks_are_monotonic_bounded_and_sort_as_text(remotes, clock_readings):
    """A sequence of local events and receipts of remote stamps, with a wild wall clock."""
    last: HlcTimestamp | None = None
    seen: list[HlcTimestamp] = []
    for remote, now in zip(remotes, clock_readings, strict=False):
        if remote is None:
            nxt = tick(last, now, "local")
        else:
            try:
                nxt = receive(last, remote, now, "local")
            except ClockAheadError:
                continue  # refused; the clock is unchanged
            assert nxt > remote and nxt.encode() > remote.encode()
        _sound(nxt, now)
        if (
            last is not None
            and last.wall_ms <= min(max(now, 0), MAX_WALL_MS // 2) + TRUSTED_AHEAD_MS
        ):
            assert nxt > last and nxt.encode() > last.encode()  # monotonic from a sound state
        seen.append(nxt)
        last = nxt
    # Text order is numeric order for everything the clock produced.
    assert sorted(seen) == sorted(seen, key=HlcTimestamp.encode)


@settings(max_examples=200, deadline=None)
@given(st.one_of(stamps, st.none()), stamps, nows)
def test_a_remote_clock_more_than_a_day_ahead_is_refused(last, remote, now):
    believed = min(max(now, 0), MAX_WALL_MS // 2)
    if remote.wall_ms > believed + MAX_AHEAD_MS:
        with pytest.raises(ClockAheadError):
            receive(last, remote, now, "local")
    else:
        _sound(receive(last, remote, now, "local"), now)


@settings(max_examples=200, deadline=None)
@given(stamps, nows)
def test_a_poisoned_own_clock_recovers(last, now):
    """A stored clock far ahead (an import before remote clocks were refused) is not carried
    on: the next stamp is sound and near the wall clock."""
    _sound(tick(last, now, "local"), now)


@settings(max_examples=200, deadline=None)
@given(garbage)
def test_text_that_is_not_a_timestamp_never_decodes(text):
    if FORM.fullmatch(text) and int(text[:15]) <= MAX_WALL_MS:
        assert HlcTimestamp.decode(text).encode() == text
        return
    with pytest.raises(ValueError):
        HlcTimestamp.decode(text)
    assert HlcTimestamp.parse(text) is None


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=True)),
    st.one_of(st.integers(), st.booleans()),
)
def test_a_timestamp_outside_the_encoding_cannot_be_built(wall, counter):
    fits = (
        type(wall) is int
        and type(counter) is int
        and 0 <= wall <= MAX_WALL_MS
        and 0 <= counter <= MAX_COUNTER
    )
    if fits:
        assert FORM.fullmatch(HlcTimestamp(wall, counter, "d").encode())
    else:
        with pytest.raises(ValueError):
            HlcTimestamp(wall, counter, "d")  # type: ignore[arg-type]


def test_the_end_of_time_bundle_value_cannot_roll_the_clock_to_16_digits():
    """The campaign's case: wall time 999999999999999 with a full counter."""
    remote = HlcTimestamp.decode("999999999999999.99999.attacker")
    with pytest.raises(ClockAheadError):
        receive(None, remote, NOW, "local")
    # And a laptop whose stored clock already holds it carries on from its wall clock.
    assert tick(remote, NOW, "local") == HlcTimestamp(NOW, 0, "local")


def test_a_remote_clock_taken_at_the_limit_is_carried_on_not_dropped():
    """Accepted at exactly a day ahead with a full counter, the clock moves a millisecond
    past the limit; the next local edit must still sort after it."""
    remote = HlcTimestamp(NOW + MAX_AHEAD_MS, MAX_COUNTER, "peer")
    seen = receive(None, remote, NOW, "local")
    assert seen > remote and seen.wall_ms == NOW + MAX_AHEAD_MS + 1
    assert tick(seen, NOW, "local") > seen
