"""All services of one open data dir, built once by the composition root.

Each service is made on first use: a command that only reads a visit does not pay for
importing the report, signing or sync machinery.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from assessor_app.paths import AppPaths
from assessor_app.persistence.database import Database
from assessor_app.templates.library import TemplateLibrary

if TYPE_CHECKING:
    from assessor_app.attachments.store import AttachmentStore
    from assessor_app.services.actions import ActionService
    from assessor_app.services.attachments import AttachmentService
    from assessor_app.services.case_review import CaseReviewService
    from assessor_app.services.demo import DemoService
    from assessor_app.services.evidence_requests import EvidenceRequestService
    from assessor_app.services.findings import FindingService
    from assessor_app.services.identities import IdentityService
    from assessor_app.services.outcome import OutcomeService
    from assessor_app.services.reports import ReportService
    from assessor_app.services.self_assessment import SelfAssessmentService
    from assessor_app.services.sync import SyncService
    from assessor_app.services.templates import TemplateService
    from assessor_app.services.user import UserService
    from assessor_app.services.visits import VisitService


class Services:
    def __init__(self, paths: AppPaths, db: Database) -> None:
        self.paths = paths
        self.db = db
        self.library = TemplateLibrary(
            paths.templates, paths.cache_dir / "validated-templates.json"
        )

    def close(self) -> None:
        self.db.close()

    @cached_property
    def store(self) -> AttachmentStore:
        from assessor_app.attachments.store import AttachmentStore

        return AttachmentStore(self.paths.attachments)

    @cached_property
    def templates(self) -> TemplateService:
        from assessor_app.services.templates import TemplateService

        return TemplateService(self.library)

    @cached_property
    def case_review(self) -> CaseReviewService:
        from assessor_app.services.case_review import CaseReviewService

        return CaseReviewService(self.db, self.library)

    @cached_property
    def visits(self) -> VisitService:
        from assessor_app.services.visits import VisitService

        return VisitService(self.db, self.library, self.case_review)

    @cached_property
    def findings(self) -> FindingService:
        from assessor_app.services.findings import FindingService

        return FindingService(self.db, self.library)

    @cached_property
    def actions(self) -> ActionService:
        from assessor_app.services.actions import ActionService

        return ActionService(self.db, self.findings.check_key)

    @cached_property
    def requests(self) -> EvidenceRequestService:
        from assessor_app.services.evidence_requests import EvidenceRequestService

        return EvidenceRequestService(self.db, self.findings.check_key)

    @cached_property
    def attachments(self) -> AttachmentService:
        from assessor_app.services.attachments import AttachmentService

        return AttachmentService(self.db, self.store, self.findings.check_key)

    @cached_property
    def outcome(self) -> OutcomeService:
        from assessor_app.services.outcome import OutcomeService

        return OutcomeService(self.db, self.library, self.case_review)

    @cached_property
    def demo(self) -> DemoService:
        from assessor_app.services.demo import DemoService

        return DemoService(self.visits, self.actions, self.attachments, self.case_review)

    @cached_property
    def identities(self) -> IdentityService:
        from assessor_app.services.identities import IdentityService

        return IdentityService(self.paths.identities)

    @cached_property
    def reports(self) -> ReportService:
        from assessor_app.services.reports import ReportService

        return ReportService(
            self.db,
            self.outcome,
            self.attachments,
            self.identities,
            facility=self.self_assessment,
        )

    @cached_property
    def sync(self) -> SyncService:
        from assessor_app.services.sync import SyncService

        return SyncService(self.db, self.store, self.library)

    @cached_property
    def self_assessment(self) -> SelfAssessmentService:
        from assessor_app.services.self_assessment import SelfAssessmentService

        return SelfAssessmentService(self.db, self.library, self.case_review, self.attachments)

    @cached_property
    def user(self) -> UserService:
        from assessor_app.services.user import UserService

        return UserService(self.db)


def build_services(paths: AppPaths) -> Services:
    """Open the database (checked, backed up, migrated); services follow on first use."""
    paths.ensure()
    db = Database.open(paths.database, paths.backups)
    from assessor_app.services.signing_journal import reconcile

    reconcile(db)  # a signature a crash interrupted is recorded (or dropped) before use
    return Services(paths, db)
