"""The pure rules of evidence requests: the allowed steps, the due dates, and what a
request not yet accepted or rejected does to the outcome."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from assessor_app.domain.evidence_requests import (
    DueProblem,
    EvidenceRequest,
    RequestStatus,
    TransitionProblem,
    awaiting_keys,
    due_date_problem,
    open_requests,
    transition_problem,
)
from assessor_app.domain.outcome import FindingState, ReasonCode, Tier, describe, evaluate
from assessor_app.domain.ratings import Rating
from tests.test_outcome import CORE, EXTENDED, REQS, all_met

OP, RC, A, RJ = (RequestStatus.OPEN, RequestStatus.RECEIVED, RequestStatus.ACCEPTED,
                RequestStatus.REJECTED)  # fmt: skip
TODAY = date(2026, 12, 2)


def request(key: str, status: RequestStatus, due: date = TODAY, n: int = 0) -> EvidenceRequest:
    return EvidenceRequest(
        id=f"00000000-0000-4000-8000-{n:012d}", visit_id="v", requirement_key=key,
        what="SOP", due_date=due, status=status, created_at=datetime(2026, 12, 1, tzinfo=UTC),
    )  # fmt: skip


def run(awaiting: frozenset[str] = frozenset(), findings=None):
    return evaluate(
        REQS, findings or all_met(), case_review_complete=True, annual_procedures=200,
        awaiting_evidence=awaiting,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("current", "new", "problem"),
    [
        (OP, RC, None), (RC, A, None), (RC, RJ, None),
        (OP, A, TransitionProblem.SKIPS), (OP, RJ, TransitionProblem.SKIPS),
        (RC, OP, TransitionProblem.BACKWARDS), (OP, OP, TransitionProblem.SAME),
        (A, RJ, TransitionProblem.FINAL), (RJ, OP, TransitionProblem.FINAL),
        (A, A, TransitionProblem.SAME),
    ],
)  # fmt: skip
def test_a_request_moves_forward_only(current, new, problem):
    assert transition_problem(current, new) is problem


def test_due_date_rules():
    start = date(2026, 11, 30)
    assert due_date_problem(TODAY, start, TODAY) is None
    assert due_date_problem(TODAY + timedelta(days=366), start, TODAY) is None
    assert due_date_problem(TODAY + timedelta(days=367), start, TODAY) is DueProblem.TOO_FAR
    assert due_date_problem(TODAY - timedelta(days=1), start, TODAY) is DueProblem.PAST
    assert due_date_problem(date(2026, 11, 29), start, TODAY) is DueProblem.BEFORE_VISIT
    # A planned visit: requests asked ahead of it fall due on or after its first day.
    later = date(2027, 1, 10)
    assert due_date_problem(date(2027, 1, 9), later, TODAY) is DueProblem.BEFORE_VISIT
    assert due_date_problem(TODAY, None, TODAY) is None


def test_only_open_requests_past_their_day_are_overdue_and_in_the_letter():
    late = request("1.a", OP, TODAY - timedelta(days=1), 1)
    due_today = request("1.b", OP, TODAY, 2)
    received = request("1.c", RC, TODAY - timedelta(days=9), 3)
    assert late.is_overdue(TODAY) and not due_today.is_overdue(TODAY)
    assert not received.is_overdue(TODAY)
    assert open_requests([due_today, received, late]) == [late, due_today]


def test_undecided_requests_hold_their_requirements_back():
    requests = [request("1.a", OP, n=1), request("1.b", RC, n=2), request("1.c", A, n=3),
                request("1.d", RJ, n=4)]  # fmt: skip
    assert awaiting_keys(requests) == {"1.a", "1.b"}


def test_a_met_core_requirement_awaiting_evidence_is_not_yet_decided():
    key = CORE[0]
    assert run().tier is Tier.EXCELLENCE
    outcome = run(frozenset({key}))
    assert outcome.tier is Tier.NOT_YET
    assert outcome.keys_for(ReasonCode.EVIDENCE_REQUESTED) == [key]
    (reason,) = outcome.reasons
    assert reason.blocks is Tier.ACCREDITED
    assert describe(outcome) == [f"1 requirement waiting for requested evidence: {key}"]


def test_an_extended_requirement_awaiting_evidence_stands_only_before_excellence():
    key = EXTENDED[0]
    outcome = run(frozenset({key}))
    assert outcome.tier is Tier.ACCREDITED
    (reason,) = outcome.reasons
    assert (reason.code, reason.key, reason.blocks) == (
        ReasonCode.EVIDENCE_REQUESTED, key, Tier.EXCELLENCE,
    )  # fmt: skip


def test_the_wait_replaces_the_rating_reason_and_a_justified_na_is_not_accepted_meanwhile():
    findings = all_met()
    not_met, na = CORE[0], CORE[1]
    findings[not_met] = FindingState(Rating.NOT_MET)
    findings[na] = FindingState(Rating.NA, "no paediatric service")
    outcome = run(frozenset({not_met, na}), findings)
    assert outcome.keys_for(ReasonCode.CORE_NOT_MET) == []
    assert outcome.keys_for(ReasonCode.EVIDENCE_REQUESTED) == [not_met, na]
    assert outcome.core_na_accepted == ()
    # Decided: the rating speaks again.
    decided = run(frozenset(), findings)
    assert decided.keys_for(ReasonCode.CORE_NOT_MET) == [not_met]
    assert decided.core_na_accepted == (na,)
