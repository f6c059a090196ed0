"""Build the report PDF: Platypus story, page furniture, then the two signature fields."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
)

from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import CancelToken, ProgressFn, raise_if_cancelled
from assessor_app.domain.report_record import ReportInfo
from assessor_app.reports import (
    back_sections,
    facility_section,
    findings_section,
    front_sections,
)
from assessor_app.reports.fonts import REGULAR, register_fonts
from assessor_app.reports.model import BuiltReport, ReportData, SignatureSlot
from assessor_app.reports.page import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    canvas_factory,
)

TITLE = "Accreditation Assessment Report"
_KEYWORDS = re.compile(r"([a-z0-9-]+)=([^;\s]+)")


class _ReportDoc(BaseDocTemplate):
    """Checks for cancel after every flowable and reports progress through the story."""

    def __init__(
        self, out: io.BytesIO, progress: ProgressFn | None, cancel: CancelToken | None, **kw: Any
    ) -> None:
        super().__init__(out, **kw)
        self._progress, self._cancel = progress, cancel
        self._total = 1
        self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._total = max(int(value), 1)
        elif kind == "PROGRESS" and self._progress is not None:
            self._progress(min(int(value), self._total), self._total)

    def afterFlowable(self, flowable: Flowable) -> None:
        raise_if_cancelled(self._cancel, "report generation cancelled; no file was written")


def keywords_for(data: ReportData) -> str:
    """The report's identity in the PDF's Keywords, read back when the report is signed."""
    text = (
        f"IASIOS report; report-id={data.report_id}; visit-id={data.visit.id}; "
        f"revision={data.revision}; content-sha256={data.content_hash}"
    )
    # Percent-encoded: a keyword value holds no space or semicolon.
    for role, person in (("lead", data.visit.lead_assessor), ("co", data.visit.co_assessor)):
        if person.name.strip():
            text += f"; {role}-name={quote(person.name.strip(), safe='')}"
        if person.email.strip():
            text += f"; {role}-email={quote(person.email.strip(), safe='@')}"
    return text


def build_report(
    data: ReportData,
    font_dir: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    page_compression: bool = True,
) -> BuiltReport:
    """The finished report (with empty signature fields) as bytes, in memory."""
    register_fonts(font_dir)
    slots: list[SignatureSlot] = []
    width = PAGE_WIDTH - 2 * MARGIN_X
    story: list[Flowable] = []
    story += front_sections.cover(data, width)
    story.append(PageBreak())
    story += front_sections.summary(data, width)
    story.append(CondPageBreak(90 * mm))
    story += front_sections.eligibility(data, width)
    story.append(PageBreak())
    story += findings_section.findings(data, width)
    story.append(PageBreak())
    story += findings_section.non_conformities(data, width)
    story.append(CondPageBreak(90 * mm))
    story += back_sections.case_review(data, width)
    facility_story = facility_section.facility_account(data, width)
    if facility_story:
        story.append(PageBreak())
        story += facility_story
    story.append(PageBreak())
    story += back_sections.photo_appendix(data, width)
    story.append(PageBreak())
    story += back_sections.signature_page(data, width, slots)

    out = io.BytesIO()
    facility = data.visit.facility.name
    doc = _ReportDoc(
        out,
        progress,
        cancel,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{TITLE}: {facility}",
        author=data.visit.lead_assessor.name or "IASIOS assessor",
        subject=f"IASIOS accreditation assessment, revision {data.revision}",
        keywords=keywords_for(data),
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
        canvasmaker=canvas_factory(facility, data.report_id, data.content_hash, TITLE),
    )
    pdf = out.getvalue()
    pages = doc.page
    return BuiltReport(add_signature_fields(pdf, slots), pages, tuple(slots))


def add_signature_fields(pdf: bytes, slots: list[SignatureSlot]) -> bytes:
    """Add the empty signature fields (an incremental update; images are not rewritten)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for slot in slots:
        append_signature_field(
            writer,
            SigFieldSpec(
                slot.field_name,
                on_page=slot.page_index,
                box=tuple(round(v) for v in slot.box),  # type: ignore[arg-type]
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_report_info(pdf: bytes) -> ReportInfo | None:
    """The report id, visit, revision and content hash a report carries; None if not ours."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        info = reader.trailer_view.get("/Info")
        keywords = str(info.get_object().get("/Keywords", "")) if info is not None else ""
    except Exception as exc:  # any parse failure means: not a PDF we can read
        raise ValidationError(f"not a readable PDF file ({exc})") from None
    found = dict(_KEYWORDS.findall(keywords))
    try:
        return ReportInfo(
            report_id=found["report-id"],
            visit_id=found["visit-id"],
            revision=int(found["revision"]),
            content_hash=found["content-sha256"],
            lead_name=unquote(found.get("lead-name", "")),
            lead_email=unquote(found.get("lead-email", "")),
            co_name=unquote(found.get("co-name", "")),
            co_email=unquote(found.get("co-email", "")),
        )
    except (KeyError, ValueError):
        return None
