"""Paints a requirement row: status dot, key, short text, a CORE badge, and marks for open
corrective actions and open conflicts."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from assessor_app.ui.checklist.navigator_model import NodeKind, Role, parse_rating_role
from assessor_app.ui.checklist.status import paint_dot
from assessor_app.ui.look import CONFLICT_COLOUR

CORE_COLOUR = "#1f5fa8"
ROW_CACHE_SIZE = 400  # looks kept: every row of a checklist in two or three states
ACTION_COLOUR = "#b45309"


class _Fonts:
    """The fonts and metrics a row is drawn with, made once per base font: building six
    QFont and QFontMetrics objects for every row painted cost most of a list repaint."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetrics(self.font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.key_width = QFontMetrics(self.bold).horizontalAdvance("00.m")
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.5, font.pointSizeF() * 0.78))
        self.small.setBold(True)
        self.small_metrics = QFontMetrics(self.small)


class NavigatorDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, _Fonts] = {}
        self._rows: dict[tuple[object, ...], QPixmap] = {}  # a row's look -> its pixels
        self._geometry: tuple[object, ...] = ()

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = _Fonts(font)
        return fonts

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), option.fontMetrics.height() + 10))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(Role.KIND) != NodeKind.REQUIREMENT:
            option.font.setBold(True)  # type: ignore[attr-defined]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(Role.KIND) != NodeKind.REQUIREMENT:
            super().paint(painter, option, index)
            return
        # A row is drawn once per look and then copied: moving to the next requirement near
        # the list's end scrolls it, and redrawing every row cost about a frame (60 Hz).
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        look = (
            index.data(Role.KEY), index.data(Role.RATING), index.data(Role.CORE),
            index.data(Role.OPEN_ACTIONS), index.data(Role.CONFLICTS),
            index.data(Role.SHORT_TEXT), option.state.value,  # type: ignore[attr-defined]
            option.features.value, rect.width(), rect.height(),  # type: ignore[attr-defined]
            option.font.key(), palette.cacheKey(), ratio,  # type: ignore[attr-defined]
        )  # fmt: skip
        geometry = look[-5:]  # size, font, palette and pixel ratio: the same for every row
        if geometry != self._geometry:
            # A dragged splitter or a new screen: looks of the old size are never drawn
            # again, so they go (at most one size's rows are kept, a few MB at 2x).
            self._rows.clear()
            self._geometry = geometry
        pixmap = self._rows.get(look)
        if pixmap is None:
            pixmap = QPixmap(QSize(ceil(rect.width() * ratio), ceil(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(palette.color(QPalette.ColorRole.Base))
            row_painter = QPainter(pixmap)
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(0, 0, rect.width(), rect.height())  # type: ignore[attr-defined]
            self._paint_row(row_painter, at_origin, index)
            row_painter.end()
            if len(self._rows) >= ROW_CACHE_SIZE:
                self._rows.pop(next(iter(self._rows)))  # the oldest look goes first
            self._rows[look] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint_row(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        # Background and selection as the platform draws them; our own content on top.
        opt.text = ""  # type: ignore[attr-defined]
        opt.icon = type(opt.icon)()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = rect.left() + 4
        dot = 12
        paint_dot(
            painter,
            QRectF(x, rect.center().y() - dot / 2 + 1, dot, dot),
            parse_rating_role(index.data(Role.RATING)),
        )
        x += dot + 8

        fonts = self._fonts_for(opt.font)  # type: ignore[attr-defined]
        font, bold, key_width = fonts.font, fonts.bold, fonts.key_width
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(x, rect.top(), key_width, rect.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            str(index.data(Role.KEY)),
        )
        x += key_width + 6

        right = rect.right() - 6
        small, small_metrics = fonts.small, fonts.small_metrics
        if index.data(Role.CORE):
            label = QCoreApplication.translate("Navigator", "CORE")
            width = small_metrics.horizontalAdvance(label) + 10
            badge = QRectF(right - width, rect.center().y() - 8, width, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff") if selected else QColor(CORE_COLOUR))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setFont(small)
            painter.setPen(QColor(CORE_COLOUR) if selected else QColor("#ffffff"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
            right -= int(width) + 6
        if index.data(Role.OPEN_ACTIONS):
            # A small amber bar: this requirement still has corrective actions open.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACTION_COLOUR))
            painter.drawRoundedRect(QRectF(right - 4, rect.center().y() - 6, 4, 12), 2, 2)
            right -= 10
        if index.data(Role.CONFLICTS):
            # A violet "!" chip: two assessors disagree here and someone must choose.
            chip = QRectF(right - 16, rect.center().y() - 8, 16, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff") if selected else QColor(CONFLICT_COLOUR))
            painter.drawEllipse(chip)
            painter.setFont(small)
            painter.setPen(QColor(CONFLICT_COLOUR) if selected else QColor("#ffffff"))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), "!")
            right -= 22

        painter.setFont(font)
        painter.setPen(text_colour)
        metrics = fonts.metrics
        text_rect = QRect(x, rect.top(), max(0, right - x), rect.height())
        text = metrics.elidedText(
            str(index.data(Role.SHORT_TEXT)), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        painter.restore()
