"""The compliance chart of the summary: one stacked bar per section (reportlab.graphics)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from assessor_app.domain.outcome import SectionProgress
from assessor_app.reports.fonts import BOLD, REGULAR
from assessor_app.reports.styles import AMBER, GREEN, GREY, INK, MUTED, RED, RULE

SERIES = (
    ("Met", GREEN),
    ("Partially met", AMBER),
    ("Not met", RED),
    ("Not applicable", GREY),
    ("Open", colors.HexColor("#DDE3E9")),
)


def _shares(section: SectionProgress) -> list[float]:
    total = section.total or 1
    open_count = section.total - section.met - section.partial - section.not_met - section.na
    counts = [section.met, section.partial, section.not_met, section.na, max(open_count, 0)]
    return [100.0 * c / total for c in counts]


def compliance_chart(sections: tuple[SectionProgress, ...], width: float) -> Drawing:
    """Share of requirements met, partially met, not met, not applicable and open, per section."""
    label_width = 150.0
    bar_height = 16.0
    gap = 9.0
    plot_height = len(sections) * (bar_height + gap)
    height = plot_height + 62
    drawing = Drawing(width, height)
    # The renderer's starting font would otherwise be an unembedded Helvetica.
    drawing.initialFontName = REGULAR
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 44
    chart.width = width - label_width - 48
    chart.height = plot_height
    # reportlab draws the first category at the bottom; list the sections top-down.
    ordered = list(reversed(sections))
    series = list(zip(*(_shares(s) for s in ordered), strict=True)) if ordered else []
    chart.data = [tuple(values) for values in series]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [
        f"{s.key}. {s.title[:30]}{'…' if len(s.title) > 30 else ''}" for s in ordered
    ]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barWidth = bar_height
    chart.groupSpacing = gap
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.5
    for index, (_label, colour) in enumerate(SERIES):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    # Percentage met at the end of each bar, so the chart reads without the legend.
    step = plot_height / max(len(ordered), 1)
    for index, section in enumerate(ordered):
        met = _shares(section)[0]
        drawing.add(
            String(
                chart.x + chart.width + 6,
                chart.y + step * index + step / 2 - 3,
                f"{met:.0f} %",
                fontName=BOLD,
                fontSize=7.5,
                fillColor=GREEN,
            )
        )
    legend = Legend()
    legend.x = label_width - 10
    legend.y = 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = REGULAR
    legend.fontSize = 7
    legend.fillColor = INK
    legend.boxAnchor = "sw"
    legend.dx = legend.dy = 7
    legend.deltax = 78
    legend.autoXPadding = 12
    legend.strokeColor = None
    legend.colorNamePairs = [(colour, label) for label, colour in SERIES]
    drawing.add(legend)
    return drawing
