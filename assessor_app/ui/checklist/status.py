"""How a rating looks: translated labels, the status-dot palette and its cached icons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from assessor_app.domain.ratings import Rating

# Calm, distinguishable colours; the hollow ring means "no answer yet".
RATING_COLOURS: dict[Rating | None, str] = {
    Rating.MET: "#2e7d32",
    Rating.PARTIAL: "#e09b00",
    Rating.NOT_MET: "#c62828",
    Rating.NA: "#8a8f98",
    Rating.NOT_ASSESSED: "#5c6b7a",
    None: "#8a8f98",
}
HOLLOW = {None, Rating.NOT_ASSESSED}
RATING_ORDER = (Rating.MET, Rating.PARTIAL, Rating.NOT_MET, Rating.NA, Rating.NOT_ASSESSED)
# The single key that sets each rating (documented in the shortcuts help).
RATING_KEYS: dict[Rating, str] = {
    Rating.MET: "1",
    Rating.PARTIAL: "2",
    Rating.NOT_MET: "3",
    Rating.NA: "4",
    Rating.NOT_ASSESSED: "0",
}


def rating_label(rating: Rating | None) -> str:
    """The rating as the assessor reads it, translated."""
    labels = {
        Rating.MET: QCoreApplication.translate("Rating", "Met"),
        Rating.PARTIAL: QCoreApplication.translate("Rating", "Partially met"),
        Rating.NOT_MET: QCoreApplication.translate("Rating", "Not met"),
        Rating.NA: QCoreApplication.translate("Rating", "Not applicable"),
        Rating.NOT_ASSESSED: QCoreApplication.translate("Rating", "Not assessed"),
        None: QCoreApplication.translate("Rating", "Unanswered"),
    }
    return labels[rating]


_icons: dict[tuple[Rating | None, int], QIcon] = {}


def status_icon(rating: Rating | None, size: int = 12) -> QIcon:
    """A coloured dot (hollow for unanswered / not assessed), painted once and cached."""
    cache_key = (rating, size)
    icon = _icons.get(cache_key)
    if icon is None:
        icon = QIcon()
        for scale in (1, 2):
            pixmap = QPixmap(size * scale, size * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_dot(painter, QRectF(0, 0, size, size), rating)
            painter.end()
            icon.addPixmap(pixmap)
        _icons[cache_key] = icon
    return icon


def paint_dot(painter: QPainter, rect: QRectF, rating: Rating | None) -> None:
    """Paint the status mark of ``rating`` inside ``rect``."""
    colour = QColor(RATING_COLOURS[rating])
    inset = rect.adjusted(1.5, 1.5, -1.5, -1.5)
    painter.save()
    if rating in HOLLOW:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inset)
        if rating is Rating.NOT_ASSESSED:  # a dash: looked at, deliberately not judged
            mid = inset.center().y()
            painter.drawLine(QPointF(inset.left() + 2.5, mid), QPointF(inset.right() - 2.5, mid))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(inset)
    painter.restore()
