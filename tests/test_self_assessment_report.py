"""The report's application-form section and the comparison figures behind it."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from assessor_app.domain.ratings import Rating
from tests.report_text import pdftotext
from tests.workbook_helpers import fill_correctly, put_row


def _import_form(services, visit_id: str, tmp_path: Path) -> list[str]:
    """The facility's form with the demo's first two drawn cases in its own review."""
    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    services.self_assessment.export(visit_id, blank)
    fill_correctly(blank, filled)
    drawn = services.case_review.cases(visit_id)[:2]
    questions = [q.key for q in services.case_review.questions(visit_id)]
    wb = openpyxl.load_workbook(filled)
    ws = wb["Case review"]
    for row, case in enumerate(drawn, start=4):
        answers = []
        for q in questions:
            ours = case.answers.get(q)
            # The second case says No wherever the assessors found Yes on the first question.
            if row == 5 and q == questions[0] and ours is not None:
                answers.append("No" if ours.value != "no" else "Yes")
            else:
                answers.append(ours.label if ours else None)
        put_row(ws, row, [case.case_ref, case.procedure_date, case.procedure_type, *answers])
    wb.save(filled)
    services.self_assessment.import_workbook(visit_id, filled)
    return [c.case_ref for c in drawn]


def test_report_lists_each_requirement_where_the_assessors_differ(services, demo_id, tmp_path):
    refs = _import_form(services, demo_id, tmp_path)
    findings = services.findings.findings(demo_id)
    ratings = {k: f.rating for k, f in findings.items()}
    agreement = services.self_assessment.agreement(demo_id, ratings)
    assert agreement.claimed == 4
    expected_differ = [
        k
        for k, status in (
            ("1.a", Rating.MET), ("1.b", Rating.PARTIAL), ("2.a", Rating.NA), ("2.b", Rating.MET),
        )
        if ratings[k] is not status
    ]  # fmt: skip
    assert list(agreement.differ) == expected_differ and expected_differ

    review = services.self_assessment.facility_review(demo_id)
    first = review.questions[0]
    assert first.compared == 2 and first.agree == 1 and first.differing_cases == (refs[1],)
    assert all(q.differing_cases == () for q in review.questions[1:])

    pdf = tmp_path / "report.pdf"
    services.reports.generate(demo_id, pdf)
    words = " ".join(pdftotext(pdf).split())
    assert "6. Application form: the facility's self-assessment" in words
    assert f"they agree on {4 - len(expected_differ)} and differ on {len(expected_differ)}" in words
    section = words.split("6. Application form")[1]
    for key in expected_differ:
        assert f"{key} " in section
    assert "We run no outpatient clinic" in section or "2.a" not in expected_differ
    assert refs[1] in section and "50 %" in section


def test_without_a_form_the_report_has_no_such_section_and_its_hash_is_unchanged(
    services, demo_id, tmp_path
):
    before = services.reports.report_data(demo_id).content_hash
    pdf = tmp_path / "report.pdf"
    services.reports.generate(demo_id, pdf)
    assert "Application form" not in pdftotext(pdf)
    _import_form(services, demo_id, tmp_path)
    # The imported form is part of what the report certifies.
    assert services.reports.report_data(demo_id).content_hash != before
