"""Internal case review, photo appendix and the signature page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from assessor_app.domain.case_review_summary import CaseReviewSummary
from assessor_app.reports.fonts import BOLD, REGULAR
from assessor_app.reports.front_sections import fmt_date
from assessor_app.reports.jpeg_image import JpegFlowable
from assessor_app.reports.model import CO_FIELD, LEAD_FIELD, ReportData, SignatureSlot
from assessor_app.reports.overflow import Overflow
from assessor_app.reports.styles import (
    AMBER,
    BODY,
    CAPTION,
    CELL,
    CELL_RIGHT,
    GREEN,
    H1,
    H2,
    MUTED,
    NAVY,
    NOTE,
    RED,
    RULE,
)
from assessor_app.reports.tables import boxed, data_table, font_tag, key_value_table, para, text
from assessor_app.reports.user_text import TextParagraph

GRADE_ORDER = ["none", "1", "2", "3", "4", "5", "6", "unrecorded"]


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


def case_review(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [TextParagraph("5. Internal case review", H1)]
    summary = data.case_review
    if summary is None:
        story.append(
            boxed(
                [
                    TextParagraph(
                        font_tag("Internal case review: not yet recorded", bold=True, colour=RED),
                        BODY,
                    ),
                    TextParagraph(
                        "No sample of case files has been drawn and reviewed for this visit in "
                        "this report. The outcome rules treat the case review as incomplete "
                        "until it is recorded.",
                        CELL,
                    ),
                ],
                width,
                RED,
                colors.HexColor("#FDF1F0"),
            )
        )
        return story
    story.extend(_case_review_body(summary, width))
    return story


def _case_review_body(s: CaseReviewSummary, width: float) -> list[Flowable]:
    state = (
        font_tag("Complete", bold=True, colour=GREEN)
        if s.complete
        else font_tag("Incomplete", bold=True, colour=AMBER)
    )
    rows: list[tuple[str, str]] = [
        ("State", f"{state} — {s.cases_complete} of {s.sample_size} drawn cases fully reviewed"),
        ("Population", f"{s.population_size} case files"),
        ("Population fingerprint", font_tag(text(s.population_fingerprint), colour=MUTED)),
        ("Seed", text(s.seed)),
        ("Sampling method", text(s.method_version)),
        (
            "Drawn",
            f"{fmt_date(s.drawn_at.date()) if s.drawn_at else '—'}"
            f"{' by ' + text(s.drawn_by) if s.drawn_by else ''}",
        ),
        ("Overall compliance", _percent(s.overall_compliance)),
    ]
    story: list[Flowable] = [
        TextParagraph("Draw parameters", H2),
        key_value_table(rows, [45 * mm, width - 45 * mm]),
        TextParagraph(
            "Anyone holding the population list can repeat the draw from the seed and the "
            "method and obtain the same sample.",
            NOTE,
        ),
        TextParagraph("Compliance per question", H2),
    ]
    # Question keys are identifiers for data exchange; readers need the wording only.
    q_rows = [
        [
            para(f"<b>{text(q.short)}</b><br/>{text(q.text)}"),
            para(str(q.yes), CELL_RIGHT),
            para(str(q.no), CELL_RIGHT),
            para(str(q.na), CELL_RIGHT),
            para(str(q.unanswered), CELL_RIGHT),
            para(f"<b>{_percent(q.compliance)}</b>", CELL_RIGHT),
        ]
        for q in s.questions
    ]
    num = 13 * mm
    story.append(
        data_table(
            ["Question", "Yes", "No", "N/A", "Open", "Compliance"],
            q_rows,
            [width - 4 * num - 26 * mm, num, num, num, num, 26 * mm],
            numeric_from=1,
        )
    )
    story.append(TextParagraph("Complication grades of the drawn cases", H2))
    grades = sorted(
        s.complication_grades.items(),
        key=lambda kv: GRADE_ORDER.index(kv[0]) if kv[0] in GRADE_ORDER else 99,
    )
    label = {"none": "No complication", "unrecorded": "Not recorded"}
    g_rows = [
        [para(text(label.get(grade, f"Grade {grade}"))), para(str(count), CELL_RIGHT)]
        for grade, count in grades
    ]
    story.append(data_table(["Grade", "Cases"], g_rows, [60 * mm, 25 * mm], numeric_from=1))
    return story


def photo_appendix(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [TextParagraph("Appendix A. Photographs", H1)]
    if not data.photos:
        story.append(TextParagraph("No photographs were taken during the visit.", BODY))
    else:
        story.append(
            TextParagraph(
                f"{len(data.photos)} photographs taken on site, each with the requirement it "
                "documents. Photos were stripped of location and camera data when attached.",
                BODY,
            )
        )
        columns = 3
        cell_w = width / columns
        img_w, img_h = cell_w - 8 * mm, 42 * mm
        cells: list[list[Flowable]] = []
        captions = Overflow()
        for number, photo in enumerate(data.photos, start=1):
            caption = (
                f"<font name='{BOLD}'>Fig. {number} · {text(photo.requirement_key)}</font>"
                f"<br/>{captions.cell(photo.caption, f'Fig. {number} caption') or '&nbsp;'}"
            )
            cells.append([JpegFlowable(photo.jpeg, img_w, img_h), Spacer(1, 1.5 * mm),
                          TextParagraph(caption, CAPTION)])  # fmt: skip
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        if rows and len(rows[-1]) < columns:
            rows[-1] = rows[-1] + [[]] * (columns - len(rows[-1]))
        grid = Table(rows, colWidths=[cell_w] * columns)
        grid.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ]
            )
        )
        story.append(grid)
        story.extend(captions.flowables())
    if data.documents:
        story.append(TextParagraph("Documents on file", H2))
        notes = Overflow()
        rows = [
            [
                para(font_tag(text(d.requirement_key), bold=True)),
                para(text(d.filename)),
                para(notes.cell(d.caption, f"{d.filename} note")),
                para(font_tag(d.sha256[:16] + "…", colour=MUTED)),
            ]
            for d in data.documents
        ]
        story.append(
            data_table(
                ["Key", "File", "Note", "SHA-256"],
                rows,
                [12 * mm, 60 * mm, width - 112 * mm, 40 * mm],
            )
        )
        story.extend(notes.flowables())
    return story


class SignatureBox(Flowable):
    """An empty, labelled box where a signature field will be; records where it landed."""

    def __init__(
        self, field_name: str, label: str, width: float, height: float, sink: list[SignatureSlot]
    ) -> None:
        super().__init__()
        self.field_name, self.label = field_name, label
        self.box_width, self.box_height = width, height
        self.sink = sink

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.box_width, self.box_height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setDash(2, 2)
        c.setLineWidth(0.7)
        c.rect(0, 0, self.box_width, self.box_height)
        c.setFont(REGULAR, 6.5)
        c.setFillColor(MUTED)
        c.drawString(0, -9, f"Digital signature: {self.label.lower()}")
        c.restoreState()
        x, y = c.absolutePosition(0, 0)
        page_index = c.getPageNumber() - 1
        self.sink.append(
            SignatureSlot(
                self.field_name,
                self.label,
                page_index,
                (x, y, x + self.box_width, y + self.box_height),
            )
        )


def signature_page(data: ReportData, width: float, sink: list[SignatureSlot]) -> list[Flowable]:
    v = data.visit
    story: list[Flowable] = [
        TextParagraph("Signatures", H1),
        TextParagraph(
            "The assessors confirm that this report records faithfully the findings of the "
            "on-site assessment of the service named on the cover, made against the checklist "
            f"{text(data.template.id)} version {text(data.template.version)}, and the "
            "recommendation that follows from them.",
            BODY,
        ),
        TextParagraph(
            "The report is signed digitally (PAdES). A signature covers the whole document as "
            "signed; any later change to the file is detected when the signatures are "
            f"verified. This report is revision {data.revision} of the visit record, content "
            f"hash {font_tag(data.content_hash[:16] + '…', bold=True)}.",
            BODY,
        ),
        Spacer(1, 8 * mm),
    ]
    box_w, box_h = width * 0.62, 34 * mm
    for field_name, role, person in (
        (LEAD_FIELD, "Lead assessor", v.lead_assessor),
        (CO_FIELD, "Co-assessor", v.co_assessor),
    ):
        details = font_tag(text(role).upper(), bold=True, colour=NAVY)
        who = text(person.name) if person.name else "(name not recorded)"
        block = [
            TextParagraph(details, CELL),
            TextParagraph(
                f"<b>{who}</b>{'<br/>' + text(person.email) if person.email else ''}", CELL
            ),
            Spacer(1, 2 * mm),
            SignatureBox(field_name, role, box_w, box_h, sink),
            Spacer(1, 9 * mm),
        ]
        story.append(KeepTogether(block))
    return story


__all__ = ["case_review", "photo_appendix", "signature_page"]
