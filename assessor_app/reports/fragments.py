"""Paragraph fragments made faster than reportlab's per-paragraph HTML parse, and equal
to what it gives.

Most cells of the report are one run of plain words: the parser turns each into the
style's opening fragment with the text set, so that fragment is parsed once per style and
copied. Markup that recurs (a rating, a status, a table's header) is parsed once and its
fragments copied for each paragraph."""

from __future__ import annotations

import copy
import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph, cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

# Characters the parser reads as markup or entities.
_MARKUP = frozenset("<>&")
# Bounds that only guard against growth in a long session: styles are module constants
# and a report holds a few thousand texts.
_MAX_STYLES = 256
_MAX_PARSED = 4096
_lock = threading.Lock()
_openings: dict[int, tuple[ParagraphStyle, Any]] = {}
_parsed: dict[tuple[str, int], tuple[ParagraphStyle, list[Any]]] = {}


def fragments(text: str | None, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """(the text as reportlab cleans it, fresh fragments for one paragraph), or None when
    the paragraph must be made the usual way (nothing to print, or a parse that does not
    give plain fragments: a bullet, a style of its own, an error to report)."""
    if not text:
        return None
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    if _MARKUP.isdisjoint(cleaned):
        opening = _opening(style)
        if opening is None:
            return None
        frag = copy.copy(opening)
        frag.text = cleaned
        return cleaned, [frag]
    with _lock:
        known = _parsed.get((cleaned, id(style)))
    if known is None or known[0] is not style:
        parser = ParaParser()
        parser.caseSensitive = 1
        parsed_style, frags, bullets = parser.parse(cleaned, style)
        if frags is None or bullets or parsed_style is not style:
            return None
        textTransformFrags(frags, style)
        known = (style, frags)
        with _lock:
            if len(_parsed) >= _MAX_PARSED:
                _parsed.clear()
            _parsed[(cleaned, id(style))] = known
    # Each paragraph gets copies: a split or a drawing may set attributes on its own.
    return cleaned, [copy.copy(f) for f in known[1]]


def _opening(style: ParagraphStyle) -> Any:
    """The fragment the parser starts a paragraph of ``style`` with (None: it does not
    give one plain fragment, so this style has no shortcut)."""
    with _lock:
        known = _openings.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    frags = Paragraph("x", style).frags
    frag = frags[0] if len(frags) == 1 and getattr(frags[0], "text", None) == "x" else None
    with _lock:
        if len(_openings) >= _MAX_STYLES:
            _openings.clear()
        _openings[id(style)] = (style, frag)
    return frag


__all__ = ["fragments"]
