"""The facility's own account (the application form): its self-assessment of each
requirement, its annual volumes and its internal case review, and how that account
compares with the assessor's findings. Pure: the assessor's rating stays the finding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from assessor_app.domain.case_review import CaseAnswer, duplicate_key
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import ProcedureType

# What a facility may claim: every rating but "not assessed" (a facility answers for itself).
CLAIMS: tuple[Rating, ...] = (Rating.MET, Rating.PARTIAL, Rating.NOT_MET, Rating.NA)
MAX_EVIDENCE_NAMES = 50


@dataclass(frozen=True, slots=True)
class SelfAssessment:
    """The facility's claim for one requirement, as the workbook gave it."""

    key: str
    status: Rating | None
    justification: str = ""
    evidence: tuple[str, ...] = ()
    comment: str = ""

    @property
    def is_empty(self) -> bool:
        return self.status is None and not (self.justification or self.evidence or self.comment)


@dataclass(frozen=True, slots=True)
class FacilityCase:
    """One case file of the facility's internal case review, with its answers."""

    case_ref: str
    procedure_date: date
    procedure_type: str
    answers: Mapping[str, CaseAnswer] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FacilityAccount:
    """Everything the facility said about itself for one visit (empty before an import)."""

    claims: Mapping[str, SelfAssessment] = field(default_factory=dict)
    volumes: Mapping[ProcedureType, int] = field(default_factory=dict)
    cases: tuple[FacilityCase, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.claims and not self.volumes and not self.cases


def evidence_lines(text: str) -> tuple[str, ...]:
    """Document names written in one cell, one per line or separated by ';'."""
    names = (part.strip() for line in text.splitlines() for part in line.split(";"))
    return tuple(n for n in names if n)


def disagrees(claim: SelfAssessment | None, rating: Rating | None) -> bool:
    """Both sides answered and the answers differ ("not assessed" is no answer)."""
    if claim is None or claim.status is None or rating is None or not rating.is_answer:
        return False
    return claim.status is not rating


def claims_met_unrated(claim: SelfAssessment | None, rating: Rating | None) -> bool:
    """The facility says met and the assessor has not rated it yet."""
    return claim is not None and claim.status is Rating.MET and rating is None


@dataclass(frozen=True, slots=True)
class Agreement:
    """How the facility's claims compare with the assessor's ratings."""

    claimed: int  # requirements the facility gave a status for
    compared: int  # of those, rated by the assessor
    agree: int
    differ: tuple[str, ...]  # requirement keys, in checklist order


def agreement(
    keys: Iterable[str], claims: Mapping[str, SelfAssessment], ratings: Mapping[str, Rating | None]
) -> Agreement:
    """Agreement over ``keys`` (checklist order)."""
    claimed = compared = agree = 0
    differ: list[str] = []
    for key in keys:
        claim = claims.get(key)
        if claim is None or claim.status is None:
            continue
        claimed += 1
        rating = ratings.get(key)
        if rating is None or not rating.is_answer:
            continue
        compared += 1
        if rating is claim.status:
            agree += 1
        else:
            differ.append(key)
    return Agreement(claimed, compared, agree, tuple(differ))


@dataclass(frozen=True, slots=True)
class QuestionAgreement:
    """One case-review question: the facility's answers against the assessor's."""

    key: str
    compared: int  # drawn cases both sides answered
    agree: int
    differing_cases: tuple[str, ...]

    @property
    def rate(self) -> float | None:
        return self.agree / self.compared if self.compared else None


def compare_case_review(
    question_keys: Iterable[str],
    facility: Iterable[FacilityCase],
    assessor: Mapping[str, Mapping[str, CaseAnswer]],
) -> tuple[QuestionAgreement, ...]:
    """Question by question over the cases both reviewed (the assessor's drawn cases);
    ``assessor`` maps a case reference to its answers."""
    by_ref = {c.case_ref: c for c in facility}
    out: list[QuestionAgreement] = []
    for q in question_keys:
        compared = agree = 0
        differing: list[str] = []
        for ref, answers in assessor.items():
            theirs = by_ref.get(ref)
            ours = answers.get(q)
            if theirs is None or ours is None or q not in theirs.answers:
                continue
            compared += 1
            if theirs.answers[q] is ours:
                agree += 1
            else:
                differing.append(ref)
        out.append(QuestionAgreement(q, compared, agree, tuple(differing)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class FacilityReview:
    """The facility's internal case review against the assessor's, question by question."""

    cases: tuple[FacilityCase, ...]
    questions: tuple[QuestionAgreement, ...]
    # question key -> answer ("yes", "no", "na") -> how many of the facility's cases gave it
    answer_counts: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


def facility_review_of(
    facility_cases: tuple[FacilityCase, ...],
    question_keys: list[str],
    assessor: Mapping[str, Mapping[str, CaseAnswer]],
) -> FacilityReview:
    """The facility's internal case review against the assessor's answers (``assessor``:
    case reference -> answers, as the assessors reviewed the drawn cases). Case references
    are compared folded, and named as the facility wrote them."""
    folded = [
        FacilityCase(duplicate_key(c.case_ref), c.procedure_date, c.procedure_type, c.answers)
        for c in facility_cases
    ]
    answers = {duplicate_key(ref): given for ref, given in assessor.items()}
    spelled = {duplicate_key(c.case_ref): c.case_ref for c in facility_cases}
    compared = tuple(
        QuestionAgreement(
            q.key, q.compared, q.agree, tuple(spelled.get(r, r) for r in q.differing_cases)
        )
        for q in compare_case_review(question_keys, folded, answers)
    )
    counts = {
        q: {a.value: sum(1 for c in facility_cases if c.answers.get(q) is a) for a in CaseAnswer}
        for q in question_keys
    }
    return FacilityReview(cases=facility_cases, questions=compared, answer_counts=counts)
