"""A pad to draw one's signature with mouse or pen; saved as a transparent PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(18, 32, 92)


class SignaturePad(QWidget):
    """Strokes drawn with the mouse or a tablet pen. ``png()`` gives the drawing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Draw your signature here with the mouse or a pen"))
        self.setMinimumSize(360, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._paths: list[QPainterPath] = []
        self._background: QImage | None = None

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    # -- content -----------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._paths and self._background is None

    def clear(self) -> None:
        self._paths.clear()
        self._background = None
        self.update()
        self.changed.emit()

    def load_png(self, data: bytes) -> None:
        """Show a signature drawn earlier; new strokes are added on top."""
        image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]  # runtime takes str
        self._background = None if image.isNull() else image
        self._paths.clear()
        self.update()

    def png(self) -> bytes:
        """The drawing on a transparent background, twice the widget's size for print."""
        image = QImage(self.width() * 2, self.height() * 2, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(2, 2)
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs disagree with runtime
        return bytes(data.data())

    # -- drawing -----------------------------------------------------------------------
    def _start(self, point: QPointF) -> None:
        path = QPainterPath(point)
        self._paths.append(path)

    def _extend(self, point: QPointF) -> None:
        if self._paths:
            self._paths[-1].lineTo(point)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._start(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._extend(event.position())
            self.changed.emit()
        event.accept()

    def _paint_strokes(self, painter: QPainter) -> None:
        if self._background is not None:
            target = self.rect()
            scaled = self._background.scaled(
                target.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip
            painter.drawImage(0, 0, scaled)
        pen = QPen(
            INK, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setPen(pen)
        for path in self._paths:
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor(200, 206, 214), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 28
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.is_empty():
            painter.setPen(QColor(150, 158, 168))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        self._paint_strokes(painter)
