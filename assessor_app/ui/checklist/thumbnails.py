"""Attachment thumbnails: decoded off the GUI thread, kept as QPixmaps for instant reuse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from assessor_app.domain.progress import CancelToken, ProgressFn
from assessor_app.domain.visit import Attachment
from assessor_app.ui.background import BackgroundRunner

THUMB_SIZE = QSize(112, 84)

ThumbnailSource = Callable[[Attachment], bytes | None]


class ThumbnailCache(QObject):
    """``loaded(sha256)`` fires on the GUI thread when a requested thumbnail is ready."""

    loaded = Signal(str)

    def __init__(
        self, source: ThumbnailSource, runner: BackgroundRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()

    def get(self, attachment: Attachment) -> QPixmap | None:
        return self._pixmaps.get(attachment.sha256)

    def request(self, attachment: Attachment) -> None:
        """Load the thumbnail in the background unless it is cached, loading or unloadable."""
        sha = attachment.sha256
        if sha in self._pixmaps or sha in self._pending or sha in self._failed:
            return
        self._pending.add(sha)
        source = self._source

        def work(_progress: ProgressFn, cancel: CancelToken) -> QImage:
            # QImage (unlike QPixmap) may be built off the GUI thread: decode and scale here.
            # A null image, never None, means "no thumbnail" (None through a queued
            # signal upsets PySide's reference counting at exit).
            data = source(attachment)
            if data is None or cancel.is_set():
                return QImage()
            image = QImage.fromData(data)
            if image.isNull():
                return image
            return image.scaled(
                THUMB_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )

        self._runner.run(
            work,
            lambda image: self._done(sha, image),
            lambda _exc: self._done(sha, QImage()),
            owner=self,
        )

    def _done(self, sha: str, image: QImage) -> None:
        self._pending.discard(sha)
        if image.isNull():
            self._failed.add(sha)
            return
        self._pixmaps[sha] = QPixmap.fromImage(image)
        self.loaded.emit(sha)
