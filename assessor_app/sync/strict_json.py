"""JSON parsing that refuses what a hostile bundle might smuggle: duplicate keys, NaN and
Infinity, very deep nesting, oversized documents, invalid UTF-8."""

from __future__ import annotations

import json
from typing import Any

from assessor_app.domain.sync_types import BundleRefusedError

MAX_DEPTH = 32


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BundleRefusedError(f"duplicate JSON key {key[:60]!r}")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise BundleRefusedError(f"JSON value {name} is not allowed")


def _depth(value: Any, limit: int) -> None:
    """Refuse a value with anything (even a number) deeper than ``limit`` levels."""
    too_deep = BundleRefusedError(f"JSON nested deeper than {limit} levels")
    if limit < 1:
        raise too_deep
    # Iterative, so checking depth cannot itself overflow the stack. Only containers go on
    # the stack: a large records.json holds tens of thousands of plain values.
    stack: list[tuple[dict[str, Any] | list[Any], int]] = []
    if isinstance(value, (dict, list)):
        stack.append((value, 1))
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth == limit and children:  # any member would sit one level too deep
            raise too_deep
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))


def loads_strict(data: bytes, what: str, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (UTF-8 JSON) strictly; BundleRefusedError names ``what`` on any problem."""
    if len(data) > max_bytes:
        raise BundleRefusedError(f"{what} is larger than {max_bytes} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRefusedError(f"{what} is not UTF-8 text") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except BundleRefusedError as exc:
        raise BundleRefusedError(f"{what}: {str(exc).removeprefix('bundle refused: ')}") from None
    except RecursionError:
        raise BundleRefusedError(f"{what}: JSON nested too deeply") from None
    except ValueError as exc:
        raise BundleRefusedError(f"{what} is not valid JSON ({exc})") from None
    try:
        _depth(value, max_depth)
    except BundleRefusedError as exc:
        raise BundleRefusedError(f"{what}: {str(exc).removeprefix('bundle refused: ')}") from None
    return value


def dumps_canonical(value: Any) -> bytes:
    """The bytes written for JSON members: sorted keys, UTF-8, no NaN, compact.

    Compact on purpose: an ``indent`` sends json to its pure-Python encoder, which made
    writing the records of a large visit several times slower than writing its photos."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    ).encode("utf-8")
