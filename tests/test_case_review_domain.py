"""The sampler, the fingerprint, pseudonym checks and the compliance figures (pure domain)."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor_app.domain.case_review import (
    METHOD_VERSION,
    PLAIN_REF,
    CaseAnswer,
    Draw,
    PopulationCase,
    ReviewedCase,
    _full_problem,
    canonical_population,
    case_ref_problem,
    draw_sample,
    make_case,
    normalise_seed,
    population_fingerprint,
    summarise,
    validate_case_ref,
    verify_draw,
)
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.template import CaseReviewQuestion


def population(n: int) -> list[PopulationCase]:
    return [PopulationCase(f"IO-{i:04d}", date(2025, 1, 1 + i % 28), "ablation") for i in range(n)]


def test_same_seed_and_population_draw_the_same_cases_in_the_same_order():
    pop = population(200)
    fp = population_fingerprint(pop)
    refs = [c.case_ref for c in pop]
    first = draw_sample(refs, "3-6-1-4", fp, 30)
    again = draw_sample(list(reversed(refs)), "3-6-1-4", fp, 30)
    assert first == again
    assert len(first) == 30 and len(set(first)) == 30
    assert set(first) <= set(refs)


def test_a_different_seed_draws_different_cases():
    pop = population(200)
    fp = population_fingerprint(pop)
    refs = [c.case_ref for c in pop]
    a = draw_sample(refs, "3-6-1-4", fp, 30)
    b = draw_sample(refs, "3-6-1-5", fp, 30)
    assert a != b
    assert len(set(a) & set(b)) < 20  # independent draws overlap by about 30*30/200


def test_the_seed_is_normalised_but_otherwise_exact():
    pop = population(50)
    fp = population_fingerprint(pop)
    refs = [c.case_ref for c in pop]
    assert draw_sample(refs, "  dice 1-2 ", fp) == draw_sample(refs, "dice 1-2", fp)
    assert draw_sample(refs, "Dice 1-2", fp, 10) != draw_sample(refs, "dice 1-2", fp, 10)
    # NFC: a composed and a decomposed é are the same seed
    assert draw_sample(refs, "caf\u00e9", fp, 10) == draw_sample(refs, "cafe\u0301", fp, 10)


def test_the_fingerprint_changes_the_draw():
    pop = population(100)
    refs = [c.case_ref for c in pop]
    other = population_fingerprint(
        [*pop[:-1], PopulationCase(pop[-1].case_ref, date(2024, 1, 1), "x")]
    )
    assert draw_sample(refs, "s", population_fingerprint(pop), 30) != draw_sample(
        refs, "s", other, 30
    )


def test_all_cases_are_drawn_when_fewer_than_n():
    pop = population(12)
    drawn = draw_sample([c.case_ref for c in pop], "seed", population_fingerprint(pop), 30)
    assert sorted(drawn) == sorted(c.case_ref for c in pop)


@pytest.mark.parametrize("seed", ["", "   ", "a\nb", "x" * 201])
def test_bad_seeds_are_refused(seed):
    with pytest.raises(ValidationError):
        normalise_seed(seed)


def test_fingerprint_does_not_depend_on_row_order_but_on_every_field():
    pop = population(20)
    fp = population_fingerprint(pop)
    assert population_fingerprint(list(reversed(pop))) == fp
    changed = [*pop[:-1], PopulationCase(pop[-1].case_ref, pop[-1].procedure_date, "other")]
    assert population_fingerprint(changed) != fp
    assert population_fingerprint(pop[:-1]) != fp
    assert len(fp) == 64 and set(fp) <= set("0123456789abcdef")


def test_canonical_form_is_a_sorted_csv_with_lf_endings():
    pop = [make_case("C2", "2025-02-01", "b"), make_case("C10", "2025-01-01", "a")]
    assert canonical_population(pop) == (
        b"case_ref,procedure_date,procedure_type\nC10,2025-01-01,a\nC2,2025-02-01,b\n"
    )


@given(
    st.lists(st.integers(0, 10_000), min_size=1, max_size=60, unique=True),
    st.text(min_size=1, max_size=20),
)
def test_draw_is_deterministic_and_a_subset(numbers, seed):
    if not seed.strip() or any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in seed):
        return
    pop = [PopulationCase(f"C{n}", date(2025, 1, 1), "") for n in numbers]
    fp = population_fingerprint(pop)
    refs = [c.case_ref for c in pop]
    drawn = draw_sample(refs, seed, fp, 30)
    assert drawn == draw_sample(sorted(refs), seed, fp, 30)
    assert len(drawn) == min(30, len(refs))
    assert len(set(drawn)) == len(drawn) and set(drawn) <= set(refs)


# -- pseudonymous references -------------------------------------------------------------


@pytest.mark.parametrize("ref", ["IO-2025-0042", "C017", "P-2024/117", "KN_12.3", "IO-2025-0312"])
def test_pseudonymous_references_are_accepted(ref):
    assert validate_case_ref(f"  {ref} ") == ref


@pytest.mark.parametrize(
    ("ref", "why"),
    [
        ("John Smith", "name"),
        ("Smith, John", "name"),
        ("SMITH JOHN", "name"),
        ("JohnSmith-12", "name"),
        ("smith.john.17", "name"),
        ("Smith", "name"),
        ("1961-03-12", "date"),
        ("12.03.1961", "date"),
        ("03/12/61", "date"),
        ("IO-19610312", "date"),
        ("12Mar1961", "date"),
        ("P-12-mar-61", "date"),
        ("123456789", "record number"),
        ("MRN0012345678", "record number"),
        ("120361-1234", "identity number"),
    ],
)
def test_identifying_references_are_refused_saying_why(ref, why):
    with pytest.raises(ValidationError) as err:
        validate_case_ref(ref)
    assert why in str(err.value)
    assert ref in str(err.value)


first_names = st.sampled_from(["John", "Maria", "Katrin", "Paweł", "Ana", "Lee"])
last_names = st.sampled_from(["Smith", "Müller", "Nowak", "Rossi", "García", "Ørsted"])


@given(first_names, last_names, st.sampled_from([" ", ", ", "  "]))
def test_names_written_with_spaces_are_always_refused(first, last, sep):
    assert case_ref_problem(f"{first}{sep}{last}") is not None
    assert case_ref_problem(f"{last}{sep}{first}") is not None


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(
        [
            "%Y-%m-%d",
            "%d.%m.%Y",
            "%d/%m/%Y",
            "%m/%d/%Y",
            "%Y%m%d",
            "%d%m%Y",
            "%d-%b-%Y",
            "%d%b%y",
            "%d.%m.%y",
            "%Y/%m/%d",
        ]
    ),
    st.sampled_from(["", "IO-", "C"]),
)
def test_dates_in_common_formats_are_refused(day, fmt, prefix):
    assert case_ref_problem(prefix + day.strftime(fmt)) is not None


@given(st.integers(10_000_000, 10**12))
def test_long_digit_runs_are_refused(number):
    assert case_ref_problem(f"R{number}") is not None


@given(st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=3), st.integers(0, 9999))
def test_short_codes_with_numbers_are_accepted(prefix, number):
    assert case_ref_problem(f"{prefix}-{number:04d}") is None


# -- verification and results ----------------------------------------------------------------


def make_draw(pop: list[PopulationCase], seed: str = "s", n: int = 5) -> Draw:
    fp = population_fingerprint(pop)
    return Draw("d", "v", seed, fp, METHOD_VERSION, len(pop), n,
                tuple(draw_sample([c.case_ref for c in pop], seed, fp, n)),
                datetime(2025, 1, 1, tzinfo=UTC), "tester")  # fmt: skip


def test_verify_draw_matches_and_detects_changes():
    pop = population(40)
    draw = make_draw(pop)
    assert verify_draw(draw, pop).ok
    assert not verify_draw(draw, pop[1:]).ok
    assert "population has changed" in verify_draw(draw, pop[1:]).message
    tampered = Draw(
        **{**{f: getattr(draw, f) for f in draw.__slots__}, "case_refs": ("IO-0001",) * 5}
    )
    result = verify_draw(tampered, pop)
    assert not result.ok and result.recomputed == draw.case_refs


def test_summary_counts_checked_by_hand():
    questions = [
        CaseReviewQuestion("a", "A", "Question A"),
        CaseReviewQuestion("b", "B", "Question B"),
    ]
    Y, N, A = CaseAnswer.YES, CaseAnswer.NO, CaseAnswer.NA  # noqa: N806
    cases = [
        ReviewedCase(1, "C1", None, "", {"a": Y, "b": Y}, "none", ""),
        ReviewedCase(2, "C2", None, "", {"a": N, "b": A}, "2", ""),
        ReviewedCase(3, "C3", None, "", {"a": Y}, None, ""),
    ]
    pop = [PopulationCase(f"C{i}", date(2025, 1, 1), "") for i in range(1, 4)]
    s = summarise(make_draw(pop, n=3), questions, cases)
    a, b = s.questions
    assert (a.yes, a.no, a.na, a.unanswered) == (2, 1, 0, 0)
    assert a.compliance == pytest.approx(2 / 3)
    assert (b.yes, b.no, b.na, b.unanswered) == (1, 0, 1, 1)
    assert b.compliance == 1.0  # n/a left out
    assert s.overall_compliance == pytest.approx(3 / 4)
    assert (s.sample_size, s.cases_complete, s.complete) == (3, 2, False)
    assert s.complication_grades["none"] == 1 and s.complication_grades["2"] == 1
    assert s.complication_grades["unrecorded"] == 1


@given(st.from_regex(PLAIN_REF, fullmatch=True))
def test_fast_path_accepts_only_what_the_full_checks_accept(ref):
    assert _full_problem(ref) is None
