"""Applying a received bundle: validated completely (bundle, records, clock, attachment
bytes and photos), and only then its changes applied in one transaction. A refusal or a
cancel at any point leaves the database as it was and removes the blobs it added."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assessor_app.attachments.store import AttachmentStore, check_received_image
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import (
    NEVER_CANCELLED,
    CancelToken,
    ProgressFn,
    no_progress,
    raise_if_cancelled,
)
from assessor_app.domain.sync_types import BundleRefusedError, ImportResult
from assessor_app.persistence.conflict_store import ConflictStore
from assessor_app.persistence.database import Database
from assessor_app.services.sync.record_checks import ImportPlan, RecordChecker, check_clocks
from assessor_app.sync.bundle_format import DEFAULT_LIMITS, KIND_INVITATION, Limits
from assessor_app.sync.bundle_reader import StagedBundle, open_bundle, stream_attachments
from assessor_app.templates.library import TemplateLibrary


@dataclass
class BundleImporter:
    db: Database
    store: AttachmentStore
    templates: TemplateLibrary
    limits: Limits = field(default=DEFAULT_LIMITS)

    def import_bundle(
        self, path: Path, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
    ) -> ImportResult:
        """Validate a bundle completely, then apply it in one transaction.

        Raises BundleRefusedError (a ValidationError) with a one-line reason when the bundle is
        refused, Cancelled when cancelled; in both cases nothing was changed.
        """
        from assessor_app.identity.detached_signature import verify_detached

        cancel = cancel or NEVER_CANCELLED
        with open_bundle(Path(path), verify_detached, self.limits) as staged:
            m = staged.manifest
            with self.db.unit_of_work() as uow:
                if uow.sync.is_imported(m.bundle_id):
                    return self._result(
                        staged, uow.conflicts, already=True, new_changes=0, new_blobs=0
                    )
            check_clocks(staged)
            plan = RecordChecker(self.db, self.templates).check_records(staged)
            added: list[str] = []
            try:
                self._receive_attachments(staged, plan, added, progress, cancel)
                raise_if_cancelled(cancel, "import cancelled; nothing was imported")
                with self.db.unit_of_work() as uow:
                    repo = uow.sync
                    if repo.is_imported(m.bundle_id):  # imported meanwhile by another window
                        return self._result(
                            staged, uow.conflicts, already=True, new_changes=0, new_blobs=0
                        )
                    changes = [c for v in staged.visits for c in v.changes]
                    try:
                        outcome = repo.apply_changes(changes, plan.derive, plan.requirement_keys)
                    except ValidationError as exc:
                        raise BundleRefusedError(str(exc)) from None
                    repo.record_bundle(
                        bundle_id=m.bundle_id, kind=m.kind, device_id=m.device_id,
                        assessor_name=m.assessor_name, assessor_email=m.assessor_email,
                        signer_fingerprint=staged.signer.fingerprint if staged.signer else None,
                        created=m.created, visit_ids=m.visit_ids,
                        new_changes=outcome.new_changes,
                    )  # fmt: skip
                    # Leaving the block by an error rolls it all back.
                    raise_if_cancelled(cancel, "import cancelled; nothing was imported")
                    return self._result(
                        staged, uow.conflicts, already=False, new_changes=outcome.new_changes,
                        new_blobs=len(added),
                    )  # fmt: skip
            except BaseException:
                for sha in added:
                    self.store.discard(sha)
                raise

    def _result(
        self,
        staged: StagedBundle,
        store: ConflictStore,
        *,
        already: bool,
        new_changes: int,
        new_blobs: int,
    ) -> ImportResult:
        m = staged.manifest
        conflicts = tuple(c for v in m.visit_ids for c in store.conflicts(v))
        return ImportResult(
            bundle_id=m.bundle_id, visit_ids=m.visit_ids, already_imported=already,
            invitation=m.kind == KIND_INVITATION, new_changes=new_changes,
            new_attachments=new_blobs, conflicts=conflicts, signer=staged.signer,
            assessor=m.assessor_name, device_id=m.device_id,
        )  # fmt: skip

    def _receive_attachments(
        self,
        staged: StagedBundle,
        plan: ImportPlan,
        added: list[str],
        progress: ProgressFn,
        cancel: CancelToken,
    ) -> None:
        def sink(sha: str, chunks: Iterator[bytes]) -> None:
            if self.store.has(sha):
                for _ in chunks:  # still read and hashed: a bad member is refused anyway
                    pass
                return
            # The reader's chunks raise at their end on a size or SHA-256 mismatch, so the
            # blob is never renamed into place unchecked.
            self.store.put_stream(chunks, sha, durable=False, verified=True)
            added.append(sha)

        stream_attachments(staged, sink, progress, cancel)
        if added:
            # One flush for all received files before the database refers to any of them.
            self.store.make_durable()
        photos: dict[str, str] = {}
        for v in staged.visits:
            for a in v.attachments:
                if str(a["media_type"]).startswith("image/"):
                    photos[a["sha256"]] = a["media_type"]
        for facts in plan.attachment_facts.values():
            sha = facts.get("sha256")
            if not isinstance(sha, str):
                continue
            if not self.store.has(sha):
                raise BundleRefusedError(f"attachment {sha[:64]} is neither in the bundle nor here")
            media = str(facts.get("media_type") or "")
            if media.startswith("image/"):
                photos.setdefault(sha, media)
        for sha, media in photos.items():
            if sha in added:
                try:
                    check_received_image(self.store.blob_path(sha), media)
                except ValidationError as exc:
                    raise BundleRefusedError(f"attachments/{sha}: {exc}") from None
