"""Pseudonymous case references (issue 10): personal data is refused by its shape, with the
reason; the references facilities really use pass. Property tests both ways."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor_app.domain.case_review import (
    ProcedurePeriod,
    case_ref_problem,
    make_case,
    procedure_date_problem,
    procedure_period,
    validate_case_ref,
)
from assessor_app.domain.errors import ValidationError

SEPARATORS = st.sampled_from(["", "-", "_", ".", "/"])
PREFIXES = st.sampled_from(["IO", "C", "RFA", "CASE", "PAT", "TACE", "MWA", "P", "KN", "io"])
SURNAMES = st.sampled_from(
    ["Mueller", "Müller", "Smith", "Nowak", "Rossi", "Garcia", "Lee", "Kim", "Berg", "Ørsted"]
)


@pytest.mark.parametrize(
    ("ref", "why"),
    [
        ("078-05-1120", "social security number"),
        ("HM120361", "date"),
        ("Mueller1961", "birth year"),
        ("HM-120361", "date"),
        ("JS1961", "birth year"),
        ("MUELLER1961", "birth year"),
        ("Smith17", "name"),
        ("lee-0042", "name"),
        ("QQ123456C", "national insurance number"),
        ("RSSMRA85T10A562S", "codice fiscale"),
        ("MRN-123456", "medical record number"),
        ("DOB-120361", "date of birth"),
        ("anna@example.org", "e-mail"),
        ("0170-1234567", "phone"),
        ("123-456-789", "phone, identity or patient record number"),
        ("IO-123.456.789", "identity"),
        ("12Okt1961", "date"),
        ("P-3-juin-61", "date"),
        ("Dic-3-61", "date"),
    ],
)
def test_personal_identifiers_are_refused_saying_why(ref: str, why: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_case_ref(ref)
    assert why in str(err.value)
    assert ref in str(err.value)


@pytest.mark.parametrize(
    "ref",
    ["IO-2026-017", "C017", "RFA-0042", "IO-000123", "C000123", "CASE-017", "Case-017",
     "TACE-12", "MWA-2026-003", "2026-017", "IO2026-017", "KN-2025-017", "C1961", "X9"],
)  # fmt: skip
def test_the_references_facilities_use_pass(ref: str) -> None:
    assert case_ref_problem(ref) is None


@given(
    st.integers(1, 899), st.integers(1, 99), st.integers(1, 9999), st.sampled_from(["-", " ", "."])
)
def test_social_security_numbers_are_refused(area: int, group: int, serial: int, sep: str) -> None:
    ssn = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
    assert case_ref_problem(ssn) is not None
    assert case_ref_problem(f"IO-{ssn}") is not None


@given(
    st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=2, max_size=3),
    # Birth dates of IO patients; YYMMDD is read for 1920-1999 only (docs/sampling.md).
    st.dates(min_value=date(1920, 1, 1), max_value=date(1999, 12, 31)),
    st.sampled_from(["%d%m%y", "%y%m%d", "%d%m%Y", "%Y%m%d", "%d.%m.%y"]),
    SEPARATORS,
)
def test_initials_with_a_birth_date_are_refused(
    initials: str, born: date, fmt: str, sep: str
) -> None:
    assert case_ref_problem(f"{initials}{sep}{born.strftime(fmt)}") is not None


@given(SURNAMES, st.integers(1900, 2030), st.sampled_from(["cap", "upper", "lower"]))
def test_a_surname_with_a_birth_year_is_refused(surname: str, year: int, case: str) -> None:
    written = {"cap": surname, "upper": surname.upper(), "lower": surname.lower()}[case]
    assert case_ref_problem(f"{written}{year}") is not None
    assert case_ref_problem(f"{year}{written}") is not None


@given(SURNAMES, SEPARATORS, st.integers(0, 9999))
def test_a_surname_before_a_serial_is_refused(surname: str, sep: str, serial: int) -> None:
    assert case_ref_problem(f"{surname}{sep}{serial:03d}") is not None


@given(st.integers(10**8, 10**11 - 1), st.sampled_from(["", "+", "00", "+49-"]))
def test_phone_and_record_numbers_are_refused(number: int, lead: str) -> None:
    assert case_ref_problem(f"{lead}{number}") is not None


@given(
    PREFIXES,
    st.sampled_from(["-", "_", "/", "."]),
    st.one_of(st.none(), st.integers(2015, 2030)),
    st.integers(0, 9999),
    st.integers(1, 4),
)
def test_facility_references_with_year_and_serial_pass(
    prefix: str, sep: str, year: int | None, serial: int, width: int
) -> None:
    middle = f"{year}{sep}" if year else ""
    ref = f"{prefix}{sep}{middle}{serial:0{width}d}"
    assert case_ref_problem(ref) is None, ref


@given(PREFIXES, st.integers(0, 999_999).map(lambda n: f"{n:06d}"))
def test_six_digit_serials_are_refused_only_when_they_read_as_a_date(
    prefix: str, serial: str
) -> None:
    d, m, y = int(serial[:2]), int(serial[2:4]), int(serial[4:])

    def real(year: int, month: int, day: int) -> bool:
        try:
            date(year, month, day)
        except ValueError:
            return False
        return True

    dated = real(1900 + y, m, d) or (d >= 20 and real(1900 + d, m, y))
    assert (case_ref_problem(f"{prefix}-{serial}") is not None) == dated


# -- procedure dates ----------------------------------------------------------------------


def test_the_period_ends_with_the_visit_or_today() -> None:
    today = date(2026, 12, 1)
    period = procedure_period(date(2026, 3, 10), date(2026, 3, 12), today)
    assert (period.latest, period.earliest) == (date(2026, 3, 12), date(2016, 3, 12))
    assert procedure_period(date(2026, 3, 10), None, today).latest == date(2026, 3, 10)
    # A visit still to come: nothing after today has happened yet.
    assert procedure_period(date(2027, 1, 5), date(2027, 1, 6), today).latest == today
    assert procedure_period(None, None, today).latest == today


@pytest.mark.parametrize("when", [date(9999, 12, 31), date(2026, 3, 13), date(1, 1, 1)])
def test_procedure_dates_outside_the_period_are_refused(when: date) -> None:
    period = ProcedurePeriod(date(2016, 3, 12), date(2026, 3, 12), "the visit's last day")
    problem = procedure_date_problem(when, period)
    assert problem is not None and when.isoformat() in problem
    with pytest.raises(ValidationError, match=when.isoformat()):
        make_case("IO-1", when, "ablation", period)


def test_procedure_dates_inside_the_period_pass() -> None:
    period = ProcedurePeriod(date(2016, 3, 12), date(2026, 3, 12), "the visit's last day")
    for when in (date(2016, 3, 12), date(2025, 7, 1), date(2026, 3, 12)):
        assert procedure_date_problem(when, period) is None
        assert make_case("IO-1", when.isoformat(), "", period).procedure_date == when


@given(
    st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=2, max_size=3),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2025, 12, 31)),
    SEPARATORS,
)
def test_initials_with_a_recent_birth_date_day_first_are_refused(
    initials: str, born: date, sep: str
) -> None:
    assert case_ref_problem(f"{initials}{sep}{born.strftime('%d%m%y')}") is not None
