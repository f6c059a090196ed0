"""User text in the report, printed as typed: the one place that turns it into paragraph
markup. It is escaped (a facility named ``<font size=80>`` prints those characters), each
character gets a font that has it, and right-to-left words are laid out and shaped.

Line breaking stays reportlab's, in logical order; each broken line's words are then put
in visual order (the Unicode bidi rules, resolved per word) and each right-to-left run is
shaped by HarfBuzz (through reportlab's uharfbuzz support) into its joined forms."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from assessor_app.reports.fonts import FALLBACKS, coverage, default_font_dir, house_coverage
from assessor_app.reports.fragments import fragments
from assessor_app.reports.printable import IGNORABLE

_RTL = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})


def normalise(value: object) -> str:
    """Line ends as ``\\n``, tabs as spaces, invisible marks left out."""
    s = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if _IGNORABLE_CHARS.isdisjoint(s):  # the usual case, tested at C speed
        return s
    return "".join(ch for ch in s if ord(ch) not in IGNORABLE)


_IGNORABLE_CHARS = frozenset(map(chr, IGNORABLE))


@cache
def _house_chars(font_dir: Path) -> frozenset[str]:
    return frozenset(map(chr, house_coverage(font_dir)))


def font_runs(value: str) -> Iterator[tuple[str | None, str]]:
    """(font or None for the paragraph's own face, text) runs. A character keeps the
    font of the run it is in while that font has it, so a word stays in one font."""
    font_dir = default_font_dir()
    if _house_chars(font_dir).issuperset(value):  # all of it in the paragraph's own face
        if value:
            yield None, value
        return
    house = house_coverage(font_dir)
    current: str | None = None
    start = 0
    for i, ch in enumerate(value):
        code = ord(ch)
        if current is None and code in house:
            continue
        if current is not None and code in coverage(font_dir, current):
            continue
        font = None if code in house else _fallback_for(code)
        if font != current:
            if i > start:
                yield current, value[start:i]
            current, start = font, i
    if start < len(value):
        yield current, value[start:]


def _fallback_for(code: int) -> str:
    font_dir = default_font_dir()
    for name in FALLBACKS:
        if code in coverage(font_dir, name):
            return name
    return FALLBACKS[0]  # refused where typed; a bundle from an old app may still hold one


def markup(value: object) -> str:
    """Paragraph markup for user text: escaped, in fonts that have its characters."""
    parts = []
    for font, run in font_runs(normalise(value)):
        safe = escape(run)
        parts.append(safe if font is None else f'<font name="{font}">{safe}</font>')
    return "".join(parts).replace("\n", "<br/>")


def has_rtl(value: str) -> bool:
    if value.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in _RTL for ch in value)


def _direction(word: str) -> str:
    """L, R, N(umber) or neutral (empty) for a word: its first strong character decides."""
    number = False
    for ch in word:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "L"
        if kind in _RTL:
            return "R"
        number = number or kind in _NUMBER
    return "N" if number else ""


def base_is_rtl(value: str) -> bool:
    """A line's direction is that of its first strong character (rules P2, P3)."""
    return next((d for d in map(_direction, value.split()) if d in "LR" and d), "L") == "R"


def visual_order(words: list[str], rtl_base: bool) -> list[int]:
    """Indices of ``words`` left to right, by the bidi rules resolved per word: numbers
    follow the strong direction before them, neutrals take their neighbours' direction
    when both agree, else the line's; odd levels are reversed (rule L2)."""
    base = "R" if rtl_base else "L"
    dirs = [_direction(w) for w in words]
    strong = list(dirs)
    previous = base
    for i, d in enumerate(dirs):
        if d == "N":
            strong[i] = "L" if previous == "L" else "R"
        elif d:
            previous = d
    for i, d in enumerate(strong):
        if not d:
            before = next((s for s in reversed(strong[:i]) if s), base)
            after = next((s for s in strong[i + 1 :] if s), base)
            strong[i] = before if before == after else base
    levels = [(1 if d == "R" else 2) if rtl_base else (1 if d == "R" else 0) for d in strong]
    order = list(range(len(words)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


class TextParagraph(Paragraph):
    """A paragraph that prints right-to-left text right: see the module docstring."""

    def __init__(
        self, text: str | None, style: ParagraphStyle, *args: object, **kw: object
    ) -> None:
        plain = None if args or "frags" in kw else fragments(text, style)
        if plain is None:
            super().__init__(text, style, *args, **kw)  # type: ignore[arg-type]
        else:
            cleaned, frags = plain
            super().__init__(cleaned, style, frags=frags, **kw)  # type: ignore[arg-type]
        self._source = text if text is not None and has_rtl(text) else None
        self._wrapped_for: tuple[float, object] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._source is not None:
            source, self._source = self._source, None
            self._lay_out_bidi(source, avail_width)
        # A table wraps every cell to measure its rows and again to draw them (and once
        # more after a split): the lines depend only on the width and the fragments, so a
        # second wrap at the same width keeps the first one's lines.
        # (split drops the lines when it gives up, so they must still be there.)
        if self._wrapped_for == (avail_width, id(self.frags)) and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        if getattr(self, "width", None) == avail_width:
            self._wrapped_for = (avail_width, id(self.frags))
        return size

    def _lay_out_bidi(self, source: str, width: float) -> None:
        style = self.style
        plain = Paragraph(source, ParagraphStyle("logical", parent=style, shaping=0))
        # Shaped Arabic runs a little wider or narrower than its letters: leave room so the
        # second, shaped pass keeps these line breaks.
        plain.wrap(width * 0.94, 10**9)
        broken = plain.blPara.lines
        lines = [_line_words(plain, line) for line in broken]
        bases = _paragraph_bases(
            lines, [bool(getattr(line, "lineBreak", False)) for line in broken]
        )
        rtl = bool(bases) and bases[0]
        visual = []
        for words, rtl_base in zip(lines, bases, strict=True):
            text_only = [w for w, _p in words]
            order = visual_order(text_only, rtl_base)
            runs: list[tuple[Style, str]] = []
            for n, index in enumerate(order):
                text, pieces = words[index]
                if n:
                    runs.append((pieces[0][0], " "))
                if _direction(text) == "R":
                    pieces = pieces[::-1]
                # Shaped here, one font run at a time: reportlab's own shaping takes the
                # first font of a word for all of it, which breaks a word in two fonts.
                runs.extend((st, _shaped(piece, st[0], st[1])[0]) for st, piece in pieces)
            visual.append(_runs_markup(runs))
        shaped = ParagraphStyle(
            "shaped",
            parent=style,
            shaping=0,
            alignment=TA_RIGHT if rtl and style.alignment == TA_LEFT else style.alignment,
        )
        Paragraph.__init__(self, "<br/>".join(visual), shaped)


Style = tuple[str, float, str]  # font, size, colour of a run of a broken line


def _paragraph_bases(lines: list[list[tuple[str, Any]]], hard_break: list[bool]) -> list[bool]:
    """Per broken line, whether its base direction is right-to-left. The direction belongs
    to the paragraph (rule P2: its first strong character), not to each line the width
    broke it into: a paragraph that starts in Latin stays left-to-right on a line that
    happens to start with an Arabic word. Hard line breaks (the typed ones) start a new
    paragraph."""
    bases: list[bool] = []
    start = 0
    for end in range(len(lines)):
        if hard_break[end] or end == len(lines) - 1:
            words = " ".join(w for line in lines[start : end + 1] for w, _p in line)
            bases.extend([base_is_rtl(words)] * (end + 1 - start))
            start = end + 1
    return bases


def _style_of(font: str, size: float, colour: object) -> Style:
    hexval = getattr(colour, "hexval", None)
    return font, size, f"#{hexval()[2:]}" if hexval else ""


def _line_words(paragraph: Paragraph, line: object) -> list[tuple[str, list[tuple[Style, str]]]]:
    """(text, styled pieces) per word of one broken line of ``paragraph``."""
    style = paragraph.style
    if paragraph.blPara.kind == 0:
        words: list[str] = line[1]  # type: ignore[index]
        one = _style_of(style.fontName, style.fontSize, style.textColor)
        return [(w, [(one, w)]) for w in words]
    out: list[tuple[str, list[tuple[Style, str]]]] = []
    text, pieces = "", list[tuple[Style, str]]()
    for frag in line.words:  # type: ignore[attr-defined]
        chunks = (getattr(frag, "text", "") or "").split(" ")
        frag_style = _style_of(frag.fontName, frag.fontSize, frag.textColor)
        for k, chunk in enumerate(chunks):
            if k > 0 and text:
                out.append((text, pieces))
                text, pieces = "", list[tuple[Style, str]]()
            if chunk:
                text += chunk
                pieces.append((frag_style, chunk))
    if text:
        out.append((text, pieces))
    return out


def _runs_markup(runs: list[tuple[Style, str]]) -> str:
    """One font tag per run of equal style (a tag per word makes long texts crawl)."""
    parts = []
    i = 0
    while i < len(runs):
        style = runs[i][0]
        j = i
        while j < len(runs) and runs[j][0] == style:
            j += 1
        font, size, colour = style
        colour_attr = f' color="{colour}"' if colour else ""
        body = escape("".join(piece for _s, piece in runs[i:j]))
        parts.append(f'<font name="{font}" size="{size}"{colour_attr}>{body}</font>')
        i = j
    return "".join(parts)


def _shaped(run: str, font: str, size: float) -> tuple[str, float]:
    """The run's glyphs in visual order (HarfBuzz's joined Arabic forms, as the font's
    characters), and their width."""
    if not has_rtl(run):
        return run, stringWidth(run, font, size)
    shaped = str(shapeStr(run, font, size))
    return shaped, stringWidth(shaped, font, size)


# -- one line on the canvas (page furniture, the signature's appearance) ----------------
def text_width(value: str, font: str, size: float) -> float:
    return sum(stringWidth(run, f or font, size) for f, run in font_runs(normalise(value)))


def draw_line(canvas: Canvas, x: float, y: float, value: str, anchor: str = "left") -> float:
    """Draw one line of user text in the canvas's font and size, each run in a font that
    has it, right-to-left words in visual order and shaped; returns its width."""
    font, size = canvas._fontname, canvas._fontsize
    words = " ".join(normalise(value).split()).split(" ")
    order = visual_order(words, base_is_rtl(" ".join(words)))
    pieces: list[tuple[str, str, float]] = []
    space = stringWidth(" ", font, size)
    for n, index in enumerate(order):
        if n:
            pieces.append((font, " ", space))
        runs = list(font_runs(words[index]))
        if _direction(words[index]) == "R" and len(runs) > 1:
            runs.reverse()
        for run_font, run in runs:
            name = run_font or font
            pieces.append((name, *_shaped(run, name, size)))
    total = sum(p[2] for p in pieces)
    start = {"left": x, "right": x - total, "centre": x - total / 2}[anchor]
    text = canvas.beginText(start, y)
    for name, piece, _width in pieces:
        text.setFont(name, size)
        text.textOut(piece)
    canvas.drawText(text)
    canvas.setFont(font, size)
    return total


__all__ = ["TextParagraph", "draw_line", "markup", "normalise", "text_width", "visual_order"]
