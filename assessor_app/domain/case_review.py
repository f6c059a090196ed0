"""The internal case review: pseudonymous case references, the population fingerprint,
the verifiable sampler and the compliance figures.

Everything here is pure and deterministic; docs/sampling.md describes the fingerprint and
the sampler byte by byte, so anyone can re-implement them and check a draw.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from assessor_app.domain.case_review_summary import CaseReviewSummary, QuestionCompliance
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.template import CaseReviewQuestion

# Changing anything in the canonical form or the ranking needs a new version string.
METHOD_VERSION = "iasios-sample-v1"
CANONICAL_HEADER = "case_ref,procedure_date,procedure_type"
MAX_CASE_REF_LEN = 40
MAX_PROCEDURE_TYPE_LEN = 80
MAX_SEED_LEN = 200
DEFAULT_SAMPLE_SIZE = 30


class CaseAnswer(StrEnum):
    """How one case answers one review question."""

    YES = "yes"
    NO = "no"
    NA = "na"

    @property
    def label(self) -> str:
        return {CaseAnswer.YES: "Yes", CaseAnswer.NO: "No", CaseAnswer.NA: "N/A"}[self]


def parse_answer(text: str | None) -> CaseAnswer | None:
    """'yes', 'no', 'na' (also 'y', 'n', 'a', 'n/a'); None or '' clears the answer."""
    if text is None or not text.strip():
        return None
    word = text.strip().lower()
    aliases = {"y": "yes", "n": "no", "a": "na", "n/a": "na", "not-applicable": "na"}
    try:
        return CaseAnswer(aliases.get(word, word))
    except ValueError:
        raise ValidationError(f"unknown answer {text!r}; use yes, no or na") from None


# CIRSE complication classification grades; None means not recorded yet.
COMPLICATION_GRADES: tuple[str, ...] = ("none", "1", "2", "3", "4", "5", "6")
UNRECORDED_GRADE = "unrecorded"


def parse_grade(text: str | None) -> str | None:
    """'none' or '1'..'6' (CIRSE grade); None or '' clears it."""
    if text is None or not str(text).strip():
        return None
    word = str(text).strip().lower()
    if word in ("0", "-"):
        word = "none"
    if word not in COMPLICATION_GRADES:
        raise ValidationError(f"unknown complication grade {text!r}; use none or 1 to 6")
    return word


# -- pseudonymous case references ----------------------------------------------------------

_ALLOWED_REF = re.compile(r"^[A-Za-z0-9._/-]+$")
_LONG_DIGITS = re.compile(r"\d{8,}")
# Birth date DDMMYY then a serial (Nordic personal numbers: 120361-1234)
_NATIONAL_ID = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})[-+/]\d{4}(?!\d)")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# 12-Mar-1961, 12Mar61, 12 march 1961, Mar-12-1961
_MONTH_NAME_DATE = re.compile(
    rf"(?i)(?<!\d)\d{{1,2}}[\s./-]*(?:{_MONTHS})[a-z]*[\s./-]*\d{{2,4}}(?!\d)"
    rf"|(?<![a-z])(?:{_MONTHS})[a-z]*[\s./-]*\d{{1,2}}[\s.,/-]*\d{{2,4}}(?!\d)"
)
# 1961-03-12, 1961/3/12, 1961.03.12 (the same separator twice)
_YMD = re.compile(r"(?<!\d)(\d{4})([\s./-])(\d{1,2})\2(\d{1,2})(?!\d)")
# 12.03.1961, 12/03/61, 03-12-1961 (day-month or month-day, year of 2 or 4 digits)
_DMY = re.compile(r"(?<!\d)(\d{1,2})([\s./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
# 19610312 or 12031961: eight digits that form a date
_COMPACT = re.compile(r"(?<!\d)(\d{8})(?!\d)")
_CAMEL_NAME = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")
_WORD = re.compile(r"[A-Za-z]+")


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _full_year(year: int, digits: int) -> int:
    return year if digits == 4 else 1900 + year


def _date_in(text: str) -> str | None:
    """The part of ``text`` that reads as a calendar date in a common format, if any."""
    match = _MONTH_NAME_DATE.search(text)
    if match:
        return match.group(0)
    for m in _YMD.finditer(text):
        if 1900 <= int(m.group(1)) <= 2099 and _is_date(
            int(m.group(1)), int(m.group(3)), int(m.group(4))
        ):
            return m.group(0)
    for m in _DMY.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
        full = _full_year(int(year), len(year))
        if len(year) == 4 and not 1900 <= full <= 2099:
            continue
        if _is_date(full, b, a) or _is_date(full, a, b):
            return m.group(0)
    for m in _COMPACT.finditer(text):
        d = m.group(1)
        ymd = 1900 <= int(d[:4]) <= 2099 and _is_date(int(d[:4]), int(d[4:6]), int(d[6:]))
        dmy = 1900 <= int(d[4:]) <= 2099 and _is_date(int(d[4:]), int(d[2:4]), int(d[:2]))
        if ymd or dmy:
            return d
    return None


# References of this simple shape can hold no name, date or record number (one-case letters,
# at most 7 digits in a run, no date-shaped groups); the full checks below are skipped for
# them, which keeps a 10,000-row import fast. A property test holds the two paths together.
PLAIN_REF = re.compile(
    r"(?:[A-Z]{1,6}|[a-z]{1,6})[-_./]?(?:[0-9]{1,7}|(?:19|20)[0-9]{2}[-_./][0-9]{3,7})"
)


def case_ref_problem(text: str) -> str | None:
    """Why ``text`` cannot be a pseudonymous case reference, or None when it can.

    Refused: names (letters only, words separated by spaces, two capitalised words),
    anything that reads as a date (a birth date must never be used), runs of 8 or more
    digits (record numbers) and national identity numbers.
    """
    ref = text.strip()
    if PLAIN_REF.fullmatch(ref):
        return None
    return _full_problem(ref)


def _full_problem(ref: str) -> str | None:
    if not ref:
        return "the case reference is empty"
    found = _date_in(ref)
    if found:
        return (
            f"it contains {found!r}, which looks like a date; a birth date must never "
            "identify a case: use the facility's pseudonymous case number"
        )
    if any(
        _is_date(1900 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
        for m in _NATIONAL_ID.finditer(ref)
    ):
        return "it looks like a national identity number; use a pseudonymous case number"
    if _LONG_DIGITS.search(ref):
        return (
            "it contains 8 or more digits in a row, which looks like a patient record "
            "number; use a pseudonymous case number"
        )
    words = _WORD.findall(ref)
    if re.search(r"\s", ref):
        lower = [w for w in words if len(w) >= 2 and any(ch.islower() for ch in w)]
        if lower or len(words) >= 2:
            return (
                "it contains words separated by spaces, which looks like a person's name; "
                "use a pseudonymous case number"
            )
        return "it contains spaces; case references are written without spaces"
    if not any(ch.isdigit() for ch in ref):
        return (
            "it has letters but no digits, which looks like a person's name; "
            "use a pseudonymous case number such as IO-2025-0042"
        )
    named = [w for w in words if len(w) >= 2 and any(ch.islower() for ch in w)]
    if len(named) >= 2 or _CAMEL_NAME.search(ref):
        return (
            "it contains two words written like names, which looks like a person's name; "
            "use a pseudonymous case number"
        )
    if len(ref) > MAX_CASE_REF_LEN:
        return f"it is longer than {MAX_CASE_REF_LEN} characters"
    if not _ALLOWED_REF.match(ref):
        return "use only the letters A-Z and a-z, digits and the characters . _ / -"
    return None


def validate_case_ref(text: str) -> str:
    """The case reference, stripped; ValidationError saying why when it is not pseudonymous."""
    problem = case_ref_problem(text)
    if problem:
        raise ValidationError(f"case reference {text.strip()!r} refused: {problem}")
    return text.strip()


def validate_procedure_type(text: str) -> str:
    """A procedure type as free text (e.g. 'microwave ablation'), kept to one CSV field."""
    value = " ".join(text.split())
    if not value:
        return ""
    if "," in value:
        raise ValidationError(f"procedure type {value!r} must not contain a comma")
    if len(value) > MAX_PROCEDURE_TYPE_LEN:
        raise ValidationError(f"procedure type is longer than {MAX_PROCEDURE_TYPE_LEN} characters")
    return value


def parse_procedure_date(text: str) -> date:
    """A procedure date written YYYY-MM-DD."""
    value = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValidationError(f"procedure date {value!r} is not written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"procedure date {value!r} is not a calendar date") from None


# -- the population and its fingerprint ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PopulationCase:
    """One IO procedure of the facility's list: the unit the sample is drawn from."""

    case_ref: str
    procedure_date: date
    procedure_type: str


def make_case(case_ref: str, procedure_date: str | date, procedure_type: str) -> PopulationCase:
    """A checked population case (pseudonymous reference, ISO date, one-field type)."""
    when = (
        procedure_date if isinstance(procedure_date, date) else parse_procedure_date(procedure_date)
    )
    return PopulationCase(
        validate_case_ref(case_ref), when, validate_procedure_type(procedure_type)
    )


def duplicate_key(case_ref: str) -> str:
    """References that differ only in letter case name the same file."""
    return case_ref.casefold()


def canonical_population(cases: Iterable[PopulationCase]) -> bytes:
    """The canonical form: header line, then one line per case sorted by case reference.

    Lines are ``case_ref,YYYY-MM-DD,procedure_type`` ending in LF, UTF-8, sorted by the
    bytes of the case reference; the list order of the source does not matter.
    """
    ordered = sorted(cases, key=lambda c: c.case_ref.encode("utf-8"))
    lines = [CANONICAL_HEADER]
    lines += [f"{c.case_ref},{c.procedure_date.isoformat()},{c.procedure_type}" for c in ordered]
    return ("\n".join(lines) + "\n").encode("utf-8")


def population_fingerprint(cases: Iterable[PopulationCase]) -> str:
    """SHA-256 of the canonical form, as 64 lower-case hex digits."""
    return hashlib.sha256(canonical_population(cases)).hexdigest()


# -- the sampler ------------------------------------------------------------------------------


def normalise_seed(text: str) -> str:
    """The seed as used by the sampler: Unicode NFC, surrounding whitespace removed."""
    seed = unicodedata.normalize("NFC", text).strip()
    if not seed:
        raise ValidationError("the seed is empty; type the dice throws or generate one")
    if len(seed) > MAX_SEED_LEN:
        raise ValidationError(f"the seed is longer than {MAX_SEED_LEN} characters")
    if any(unicodedata.category(ch) == "Cc" for ch in seed):
        raise ValidationError("the seed must not contain line breaks or control characters")
    return seed


def rank_key(seed: str, fingerprint: str, case_ref: str, method: str = METHOD_VERSION) -> bytes:
    """SHA-256 digest of ``method|seed|fingerprint|case_ref`` (UTF-8): a case's lottery ticket."""
    return hashlib.sha256(f"{method}|{seed}|{fingerprint}|{case_ref}".encode()).digest()


def draw_sample(
    case_refs: Iterable[str], seed: str, fingerprint: str, n: int = DEFAULT_SAMPLE_SIZE
) -> list[str]:
    """The first ``n`` case references by ascending rank key (all of them when fewer).

    Ties (which would need a SHA-256 collision) fall back to the case reference's bytes.
    """
    if n < 1:
        raise ValidationError("the sample size must be at least 1")
    clean_seed = normalise_seed(seed)
    ranked = sorted(
        case_refs,
        key=lambda ref: (rank_key(clean_seed, fingerprint, ref), ref.encode("utf-8")),
    )
    return ranked[:n]


def generate_seed() -> str:
    """A fresh random seed to show the facility (when no dice are at hand)."""
    import secrets

    words = secrets.token_hex(6)
    return f"{words[:4]}-{words[4:8]}-{words[8:]}"


@dataclass(frozen=True, slots=True)
class Draw:
    """A recorded draw: what went in and what came out, so it can be verified."""

    id: str
    visit_id: str
    seed: str
    fingerprint: str
    method_version: str
    population_size: int
    n_requested: int
    case_refs: tuple[str, ...]
    drawn_at: datetime
    drawn_by: str
    superseded: bool = False


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of recomputing a recorded draw from the current population."""

    ok: bool
    message: str
    recomputed: tuple[str, ...] = ()


def verify_draw(draw: Draw, population: Sequence[PopulationCase]) -> Verification:
    """Recompute ``draw`` from the population and say whether it matches, and if not why."""
    if draw.method_version != METHOD_VERSION:
        return Verification(
            False, f"the draw used method {draw.method_version}; this app knows {METHOD_VERSION}"
        )
    fingerprint = population_fingerprint(population)
    if fingerprint != draw.fingerprint:
        return Verification(
            False,
            f"the population has changed since the draw: fingerprint now {fingerprint}, "
            f"recorded {draw.fingerprint}",
        )
    again = tuple(
        draw_sample((c.case_ref for c in population), draw.seed, fingerprint, draw.n_requested)
    )
    if again != draw.case_refs:
        return Verification(
            False, "the recorded cases differ from the recomputed draw", recomputed=again
        )
    return Verification(
        True,
        f"draw verified: {len(again)} of {len(population)} cases, seed {draw.seed!r}, "
        f"{draw.method_version}, fingerprint {fingerprint}",
        recomputed=again,
    )


# -- review results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewedCase:
    """One drawn case with its answers, grade and note, in draw order."""

    position: int  # 1-based place in the draw order
    case_ref: str
    procedure_date: date | None
    procedure_type: str
    answers: Mapping[str, CaseAnswer]
    grade: str | None
    note: str

    def is_complete(self, question_keys: Iterable[str]) -> bool:
        """True when every question has an answer (yes, no or not applicable)."""
        return all(k in self.answers for k in question_keys)


def summarise(
    draw: Draw,
    questions: Sequence[CaseReviewQuestion],
    cases: Sequence[ReviewedCase],
) -> CaseReviewSummary:
    """Compliance per question and overall, complete / drawn, and the complication grades."""
    keys = [q.key for q in questions]
    compliance: list[QuestionCompliance] = []
    for q in questions:
        given = [c.answers.get(q.key) for c in cases]
        compliance.append(
            QuestionCompliance(
                key=q.key,
                short=q.short,
                text=q.text,
                yes=given.count(CaseAnswer.YES),
                no=given.count(CaseAnswer.NO),
                na=given.count(CaseAnswer.NA),
                unanswered=given.count(None),
            )
        )
    grades = {g: 0 for g in (*COMPLICATION_GRADES, UNRECORDED_GRADE)}
    for c in cases:
        grades[c.grade or UNRECORDED_GRADE] += 1
    return CaseReviewSummary(
        population_size=draw.population_size,
        population_fingerprint=draw.fingerprint,
        seed=draw.seed,
        method_version=draw.method_version,
        drawn_at=draw.drawn_at,
        drawn_by=draw.drawn_by,
        sample_size=len(cases),
        cases_complete=sum(c.is_complete(keys) for c in cases),
        questions=tuple(compliance),
        complication_grades=grades,
    )
