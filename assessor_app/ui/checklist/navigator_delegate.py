"""Paints a requirement row: status dot, key, short text, a CORE badge, and marks for open
corrective actions and open conflicts."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from assessor_app.ui.checklist.navigator_model import NodeKind, Role, parse_rating_role
from assessor_app.ui.checklist.status import paint_dot
from assessor_app.ui.look import CONFLICT_COLOUR

CORE_COLOUR = "#1f5fa8"
ACTION_COLOUR = "#b45309"


class NavigatorDelegate(QStyledItemDelegate):
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

        font = QFont(opt.font)  # type: ignore[attr-defined]
        bold = QFont(font)
        bold.setBold(True)
        key_width = QFontMetrics(bold).horizontalAdvance("00.m")
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(x, rect.top(), key_width, rect.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            str(index.data(Role.KEY)),
        )
        x += key_width + 6

        right = rect.right() - 6
        small = QFont(font)
        small.setPointSizeF(max(6.5, font.pointSizeF() * 0.78))
        small.setBold(True)
        small_metrics = QFontMetrics(small)
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
        metrics = QFontMetrics(font)
        text_rect = QRect(x, rect.top(), max(0, right - x), rect.height())
        text = metrics.elidedText(
            str(index.data(Role.SHORT_TEXT)), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        painter.restore()
