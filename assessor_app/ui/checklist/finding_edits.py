"""Edits of a requirement's finding (rating, comment, justification, evidence), each an
undoable command saved through the finding service; the result it returns goes to the
visit session, and the row and editor show what was stored."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from assessor_app.domain.edit_result import EditResult
from assessor_app.domain.errors import AppError
from assessor_app.domain.ratings import Rating
from assessor_app.domain.sync_types import ConflictInfo
from assessor_app.domain.visit import Finding
from assessor_app.ui.checklist.commands import FindingCommand
from assessor_app.ui.checklist.review_notes import rating_conflict, values_text
from assessor_app.ui.checklist.status import rating_label
from assessor_app.ui.plain_text import plain

if TYPE_CHECKING:
    from assessor_app.ui.checklist.checklist_page import ChecklistPage


class FindingEdits(QObject):
    def __init__(self, page: ChecklistPage) -> None:
        super().__init__(page)
        self.page = page

    # -- entry points ------------------------------------------------------------------------
    def rate_by_key(self, rating: Rating) -> None:
        if focus_in_text():
            return
        self.rate(rating, advance=self.page.editor.advance.isChecked())

    def rate(self, rating: Rating | None, *, advance: bool) -> None:
        page = self.page
        key = page.editor.current_key
        if not key:
            return
        finding = page.session.findings.get(key)
        old = finding.rating if finding else None
        conflict = rating_conflict(page.conflicts_of(key))
        if conflict is not None and not self._confirm_decision(key, conflict, rating):
            page.editor.show_rating(old)  # a click already lit the button: put it back
            return
        # With a conflict open, keeping the rating shown is a decision too.
        if rating is not old or conflict is not None:
            text = self.tr("rate {key} {rating}").format(key=key, rating=rating_label(rating))
            page.undo_stack().push(FindingCommand(self.apply, key, "rating", old, rating, text))
            if page.session.findings.get(key) is finding and rating is not old:
                return  # not saved (refused, or a signed visit left as it was)
        if rating is Rating.NA and not page.editor.justification.toPlainText().strip():
            # Not applicable needs its reason: stay here and ask for it.
            page.editor.justification.setFocus()
            return
        if advance:
            page.step(1)

    def _confirm_decision(self, key: str, conflict: ConflictInfo, rating: Rating | None) -> bool:
        """One key decides between two assessors' ratings: ask first."""
        answer = QMessageBox.question(
            self.page,
            self.tr("Decide the rating of {key}").format(key=key),
            plain(
                self.tr(
                    "The assessors rated {key} differently: {values}.\n\n"
                    "Rate it {rating} for both of them? The conflict closes on every laptop "
                    "this change reaches; Undo changes the rating back but does not reopen it."
                ).format(key=key, values=values_text(conflict), rating=rating_label(rating))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_text(self, key: str, field: str, text: str) -> None:
        finding = self.page.session.findings.get(key)
        old = getattr(finding, field) if finding else ""
        if old == text:
            return
        label = (
            self.tr("edit comment of {key}")
            if field == "comment"
            else self.tr("edit justification of {key}")
        )
        self.page.undo_stack().push(
            FindingCommand(self.apply, key, field, old, text, label.format(key=key))
        )

    def set_evidence(self, key: str, evidence_key: str, seen: bool) -> None:
        text = self.tr("tick evidence of {key}") if seen else self.tr("untick evidence of {key}")
        self.page.undo_stack().push(
            FindingCommand(
                self.apply, key, f"evidence:{evidence_key}", not seen, seen, text.format(key=key)
            )
        )

    # -- saving ------------------------------------------------------------------------------
    def apply(self, key: str, field: str, value: Any, *, reveal: bool) -> bool:
        """Save one field of one finding; used by commands for do, undo and redo."""
        page = self.page
        if not page.session.confirm_edit(page):
            self._show_stored(key, field)  # the editor puts back what is stored
            return False
        try:
            result, message = self._save(key, field, value)
        except AppError as exc:
            page.fail(exc)
            self._show_stored(key, field)
            return False
        page.session.apply(result)  # the navigator row follows the session's signal
        if reveal and page.editor.current_key != key:
            page.navigator.select_key(key)  # undo shows what it changed
        elif page.editor.current_key == key and result.finding is not None:
            show_field(page, result.finding, field)  # only this field: others may be typed in
        page.announce(message.format(key=key))
        return True

    def _save(self, key: str, field: str, value: Any) -> tuple[EditResult, str]:
        findings, visit_id = self.page.services.findings, self.page.visit_id
        if field == "rating":
            return findings.rate(visit_id, key, value), self.tr("Saved rating of {key}")
        if field == "comment":
            return findings.set_comment(visit_id, key, value), self.tr("Saved comment on {key}")
        if field == "justification":
            return (
                findings.set_justification(visit_id, key, value),
                self.tr("Saved justification of {key}"),
            )
        evidence_key = field.removeprefix("evidence:")
        return (
            findings.set_evidence(visit_id, key, evidence_key, value),
            self.tr("Saved evidence of {key}"),
        )

    def _show_stored(self, key: str, field: str) -> None:
        finding = self.page.session.findings.get(key)
        if finding is not None and self.page.editor.current_key == key:
            show_field(self.page, finding, field)


def show_field(page: ChecklistPage, finding: Finding, field: str) -> None:
    """Put one stored field of the finding shown into the editor."""
    e = page.editor
    if field == "comment":
        e.comment.set_saved(finding.comment)
    elif field == "justification":
        e.justification.set_saved(finding.justification)
        e.show_rating(finding.rating)
    elif field == "rating":
        e.show_rating(finding.rating)
    else:
        e.show_evidence_seen(finding.evidence_seen)


def focus_in_text() -> bool:
    return isinstance(QApplication.focusWidget(), QLineEdit | QPlainTextEdit)
