"""Colours and paragraph styles: one sober house style for every report."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from assessor_app.domain.outcome import Tier
from assessor_app.domain.ratings import Rating
from assessor_app.reports.fonts import BOLD, ITALIC, REGULAR

NAVY = colors.HexColor("#1B3A5C")
TEAL = colors.HexColor("#2C7A8C")
INK = colors.HexColor("#1E2328")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D9")
BAND = colors.HexColor("#EEF2F6")
ZEBRA = colors.HexColor("#F7F9FB")
GREEN = colors.HexColor("#2E7D32")
AMBER = colors.HexColor("#C98A00")
RED = colors.HexColor("#B3261E")
GREY = colors.HexColor("#8A949E")

RATING_COLOURS = {
    Rating.MET: GREEN,
    Rating.PARTIAL: AMBER,
    Rating.NOT_MET: RED,
    Rating.NA: GREY,
    Rating.NOT_ASSESSED: GREY,
}
TIER_COLOURS = {Tier.NOT_YET: RED, Tier.ACCREDITED: TEAL, Tier.EXCELLENCE: GREEN}


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": 9,
        "leading": 12,
        "textColor": INK,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


BODY = _style("body", spaceAfter=4)
BODY_SMALL = _style("body-small", fontSize=7.5, leading=9.5)
CELL = _style("cell", fontSize=7.5, leading=9.2)
CELL_BOLD = _style("cell-bold", fontSize=7.5, leading=9.2, fontName=BOLD)
CELL_MUTED = _style("cell-muted", fontSize=7, leading=8.6, textColor=MUTED)
CELL_RIGHT = _style("cell-right", fontSize=7.5, leading=9.2, alignment=TA_RIGHT)
CELL_CENTER = _style("cell-center", fontSize=7.5, leading=9.2, alignment=TA_CENTER)
HEAD_CELL = _style("head-cell", fontSize=7.5, leading=9.2, fontName=BOLD, textColor=colors.white)
HEAD_RIGHT = _style(
    "head-right",
    fontSize=7.5,
    leading=9.2,
    fontName=BOLD,
    textColor=colors.white,
    alignment=TA_RIGHT,
)
H1 = _style(
    "h1", fontName=BOLD, fontSize=16, leading=20, textColor=NAVY, spaceBefore=16, spaceAfter=8
)
H2 = _style(
    "h2", fontName=BOLD, fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=10, spaceAfter=5
)
H3 = _style(
    "h3", fontName=BOLD, fontSize=9.5, leading=12, textColor=INK, spaceBefore=6, spaceAfter=3
)
NOTE = _style("note", fontName=ITALIC, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4)
CAPTION = _style("caption", fontSize=7.5, leading=9.5, textColor=INK, alignment=TA_CENTER)
COVER_KICKER = _style(
    "cover-kicker", fontName=BOLD, fontSize=9, leading=12, textColor=TEAL, alignment=TA_LEFT
)
COVER_TITLE = _style("cover-title", fontName=BOLD, fontSize=24, leading=29, textColor=NAVY)
COVER_FACILITY = _style("cover-facility", fontName=BOLD, fontSize=17, leading=22, textColor=INK)
COVER_SUB = _style("cover-sub", fontSize=10.5, leading=14, textColor=MUTED)
OUTCOME_LABEL = _style("outcome-label", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED)
OUTCOME_VALUE = _style("outcome-value", fontName=BOLD, fontSize=15, leading=19)
