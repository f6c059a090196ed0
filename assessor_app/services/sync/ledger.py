"""The sync ledger: which assessors' bundles each visit has received, and when."""

from __future__ import annotations

from dataclasses import dataclass

from assessor_app.domain.sync_types import VisitSyncStatus
from assessor_app.persistence.database import Database


@dataclass
class SyncLedger:
    db: Database

    def visit_sync_status(self) -> dict[str, VisitSyncStatus]:
        """Per visit: the assessors whose bundles were imported, last import, open conflicts."""
        with self.db.unit_of_work() as uow:
            return uow.sync.sync_status()
