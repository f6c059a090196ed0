"""Sync by file: export a visit as a bundle, import bundles safely, conflicts and the office.

``SyncService`` is the one entry the fronts use; each responsibility lives in its own
module: ``bundle_export`` (writing a bundle), ``record_checks`` and ``bundle_import``
(validating a received bundle, then applying its changes), ``conflict_desk`` (listing and
resolving conflicts), ``ledger`` (which bundles each visit received) and ``office_view``
(the spreadsheet across visits). The parts are built per call, so a change of ``limits``
applies to the next import.

The visit list reads only the ledger, just after the first paint; the other parts (bundle
reading and writing, with their format checks) are imported by the call that first needs
them, so they do not delay the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor_app.attachments.store import AttachmentStore
from assessor_app.domain.progress import CancelToken, ProgressFn, no_progress
from assessor_app.domain.sync_types import (
    ConflictInfo,
    ExportResult,
    ImportResult,
    VisitSyncStatus,
)
from assessor_app.persistence.database import Database
from assessor_app.services.sync.ledger import SyncLedger
from assessor_app.sync.bundle_format import DEFAULT_LIMITS, Limits
from assessor_app.templates.library import TemplateLibrary

if TYPE_CHECKING:
    from assessor_app.identity.pkcs12 import SigningIdentity
    from assessor_app.services.trust import ImportConsent

__all__ = ["SyncService"]


@dataclass
class SyncService:
    db: Database
    store: AttachmentStore
    templates: TemplateLibrary
    limits: Limits = field(default=DEFAULT_LIMITS)

    # -- export ------------------------------------------------------------------------
    def export_visit(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        identity: SigningIdentity | None = None,
        *,
        invitation: bool = False,
        seal_to: Sequence[bytes] = (),
        seal: bool = True,
    ) -> ExportResult:
        """Write the visit (records, full change log, attachments) as one .iasios bundle,
        sealed to ``seal_to`` and the visit's known recipients unless ``seal`` is False."""
        from assessor_app.services.sync.bundle_export import BundleExporter

        return BundleExporter(self.db, self.store, self.limits).export_visit(
            visit_id, out_path, progress, cancel, identity, invitation=invitation,
            seal_to=seal_to, seal=seal,
        )  # fmt: skip

    def export_invitation(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        identity: SigningIdentity | None = None,
    ) -> ExportResult:
        """The lead's export for the co-assessor: the same visit id, flagged as an invitation."""
        return self.export_visit(visit_id, out_path, progress, cancel, identity, invitation=True)

    # -- import ------------------------------------------------------------------------
    def import_bundle(
        self,
        path: Path,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        identity: SigningIdentity | None = None,
        consent: ImportConsent | None = None,
    ) -> ImportResult:
        """Validate a bundle completely, then apply it in one transaction; see bundle_import.
        A sealed bundle is opened with ``identity`` first (refused, naming the key it needs,
        without one that opens it). ``consent``: a new key accepted, or an unsigned bundle
        let in (services/trust.py)."""
        from assessor_app.services.sync.bundle_import import BundleImporter
        from assessor_app.services.trust import NO_CONSENT

        importer = BundleImporter(self.db, self.store, self.templates, self.limits)
        return importer.import_bundle(path, progress, cancel, identity, consent or NO_CONSENT)

    # -- sealed bundles ----------------------------------------------------------------
    def is_sealed(self, path: Path) -> bool:
        """Whether a bundle file is sealed (so its import needs a key)."""
        from assessor_app.services.sync.sealing import is_sealed

        return is_sealed(Path(path))

    def sealed_to(self, path: Path) -> list[str]:
        """The keys a sealed bundle opens with, as people read them (issuer, serial)."""
        from assessor_app.services.sync.sealing import sealed_to

        return sealed_to(Path(path))

    def seal_recipient_index(self, path: Path, certificates_pem: Sequence[bytes]) -> int | None:
        """Which of these certificates (PEM) opens the sealed bundle, by position; None."""
        from assessor_app.services.sync.sealing import opening_certificate

        return opening_certificate(Path(path), certificates_pem)

    # -- conflicts ---------------------------------------------------------------------
    def conflicts(self, visit_id: str, include_resolved: bool = False) -> list[ConflictInfo]:
        """Open conflicts of a visit ("needs review"), by requirement key."""
        from assessor_app.services.sync.conflict_desk import ConflictDesk

        return ConflictDesk(self.db).conflicts(visit_id, include_resolved)

    def resolve(
        self, conflict_id: str, *, take_change_id: str | None = None, value: Any = ...
    ) -> str:
        """Resolve by taking one competing change or by a new value; returns the new change id."""
        from assessor_app.services.sync.conflict_desk import ConflictDesk

        return ConflictDesk(self.db).resolve(
            conflict_id, take_change_id=take_change_id, value=value
        )

    def open_conflict_keys(self, visit_id: str) -> dict[str, int]:
        """Requirement key -> open conflicts, for the marks on the checklist."""
        from assessor_app.services.sync.conflict_desk import ConflictDesk

        return ConflictDesk(self.db).open_conflict_keys(visit_id)

    # -- ledger and office -------------------------------------------------------------
    def visit_sync_status(self) -> dict[str, VisitSyncStatus]:
        """Per visit: the assessors whose bundles were imported, last import, open conflicts,
        and who sent the last bundle with its signer's trust status."""
        return SyncLedger(self.db).visit_sync_status()

    def export_csv(self, out_path: Path) -> int:
        """All visits' findings, one row per requirement per visit; returns the row count."""
        from assessor_app.services.sync.office_view import OfficeView

        return OfficeView(self.db, self.templates).export_csv(out_path)
