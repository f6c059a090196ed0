"""One transaction: its session, its one change log writer, its one clock and the
repositories built on them.

Every repository of a transaction is made here, so all of them stamp change records from
the same clock row and write through the same writer; nothing is shared by side channels
(``session.info``) and no service builds a repository by hand.
"""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.orm import Session

from assessor_app.persistence.case_review_repository import CaseReviewRepository
from assessor_app.persistence.change_writer import ChangeWriter
from assessor_app.persistence.conflict_store import ConflictStore
from assessor_app.persistence.evidence_request_repository import EvidenceRequestRepository
from assessor_app.persistence.report_repository import ReportRepository
from assessor_app.persistence.self_assessment_repository import SelfAssessmentRepository
from assessor_app.persistence.sync_repository import SyncRepository
from assessor_app.persistence.transaction_clock import TransactionClock
from assessor_app.persistence.trust_repository import TrustRepository
from assessor_app.persistence.visit_repository import VisitRepository


class UnitOfWork:
    def __init__(self, session: Session, author: str, device_id: str) -> None:
        self.session = session
        self.clock = TransactionClock(session, device_id)
        self.changes = ChangeWriter(session, author, device_id, self.clock)
        self.conflicts = ConflictStore(session, self.changes)
        # An edit of a field in conflict decides it: the writer asks the store.
        self.changes.decider = self.conflicts

    @cached_property
    def visits(self) -> VisitRepository:
        return VisitRepository(self.changes)

    @cached_property
    def case_review(self) -> CaseReviewRepository:
        return CaseReviewRepository(self.changes, self.visits)

    @cached_property
    def evidence_requests(self) -> EvidenceRequestRepository:
        return EvidenceRequestRepository(self.changes, self.visits)

    @cached_property
    def self_assessment(self) -> SelfAssessmentRepository:
        return SelfAssessmentRepository(self.changes, self.visits)

    @cached_property
    def sync(self) -> SyncRepository:
        return SyncRepository(self.changes, self.conflicts)

    @cached_property
    def trust(self) -> TrustRepository:
        return TrustRepository(self.session, self.changes.author)

    @cached_property
    def reports(self) -> ReportRepository:
        return ReportRepository(self.changes)
