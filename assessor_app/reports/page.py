"""Page furniture: a header rule and the footer every page carries (facility, report id,
"page x of y", the content hash). The total page count is known only at the end, so the
canvas keeps each page's state and draws the furniture when the document is saved."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from assessor_app.reports.fonts import BOLD, REGULAR
from assessor_app.reports.styles import MUTED, NAVY, RULE, TEAL
from assessor_app.reports.user_text import draw_line, text_width

PAGE_WIDTH, PAGE_HEIGHT = A4
GAP = 3 * mm  # between two texts on one furniture line
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm


class FurnitureCanvas(Canvas):
    """A canvas that defers page furniture until the page count is known."""

    # Set by the builder (via a factory) before the build starts.
    facility = ""
    report_id = ""
    content_hash = ""
    title = ""
    reference = "Report"  # the word before the document's id in the footer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Without this every page would name an unembedded Helvetica as its first font.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_furniture(number, total)
            super().showPage()
        super().save()

    def _draw_furniture(self, number: int, total: int) -> None:
        self.saveState()
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        if number == 1:
            # The cover's band: the one bold mark of the document.
            self.setFillColor(NAVY)
            self.rect(0, PAGE_HEIGHT - 16 * mm, PAGE_WIDTH, 16 * mm, stroke=0, fill=1)
            self.setFillColor(TEAL)
            self.rect(0, PAGE_HEIGHT - 17.2 * mm, PAGE_WIDTH, 1.2 * mm, stroke=0, fill=1)
            self.setFillColorRGB(1, 1, 1)
            self.setFont(BOLD, 13)
            self.drawString(left, PAGE_HEIGHT - 10 * mm, "IASIOS")
            self.setFont(REGULAR, 8)
            self.drawRightString(
                right, PAGE_HEIGHT - 9.6 * mm, "Accreditation assessment · confidential"
            )
        else:
            y = PAGE_HEIGHT - 13 * mm
            self.setFont(BOLD, 7.5)
            self.setFillColor(NAVY)
            self.drawString(left, y, "IASIOS")
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(left + 30, y, self.title)
            room = right - (left + 30 + stringWidth(self.title, REGULAR, 7.5) + GAP)
            draw_line(self, right, y, fit(self.facility, REGULAR, 7.5, room), anchor="right")
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, y - 4, right, y - 4)
        y = 14 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, y + 8, right, y + 8)
        self.setFont(REGULAR, 7)
        self.setFillColor(MUTED)
        report = f"{self.reference} {self.report_id}"
        # The facility gets what the centred report id leaves: it never overprints it.
        room = PAGE_WIDTH / 2 - stringWidth(report, REGULAR, 7) / 2 - GAP - left
        draw_line(self, left, y, fit(self.facility, REGULAR, 7, room))
        self.drawCentredString(PAGE_WIDTH / 2, y, report)
        self.setFont(BOLD, 7)
        self.drawRightString(right, y, f"Page {number} of {total}")
        self.setFont(REGULAR, 6)
        self.drawString(left, y - 9, f"Content SHA-256: {self.content_hash}")
        self.restoreState()


def fit(value: str, font: str, size: float, width: float) -> str:
    """``value`` on one line of ``width`` points: whole when it fits, else shortened at a
    word where it can be, with an ellipsis."""
    value = " ".join(value.split())
    if text_width(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if text_width(value[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    head = value[:low]
    space = head.rfind(" ")
    if space > low * 2 // 3:
        head = head[:space]
    return head.rstrip(" ,;:-") + "…"


def canvas_factory(
    facility: str, report_id: str, content_hash: str, title: str, reference: str = "Report"
) -> type:
    """A FurnitureCanvas subclass carrying this document's footer values."""
    return type(
        "ReportCanvas",
        (FurnitureCanvas,),
        {
            "facility": facility,
            "report_id": report_id,
            "content_hash": content_hash,
            "title": title,
            "reference": reference,
        },
    )
