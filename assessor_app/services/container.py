"""All services of one open data dir, built once by the composition root.

Each service is made on first use: a command that only reads a visit does not pay for
importing the report, signing or sync machinery.
"""

from __future__ import annotations

import logging
import shutil
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import AppError, ProtectionError
from assessor_app.paths import AppPaths
from assessor_app.persistence.database import Database
from assessor_app.templates.library import TemplateLibrary

if TYPE_CHECKING:
    from assessor_app.attachments.store import AttachmentStore
    from assessor_app.protection.data_key import DataKey
    from assessor_app.services.actions import ActionService
    from assessor_app.services.attachments import AttachmentService
    from assessor_app.services.backups import BackupService
    from assessor_app.services.case_review import CaseReviewService
    from assessor_app.services.demo import DemoService
    from assessor_app.services.evidence_requests import EvidenceRequestService
    from assessor_app.services.findings import FindingService
    from assessor_app.services.folder_lock import FolderLock
    from assessor_app.services.identities import IdentityService
    from assessor_app.services.outcome import OutcomeService
    from assessor_app.services.reports import ReportService
    from assessor_app.services.self_assessment import SelfAssessmentService
    from assessor_app.services.sync import SyncService
    from assessor_app.services.templates import TemplateService
    from assessor_app.services.trust import TrustService
    from assessor_app.services.user import UserService
    from assessor_app.services.visits import VisitService

log = logging.getLogger(__name__)


class Services:
    def __init__(
        self,
        paths: AppPaths,
        db: Database,
        key: DataKey | None = None,
        folder_lock: FolderLock | None = None,
    ) -> None:
        self.paths = paths
        self.db = db
        # The data folder's lock (services/folder_lock.py), held until ``close``.
        self.folder_lock = folder_lock
        # The folder's data key; None for an unencrypted folder.
        self.key = key
        self.library = TemplateLibrary(
            paths.templates, paths.cache_dir / "validated-templates.json"
        )

    def close(self, *, rolling_backup: bool = False) -> None:
        """Close the database; ``rolling_backup`` (a command-line run) first takes the
        hourly backup when this run wrote and the last one is an hour old."""
        if rolling_backup and self.db.writes:
            try:
                self.backups.at_close(always=False)
            except (AppError, OSError):
                log.warning("the backup at close failed", exc_info=True)
        if "store" in self.__dict__:  # copies opened in other programs go with the app
            self.store.close()
        self.db.close()
        if self.folder_lock is not None:
            self.folder_lock.release()

    @cached_property
    def backups(self) -> BackupService:
        from assessor_app.services.backups import BackupService

        return BackupService(self.paths, self.db, self.store, self.key)

    @cached_property
    def store(self) -> AttachmentStore:
        from assessor_app.attachments.store import AttachmentStore

        return AttachmentStore(
            self.paths.attachments, self.key, scratch=external_copies(self.paths)
        )

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

        return VisitService(
            self.db,
            self.library,
            self.case_review,
            # Late: the backups (and the attachment store) load only when a visit goes.
            before_destructive=lambda operation: self.backups.before(operation),
        )

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
    def trust(self) -> TrustService:
        from assessor_app.services.trust import TrustService

        return TrustService(self.db)

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


def external_copies(paths: AppPaths) -> Path:
    """Where attachments opened in other programs are decrypted, one folder per run."""
    return paths.cache_dir / "opened-attachments"


def remove_old_report_cache(paths: AppPaths) -> None:
    """Older versions kept the report tab's unsigned PDF in plaintext at
    ``cache/reports/<visit>.pdf``; the report now lives in memory, so any such file is a
    stale copy of a visit's findings: removed at every open and by the encrypt conversion
    (an SSD may keep remnants, docs/trust.md)."""
    old = paths.cache_dir / "reports"
    if old.is_dir():
        shutil.rmtree(old, ignore_errors=True)


def build_services(paths: AppPaths, key: DataKey | None = None) -> Services:
    """Open the database (checked, backed up, migrated); services follow on first use.

    ``key``: the data key from unlocking the folder (services/protection.py); None opens
    an unencrypted folder (made with --unencrypted, or by an older app)."""
    from assessor_app.services import protection

    if key is None and protection.state(paths) is protection.FolderState.ENCRYPTED:
        raise ProtectionError.coded(ErrorCode.FOLDER_LOCKED, data_dir=paths.data_dir)
    paths.ensure()
    from assessor_app.services import folder_lock

    # One process at a time on a folder: another window or command is refused here.
    lock = folder_lock.acquire(paths.data_dir)
    try:
        protection.finish_pending(paths, key)  # a conversion a kill interrupted
        from assessor_app.services.restore_swap import recover

        recover(paths)  # a restore a kill interrupted is undone (or finished) before opening
        from assessor_app.services.backups import sweep_unfinished

        sweep_unfinished(paths)  # backups a kill cut short (maybe a plaintext copy) go now
        if key is not None:  # a passphrase change a kill cut short reaches the backups' copies
            protection.sync_key_copies(paths, include_extra=False)
        from assessor_app.attachments.external_open import remove_stale

        remove_stale(external_copies(paths))  # left by a run that crashed or was killed
        remove_old_report_cache(paths)
        db = Database.open(paths.database, paths.backups, key)
        try:
            from assessor_app.services.signing_journal import reconcile

            reconcile(db)  # a signature a crash interrupted is recorded (or dropped) before use
        except BaseException:
            db.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Services(paths, db, key, lock)
