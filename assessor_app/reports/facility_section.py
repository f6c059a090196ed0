"""The report's section on the facility's application form: where the assessors' findings
differ from the facility's self-assessment, and its internal case review against theirs."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from assessor_app.domain.ratings import Rating
from assessor_app.reports.model import FacilityPart, ReportData
from assessor_app.reports.styles import BODY, CELL_RIGHT, H1, H2, NOTE
from assessor_app.reports.tables import data_table, para, text
from assessor_app.reports.user_text import TextParagraph

# The section's words, apart from its layout.
HEADERS = ("Requirement", "Facility", "Assessors", "Facility's justification or comment")
REVIEW_HEADERS = ("Question", "Cases that differ", "Compared", "Agree", "Agreement")
TEXTS: dict[str, str] = {
    "title": "6. Application form: the facility's self-assessment",
    "agreement": (
        "The facility assessed {claimed} requirements itself. The assessors rated {compared} "
        "of them: they agree on {agree} and differ on {differ}."
    ),
    "differences": "Requirements where the assessors' finding differs",
    "no_differences": "The assessors' findings agree with every self-assessment they rated.",
    "review": "The facility's internal case review against the assessors' review",
    "review_note": (
        "Compared over the drawn cases both reviewed: for each question, how many answers "
        "agree, and the cases whose answers differ."
    ),
    "no_review": "The facility's internal case review was not part of the application form.",
    "note": "The facility's self-assessment informs the visit; the assessors' rating remains "
    "the finding.",
}


def _label(rating: Rating | None) -> str:
    return rating.label if rating else "—"


def facility_account(data: ReportData, width: float) -> list[Flowable]:
    """Empty when no application form was imported (the report reads as before)."""
    part = data.facility
    if part is None:
        return []
    a = part.agreement
    story: list[Flowable] = [
        TextParagraph(TEXTS["title"], H1),
        TextParagraph(
            TEXTS["agreement"].format(
                claimed=a.claimed, compared=a.compared, agree=a.agree, differ=len(a.differ)
            ),
            BODY,
        ),
        TextParagraph(TEXTS["note"], NOTE),
        TextParagraph(TEXTS["differences"], H2),
    ]
    story += _differences(data, part, width)
    story.append(TextParagraph(TEXTS["review"], H2))
    story += _review(data, part, width)
    return story


def _differences(data: ReportData, part: FacilityPart, width: float) -> list[Flowable]:
    if not part.agreement.differ:
        return [TextParagraph(TEXTS["no_differences"], BODY)]
    rows = []
    for key in part.agreement.differ:
        claim = part.account.claims[key]
        finding = data.findings.get(key)
        req = data.template.requirement(key)
        said = "\n".join(t for t in (claim.justification, claim.comment) if t)
        rows.append(
            [
                para(f"<b>{text(key)}</b> {text(req.short_text)}"),
                para(text(_label(claim.status))),
                para(f"<b>{text(_label(finding.rating if finding else None))}</b>"),
                para(text(said) or "—"),
            ]
        )
    return [data_table(HEADERS, rows, [62 * mm, 25 * mm, 25 * mm, width - 112 * mm])]


def _review(data: ReportData, part: FacilityPart, width: float) -> list[Flowable]:
    if part.review is None:
        return [TextParagraph(TEXTS["no_review"], BODY)]
    shorts = {q.key: q.short for q in data.template.case_review_questions}
    rows = [
        [
            para(text(shorts.get(q.key, q.key))),
            para(text(", ".join(q.differing_cases)) or "—"),
            para(str(q.compared), CELL_RIGHT),
            para(str(q.agree), CELL_RIGHT),
            para("—" if q.rate is None else f"{100 * q.rate:.0f} %", CELL_RIGHT),
        ]
        for q in part.review.questions
    ]
    num = 22 * mm
    return [
        TextParagraph(TEXTS["review_note"], NOTE),
        data_table(
            REVIEW_HEADERS,
            rows,
            [40 * mm, width - 40 * mm - 3 * num, num, num, num],
            numeric_from=2,
        ),
    ]
