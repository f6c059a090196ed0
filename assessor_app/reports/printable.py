"""Which characters of a text the report can print: the one check the services make where
text is typed or imported, so that nothing is ever printed as an empty box."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from assessor_app.reports.fonts import FALLBACKS, coverage, default_font_dir

# Layout, not glyphs: line breaks and tabs become lines and spaces.
LAYOUT = frozenset("\n\r\t")
# Invisible marks that change nothing a reader sees in print (joiners, variation
# selectors, direction marks, soft hyphen): the report leaves them out.
IGNORABLE = frozenset(
    [
        *(0x00AD, 0x034F, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060),
        0xFEFF,
        *range(0xFE00, 0xFE10),
        *range(0xE0100, 0xE01F0),
    ]
)


@cache
def _printable(font_dir: Path) -> frozenset[int]:
    return frozenset().union(*(coverage(font_dir, name) for name in FALLBACKS))


def unprintable(text: str, font_dir: Path | None = None) -> list[str]:
    """The distinct characters of ``text`` no report font has, in order of appearance.
    Explicit direction overrides and embeddings are among them: printed, the text would
    not read as it does on screen."""
    if all(" " <= ch <= "~" or "\xa0" <= ch <= "\xff" or ch in LAYOUT for ch in text):
        return []  # Latin-1, every report font's core: no need to read the fonts
    covered = _printable(font_dir or default_font_dir())
    missing: dict[str, None] = {}
    for ch in text:
        code = ord(ch)
        if ch in LAYOUT or code in IGNORABLE or (code in covered and not _is_override(code)):
            continue
        missing[ch] = None
    return list(missing)


def _is_override(code: int) -> bool:
    return 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069


def describe(ch: str) -> str:
    """U+1F600 GRINNING FACE ('😀'): how a refused character is named to the user."""
    name = unicodedata.name(ch, "")
    if not name:
        category = unicodedata.category(ch)
        name = {"Cc": "a control character", "Co": "a private-use character"}.get(
            category, "an unassigned character"
        )
        return f"U+{ord(ch):04X} ({name})"
    shown = f" ({ch!r})" if unicodedata.category(ch)[0] not in "CZ" else ""
    return f"U+{ord(ch):04X} {name}{shown}"
