"""The sync ledger: which assessors' bundles each visit has received, and when, and who
signed the last one (with what the office's trust list says of them)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from assessor_app.domain.sync_types import VisitSyncStatus
from assessor_app.persistence.database import Database


@dataclass
class SyncLedger:
    db: Database

    def visit_sync_status(self) -> dict[str, VisitSyncStatus]:
        """Per visit: the assessors whose bundles were imported, last import, open conflicts."""
        from assessor_app.services.trust import TrustService

        with self.db.unit_of_work() as uow:
            status = uow.sync.sync_status()
        trust_service = TrustService(self.db)
        overrides = trust_service.override_counts()
        for visit_id, (sender, trust) in trust_service.signer_status().items():
            if visit_id in status:
                status[visit_id] = replace(
                    status[visit_id], last_sender=sender, last_signed=trust is not None,
                    last_trust=trust.value if trust is not None else None,
                    unsigned_overrides=overrides.get(visit_id, 0),
                )  # fmt: skip
        return status
