"""Photos and documents of a requirement: picked or dropped files stored off the GUI
thread, opened in another program as a private copy the app removes when it closes,
removed after asking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assessor_app.domain.errors import AppError
from assessor_app.domain.progress import CancelToken, ProgressFn
from assessor_app.domain.visit import Attachment
from assessor_app.ui import folders
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import plain

if TYPE_CHECKING:
    from assessor_app.ui.checklist.checklist_page import ChecklistPage

PHOTO_FILTER = "*.jpg *.jpeg *.png"
DOCUMENT_FILTER = "*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt *.csv *.ppt *.pptx"


class AttachmentEdits(QObject):
    def __init__(self, page: ChecklistPage) -> None:
        super().__init__(page)
        self.page = page

    def add_photo(self) -> None:
        self.pick_files(
            self.tr("Add photos"), self.tr("Photos ({patterns})"), PHOTO_FILTER, folders.PHOTOS
        )

    def add_document(self) -> None:
        self.pick_files(
            self.tr("Add documents"), self.tr("Documents ({patterns})"), DOCUMENT_FILTER
        )

    def pick_files(
        self, title: str, label: str, patterns: str, kind: str = folders.DOCUMENTS
    ) -> None:
        page = self.page
        if not page.editor.current_key:
            return
        filters = ";;".join([label.format(patterns=patterns), self.tr("All files (*)")])
        paths, _ = QFileDialog.getOpenFileNames(page, title, folders.start_in(kind), filters)
        if paths:
            folders.remember(kind, paths)
            self.attach([Path(p) for p in paths])

    def attach(self, paths: list[Path]) -> None:
        """Store files off the GUI thread (photos are re-encoded without EXIF)."""
        page = self.page
        key = page.editor.current_key
        if not key or not paths or not page.session.confirm_edit(page):
            return
        attachments = page.services.attachments
        visit_id = page.visit_id

        def work(progress: ProgressFn, cancel: CancelToken) -> tuple[int, list[str]]:
            added, errors = 0, []
            for done, path in enumerate(paths):
                if cancel.is_set():
                    break
                try:
                    attachments.add(visit_id, key, path)
                    added += 1
                except AppError as exc:
                    errors.append(message_of(exc))
                progress(done + 1, len(paths))
            return added, errors

        def done(result: tuple[int, list[str]]) -> None:
            added, errors = result
            if added:
                # Several files in one batch: the requirement's list read once, after them
                # (the visit's state may have moved with the first: read it too).
                page.session.set_attachments(
                    key, attachments.list(visit_id, key), page.services.visits.get(visit_id)
                )
                self.show(key)
            if errors:
                page.editor.show_error("\n".join(errors))
            if added:
                page.announce(self.tr("Attached %n file(s) to {key}", "", added).format(key=key))

        page.runner.run(
            work, done, page.fail, label=self.tr("Adding attachments…"), cancellable=True,
            owner=page,
        )  # fmt: skip

    def show(self, key: str) -> None:
        page = self.page
        if page.editor.current_key == key:
            page.editor.attachments.show_attachments(page.session.attachments.get(key, []))

    def find(self, attachment_id: str) -> Attachment | None:
        for attachment in self.page.session.attachments.get(self.page.editor.current_key, []):
            if attachment.id == attachment_id:
                return attachment
        return None

    def open(self, attachment_id: str) -> None:
        attachment = self.find(attachment_id)
        if attachment is None:
            return
        try:
            # Decrypted to a 0600 file in this run's private folder: the store removes it
            # when the services close, or at the next start after a crash.
            target = self.page.services.attachments.open_external(attachment)
        except (OSError, AppError) as exc:
            self.page.fail(exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove(self, attachment_id: str) -> None:
        page = self.page
        attachment = self.find(attachment_id)
        if attachment is None:
            return
        answer = QMessageBox.question(
            page,
            self.tr("Remove attachment"),
            plain(
                self.tr("Remove {name} from {key}?").format(
                    name=attachment.caption or attachment.filename, key=attachment.requirement_key
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not page.session.confirm_edit(page):
            return
        try:
            result = page.services.attachments.remove(attachment_id)
        except AppError as exc:
            page.fail(exc)
            return
        page.session.apply(result)
        self.show(attachment.requirement_key)
        page.announce(
            self.tr("Removed an attachment from {key}").format(key=attachment.requirement_key)
        )
