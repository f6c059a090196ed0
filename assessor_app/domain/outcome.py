"""The accreditation outcome rules and the progress figures.

Accredited Centre: every core requirement met (a core 'not applicable' counts only with a
justification), the internal case review complete, and at least 150 therapeutic IO
procedures a year. Centre of Excellence: all that, and every extended requirement met.
Extended answers never compensate for core ones. A requirement whose requested evidence has
not been accepted or rejected yet is not decided, whatever its rating.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from assessor_app.domain.ratings import Rating
from assessor_app.domain.template import ChecklistTemplate, Requirement
from assessor_app.domain.visit import MIN_ANNUAL_PROCEDURES


class Tier(StrEnum):
    NOT_YET = "not-yet"
    ACCREDITED = "accredited"
    EXCELLENCE = "excellence"

    @property
    def label(self) -> str:
        return {
            Tier.NOT_YET: "Not yet",
            Tier.ACCREDITED: "Accredited Centre",
            Tier.EXCELLENCE: "Centre of Excellence",
        }[self]


class ReasonCode(StrEnum):
    CORE_NOT_MET = "core-not-met"
    CORE_UNANSWERED = "core-unanswered"
    CORE_NA_UNJUSTIFIED = "core-na-unjustified"
    CASE_REVIEW_INCOMPLETE = "case-review-incomplete"
    VOLUME_BELOW_THRESHOLD = "volume-below-threshold"
    EXTENDED_NOT_MET = "extended-not-met"
    EXTENDED_UNANSWERED = "extended-unanswered"
    EXTENDED_NA_UNJUSTIFIED = "extended-na-unjustified"
    EVIDENCE_REQUESTED = "evidence-requested"


_BLOCKS_ACCREDITATION = {
    ReasonCode.CORE_NOT_MET,
    ReasonCode.CORE_UNANSWERED,
    ReasonCode.CORE_NA_UNJUSTIFIED,
    ReasonCode.CASE_REVIEW_INCOMPLETE,
    ReasonCode.VOLUME_BELOW_THRESHOLD,
}


@dataclass(frozen=True, slots=True)
class Reason:
    code: ReasonCode
    key: str | None = None
    detail: str = ""

    @property
    def blocks(self) -> Tier:
        """The lowest tier this reason stands in the way of."""
        if self.code is ReasonCode.EVIDENCE_REQUESTED:
            # One code for both kinds: what it holds up is the requirement's own weight.
            return Tier.ACCREDITED if self.detail == "core" else Tier.EXCELLENCE
        return Tier.ACCREDITED if self.code in _BLOCKS_ACCREDITATION else Tier.EXCELLENCE


@dataclass(frozen=True, slots=True)
class FindingState:
    """The parts of a finding the rules look at."""

    rating: Rating | None
    justification: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    tier: Tier
    reasons: tuple[Reason, ...]
    core_na_accepted: tuple[str, ...]

    def keys_for(self, code: ReasonCode) -> list[str]:
        return [r.key for r in self.reasons if r.code is code and r.key]


@dataclass(frozen=True, slots=True)
class SectionProgress:
    key: str
    title: str
    answered: int
    total: int
    core_answered: int
    core_total: int
    met: int
    partial: int
    not_met: int
    na: int


@dataclass(frozen=True, slots=True)
class Progress:
    answered: int
    total: int
    core_answered: int
    core_total: int
    sections: tuple[SectionProgress, ...]


def _requirement_reason(
    req: Requirement, state: FindingState | None, awaiting: Collection[str] = ()
) -> Reason | None:
    """Why one requirement is not (yet) acceptable, or None when it is."""
    if req.key in awaiting:
        # The rating may still change on what arrives: the only true reason is the wait.
        return Reason(ReasonCode.EVIDENCE_REQUESTED, req.key, "core" if req.core else "extended")
    rating = state.rating if state else None
    if rating in (Rating.NOT_MET, Rating.PARTIAL):
        code = ReasonCode.CORE_NOT_MET if req.core else ReasonCode.EXTENDED_NOT_MET
        return Reason(code, req.key, rating.value)
    if rating is None or rating is Rating.NOT_ASSESSED:
        code = ReasonCode.CORE_UNANSWERED if req.core else ReasonCode.EXTENDED_UNANSWERED
        return Reason(code, req.key)
    if rating is Rating.NA and not (state and state.justification.strip()):
        code = ReasonCode.CORE_NA_UNJUSTIFIED if req.core else ReasonCode.EXTENDED_NA_UNJUSTIFIED
        return Reason(code, req.key)
    return None


def evaluate(
    requirements: Iterable[Requirement],
    findings: Mapping[str, FindingState],
    *,
    case_review_complete: bool,
    annual_procedures: int,
    awaiting_evidence: Collection[str] = frozenset(),
) -> Outcome:
    """The recommended tier and every reason that stands between the visit and a higher one.

    ``awaiting_evidence``: keys of requirements with a request not yet accepted or rejected.
    """
    reqs = list(requirements)
    reasons: list[Reason] = []
    accepted_na: list[str] = []
    for req in (r for r in reqs if r.core):
        state = findings.get(req.key)
        reason = _requirement_reason(req, state, awaiting_evidence)
        if reason:
            reasons.append(reason)
        elif state and state.rating is Rating.NA:
            accepted_na.append(req.key)
    if not case_review_complete:
        reasons.append(Reason(ReasonCode.CASE_REVIEW_INCOMPLETE))
    if annual_procedures < MIN_ANNUAL_PROCEDURES:
        reasons.append(
            Reason(
                ReasonCode.VOLUME_BELOW_THRESHOLD,
                detail=f"{annual_procedures} < {MIN_ANNUAL_PROCEDURES}",
            )
        )
    blocking = bool(reasons)
    for req in (r for r in reqs if not r.core):
        reason = _requirement_reason(req, findings.get(req.key), awaiting_evidence)
        if reason:
            reasons.append(reason)
    if blocking:
        tier = Tier.NOT_YET
    elif any(r.blocks is Tier.EXCELLENCE for r in reasons):
        tier = Tier.ACCREDITED
    else:
        tier = Tier.EXCELLENCE
    return Outcome(tier, tuple(reasons), tuple(accepted_na))


def is_answered(state: FindingState | None) -> bool:
    return state is not None and state.rating is not None and state.rating.is_answer


def progress(template: ChecklistTemplate, findings: Mapping[str, FindingState]) -> Progress:
    """Answered / total overall, for core requirements, and per section."""
    sections: list[SectionProgress] = []
    for section in template.sections:
        reqs = [r for st in section.standards for r in st.requirements]
        states = [findings.get(r.key) for r in reqs]
        ratings = [s.rating if s else None for s in states]
        sections.append(
            SectionProgress(
                key=section.key,
                title=section.title,
                answered=sum(is_answered(s) for s in states),
                total=len(reqs),
                core_answered=sum(
                    is_answered(s) for r, s in zip(reqs, states, strict=True) if r.core
                ),
                core_total=sum(r.core for r in reqs),
                met=ratings.count(Rating.MET),
                partial=ratings.count(Rating.PARTIAL),
                not_met=ratings.count(Rating.NOT_MET),
                na=ratings.count(Rating.NA),
            )
        )
    return Progress(
        answered=sum(s.answered for s in sections),
        total=sum(s.total for s in sections),
        core_answered=sum(s.core_answered for s in sections),
        core_total=sum(s.core_total for s in sections),
        sections=tuple(sections),
    )


def describe(outcome: Outcome) -> list[str]:
    """Reasons grouped into short sentences: '3 core requirements not fully met: 1.c, 6.b'.

    "Not fully met" covers "not met" and "partially met": only "met" counts.
    """
    lines: list[str] = []
    groups: dict[ReasonCode, list[Reason]] = {}
    for reason in outcome.reasons:
        groups.setdefault(reason.code, []).append(reason)
    for code, items in groups.items():
        keys = ", ".join(r.key for r in items if r.key)
        n = len(items)
        text = {
            ReasonCode.CORE_NOT_MET: f"{n} core requirement{'s' * (n != 1)} not fully met: {keys}",
            ReasonCode.CORE_UNANSWERED: f"{n} core requirement{'s' * (n != 1)} "
            f"not yet answered: {keys}",
            ReasonCode.CORE_NA_UNJUSTIFIED: f"{n} core 'not applicable' without "
            f"justification: {keys}",
            ReasonCode.CASE_REVIEW_INCOMPLETE: "Internal case review of 30 files not complete",
            ReasonCode.VOLUME_BELOW_THRESHOLD: "Annual therapeutic IO procedures below 150 "
            f"({items[0].detail})",
            ReasonCode.EXTENDED_NOT_MET: f"{n} extended requirement{'s' * (n != 1)} "
            f"not fully met: {keys}",
            ReasonCode.EXTENDED_UNANSWERED: f"{n} extended requirement{'s' * (n != 1)} "
            f"not yet answered: {keys}",
            ReasonCode.EXTENDED_NA_UNJUSTIFIED: f"{n} extended 'not applicable' without "
            f"justification: {keys}",
            ReasonCode.EVIDENCE_REQUESTED: f"{n} requirement{'s' * (n != 1)} waiting for "
            f"requested evidence: {keys}",
        }[code]
        lines.append(text)
    return lines
