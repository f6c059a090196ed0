"""The rating as a segmented row of buttons, one per rating, each with its key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from assessor_app.domain.ratings import Rating
from assessor_app.ui.checklist.status import (
    RATING_COLOURS,
    RATING_KEYS,
    RATING_ORDER,
    rating_label,
    status_icon,
)
from assessor_app.ui.plain_text import plain


class RatingBar(QWidget):
    chosen = Signal(object)  # Rating, chosen by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # we keep it exclusive ourselves, so "none" can show
        self.buttons: dict[Rating, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        last = len(RATING_ORDER) - 1
        for position, rating in enumerate(RATING_ORDER):
            button = QPushButton(status_icon(rating), rating_label(rating), self)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(
                plain(
                    self.tr("{rating} (key {key})").format(
                        rating=rating_label(rating), key=RATING_KEYS[rating]
                    )
                )
            )
            button.setAccessibleName(self.tr("Rate {rating}").format(rating=rating_label(rating)))
            button.setObjectName(f"rating-{rating.value}")
            radius_left = "5px" if position == 0 else "0"
            radius_right = "5px" if position == last else "0"
            colour = RATING_COLOURS[rating]
            button.setStyleSheet(
                "QPushButton { padding: 5px 8px; border: 1px solid #b8bec6;"
                f" border-top-left-radius: {radius_left}; border-bottom-left-radius: {radius_left};"
                f" border-top-right-radius: {radius_right};"
                f" border-bottom-right-radius: {radius_right};"
                " background: #f7f8fa; color: #1d232b; }"
                " QPushButton:hover { background: #eceff3; }"
                f" QPushButton:checked {{ background: {colour}; color: white;"
                f" border-color: {colour}; font-weight: bold; }}"
                " QPushButton:focus { border: 2px solid #3b82c4; }"
            )
            self.group.addButton(button)
            self.buttons[rating] = button
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, r=rating: self._on_clicked(r))

    def show_rating(self, rating: Rating | None) -> None:
        for value, button in self.buttons.items():
            button.setChecked(value is rating)

    def _on_clicked(self, rating: Rating) -> None:
        self.show_rating(rating)  # clicking the checked one again keeps it (no toggle-off)
        self.chosen.emit(rating)
