"""The detail panel: the current case's answers, grade and note as a form, for those who
prefer fields to the grid's keys. It shows a case and reports the edits; saving is the
page's (through CaseEdits)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QScrollArea, QWidget

from assessor_app.domain.case_review import COMPLICATION_GRADES, CaseAnswer, ReviewedCase
from assessor_app.ui.plain_text import RichLabel, plain


class CaseDetailPanel(QScrollArea):
    """``answer_chosen(key, answer or None)``, ``grade_chosen(grade or None)``: the user
    changed a field of the case shown (``case_ref``); never while a case is being shown."""

    answer_chosen = Signal(str, object)
    grade_chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.case_ref: str | None = None
        self._filling = False
        panel = QWidget(self)
        self.form = QFormLayout(panel)
        self.form.setFormAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = RichLabel(panel)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.form.addRow(self.title)
        self.answers: dict[str, QComboBox] = {}
        self.grade = QComboBox(panel)
        self.grade.setAccessibleName(self.tr("Complication grade"))
        self.grade.addItem(self.tr("not recorded"), None)
        for grade in COMPLICATION_GRADES:
            label = self.tr("none") if grade == "none" else self.tr("grade {0}").format(grade)
            self.grade.addItem(label, grade)
        self.grade.currentIndexChanged.connect(self._on_grade)
        self.note = QPlainTextEdit(panel)
        self.note.setAccessibleName(self.tr("Note on the case"))
        self.note.setPlaceholderText(self.tr("Note (saved when you leave the field)"))
        self.note.setMaximumHeight(110)
        self._panel = panel
        self.setWidget(panel)
        self.setMinimumWidth(260)

    def set_questions(self, questions: Sequence[Any]) -> None:
        """One answer field per review question (rebuilt only when the questions change)."""
        if [*self.answers] == [q.key for q in questions]:
            return
        while self.form.rowCount() > 1:
            self.form.takeRow(1)
        for combo in self.answers.values():
            combo.deleteLater()
        self.answers = {}
        for q in questions:
            combo = QComboBox(self._panel)
            combo.setAccessibleName(q.text)
            combo.setToolTip(plain(q.text))
            combo.addItem("—", None)
            combo.addItem(self.tr("Yes"), CaseAnswer.YES.value)
            combo.addItem(self.tr("No"), CaseAnswer.NO.value)
            combo.addItem(self.tr("N/A"), CaseAnswer.NA.value)
            combo.currentIndexChanged.connect(
                lambda _i, key=q.key, box=combo: self._on_answer(key, box)
            )
            self.answers[q.key] = combo
            self.form.addRow(q.short, combo)
        self.form.addRow(self.tr("Grade"), self.grade)
        self.form.addRow(self.tr("Note"), self.note)

    def show_case(self, case: ReviewedCase | None, total: int) -> None:
        """Fill the form from ``case`` (one of ``total``); the note keeps what is being typed."""
        self._filling = True
        try:
            self.case_ref = case.case_ref if case else None
            self._panel.setEnabled(case is not None)
            if case is None:
                self.title.setText(html.escape(self.tr("No case selected")))
                return
            when = case.procedure_date.isoformat() if case.procedure_date else "—"
            self.title.setText(
                # The case reference and type come from the imported procedure list.
                self.tr("<b>{0}</b> · case {1} of {2}<br>{3} · {4}").format(
                    html.escape(case.case_ref),
                    case.position,
                    total,
                    when,
                    html.escape(case.procedure_type or "—"),
                )
            )
            for key, combo in self.answers.items():
                answer = case.answers.get(key)
                combo.setCurrentIndex(combo.findData(answer.value if answer else None))
            self.grade.setCurrentIndex(self.grade.findData(case.grade))
            if not self.note.hasFocus():
                self.note.setPlainText(case.note)
        finally:
            self._filling = False

    def _on_answer(self, key: str, combo: QComboBox) -> None:
        if self._filling or self.case_ref is None:
            return
        value = combo.currentData()
        self.answer_chosen.emit(key, CaseAnswer(value) if value else None)

    def _on_grade(self) -> None:
        if self._filling or self.case_ref is None:
            return
        self.grade_chosen.emit(self.grade.currentData())
