"""The attachments of one requirement: thumbnails, add, open and remove."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.visit import Attachment, AttachmentKind
from assessor_app.ui.checklist.thumbnails import THUMB_SIZE, ThumbnailCache
from assessor_app.ui.plain_text import plain

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Thumbnails are asked for once the assessor stops on a requirement: paging through
# quickly must not queue decoding work for requirements only passed by.
THUMBNAIL_DELAY_MS = 60


class AttachmentsPanel(QWidget):
    add_photo_requested = Signal()
    add_document_requested = Signal()
    open_requested = Signal(str)  # attachment id
    remove_requested = Signal(str)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._attachments: dict[str, Attachment] = {}
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(THUMBNAIL_DELAY_MS)
        self._thumb_timer.timeout.connect(self._request_thumbnails)
        self._photo_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._doc_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)

        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB_SIZE)
        self.list.setGridSize(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 40))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(THUMB_SIZE.height() + 48)
        self.list.setMaximumHeight(2 * (THUMB_SIZE.height() + 40) + 8)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setToolTip(self.tr("Drop photos or documents here; double-click to open"))

        self.add_photo = QPushButton(self.tr("Add photo…"), self)
        self.add_photo.setToolTip(self.tr("Add photos (Ctrl+Shift+P)"))
        self.add_document = QPushButton(self.tr("Add document…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        for button in (self.open_button, self.remove_button):
            button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.add_photo)
        buttons.addWidget(self.add_document)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

        self.add_photo.clicked.connect(self.add_photo_requested)
        self.add_document.clicked.connect(self.add_document_requested)
        self.open_button.clicked.connect(self._open_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.list.itemActivated.connect(lambda _item: self._open_current())
        self.list.currentItemChanged.connect(self._on_current)
        thumbnails.loaded.connect(self._on_thumbnail)

    def show_attachments(self, attachments: list[Attachment]) -> None:
        self._attachments = {a.id: a for a in attachments}
        self.list.clear()
        for attachment in attachments:
            item = QListWidgetItem(attachment.caption or attachment.filename)
            item.setData(ID_ROLE, attachment.id)
            item.setToolTip(plain(f"{attachment.filename}\n{attachment.caption}".strip()))
            item.setIcon(self._icon_for(attachment))
            self.list.addItem(item)
        self.list.setVisible(bool(attachments))
        self._on_current()
        if any(self._thumbnails.get(a) is None for a in attachments):
            self._thumb_timer.start()

    def _request_thumbnails(self) -> None:
        for attachment in self._attachments.values():
            if attachment.kind is AttachmentKind.PHOTO:
                self._thumbnails.request(attachment)

    def _icon_for(self, attachment: Attachment) -> QIcon:
        pixmap = self._thumbnails.get(attachment)
        if pixmap is not None:
            return QIcon(pixmap)
        return self._photo_icon if attachment.kind is AttachmentKind.PHOTO else self._doc_icon

    def _on_thumbnail(self, sha256: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            attachment = self._attachments.get(item.data(ID_ROLE))
            if attachment is not None and attachment.sha256 == sha256:
                item.setIcon(self._icon_for(attachment))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def _on_current(self) -> None:
        has = self.current_id() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _open_current(self) -> None:
        if (current := self.current_id()) is not None:
            self.open_requested.emit(current)

    def _remove_current(self) -> None:
        if (current := self.current_id()) is not None:
            self.remove_requested.emit(current)
