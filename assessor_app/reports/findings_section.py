"""Requirement tables per section and standard; non-conformities and the action plan."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from assessor_app.domain.ratings import Rating
from assessor_app.domain.template import Requirement
from assessor_app.domain.visit import ActionStatus, Finding, Severity
from assessor_app.reports.fonts import BOLD, REGULAR
from assessor_app.reports.front_sections import short_date
from assessor_app.reports.model import ReportData
from assessor_app.reports.overflow import Overflow
from assessor_app.reports.styles import (
    AMBER,
    BODY,
    CELL,
    CELL_MUTED,
    GREEN,
    GREY,
    H1,
    H2,
    H3,
    MUTED,
    NAVY,
    RATING_COLOURS,
    RED,
)
from assessor_app.reports.tables import (
    Plain,
    data_table,
    font_tag,
    para,
    room_for_heading,
    text,
)
from assessor_app.reports.user_text import TextParagraph

CHECK, CROSS = "✓", "✗"
FINDINGS_HEADER = ["Key", "Type", "Requirement", "Rating", "Comment", "Evidence seen"]
ACTIONS_HEADER = ["Key", "Corrective action", "Severity", "Owner", "Due", "Status"]
CELL_PADDING = 8  # left + right padding of a data_table cell, points


def rating_column_width() -> float:
    """Wide enough for the longest rating label ("Not applicable") on one line: the
    rating is a plain, unwrapped cell and would otherwise run into the comment."""
    labels = [r.label for r in Rating] + ["Not rated"]
    return max(stringWidth(label, BOLD, 7.5) for label in labels) + CELL_PADDING + 1


def rating_cell(finding: Finding | None) -> Paragraph:
    rating = finding.rating if finding else None
    if rating is None:
        return para(font_tag("Not rated", colour=GREY))
    return para(font_tag(text(rating.label), bold=True, colour=RATING_COLOURS[rating]))


def type_cell(req: Requirement) -> Paragraph:
    return para(font_tag("Core", bold=True, colour=NAVY) if req.core else "Extended")


def comment_cell(finding: Finding | None, overflow: Overflow) -> Paragraph:
    if finding is None:
        return para("")
    key = finding.requirement_key
    parts = [overflow.cell(finding.comment, f"{key} comment")] if finding.comment else []
    if finding.justification:
        cell = overflow.cell(finding.justification, f"{key} justification")
        parts.append(f"<i>Justification:</i> {cell}")
    return para("<br/>".join(parts))


def evidence_cell(req: Requirement, finding: Finding | None) -> Paragraph:
    seen = finding.evidence_seen if finding else frozenset()
    lines = []
    for item in req.evidence:
        if item.key in seen:
            lines.append(f"{font_tag(CHECK, colour=GREEN)} {text(item.text)}")
        else:
            lines.append(font_tag(f"{CROSS} {text(item.text)}", colour=MUTED))
    return para("<br/>".join(lines) or "—", CELL_MUTED if not seen else CELL)


def findings(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        TextParagraph("3. Findings by section and standard", H1),
        TextParagraph(
            "Each requirement with its type (core requirements must all be met for "
            "accreditation), the rating given on site, the assessor's comment and the "
            f"required evidence: {CHECK} seen, {CROSS} not seen.",
            BODY,
        ),
    ]
    rating_width = rating_column_width()
    widths = [11 * mm, 16 * mm, 76 * mm - rating_width, rating_width, 38 * mm]
    widths.append(width - sum(widths))
    for section in data.template.sections:
        section_heading = TextParagraph(f"Section {text(section.key)}: {text(section.title)}", H2)
        section_start = len(story)
        story.append(section_heading)
        for number, standard in enumerate(section.standards):
            rows = []
            overflow = Overflow()
            styles: list[tuple[object, ...]] = [("FONT", (0, 1), (0, -1), BOLD, 7.5)]
            for row, req in enumerate(standard.requirements, start=1):
                finding = data.findings.get(req.key)
                rating = finding.rating if finding else None
                rows.append(
                    [
                        Plain(req.key),
                        Plain("Core" if req.core else "Extended"),
                        para(text(req.text)),
                        Plain(rating.label if rating else "Not rated"),
                        comment_cell(finding, overflow),
                        evidence_cell(req, finding),
                    ]
                )
                if req.core:
                    styles.append(("FONT", (1, row), (1, row), BOLD, 7.5))
                    styles.append(("TEXTCOLOR", (1, row), (1, row), NAVY))
                styles.append(("FONT", (3, row), (3, row), BOLD if rating else REGULAR, 7.5))
                styles.append(
                    ("TEXTCOLOR", (3, row), (3, row), RATING_COLOURS[rating] if rating else GREY)
                )
            heading = TextParagraph(f"Standard {standard.number}: {text(standard.title)}", H3)
            table = data_table(FINDINGS_HEADER, rows, widths, extra=styles)
            # Keep a standard's heading with the first row of its table, and a section's
            # heading with its first standard's.
            room = room_for_heading(heading, FINDINGS_HEADER, rows[0], widths, 35 * mm)
            if number == 0:
                _w, h2 = section_heading.wrap(width, 10_000)
                extra = h2 + H2.spaceBefore + H2.spaceAfter
                story.insert(section_start, CondPageBreak(max(60 * mm, room.height + extra)))
            else:
                story.append(room)
            story.append(heading)
            story.append(table)
            story.extend(overflow.flowables())
    return story


def non_conformities(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [TextParagraph("4. Non-conformities and corrective action plan", H1)]
    open_keys = [
        r
        for r in data.template.requirements
        if (f := data.findings.get(r.key)) and f.rating in (Rating.NOT_MET, Rating.PARTIAL)
    ]
    story.append(TextParagraph("Non-conformities", H2))
    if not open_keys:
        story.append(TextParagraph("No requirement was rated not met or partially met.", BODY))
    else:
        overflow = Overflow()
        rows = [
            [
                para(font_tag(text(r.key), bold=True)),
                type_cell(r),
                para(text(r.text)),
                rating_cell(data.findings.get(r.key)),
                comment_cell(data.findings.get(r.key), overflow),
            ]
            for r in open_keys
        ]
        widths = [11 * mm, 17 * mm, 70 * mm, 19 * mm]
        widths.append(width - sum(widths))
        story.append(data_table(["Key", "Type", "Requirement", "Rating", "Finding"], rows, widths))
        story.extend(overflow.flowables())
    plan_heading = TextParagraph("Corrective action plan", H2)
    actions = sorted(
        data.actions,
        key=lambda a: (a.severity is not Severity.MAJOR, a.due_date or a.created_at.date()),
    )
    if not actions:
        story.append(plan_heading)
        story.append(TextParagraph("No corrective actions were agreed.", BODY))
        return story
    rows = []
    plan_overflow = Overflow()
    for a in actions:
        severity_colour = RED if a.severity is Severity.MAJOR else AMBER
        status_colour = GREEN if a.status is ActionStatus.CLOSED else MUTED
        rows.append(
            [
                para(font_tag(text(a.requirement_key), bold=True)),
                para(plan_overflow.cell(a.description, f"{a.requirement_key} corrective action")),
                para(font_tag(a.severity.value.capitalize(), bold=True, colour=severity_colour)),
                para(plan_overflow.cell(a.owner or "—", f"{a.requirement_key} action owner")),
                para(short_date(a.due_date)),
                para(font_tag(a.status.value.capitalize(), colour=status_colour)),
            ]
        )
    widths = [11 * mm, 0.0, 16 * mm, 32 * mm, 21 * mm, 14 * mm]
    widths[1] = width - sum(widths)
    story.append(room_for_heading(plan_heading, ACTIONS_HEADER, rows[0], widths))
    story.append(plan_heading)
    story.append(
        KeepTogether(
            [
                data_table(
                    ACTIONS_HEADER,
                    rows[:3],
                    widths,
                )
            ]
        )
        if len(rows) <= 3
        else data_table(ACTIONS_HEADER, rows, widths)
    )
    story.extend(plan_overflow.flowables())
    majors = sum(a.severity is Severity.MAJOR for a in actions)
    story.append(
        TextParagraph(
            f"{len(actions)} actions, {majors} major. Major actions concern core requirements "
            "and must be closed, with evidence sent to IASIOS, before accreditation.",
            CELL,
        )
    )
    return story
