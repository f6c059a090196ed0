"""Long user text in a table cell: the cell shows its start, the rest continues in a block
below the table. A table row that re-wraps a 20,000-character cell on every page it spans
takes minutes; a block of plain paragraphs below the table takes milliseconds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from assessor_app.reports.styles import BODY_SMALL, H3
from assessor_app.reports.tables import text
from assessor_app.reports.user_text import TextParagraph

CELL_CHARS = 700  # what a cell shows before the text continues below the table
CELL_LINES = 10  # ...or this many lines, whichever comes first
MORE = "… (continued below the table)"


def split_for_cell(value: str) -> tuple[str, str]:
    """The part of ``value`` a cell shows and the rest (empty when it all fits)."""
    head = value[:CELL_CHARS]
    lines = head.split("\n")
    if len(lines) > CELL_LINES:
        head = "\n".join(lines[:CELL_LINES])
    if len(head) >= len(value):
        return value, ""
    # Cut at a space when one is near, so no word is split between cell and block.
    space = head.rfind(" ", len(head) * 3 // 4)
    if space > 0:
        head = head[:space]
    return head, value[len(head) :].lstrip(" ")


@dataclass
class Overflow:
    """The rest of the long texts of one table, printed below it."""

    blocks: list[tuple[str, str]] = field(default_factory=list)

    def cell(self, value: str, label: str) -> str:
        """Markup for the cell's part of ``value``; the rest is kept for below the table."""
        head, rest = split_for_cell(value)
        if not rest:
            return text(value)
        self.blocks.append((label, rest))
        return f"{text(head)}<i>{text(MORE)}</i>"

    def flowables(self) -> list[Flowable]:
        """The continued texts: a heading each, then one paragraph per line (a paragraph
        of thousands of lines would be re-wrapped on every page it spans)."""
        out: list[Flowable] = []
        for label, rest in self.blocks:
            out.append(TextParagraph(f"{text(label)} (continued)", H3))
            out.extend(paragraphs(rest))
            out.append(Spacer(1, 2 * mm))
        return out


def paragraphs(value: str, style: object = BODY_SMALL) -> Sequence[Flowable]:
    out: list[Flowable] = []
    for line in value.split("\n"):
        if line.strip():
            out.append(TextParagraph(text(line), style))  # type: ignore[arg-type]
        else:
            out.append(Spacer(1, 1.5 * mm))
    return out


__all__ = ["MORE", "Overflow", "paragraphs", "split_for_cell"]
