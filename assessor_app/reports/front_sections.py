"""Cover, summary (outcome, reasons, progress, compliance chart) and eligibility."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from assessor_app.domain.outcome import ReasonCode, Tier, describe
from assessor_app.domain.visit import MIN_ANNUAL_PROCEDURES, ProcedureType
from assessor_app.reports.charts import compliance_chart
from assessor_app.reports.model import ReportData
from assessor_app.reports.overflow import Overflow, paragraphs
from assessor_app.reports.styles import (
    BODY,
    CELL,
    CELL_BOLD,
    CELL_RIGHT,
    COVER_FACILITY,
    COVER_KICKER,
    COVER_SUB,
    COVER_TITLE,
    GREEN,
    H1,
    H2,
    MUTED,
    NOTE,
    OUTCOME_LABEL,
    OUTCOME_VALUE,
    RED,
    TIER_COLOURS,
)
from assessor_app.reports.tables import boxed, data_table, font_tag, key_value_table, para, text
from assessor_app.reports.user_text import TextParagraph

REASON_LABELS = {
    ReasonCode.CORE_NOT_MET: "Core requirement not met",
    ReasonCode.CORE_UNANSWERED: "Core requirement not yet answered",
    ReasonCode.CORE_NA_UNJUSTIFIED: "Core 'not applicable' without justification",
    ReasonCode.CASE_REVIEW_INCOMPLETE: "Internal case review not complete",
    ReasonCode.VOLUME_BELOW_THRESHOLD: "Annual volume below threshold",
    ReasonCode.EXTENDED_NOT_MET: "Extended requirement not met",
    ReasonCode.EXTENDED_UNANSWERED: "Extended requirement not yet answered",
    ReasonCode.EXTENDED_NA_UNJUSTIFIED: "Extended 'not applicable' without justification",
    ReasonCode.EVIDENCE_REQUESTED: "Requested evidence not yet accepted or rejected",
}


def fmt_date(value: date | None) -> str:
    return value.strftime("%d %B %Y").lstrip("0") if value else "—"


def short_date(value: date | None) -> str:
    """For table cells: 24 May 2027."""
    return value.strftime("%d %b %Y").lstrip("0") if value else "—"


def visit_dates(data: ReportData) -> str:
    start, end = data.visit.start_date, data.visit.end_date
    if start and end and start != end:
        return f"{fmt_date(start)} – {fmt_date(end)}"
    return fmt_date(start or end)


def _assessor(name: str, email: str) -> str:
    if not name:
        return "—"
    return text(name) + (f" &lt;{text(email)}&gt;" if email else "")


def cover(data: ReportData, width: float) -> list[Flowable]:
    v, f = data.visit, data.visit.facility
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        TextParagraph(
            "INTERNATIONAL ACCREDITATION SYSTEM FOR INTERVENTIONAL ONCOLOGY SERVICES", COVER_KICKER
        ),
        Spacer(1, 3 * mm),
        TextParagraph("Accreditation Assessment Report", COVER_TITLE),
        Spacer(1, 10 * mm),
        TextParagraph(text(f.name), COVER_FACILITY),
    ]
    if f.department:
        story.append(TextParagraph(text(f.department), COVER_SUB))
    place = ", ".join(p for p in (f.address, f.country) if p)
    if place:
        story.extend(paragraphs(place, COVER_SUB))
    story.append(Spacer(1, 10 * mm))
    rows: list[tuple[str, str]] = [
        ("Facility code", text(f.facility_code or "—")),
        ("Authorised representative", text(f.authorised_representative or "—")),
        ("Contact person", text(f.contact_person or "—")),
        ("Visit dates", visit_dates(data)),
        ("Lead assessor", _assessor(v.lead_assessor.name, v.lead_assessor.email)),
        ("Co-assessor", _assessor(v.co_assessor.name, v.co_assessor.email)),
        (
            "Checklist",
            f"{text(data.template.title)}<br/>"
            f"{font_tag(text(data.template.id), colour=MUTED)} · version "
            f"{text(data.template.version)} · {text(data.template.wording)} wording",
        ),
        ("Report id", font_tag(text(data.report_id), bold=True)),
        ("Visit revision", str(data.revision)),
        ("Date of report", fmt_date(data.generated_at.date())),
    ]
    story.append(key_value_table(rows, [48 * mm, width - 48 * mm]))
    story.append(Spacer(1, 8 * mm))
    story.append(outcome_panel(data, width))
    if data.supersedes:
        s = data.supersedes
        signers = ", ".join(s.signers) or "—"
        story.append(Spacer(1, 5 * mm))
        story.append(
            boxed(
                [
                    TextParagraph(
                        f"<b>This report supersedes revision {s.revision}</b> "
                        f"(report {text(s.report_id)}, signed {fmt_date(s.signed_at.date())} "
                        f"by {text(signers)}). The visit was changed after that report was "
                        "signed; this revision replaces it.",
                        BODY,
                    )
                ],
                width,
                colors.HexColor("#C98A00"),
                colors.HexColor("#FFF8E6"),
            )
        )
    story.append(Spacer(1, 10 * mm))
    story.append(
        TextParagraph(
            "Confidential. This report records the findings of an on-site assessment against "
            "the IASIOS standards. The recommendation is made to the IASIOS accreditation "
            "committee, which takes the accreditation decision. The content hash printed at "
            "the foot of every page identifies the assessment data this report was made from.",
            NOTE,
        )
    )
    return story


def outcome_panel(data: ReportData, width: float) -> Flowable:
    tier = data.outcome.tier
    colour = TIER_COLOURS[tier]
    label = "Not yet — accreditation not recommended" if tier is Tier.NOT_YET else tier.label
    inner: list[Flowable] = [
        TextParagraph("RECOMMENDATION", OUTCOME_LABEL),
        TextParagraph(font_tag(text(label), bold=True, colour=colour), OUTCOME_VALUE),
    ]
    p = data.progress
    inner.append(
        TextParagraph(
            f"{p.answered} of {p.total} requirements answered; {p.core_answered} of "
            f"{p.core_total} core. Annual therapeutic IO procedures: "
            f"{data.visit.annual_procedures} (threshold {MIN_ANNUAL_PROCEDURES}).",
            CELL,
        )
    )
    light = colors.Color(colour.red, colour.green, colour.blue, alpha=0.07)
    return boxed(inner, width, colour, light)


def summary(data: ReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [TextParagraph("1. Summary", H1), outcome_panel(data, width)]
    lines = describe(data.outcome)
    story.append(TextParagraph("Reasons", H2))
    if not lines:
        story.append(
            TextParagraph(
                "Every requirement is met; nothing stands between the service and the "
                "recommended tier.",
                BODY,
            )
        )
    for line in lines:
        story.append(TextParagraph(f"• {text(line)}", BODY))
    story.append(TextParagraph("Progress and compliance by section", H2))
    p = data.progress
    rows = [
        [
            para(f"{text(s.key)}. {text(s.title)}"),
            para(f"{s.answered} / {s.total}", CELL_RIGHT),
            para(f"{s.core_answered} / {s.core_total}", CELL_RIGHT),
            para(str(s.met), CELL_RIGHT),
            para(str(s.partial), CELL_RIGHT),
            para(str(s.not_met), CELL_RIGHT),
            para(str(s.na), CELL_RIGHT),
        ]
        for s in p.sections
    ]
    rows.append(
        [
            para("All sections", CELL_BOLD),
            para(f"<b>{p.answered} / {p.total}</b>", CELL_RIGHT),
            para(f"<b>{p.core_answered} / {p.core_total}</b>", CELL_RIGHT),
            para(f"<b>{sum(s.met for s in p.sections)}</b>", CELL_RIGHT),
            para(f"<b>{sum(s.partial for s in p.sections)}</b>", CELL_RIGHT),
            para(f"<b>{sum(s.not_met for s in p.sections)}</b>", CELL_RIGHT),
            para(f"<b>{sum(s.na for s in p.sections)}</b>", CELL_RIGHT),
        ]
    )
    num = 17 * mm
    story.append(
        data_table(
            ["Section", "Answered", "Core", "Met", "Partial", "Not met", "N/A"],
            rows,
            [width - 2 * 21 * mm - 4 * num, 21 * mm, 21 * mm, num, num, num, num],
            numeric_from=1,
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([compliance_chart(p.sections, width)]))
    if data.outcome.reasons:
        rows = []
        for reason in data.outcome.reasons:
            req = (
                data.template.requirement(reason.key)
                if reason.key and data.template.has_requirement(reason.key)
                else None
            )
            blocks = "Accreditation" if reason.blocks is Tier.ACCREDITED else "Excellence"
            colour = RED if reason.blocks is Tier.ACCREDITED else MUTED
            rows.append(
                [
                    para(font_tag(blocks, bold=True, colour=colour)),
                    para(text(REASON_LABELS[reason.code])),
                    para(font_tag(text(reason.key), bold=True) if reason.key else "—"),
                    para(text(req.text) if req else text(reason.detail or "")),
                ]
            )
        story.append(TextParagraph("Reasons in detail", H2))
        story.append(
            data_table(
                ["Blocks", "Reason", "Key", "Requirement / detail"],
                rows,
                [24 * mm, 52 * mm, 12 * mm, width - 88 * mm],
            )
        )
    if data.outcome.core_na_accepted:
        story.append(TextParagraph("Core requirements accepted as not applicable", H2))
        overflow = Overflow()
        rows = [
            [
                para(font_tag(text(key), bold=True)),
                para(text(data.template.requirement(key).short_text)),
                para(
                    overflow.cell(data.findings[key].justification, f"{key} justification")
                    if key in data.findings
                    else ""
                ),
            ]
            for key in data.outcome.core_na_accepted
        ]
        story.append(
            data_table(
                ["Key", "Requirement", "Justification"],
                rows,
                [14 * mm, 70 * mm, width - 84 * mm],
            )
        )
        story.extend(overflow.flowables())
    return story


def eligibility(data: ReportData, width: float) -> list[Flowable]:
    v = data.visit
    total = v.annual_procedures
    meets = total >= MIN_ANNUAL_PROCEDURES
    story: list[Flowable] = [
        TextParagraph("2. Eligibility", H1),
        TextParagraph(
            "A service is eligible for accreditation when it performs at least "
            f"{MIN_ANNUAL_PROCEDURES} therapeutic interventional oncology procedures a year. "
            "Counts as declared by the facility and checked on site.",
            BODY,
        ),
    ]
    rows = [
        [para(text(t.label)), para(str(v.volumes.get(t, 0)), CELL_RIGHT)] for t in ProcedureType
    ]
    rows.append([para("Total per year", CELL_BOLD), para(f"<b>{total}</b>", CELL_RIGHT)])
    rows.append([para("Threshold", CELL), para(str(MIN_ANNUAL_PROCEDURES), CELL_RIGHT)])
    story.append(
        data_table(["Procedure type", "Annual count"], rows, [90 * mm, 30 * mm], numeric_from=1)
    )
    story.append(Spacer(1, 3 * mm))
    verdict = (
        font_tag("Meets the volume threshold", bold=True, colour=GREEN)
        if meets
        else font_tag(
            f"Below the volume threshold ({total} &lt; {MIN_ANNUAL_PROCEDURES})",
            bold=True,
            colour=RED,
        )
    )
    story.append(TextParagraph(verdict, BODY))
    return story
