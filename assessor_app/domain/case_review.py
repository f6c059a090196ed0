"""The internal case review: pseudonymous case references, the population fingerprint,
the verifiable sampler and the compliance figures.

Everything here is pure and deterministic; docs/sampling.md describes the fingerprint and
the sampler byte by byte, so anyone can re-implement them and check a draw.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

# Re-exported: the case review's public face for references stays this module.
from assessor_app.domain.case_ref_rules import (  # noqa: F401
    ADVICE,
    MAX_CASE_REF_LEN,
    PLAIN_REF,
    case_ref_problem,
)
from assessor_app.domain.case_ref_rules import full_problem as _full_problem  # noqa: F401
from assessor_app.domain.case_review_summary import CaseReviewSummary, QuestionCompliance
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.template import CaseReviewQuestion

# Changing anything in the canonical form or the ranking needs a new version string.
METHOD_VERSION = "iasios-sample-v1"
CANONICAL_HEADER = "case_ref,procedure_date,procedure_type"
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
        raise ValidationError.coded(ErrorCode.UNKNOWN_ANSWER, text=text) from None


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
        raise ValidationError.coded(ErrorCode.UNKNOWN_COMPLICATION_GRADE, text=text)
    return word


# -- pseudonymous case references (the rules live in case_ref_rules) ----------------------


class CaseRefRefusedError(ValidationError):
    """A case reference that could identify the patient; ``refusal`` says which and why,
    the message adds what to use instead."""

    def __init__(self, ref: str, problem: str) -> None:
        self.refusal = f"case reference {ref!r} refused: {problem}"
        super().__init__(f"{self.refusal}; {ADVICE}")


def validate_case_ref(text: str) -> str:
    """The case reference, stripped; CaseRefRefusedError saying why when it is not
    pseudonymous."""
    problem = case_ref_problem(text)
    if problem:
        raise CaseRefRefusedError(text.strip(), problem)
    return text.strip()


def validate_procedure_type(text: str) -> str:
    """A procedure type as free text (e.g. 'microwave ablation'), kept to one CSV field."""
    value = " ".join(text.split())
    if not value:
        return ""
    if "," in value:
        raise ValidationError.coded(ErrorCode.PROCEDURE_TYPE_HAS_COMMA, value=value)
    if len(value) > MAX_PROCEDURE_TYPE_LEN:
        raise ValidationError.coded(ErrorCode.PROCEDURE_TYPE_TOO_LONG, most=MAX_PROCEDURE_TYPE_LEN)
    return value


def parse_procedure_date(text: str) -> date:
    """A procedure date written YYYY-MM-DD."""
    value = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValidationError.coded(ErrorCode.PROCEDURE_DATE_FORMAT, value=value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError.coded(ErrorCode.PROCEDURE_DATE_INVALID, value=value) from None


# The most procedures a population may hold: a facility's list of the period under review
# has hundreds; a bigger file is the wrong export (docs/sampling.md).
MAX_POPULATION = 100_000
# A procedure in the review took place in the years before the visit, not decades ago (an
# old date is a typo or, worse, a birth date in the wrong column).
PROCEDURE_YEARS_BACK = 10


@dataclass(frozen=True, slots=True)
class ProcedurePeriod:
    """The dates a procedure of the visit's population may carry, both days included."""

    earliest: date
    latest: date
    latest_is: str  # what the last day is, said in a refusal: "the visit's last day", "today"


def procedure_period(
    visit_start: date | None, visit_end: date | None, today: date
) -> ProcedurePeriod:
    """No procedure after the visit (its last day, else its first) nor after today; none
    more than PROCEDURE_YEARS_BACK years before that."""
    visit_day = visit_end or visit_start
    if visit_day is not None and visit_day <= today:
        latest, latest_is = visit_day, "the visit's last day" if visit_end else "the visit's day"
    else:
        latest, latest_is = today, "today"
    try:
        earliest = latest.replace(year=latest.year - PROCEDURE_YEARS_BACK)
    except ValueError:  # 29 February
        earliest = latest.replace(year=latest.year - PROCEDURE_YEARS_BACK, day=28)
    return ProcedurePeriod(earliest, latest, latest_is)


def procedure_date_refusal(when: date, period: ProcedurePeriod) -> ValidationError | None:
    """The coded error saying why ``when`` cannot be the date of a procedure under review,
    or None."""
    if when > period.latest:
        return ValidationError.coded(
            ErrorCode.PROCEDURE_DATE_AFTER_PERIOD,
            when=when,
            latest_is=period.latest_is,
            latest=period.latest,
        )
    if when < period.earliest:
        return ValidationError.coded(
            ErrorCode.PROCEDURE_DATE_TOO_OLD,
            when=when,
            years=PROCEDURE_YEARS_BACK,
            latest_is=period.latest_is,
            latest=period.latest,
        )
    return None


def procedure_date_problem(when: date, period: ProcedurePeriod) -> str | None:
    """The English of ``procedure_date_refusal`` (for bundle checks, which embed it)."""
    refusal = procedure_date_refusal(when, period)
    return None if refusal is None else str(refusal)


# -- the population and its fingerprint ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PopulationCase:
    """One IO procedure of the facility's list: the unit the sample is drawn from."""

    case_ref: str
    procedure_date: date
    procedure_type: str


def make_case(
    case_ref: str,
    procedure_date: str | date,
    procedure_type: str,
    period: ProcedurePeriod | None = None,
) -> PopulationCase:
    """A checked population case (pseudonymous reference, ISO date within ``period`` when
    given, one-field type)."""
    when = (
        procedure_date if isinstance(procedure_date, date) else parse_procedure_date(procedure_date)
    )
    refusal = procedure_date_refusal(when, period) if period else None
    if refusal is not None:
        raise refusal
    return PopulationCase(
        validate_case_ref(case_ref), when, validate_procedure_type(procedure_type)
    )


def duplicate_key(case_ref: str) -> str:
    """References that differ only in letter case name the same file."""
    return case_ref.casefold()


def _canonical_lines(cases: Iterable[PopulationCase]) -> Iterator[bytes]:
    ordered = sorted(cases, key=lambda c: c.case_ref.encode("utf-8"))
    yield (CANONICAL_HEADER + "\n").encode("utf-8")
    for c in ordered:
        yield f"{c.case_ref},{c.procedure_date.isoformat()},{c.procedure_type}\n".encode()


def canonical_population(cases: Iterable[PopulationCase]) -> bytes:
    """The canonical form: header line, then one line per case sorted by case reference.

    Lines are ``case_ref,YYYY-MM-DD,procedure_type`` ending in LF, UTF-8, sorted by the
    bytes of the case reference; the list order of the source does not matter.
    """
    return b"".join(_canonical_lines(cases))


def population_fingerprint(cases: Iterable[PopulationCase]) -> str:
    """SHA-256 of the canonical form, as 64 lower-case hex digits."""
    digest = hashlib.sha256()
    for line in _canonical_lines(cases):  # line by line: no second copy of a big population
        digest.update(line)
    return digest.hexdigest()


# -- the sampler ------------------------------------------------------------------------------


def normalise_seed(text: str) -> str:
    """The seed as used by the sampler: Unicode NFC, surrounding whitespace removed."""
    seed = unicodedata.normalize("NFC", text).strip()
    if not seed:
        raise ValidationError.coded(ErrorCode.SEED_EMPTY)
    if len(seed) > MAX_SEED_LEN:
        raise ValidationError.coded(ErrorCode.SEED_TOO_LONG, most=MAX_SEED_LEN)
    if any(unicodedata.category(ch) == "Cc" for ch in seed):
        raise ValidationError.coded(ErrorCode.SEED_HAS_CONTROL_CHARACTERS)
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
        raise ValidationError.coded(ErrorCode.SAMPLE_SIZE_TOO_SMALL)
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
