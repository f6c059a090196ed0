"""Exporting a visit as one bundle: its records, full change log and attachments."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app import __version__
from assessor_app.attachments.store import AttachmentStore
from assessor_app.domain import ids
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.domain.progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from assessor_app.domain.sync_types import BUNDLE_EXTENSION, ExportResult
from assessor_app.persistence.database import Database
from assessor_app.sync.bundle_format import KIND_INVITATION, KIND_UPDATE
from assessor_app.sync.bundle_writer import AttachmentSource, BundleHeader, Signing, write_bundle

if TYPE_CHECKING:
    from assessor_app.identity.pkcs12 import SigningIdentity


@dataclass
class BundleExporter:
    db: Database
    store: AttachmentStore

    def export_visit(
        self,
        visit_id: str,
        out_path: Path,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        identity: SigningIdentity | None = None,
        *,
        invitation: bool = False,
    ) -> ExportResult:
        """Write the visit (records, full change log, attachments) as one .iasios bundle."""
        cancel = cancel or NEVER_CANCELLED
        out_path = Path(out_path)
        if out_path.suffix.lower() != BUNDLE_EXTENSION:
            out_path = out_path.with_name(out_path.name + BUNDLE_EXTENSION)
        with self.db.unit_of_work() as uow:
            repo = uow.sync
            template = repo.visit_template(visit_id)
            if template is None:
                raise NotFoundError(f"no visit with id {visit_id}")
            changes = repo.visit_changes(visit_id)
            attachments = repo.visit_attachments(visit_id)
            snapshot = repo.visit_snapshot(visit_id)
        missing = [a["sha256"] for a in attachments if not self.store.has(a["sha256"])]
        if missing:
            raise ValidationError(f"attachment {missing[0]} is missing from the local store")
        records = {
            "format_version": 1,
            "visits": [
                {
                    "id": visit_id,
                    "template": {"id": template[0], "version": template[1]},
                    "snapshot": snapshot,
                    "changes": changes,
                    "attachments": [
                        {**a, "size": self.store.size_of(a["sha256"])} for a in attachments
                    ],
                }
            ],
        }
        header = BundleHeader(
            bundle_id=ids.new_id(),
            kind=KIND_INVITATION if invitation else KIND_UPDATE,
            device_id=self.db.device_id,
            assessor_name=identity.name if identity else self.db.author,
            assessor_email=identity.email if identity else "",
            created=datetime.now(UTC).isoformat(),
            app_version=__version__,
            visit_ids=(visit_id,),
        )
        sources = [
            AttachmentSource(a["sha256"], self.store.size_of(a["sha256"]),
                             self._chunks_of(a["sha256"]))
            for a in attachments
        ]  # fmt: skip
        signing = None
        if identity is not None:
            # cryptography loads only when signing: the visit list reads sync status at start-up.
            from assessor_app.identity.detached_signature import sign_detached

            signing = Signing(
                lambda data: sign_detached(identity, data), identity.certificate_pem()
            )
        try:
            size = write_bundle(out_path, header, records, sources, signing, progress, cancel)
        except OSError as exc:
            raise ValidationError(f"cannot write {out_path}: {exc.strerror or exc}") from None
        return ExportResult(
            path=str(out_path), bundle_id=header.bundle_id, changes=len(changes),
            attachments=len(sources), size=size, signed=signing is not None,
            invitation=invitation,
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

    def _chunks_of(self, sha256: str) -> Callable[[], Iterator[bytes]]:
        return lambda: self.store.open_stream(sha256)
