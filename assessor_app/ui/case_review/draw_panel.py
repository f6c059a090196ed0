"""The draw panel: a seed thrown with the facility, the sample size, the draw, and its
verification (the draw recomputed from the seed and the population)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from assessor_app.domain.case_review import generate_seed as new_seed
from assessor_app.domain.errors import AppError
from assessor_app.services.case_review import RedrawNeedsConfirmationError
from assessor_app.ui.case_review.error_box import show_error
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import PlainLabel, plain


class DrawPanel(QGroupBox):
    """``drawn(result)`` fires after a (re)draw was saved, with the service's EditResult."""

    drawn = Signal(object)

    def __init__(self, services: Any, visit_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        # Asked before every edit (the workspace's visit session: a signed visit asks
        # before it starts a new revision); alone, the panel edits freely.
        self.confirm_edit: Callable[[QWidget], bool] = lambda _parent: True
        self.setTitle(self.tr("Draw: a verifiable random sample"))
        self.services, self.visit_id = services, visit_id
        grid = QGridLayout(self)
        self.seed_edit = QLineEdit(self)
        self.seed_edit.setObjectName("seedEdit")
        self.seed_edit.setPlaceholderText(
            self.tr("Seed: dice thrown with the facility, e.g. 3-6-1-4")
        )
        self.seed_edit.setAccessibleName(self.tr("Seed"))
        self.seed_button = QPushButton(self.tr("Generate seed"), self)
        self.seed_button.clicked.connect(lambda: self.seed_edit.setText(new_seed()))
        self.n_spin = QSpinBox(self)
        self.n_spin.setRange(1, 1000)
        self.n_spin.setPrefix(self.tr("N = "))
        self.n_spin.setAccessibleName(self.tr("Cases to draw"))
        self.draw_button = QPushButton(self.tr("Draw"), self)
        self.draw_button.setObjectName("drawButton")
        self.draw_button.clicked.connect(self._on_draw)
        self.seed_edit.returnPressed.connect(self._on_draw)
        grid.addWidget(PlainLabel(self.tr("Seed"), self), 0, 0)
        grid.addWidget(self.seed_edit, 0, 1)
        grid.addWidget(self.seed_button, 0, 2)
        grid.addWidget(self.n_spin, 0, 3)
        grid.addWidget(self.draw_button, 0, 4)

        self.draw_label = PlainLabel(self)
        self.draw_label.setObjectName("drawLabel")
        self.draw_label.setWordWrap(True)
        self.draw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.draw_label, 1, 0, 1, 4)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(
            self.tr("Recompute the draw from the seed and the population (docs/sampling.md)")
        )
        self.verify_button.clicked.connect(self._on_verify)
        grid.addWidget(self.verify_button, 1, 4, Qt.AlignmentFlag.AlignTop)
        self.verify_label = PlainLabel(self)
        self.verify_label.setObjectName("verifyLabel")
        self.verify_label.setWordWrap(True)
        grid.addWidget(self.verify_label, 2, 0, 1, 5)
        grid.setColumnStretch(1, 1)

    def show_draw(self, draw: Any, population_size: int) -> None:
        """Show the current draw (or none) of a population of ``population_size``."""
        cr = self.services.case_review
        if self.n_spin.value() == 1 or draw is None:
            self.n_spin.setValue(
                draw.n_requested if draw else cr.default_sample_size(self.visit_id)
            )
        if draw is None:
            self.draw_label.setText(self.tr("No sample drawn yet."))
            self.verify_button.setEnabled(False)
        else:
            self.draw_label.setText(
                self.tr(
                    "Drawn {0} of {1} with seed “{2}” · {3} · {4} UTC by {5}\n"
                    "Population fingerprint {6}"
                ).format(
                    len(draw.case_refs),
                    draw.population_size,
                    draw.seed,
                    draw.method_version,
                    f"{draw.drawn_at:%Y-%m-%d %H:%M}",
                    draw.drawn_by,
                    draw.fingerprint,
                )
                + self._short_population_note(len(draw.case_refs), draw.n_requested)
            )
            if not self.seed_edit.text():
                self.seed_edit.setText(draw.seed)
            self.verify_button.setEnabled(True)
        self.draw_button.setEnabled(population_size > 0)
        self.verify_label.clear()

    def _short_population_note(self, drawn: int, requested: int) -> str:
        """The rule for a population smaller than the sample, said where it applies."""
        if drawn >= requested:
            return ""
        return "\n" + self.tr(
            "The population is smaller than the {0} files asked for: every one of its {1} "
            "procedures is in the review (docs/sampling.md)."
        ).format(requested, drawn)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            plain(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_draw(self) -> None:
        if not self.confirm_edit(self):
            return
        seed, n = self.seed_edit.text(), self.n_spin.value()
        cr, visit_id = self.services.case_review, self.visit_id
        confirmed = False
        if cr.current_draw(visit_id) is not None:
            if not self._confirm(
                self.tr("Draw again?"),
                self.tr(
                    "A sample is already drawn. Drawing again replaces it; the old draw stays "
                    "on record as superseded, with who redrew it and when."
                ),
            ):
                return
            confirmed = True
        try:
            result = cr.draw_recorded(visit_id, seed, n, confirm_redraw=confirmed)
        except RedrawNeedsConfirmationError as exc:
            if not self._confirm(self.tr("Answers exist"), message_of(exc)):
                return
            result = cr.draw_recorded(visit_id, seed, n, confirm_redraw=True)
        except AppError as exc:
            show_error(self, exc)
            return
        self.drawn.emit(result)

    def _on_verify(self) -> None:
        result = self.services.case_review.check_draw(self.visit_id)
        colour = "#1b7a35" if result.ok else "#b3261e"
        mark = "✓" if result.ok else "✗"
        self.verify_label.setStyleSheet(f"color: {colour};")
        text = self.tr("Verified: the draw is reproduced exactly.") if result.ok else result.message
        self.verify_label.setText(f"{mark} {text}")
