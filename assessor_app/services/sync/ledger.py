"""The sync ledger: which assessors' bundles each visit has received, and when."""

from __future__ import annotations

from dataclasses import dataclass

from assessor_app.domain.sync_types import VisitSyncStatus
from assessor_app.persistence.database import Database
from assessor_app.persistence.sync_repository import SyncRepository


@dataclass
class SyncLedger:
    db: Database

    def visit_sync_status(self) -> dict[str, VisitSyncStatus]:
        """Per visit: the assessors whose bundles were imported, last import, open conflicts."""
        with self.db.session() as session:
            return SyncRepository(session, self.db.author, self.db.device_id).sync_status()
