"""All services of one open data dir, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from assessor_app.attachments.store import AttachmentStore
from assessor_app.paths import AppPaths
from assessor_app.persistence.database import Database
from assessor_app.services.actions import ActionService
from assessor_app.services.attachments import AttachmentService
from assessor_app.services.case_review import CaseReviewService
from assessor_app.services.demo import DemoService
from assessor_app.services.findings import FindingService
from assessor_app.services.identities import IdentityService
from assessor_app.services.outcome import OutcomeService
from assessor_app.services.reports import ReportService
from assessor_app.services.sync import SyncService
from assessor_app.services.templates import TemplateService
from assessor_app.services.user import UserService
from assessor_app.services.visits import VisitService
from assessor_app.templates.library import TemplateLibrary


@dataclass
class Services:
    paths: AppPaths
    db: Database
    templates: TemplateService
    visits: VisitService
    findings: FindingService
    actions: ActionService
    attachments: AttachmentService
    outcome: OutcomeService
    demo: DemoService
    case_review: CaseReviewService
    identities: IdentityService
    reports: ReportService
    sync: SyncService
    user: UserService

    def close(self) -> None:
        self.db.close()


def build_services(paths: AppPaths) -> Services:
    """Open the database (checked, backed up, migrated) and wire every service to it."""
    paths.ensure()
    db = Database.open(paths.database, paths.backups)
    library = TemplateLibrary(paths.templates, paths.cache_dir / "validated-templates.json")
    case_review = CaseReviewService(db, library)
    store = AttachmentStore(paths.attachments)
    visits = VisitService(db, library, case_review)
    actions = ActionService(db)
    attachments = AttachmentService(db, store)
    outcome = OutcomeService(db, library, case_review)
    identities = IdentityService(paths.identities)
    return Services(
        paths=paths,
        db=db,
        templates=TemplateService(library),
        visits=visits,
        findings=FindingService(db, library),
        actions=actions,
        attachments=attachments,
        outcome=outcome,
        demo=DemoService(visits, actions, attachments, case_review),
        case_review=case_review,
        identities=identities,
        reports=ReportService(db, outcome, attachments, identities),
        sync=SyncService(db, store, library),
        user=UserService(db),
    )
