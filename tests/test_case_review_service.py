"""The case review service over a real database: import, draw, verify, answers, outcome."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.outcome import ReasonCode
from assessor_app.paths import resolve_paths
from assessor_app.services.case_review import RedrawNeedsConfirmationError
from assessor_app.services.container import build_services

HEADER = "case_ref,procedure_date,procedure_type\n"


def write_population(path: Path, n: int, start: int = 1) -> Path:
    day = date(2024, 1, 1)
    rows = [
        f"IO-2024-{i:04d},{(day + timedelta(days=i % 365)).isoformat()},"
        f"{['ablation', 'chemoembolisation', 'radioembolisation'][i % 3]}"
        for i in range(start, start + n)
    ]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_500_cases_imported_drawn_and_verified(services, visit_id, tmp_path):
    info = services.case_review.import_csv(visit_id, write_population(tmp_path / "p.csv", 500))
    assert info.size == 500 and len(info.fingerprint) == 64
    draw = services.case_review.draw(visit_id, "dice 5-2-6-6-1")
    assert len(draw.case_refs) == 30 and len(set(draw.case_refs)) == 30
    assert draw.fingerprint == info.fingerprint and draw.population_size == 500
    assert draw.drawn_by == services.db.author and draw.seed == "dice 5-2-6-6-1"
    assert services.case_review.verify(visit_id)
    assert services.case_review.current_draw(visit_id) == draw


def test_same_seed_same_list_in_a_fresh_data_dir_draws_the_same_30(services, visit_id, tmp_path):
    csv_path = write_population(tmp_path / "p.csv", 500)
    services.case_review.import_csv(visit_id, csv_path)
    first = services.case_review.draw(visit_id, "seed 42").case_refs

    other = build_services(resolve_paths(tmp_path / "elsewhere"))
    try:
        template = other.templates.default()
        from assessor_app.domain.visit import Facility, NewVisit

        vid = other.visits.create(NewVisit(Facility("Elsewhere"), template.id))
        # The same list in another row order: the fingerprint sorts, so the draw is the same.
        lines = csv_path.read_text().splitlines()
        shuffled = tmp_path / "shuffled.csv"
        shuffled.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n")
        other.case_review.import_csv(vid, shuffled)
        assert other.case_review.draw(vid, "seed 42").case_refs == first
    finally:
        other.close()


def test_fewer_cases_than_n_draws_all(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "p.csv", 12))
    draw = services.case_review.draw(visit_id, "x", 30)
    assert sorted(draw.case_refs) == sorted(
        c.case_ref for c in services.case_review.population(visit_id)
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (HEADER + "IO-1,2025-01-01,ablation\nIO-2,2025-02-30,ablation\n", "line 3"),
        (HEADER + "IO-1,2025-01-01,ablation\nIO-2,01/02/2025,ablation\n", "line 3"),
        (
            HEADER + "IO-1,2025-01-01,ablation\nJohn Smith,2025-01-02,ablation\n",
            "line 3: case reference 'John Smith' refused",
        ),
        (HEADER + "IO-1,2025-01-01,ablation\n\nIO-2,2025-01-01\n", "line 4: expected 3 fields"),
        (
            HEADER + "IO-1,2025-01-01,a\nIO-2,2025-01-01,b\nio-1,2025-01-02,c\n",
            "line 4: case 'io-1' appears twice (first on line 2)",
        ),
        ("ref,date,type\nIO-1,2025-01-01,a\n", "line 1: the header must be exactly"),
        (HEADER + "IO-1,1961-03-12,a\nIO-19610312,2025-01-01,a\n", "line 3"),
    ],
)
def test_bad_csv_is_refused_with_the_line_and_nothing_imported(
    services, visit_id, tmp_path, content, expected
):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    changes = services.visits.db.transaction
    with changes() as repo:
        before = repo.change_count(visit_id)
    with pytest.raises(ValidationError) as err:
        services.case_review.import_csv(visit_id, path)
    assert expected in str(err.value)
    assert "nothing was imported" in str(err.value)
    assert services.case_review.population(visit_id) == []
    with changes() as repo:
        assert repo.change_count(visit_id) == before


def test_non_utf8_csv_names_the_line(services, visit_id, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(HEADER.encode() + b"IO-1,2025-01-01,a\nIO-2,2025-01-01,M\xfcller\n")
    with pytest.raises(ValidationError, match="line 3: not UTF-8"):
        services.case_review.import_csv(visit_id, path)


def test_duplicates_against_the_existing_population_are_refused(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "a.csv", 10))
    with pytest.raises(ValidationError, match="line 2: case 'IO-2024-0010' is already"):
        services.case_review.import_csv(visit_id, write_population(tmp_path / "b.csv", 5, start=10))
    assert len(services.case_review.population(visit_id)) == 10
    with pytest.raises(ValidationError, match="already in the population"):
        services.case_review.add_case(visit_id, "io-2024-0001", "2025-01-01", "")
    services.case_review.add_case(visit_id, "C017", date(2025, 1, 1), "ablation")
    assert len(services.case_review.population(visit_id)) == 11


def test_typed_in_case_with_a_name_is_refused(services, visit_id):
    with pytest.raises(ValidationError, match="looks like a person's name"):
        services.case_review.add_case(visit_id, "Maria Rossi", "2025-01-01", "")


def test_population_is_fixed_once_drawn(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "a.csv", 40))
    services.case_review.draw(visit_id, "s")
    with pytest.raises(ValidationError, match="cannot change"):
        services.case_review.add_case(visit_id, "C1", "2025-01-01", "")


def test_answers_grades_notes_and_outcome(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "p.csv", 8))
    assert not services.case_review.is_complete(visit_id)
    assert services.case_review.summary(visit_id) is None
    draw = services.case_review.draw(visit_id, "s", 3)
    reasons = services.outcome.detail(visit_id).outcome.reasons
    assert ReasonCode.CASE_REVIEW_INCOMPLETE in {r.code for r in reasons}

    keys = [q.key for q in services.case_review.questions(visit_id)]
    assert len(keys) == 10
    first, second, third = draw.case_refs
    services.case_review.answer(visit_id, first, "all", "yes")
    services.case_review.answer(visit_id, second.lower(), "all", CaseAnswer.YES)
    services.case_review.answer(visit_id, second, keys[0], "no")
    for key in keys[:-1]:
        services.case_review.answer(visit_id, third, key, "na")
    services.case_review.set_grade(visit_id, first, "2")
    services.case_review.set_note(visit_id, first, "Bleeding, managed conservatively.")

    summary = services.case_review.summary(visit_id)
    assert (summary.sample_size, summary.cases_complete) == (3, 2)
    q0 = summary.questions[0]
    assert (q0.yes, q0.no, q0.na, q0.unanswered) == (1, 1, 1, 0)
    assert summary.questions[-1].unanswered == 1
    assert summary.overall_compliance == pytest.approx(19 / 20)
    assert summary.complication_grades["2"] == 1 and summary.complication_grades["unrecorded"] == 2
    assert not services.case_review.is_complete(visit_id)

    services.case_review.answer(visit_id, third, keys[-1], "yes")
    assert services.case_review.is_complete(visit_id)
    reasons = services.outcome.detail(visit_id).outcome.reasons
    assert ReasonCode.CASE_REVIEW_INCOMPLETE not in {r.code for r in reasons}
    case = services.case_review.case(visit_id, first)
    assert case.grade == "2" and case.note.startswith("Bleeding") and case.position == 1

    # clearing an answer makes the review incomplete again
    services.case_review.answer(visit_id, third, keys[-1], None)
    assert not services.case_review.is_complete(visit_id)


def test_edits_land_in_the_change_log(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "p.csv", 5))
    draw = services.case_review.draw(visit_id, "s", 2)
    services.case_review.answer(visit_id, draw.case_refs[0], "consent", "yes")
    services.case_review.answer(visit_id, draw.case_refs[0], "consent", "no")
    services.case_review.set_grade(visit_id, draw.case_refs[0], "none")
    services.case_review.set_note(visit_id, draw.case_refs[0], "n")
    with services.db.transaction() as repo:
        history = repo.history(visit_id)
    entities = {r.entity for r in history}
    assert {"population_case", "case_draw", "case_answer", "case_review"} <= entities
    consent = [r for r in history if r.entity == "case_answer" and r.field == "answer"]
    assert [(r.old_value, r.new_value) for r in consent] == [(None, "yes"), ("yes", "no")]
    assert consent[1].base_change_id == consent[0].id
    assert len([r for r in history if r.entity == "population_case"]) == 5 * 4
    drawn = next(r for r in history if r.entity == "case_draw" and r.field == "case_refs")
    assert drawn.new_value.split("\n") == list(draw.case_refs)


def test_unknown_questions_answers_and_cases_are_refused(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "p.csv", 40))
    with pytest.raises(ValidationError, match="no sample has been drawn"):
        services.case_review.answer(visit_id, "IO-2024-0001", "all", "yes")
    draw = services.case_review.draw(visit_id, "s")
    ref = draw.case_refs[0]
    with pytest.raises(ValidationError, match="unknown question"):
        services.case_review.answer(visit_id, ref, "nope", "yes")
    with pytest.raises(ValidationError, match="unknown answer"):
        services.case_review.answer(visit_id, ref, "all", "maybe")
    outside = next(
        c.case_ref
        for c in services.case_review.population(visit_id)
        if c.case_ref not in draw.case_refs
    )
    with pytest.raises(NotFoundError, match="not in the drawn sample"):
        services.case_review.answer(visit_id, outside, "all", "yes")
    with pytest.raises(ValidationError, match="complication grade"):
        services.case_review.set_grade(visit_id, ref, "7")


def test_redraw_after_answers_needs_confirmation_and_is_recorded(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "p.csv", 100))
    first = services.case_review.draw(visit_id, "one")
    second = services.case_review.draw(visit_id, "two")  # no answers yet: no confirmation
    services.case_review.answer(visit_id, second.case_refs[0], "all", "yes")
    with pytest.raises(RedrawNeedsConfirmationError, match="1 of its cases already have answers"):
        services.case_review.draw(visit_id, "three")
    assert services.case_review.current_draw(visit_id).id == second.id
    third = services.case_review.draw(visit_id, "three", confirm_redraw=True)
    draws = services.case_review.draws(visit_id)
    assert [d.id for d in draws] == [first.id, second.id, third.id]
    assert [d.superseded for d in draws] == [True, True, False]
    with services.db.transaction() as repo:
        reasons = [r.new_value for r in repo.history(visit_id) if r.field == "superseded_reason"]
    assert any("seed 'three'" in r and "1 case(s) had answers" in r for r in reasons)
    assert services.case_review.verify(visit_id)


def test_verify_fails_when_the_record_was_tampered_with(services, visit_id, tmp_path):
    services.case_review.import_csv(visit_id, write_population(tmp_path / "p.csv", 60))
    draw = services.case_review.draw(visit_id, "s")
    from assessor_app.persistence.case_review_models import CaseDrawRow

    with services.db.session() as session:
        row = session.get(CaseDrawRow, draw.id)
        row.case_refs = "\n".join(reversed(draw.case_refs))
    result = services.case_review.check_draw(visit_id)
    assert not result.ok and "differ" in result.message
    with services.db.session() as session:
        session.get(CaseDrawRow, draw.id).seed = "other"
    assert not services.case_review.verify(visit_id)


def test_demo_visit_has_a_complete_case_review(services, demo_id):
    summary = services.case_review.summary(demo_id)
    assert summary.population_size >= 150 and summary.sample_size == 30
    assert summary.complete
    assert 0.8 < summary.overall_compliance < 1.0
    assert (
        sum(n for g, n in summary.complication_grades.items() if g not in ("none", "unrecorded"))
        >= 3
    )
    assert services.case_review.verify(demo_id)
    reasons = {r.code for r in services.outcome.detail(demo_id).outcome.reasons}
    assert ReasonCode.CASE_REVIEW_INCOMPLETE not in reasons


def test_unclosed_quote_is_refused_naming_the_line_where_it_opens(tmp_path):
    from assessor_app.services.case_review import parse_population_csv

    data = (
        b"case_ref,procedure_date,procedure_type\n"
        b"C1,2025-01-01,ablation\n"
        b'C2,2025-01-02,"microwave ablation\n'
        b"C3,2025-01-03,chemoembolisation\n"
        b"C4,2025-01-04,ablation\n"
    )
    with pytest.raises(ValidationError) as caught:
        parse_population_csv(data, "list.csv")
    message = str(caught.value)
    # The quote opened on line 3 swallows the rest of the file: the message must point
    # there and say what is wrong, not blame a comma on the last line.
    assert "line 3" in message and "quote" in message
    assert "comma" not in message


def test_a_quoted_line_break_inside_a_field_is_refused(tmp_path):
    from assessor_app.services.case_review import parse_population_csv

    data = (
        b"case_ref,procedure_date,procedure_type\r\n"
        b'C1,2025-01-01,"microwave\r\nablation"\r\n'
        b"C2,2025-01-02,ablation\r\n"
    )
    with pytest.raises(ValidationError, match=r"line 2\b.*line break"):
        parse_population_csv(data, "list.csv")
