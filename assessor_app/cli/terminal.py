"""What the command line prints never drives the terminal.

Text from a co-assessor's bundle or a typed argument may hold ESC, BEL or other control
characters: printed raw, they could retitle the window, clear the screen or write the
clipboard (OSC 52). Every byte the CLI prints passes through one filter, installed around
the whole command run, so no single print can forget it.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

# C0 controls except tab and newline, DEL, and the C1 controls (U+0080-U+009F: CSI, OSC
# and friends in their 8-bit form). Carriage return goes too: it lets text overwrite what
# was printed before it on the same line.
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# In JSON the same characters are escaped instead of dropped, so the data stays whole.
_JSON_UNESCAPED_CONTROLS = re.compile("[\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """``text`` without the characters a terminal would act on (tab and newline stay)."""
    return CONTROLS.sub("", text)


def escape_json_controls(json_text: str) -> str:
    """JSON text with DEL and C1 written as \\u escapes (json.dumps escapes C0 already).

    Outside strings JSON is plain ASCII, so any such character sits inside a string,
    where the escape means the same character.
    """
    return _JSON_UNESCAPED_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


class ControlStrippingStream:
    """A text stream that passes everything to ``target`` minus terminal controls."""

    def __init__(self, target: TextIO) -> None:
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(strip_controls(text))
        return len(text)  # what the caller handed over, as TextIO.write promises

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)


@contextlib.contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Filter sys.stdout and sys.stderr for the duration of the block."""
    saved = sys.stdout, sys.stderr
    # A windowed build may have no streams at all (None): print() then writes nothing.
    if saved[0] is not None:
        sys.stdout = ControlStrippingStream(saved[0])  # type: ignore[assignment]
    if saved[1] is not None:
        sys.stderr = ControlStrippingStream(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
