"""The letter to the facility listing every open evidence request: the report's page
furniture, fonts, table style, text shaping and long-text overflow, its words apart (in
request_letter_texts)."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from assessor_app.domain.evidence_requests import EvidenceRequest, open_requests
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.domain.visit import Visit
from assessor_app.reports import request_letter_texts as t
from assessor_app.reports.fonts import REGULAR, register_fonts
from assessor_app.reports.front_sections import fmt_date, short_date
from assessor_app.reports.overflow import Overflow
from assessor_app.reports.page import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    canvas_factory,
)
from assessor_app.reports.styles import (
    BODY,
    COVER_FACILITY,
    COVER_KICKER,
    COVER_SUB,
    COVER_TITLE,
    MUTED,
    NAVY,
)
from assessor_app.reports.tables import data_table, font_tag, key_value_table, para, text
from assessor_app.reports.user_text import TextParagraph


@dataclass(frozen=True, slots=True)
class LetterData:
    visit: Visit
    template: ChecklistTemplate
    requests: list[EvidenceRequest]  # every request of the visit; the letter picks the open
    written_on: date
    app_version: str = ""


@dataclass(frozen=True, slots=True)
class BuiltLetter:
    pdf: bytes
    pages: int
    letter_id: str
    requests: int  # how many open requests it lists


def letter_digest(data: LetterData) -> str:
    """SHA-256 of what the letter asks for: the same requests, the same letter id."""
    canonical = [
        [r.id, r.requirement_key, r.what, r.due_date.isoformat()]
        for r in open_requests(data.requests)
    ]
    payload = json.dumps([data.visit.id, canonical], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def letter_id_for(visit_id: str, digest: str) -> str:
    return f"IASIOS-{visit_id[:8].upper()}-ER-{digest[:6].upper()}"


def _heading(data: LetterData, letter_id: str, width: float) -> list[Flowable]:
    v, f = data.visit, data.visit.facility
    story: list[Flowable] = [
        Spacer(1, 10 * mm),
        TextParagraph(t.KICKER, COVER_KICKER),
        Spacer(1, 3 * mm),
        TextParagraph(text(t.TITLE), COVER_TITLE),
        Spacer(1, 6 * mm),
        TextParagraph(text(f.name), COVER_FACILITY),
    ]
    if f.department:
        story.append(TextParagraph(text(f.department), COVER_SUB))
    story.append(Spacer(1, 6 * mm))
    start, end = v.start_date, v.end_date
    dates = (
        f"{fmt_date(start)} – {fmt_date(end)}"
        if start and end and start != end
        else fmt_date(start or end)
    )
    lead = text(v.lead_assessor.name) if v.lead_assessor.name else "—"
    if v.lead_assessor.name and v.lead_assessor.email:
        lead += f" &lt;{text(v.lead_assessor.email)}&gt;"
    rows = [
        (t.LABEL_CONTACT, text(f.contact_person or "—")),
        (t.LABEL_VISIT_DATES, dates),
        (t.LABEL_LEAD, lead),
        (t.LABEL_LETTER_ID, font_tag(text(letter_id), bold=True)),
        (t.LABEL_DATE, fmt_date(data.written_on)),
    ]
    story.append(key_value_table(rows, [48 * mm, width - 48 * mm]))
    story.append(Spacer(1, 8 * mm))
    return story


def _requests_table(data: LetterData, width: float) -> list[Flowable]:
    wanted = open_requests(data.requests)
    if not wanted:
        return [TextParagraph(text(t.NONE_OPEN), BODY)]
    by_key = {r.key: r for r in data.template.requirements}
    overflow = Overflow()
    rows = []
    for r in wanted:
        req = by_key.get(r.requirement_key)
        kind = t.CORE if req is not None and req.core else t.EXTENDED
        requirement = (
            overflow.cell(req.text, t.OVERFLOW_REQUIREMENT.format(key=r.requirement_key))
            if req is not None
            else ""
        )
        rows.append(
            [
                para(
                    font_tag(text(r.requirement_key), bold=True)
                    + "<br/>"
                    + font_tag(kind, colour=NAVY if kind == t.CORE else MUTED)
                ),
                para(requirement),
                para(overflow.cell(r.what, t.OVERFLOW_WHAT.format(key=r.requirement_key))),
                para(font_tag(short_date(r.due_date), bold=True)),
            ]
        )
    widths = [17 * mm, 0.0, 62 * mm, 22 * mm]
    widths[1] = width - sum(widths)
    first = short_date(wanted[0].due_date)
    n = len(wanted)
    return [
        data_table(t.TABLE_HEADER, rows, widths),
        *overflow.flowables(),
        Spacer(1, 3 * mm),
        TextParagraph(text(t.COUNT.format(n=n, s="s" * (n != 1), first=first)), BODY),
    ]


def build_letter(data: LetterData, font_dir: Path, *, page_compression: bool = True) -> BuiltLetter:
    """The finished letter as PDF bytes, in memory."""
    register_fonts(font_dir)
    digest = letter_digest(data)
    letter_id = letter_id_for(data.visit.id, digest)
    width = PAGE_WIDTH - 2 * MARGIN_X
    f = data.visit.facility
    greeting = (
        t.GREETING_TO.format(name=f.contact_person.strip())
        if f.contact_person.strip()
        else t.GREETING_ANY
    )
    story: list[Flowable] = _heading(data, letter_id, width)
    story.append(TextParagraph(text(greeting), BODY))
    story.append(TextParagraph(text(t.INTRO), BODY))
    story.append(Spacer(1, 2 * mm))
    story += _requests_table(data, width)
    story.append(Spacer(1, 2 * mm))
    story.append(TextParagraph(text(t.PLEASE), BODY))
    story.append(Spacer(1, 6 * mm))
    story.append(TextParagraph(text(t.CLOSING), BODY))
    lead = data.visit.lead_assessor
    story.append(TextParagraph(text(lead.name or t.NO_LEAD), BODY))
    if lead.name and lead.email:
        story.append(TextParagraph(text(lead.email), BODY))

    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{t.TITLE}: {f.name}",
        author=lead.name or "IASIOS assessor",
        subject=f"IASIOS evidence requests, visit {data.visit.id}",
        keywords=f"IASIOS evidence requests; letter-id={letter_id}; visit-id={data.visit.id}",
        creator=f"IASIOS Assessor {data.app_version}".strip(),
        pageCompression=1 if page_compression else 0,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, width, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body"
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        story,
        canvasmaker=canvas_factory(f.name, letter_id, digest, t.FOOTER_TITLE, t.REFERENCE),
    )
    return BuiltLetter(out.getvalue(), doc.page, letter_id, len(open_requests(data.requests)))
