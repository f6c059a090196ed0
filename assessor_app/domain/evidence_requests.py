"""Evidence the assessors ask the facility for after (or during) the visit, and the rules of
its life: what may follow what, which due dates make sense, which requests are overdue.

IASIOS gives its decision only once every requested piece of evidence has been submitted
and judged, so a requirement with a request still open or received is not yet decided,
whatever its rating says (see ``outcome``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError


class RequestStatus(StrEnum):
    OPEN = "open"  # asked for, nothing received yet
    RECEIVED = "received"  # the facility sent something; the assessors have not judged it
    ACCEPTED = "accepted"  # it shows the requirement is met as rated
    REJECTED = "rejected"  # it does not; the rating stands on what was seen on site

    @property
    def decided(self) -> bool:
        return self in (RequestStatus.ACCEPTED, RequestStatus.REJECTED)


# Forward only: evidence is judged after it arrives, and a judgement is final. When rejected
# evidence may be sent again, that is a new request with its own due date, so the letter and
# the history say what was asked twice.
ALLOWED_NEXT: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.OPEN: frozenset({RequestStatus.RECEIVED}),
    RequestStatus.RECEIVED: frozenset({RequestStatus.ACCEPTED, RequestStatus.REJECTED}),
    RequestStatus.ACCEPTED: frozenset(),
    RequestStatus.REJECTED: frozenset(),
}

# A due date further ahead than this is almost always a typing slip (2062 for 2026).
MAX_DUE_AHEAD = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class EvidenceRequest:
    id: str
    visit_id: str
    requirement_key: str
    what: str
    due_date: date
    status: RequestStatus
    created_at: datetime

    def is_overdue(self, today: date) -> bool:
        """Still waited for (open) after its due day."""
        return self.status is RequestStatus.OPEN and self.due_date < today


class TransitionProblem(StrEnum):
    SAME = "same"  # already in that status
    FINAL = "final"  # accepted or rejected: nothing follows
    SKIPS = "skips"  # e.g. open -> accepted: evidence is judged only once it has arrived
    BACKWARDS = "backwards"  # e.g. received -> open


def transition_problem(current: RequestStatus, new: RequestStatus) -> TransitionProblem | None:
    """Why ``current`` may not become ``new``, or None when it may."""
    if new in ALLOWED_NEXT[current]:
        return None
    if new is current:
        return TransitionProblem.SAME
    if current.decided:
        return TransitionProblem.FINAL
    order = list(RequestStatus)
    if order.index(new) < order.index(current):
        return TransitionProblem.BACKWARDS
    return TransitionProblem.SKIPS


def transition_refusal(current: RequestStatus, new: RequestStatus) -> ValidationError | None:
    """The coded error refusing ``current`` -> ``new``, or None when it may happen. The
    service raises it; each front words the code (the CLI in English, the GUI translated)."""
    problem = transition_problem(current, new)
    if problem is None:
        return None
    code = {
        TransitionProblem.SAME: ErrorCode.REQUEST_ALREADY_IN_STATUS,
        TransitionProblem.FINAL: ErrorCode.REQUEST_DECIDED,
        TransitionProblem.SKIPS: ErrorCode.REQUEST_NOT_RECEIVED_YET,
        TransitionProblem.BACKWARDS: ErrorCode.REQUEST_CANNOT_GO_BACK,
    }[problem]
    allowed = " or ".join(sorted(s.value for s in ALLOWED_NEXT[current]))
    return ValidationError.coded(code, status=current.value, new=new.value, allowed=allowed)


class DueProblem(StrEnum):
    BEFORE_VISIT = "before-visit"
    PAST = "past"
    TOO_FAR = "too-far"


def due_date_problem(due: date, visit_start: date | None, today: date) -> DueProblem | None:
    """Why ``due`` cannot be a new request's due date, or None.

    A request is due on or after the visit's first day (asked for during or after the visit)
    and not before the day it is made; and within a year of it.
    """
    if visit_start is not None and due < visit_start:
        return DueProblem.BEFORE_VISIT
    if due < today:
        return DueProblem.PAST
    if due > today + MAX_DUE_AHEAD:
        return DueProblem.TOO_FAR
    return None


def due_date_refusal(due: date, visit_start: date | None, today: date) -> ValidationError | None:
    """The coded error refusing ``due`` as a new request's due date, or None."""
    problem = due_date_problem(due, visit_start, today)
    if problem is None:
        return None
    code = {
        DueProblem.BEFORE_VISIT: ErrorCode.REQUEST_DUE_BEFORE_VISIT,
        DueProblem.PAST: ErrorCode.REQUEST_DUE_PAST,
        DueProblem.TOO_FAR: ErrorCode.REQUEST_DUE_TOO_FAR,
    }[problem]
    # Dates as dates: the English prints them ISO, the GUI in the user's format.
    return ValidationError.coded(code, due=due, start=visit_start or "")


def awaiting_keys(requests: Iterable[EvidenceRequest]) -> frozenset[str]:
    """Requirements with a request not yet accepted or rejected."""
    return frozenset(r.requirement_key for r in requests if not r.status.decided)


def open_requests(requests: Iterable[EvidenceRequest]) -> list[EvidenceRequest]:
    """What the letter to the facility lists: still open, soonest due first."""
    return sorted(
        (r for r in requests if r.status is RequestStatus.OPEN),
        key=lambda r: (r.due_date, r.requirement_key, r.created_at),
    )
