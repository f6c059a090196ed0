"""Table and text helpers shared by the report's sections."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from assessor_app.reports.fonts import BOLD, REGULAR
from assessor_app.reports.styles import BAND, CELL, HEAD_CELL, HEAD_RIGHT, INK, NAVY, RULE, ZEBRA
from assessor_app.reports.user_text import TextParagraph, markup


class Plain(str):
    """A short one-line cell drawn as a plain string: no paragraph parsing or wrapping,
    which is most of the layout time in tables of a hundred rows."""


def text(value: object) -> str:
    """User text as paragraph markup: never markup itself, in fonts that print it, line
    breaks kept (see user_text)."""
    return markup(value)


def para(value: str, style: object = CELL) -> Paragraph:
    return TextParagraph(value, style)  # type: ignore[arg-type]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[object, ...]] = (),
    numeric_from: int | None = None,
) -> Table:
    """A ruled table with a navy header row repeated on every page and zebra rows.

    Columns from ``numeric_from`` on hold numbers: their headings align right too."""
    head = [
        TextParagraph(
            text(h), HEAD_RIGHT if numeric_from is not None and i >= numeric_from else HEAD_CELL
        )
        for i, h in enumerate(header)
    ]
    body = [
        [c if isinstance(c, Flowable | Plain) else TextParagraph(c, CELL) for c in row]
        for row in rows
    ]
    # splitInRow: a row taller than a page (a long comment) continues on the next one.
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("LEADING", (0, 1), (-1, -1), 9.2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index in range(2, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def room_for_heading(
    heading: Paragraph,
    header: Sequence[str],
    first_row: Sequence[Flowable | str],
    widths: Sequence[float],
    minimum: float = 0.0,
) -> CondPageBreak:
    """A page break unless the heading, the table's header row and its first row all fit:
    a heading must never end a page with its table starting on the next one (a tall first
    row would not split, so a fixed allowance is not enough)."""
    width = sum(widths)
    _w, heading_height = heading.wrap(width, 10_000)
    style = heading.style
    _w, rows_height = data_table(header, [first_row], widths).wrap(width, 10_000)
    needed = heading_height + style.spaceBefore + style.spaceAfter + rows_height + 2 * mm
    return CondPageBreak(max(needed, minimum))


def key_value_table(rows: Sequence[tuple[str, Flowable | str]], widths: Sequence[float]) -> Table:
    """Label / value pairs, labels in a shaded column (cover, case review parameters)."""
    body = [
        [
            TextParagraph(f"<font name='{BOLD}'>{text(label)}</font>", CELL),
            value if isinstance(value, Flowable) else TextParagraph(value, CELL),
        ]
        for label, value in rows
    ]
    table = Table(body, colWidths=list(widths), splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
                ("BACKGROUND", (0, 0), (0, -1), BAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.35, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def boxed(
    flowables: list[Flowable], width: float, border: colors.Color, fill: colors.Color
) -> Table:
    """A framed panel with a coloured left edge (outcome, notices)."""
    table = Table([[flowables]], colWidths=[width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 3.5, border),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def font_tag(value: str, *, bold: bool = False, colour: colors.Color | None = None) -> str:
    """Inline markup for a run of text in another face or colour."""
    attrs = f"name='{BOLD if bold else REGULAR}'"
    if colour is not None:
        attrs += f" color='{colour.hexval().replace('0x', '#')}'"
    return f"<font {attrs}>{value}</font>"


__all__ = [
    "INK",
    "Plain",
    "boxed",
    "data_table",
    "font_tag",
    "key_value_table",
    "para",
    "room_for_heading",
    "text",
]
