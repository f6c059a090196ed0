"""Photos and documents attached to a requirement; bytes handled by the attachment store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assessor_app.attachments.store import AttachmentStore, StoredFile
from assessor_app.domain import ids
from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.visit import Attachment
from assessor_app.persistence.database import Database
from assessor_app.persistence.wall_time import now_utc
from assessor_app.services.text_check import check_field


@dataclass
class AttachmentService:
    db: Database
    store: AttachmentStore
    check_key: Callable[[str, str], None]  # refuses a key outside the visit's checklist

    def add(self, visit_id: str, key: str, path: Path, caption: str = "") -> Attachment:
        """Store the file (photos cleaned of EXIF/GPS) and record it on the requirement."""
        added = self.add_recorded(visit_id, key, path, caption)
        assert added.attachment is not None
        return added.attachment

    def add_recorded(self, visit_id: str, key: str, path: Path, caption: str = "") -> EditResult:
        """``add``, returning the attachment, the visit as stored now (a signed one may
        have started a new revision) and the change records written."""
        self.check_key(visit_id, key)
        check_field("attachment", "caption", caption)
        check_field("attachment", "filename", Path(path).name)
        return self._record(visit_id, key, self.store.put_file(Path(path)), caption)

    def add_bytes(
        self, visit_id: str, key: str, filename: str, data: bytes, caption: str = ""
    ) -> Attachment:
        """``add`` for a file already in memory (a document read from a zip, a demo
        photo): it goes straight into the encrypted store, with no plaintext copy on disk."""
        self.check_key(visit_id, key)
        check_field("attachment", "caption", caption)
        check_field("attachment", "filename", filename)
        added = self._record(visit_id, key, self.store.put_named(filename, data), caption)
        assert added.attachment is not None
        return added.attachment

    def _record(self, visit_id: str, key: str, stored: StoredFile, caption: str) -> EditResult:
        attachment = Attachment(
            id=ids.new_id(),
            visit_id=visit_id,
            requirement_key=key,
            sha256=stored.sha256,
            filename=stored.filename,
            media_type=stored.media_type,
            kind=stored.kind,
            size=stored.size,
            caption=caption,
            created_at=now_utc(),
        )
        with self.db.unit_of_work() as uow:
            uow.visits.get_visit(visit_id)
            uow.visits.add_attachment(attachment)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=uow.visits.get_visit(visit_id),
                attachment=attachment,
            )

    def set_caption(self, attachment_id: str, caption: str) -> EditResult:
        check_field("attachment", "caption", caption)
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            repo.set_attachment_field(attachment_id, "caption", caption, decides=True)
            attachment = repo.attachment(attachment_id)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=repo.get_visit(attachment.visit_id),
                attachment=attachment,
            )

    def remove(self, attachment_id: str) -> EditResult:
        """A tombstone: the record stays (so sync can tell delete from never-seen)."""
        with self.db.unit_of_work() as uow:
            repo = uow.visits
            attachment = repo.attachment(attachment_id)
            repo.set_attachment_field(attachment_id, "deleted", True)
            return EditResult(
                changes=tuple(uow.changes.written),
                visit=repo.get_visit(attachment.visit_id),
                attachment=attachment,
                removed=frozenset({attachment_id}),
            )

    def list(self, visit_id: str, key: str | None = None) -> list[Attachment]:
        with self.db.transaction() as repo:
            return repo.attachments(visit_id, key)

    def thumbnail(self, attachment: Attachment) -> bytes | None:
        if attachment.media_type not in ("image/jpeg", "image/png"):
            return None
        return self.store.thumbnail(attachment.sha256)

    def read_bytes(self, attachment: Attachment) -> bytes:
        return self.store.read_bytes(attachment.sha256)

    def export_copy(self, attachment: Attachment, target: Path) -> Path:
        return self.store.export_copy(attachment.sha256, target)

    def open_external(self, attachment: Attachment) -> Path:
        """A private plaintext copy for another program, removed when the app closes."""
        return self.store.open_external(attachment.sha256, attachment.filename)
