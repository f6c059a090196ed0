"""Right side of the checklist page: everything about the selected requirement.

Built once; ``show_requirement`` only refills it, so moving between requirements stays
cheap. The editor holds no data of its own and saves nothing: it reports what the
assessor did through signals, and the page saves it.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import SelfAssessment
from assessor_app.domain.template import Requirement
from assessor_app.domain.visit import Attachment, CorrectiveAction, Finding
from assessor_app.ui.checklist.actions_panel import ActionsPanel
from assessor_app.ui.checklist.attachments_panel import AttachmentsPanel
from assessor_app.ui.checklist.autosave_text import AutosaveTextEdit
from assessor_app.ui.checklist.facility_claim_panel import FacilityClaimPanel
from assessor_app.ui.checklist.rating_bar import RatingBar
from assessor_app.ui.checklist.requests_panel import EvidenceRequestsPanel
from assessor_app.ui.checklist.thumbnails import ThumbnailCache
from assessor_app.ui.plain_text import PlainLabel, no_mnemonic
from assessor_app.ui.sync.sync_flows import is_bundle_path

HEADING_STYLE = "font-weight: 600; color: #2b3440; margin-top: 4px;"
MUTED_STYLE = "color: #5b6570;"
WARNING_STYLE = (
    "color: #8a4b00; background: #fff4e0; border: 1px solid #f0c987;"
    " border-radius: 4px; padding: 4px 8px;"
)
ERROR_STYLE = (
    "color: #8f1d1d; background: #fdecec; border: 1px solid #f3b4b4;"
    " border-radius: 4px; padding: 4px 8px;"
)
CORE_BADGE = (
    "color: white; background: #1f5fa8; border-radius: 4px; padding: 1px 7px; font-weight: 600;"
)
EXTENDED_BADGE = (
    "color: #1f5fa8; background: #e8f0fa; border-radius: 4px; padding: 1px 7px; font-weight: 600;"
)


def _heading(text: str, parent: QWidget) -> PlainLabel:
    label = PlainLabel(text, parent)
    label.setStyleSheet(HEADING_STYLE)
    return label


class RequirementEditor(QWidget):
    evidence_toggled = Signal(str, str, bool)  # requirement key, evidence key, seen
    files_dropped = Signal(list)  # list[Path]
    history_requested = Signal()
    review_requested = Signal()  # the "needs review" notice's link

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.current_key = ""
        self._rating: Rating | None = None
        self._claim: SelfAssessment | None = None

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("editorBody")
        self.scroll_area.setWidget(body)
        # Shown instead of the body while the navigator's filter shows no requirement.
        self.empty_label = PlainLabel(
            self.tr("No requirement selected: none matches the search or filter."), self
        )
        self.empty_label.setObjectName("noRequirement")
        self.empty_label.setStyleSheet(MUTED_STYLE)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        outer.addWidget(self.empty_label)

        # Header: key, core/extended, standard, history.
        self.key_label = PlainLabel(body)
        self.key_label.setStyleSheet("font-size: 16pt; font-weight: 700; color: #1d232b;")
        self.key_label.setAccessibleName(self.tr("Requirement key"))
        self.kind_label = PlainLabel(body)
        self.standard_label = PlainLabel(body)
        self.standard_label.setStyleSheet(MUTED_STYLE)
        self.standard_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.history_button = QPushButton(self.tr("History…"), body)
        self.history_button.setToolTip(self.tr("Who changed this requirement, and when (Ctrl+H)"))
        self.history_button.setAccessibleName(self.tr("Requirement history"))
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.key_label)
        header.addWidget(self.kind_label)
        header.addWidget(self.standard_label, 1)
        header.addWidget(self.history_button)

        self.text_label = PlainLabel(body)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setStyleSheet("font-size: 11pt; color: #1d232b;")
        self.text_label.setAccessibleName(self.tr("Requirement text"))
        self.guidance_label = PlainLabel(body)
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setStyleSheet(
            "color: #3d4652; background: #f3f5f8; border-left: 3px solid #9fb3c8;"
            " padding: 6px 10px;"
        )
        self.guidance_label.setAccessibleName(self.tr("Guidance for the assessor"))

        self.rating_bar = RatingBar(body)
        self.facility_claim = FacilityClaimPanel(body)
        self.advance = QCheckBox(self.tr("Advance after rating"), body)
        self.advance.setChecked(True)
        self.advance.setToolTip(
            self.tr("After a rating key (1-4, 0) move on to the next requirement")
        )

        self.evidence_box = QWidget(body)
        self.evidence_layout = QVBoxLayout(self.evidence_box)
        self.evidence_layout.setContentsMargins(0, 0, 0, 0)
        self.evidence_layout.setSpacing(2)
        self.evidence_checks: list[QCheckBox] = []
        self.no_evidence = PlainLabel(self.tr("No evidence items listed."), self.evidence_box)
        self.no_evidence.setStyleSheet(MUTED_STYLE)
        self.evidence_layout.addWidget(self.no_evidence)

        self.comment = AutosaveTextEdit(body)
        self.comment.setPlaceholderText(self.tr("What you saw, heard and read (Ctrl+M)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setFixedHeight(96)

        self.justification_heading = _heading(self.tr("Justification for not applicable"), body)
        self.justification = AutosaveTextEdit(body)
        self.justification.setPlaceholderText(
            self.tr("Why this requirement does not apply to this facility")
        )
        self.justification.setAccessibleName(self.tr("Justification"))
        self.justification.setFixedHeight(64)
        self.justification_warning = PlainLabel(
            self.tr("A justification is required when a requirement is not applicable."), body
        )
        self.justification_warning.setStyleSheet(WARNING_STYLE)
        self.justification_warning.setWordWrap(True)
        self.justification_warning.setAccessibleName(self.tr("Justification missing"))

        self.attachments = AttachmentsPanel(thumbnails, body)
        self.actions_panel = ActionsPanel(body)
        self.requests_panel = EvidenceRequestsPanel(body)

        # Shown while an imported bundle left a conflict on this requirement.
        self.review_notice = QFrame(body)
        self.review_notice.setObjectName("reviewNotice")
        self.review_notice.setStyleSheet(f"#reviewNotice {{ {WARNING_STYLE} }}")
        self.review_text = PlainLabel(self.review_notice)
        self.review_text.setWordWrap(True)
        self.review_text.setStyleSheet("color: #8a4b00;")
        self.review_button = QPushButton(self.tr("Compare both values…"), self.review_notice)
        self.review_button.setToolTip(self.tr("Open the Needs review list"))
        self.review_button.clicked.connect(self.review_requested)
        notice_row = QHBoxLayout(self.review_notice)
        notice_row.setContentsMargins(0, 0, 0, 0)
        notice_row.addWidget(self.review_text, 1)
        notice_row.addWidget(self.review_button)
        self.review_notice.hide()

        self.error_label = PlainLabel(body)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.text_label)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.review_notice)
        layout.addWidget(self.error_label)
        layout.addWidget(_heading(self.tr("Rating"), body))
        layout.addWidget(self.rating_bar)
        layout.addWidget(self.facility_claim)
        layout.addWidget(self.advance)
        layout.addWidget(self.justification_heading)
        layout.addWidget(self.justification)
        layout.addWidget(self.justification_warning)
        layout.addWidget(_heading(self.tr("Evidence seen"), body))
        layout.addWidget(self.evidence_box)
        layout.addWidget(_heading(self.tr("Comment"), body))
        layout.addWidget(self.comment)
        layout.addWidget(_heading(self.tr("Photos and documents"), body))
        layout.addWidget(self.attachments)
        layout.addWidget(_heading(self.tr("Corrective actions"), body))
        layout.addWidget(self.actions_panel)
        layout.addWidget(_heading(self.tr("Evidence requested of the facility"), body))
        layout.addWidget(self.requests_panel)
        layout.addStretch(1)

        self.justification.textChanged.connect(self._update_warning)

    # -- filling -----------------------------------------------------------------------------
    def show_requirement(
        self,
        requirement: Requirement,
        standard_title: str,
        finding: Finding | None,
        attachments: list[Attachment],
        actions: list[CorrectiveAction],
    ) -> None:
        """Show another requirement; text typed for the previous one is saved first."""
        key = requirement.key
        self.empty_label.hide()
        self.scroll_area.show()
        self.comment.load(key, finding.comment if finding else "")
        self.justification.load(key, finding.justification if finding else "")
        self.current_key = key
        self.error_label.hide()
        self.key_label.setText(key)
        self.kind_label.setText(self.tr("CORE") if requirement.core else self.tr("Extended"))
        badge = CORE_BADGE if requirement.core else EXTENDED_BADGE
        if self.kind_label.styleSheet() != badge:  # re-polishing costs: only on a change
            self.kind_label.setStyleSheet(badge)
        self.standard_label.setText(
            self.tr("Standard {number}: {title}").format(
                number=requirement.standard, title=standard_title
            )
        )
        self.text_label.setText(requirement.text)
        self.guidance_label.setText(requirement.guidance)
        self.guidance_label.setVisible(bool(requirement.guidance))
        self._show_evidence(requirement, finding)
        self.show_rating(finding.rating if finding else None)
        self.attachments.show_attachments(attachments)
        self.actions_panel.show_actions(actions)

    def focus_comment(self) -> None:
        """The comment field, from anywhere on the page (Ctrl+M)."""
        if self.current_key:
            self.scroll_area.ensureWidgetVisible(self.comment)
            self.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)
            # Typing goes on after what is written, not in front of it.
            self.comment.moveCursor(QTextCursor.MoveOperation.End)

    def show_nothing(self) -> None:
        """No requirement: text typed for the last one is saved, and nothing is left that a
        key could change (the page ignores keys while ``current_key`` is empty)."""
        self.comment.load("", "")
        self.justification.load("", "")
        self.current_key = ""
        self.scroll_area.hide()
        self.empty_label.show()

    def _show_evidence(self, requirement: Requirement, finding: Finding | None) -> None:
        seen = finding.evidence_seen if finding else frozenset()
        added = False
        while len(self.evidence_checks) < len(requirement.evidence):
            check = QCheckBox(self.evidence_box)
            check.clicked.connect(lambda on, c=check: self._on_evidence(c, on))
            self.evidence_layout.addWidget(check)
            self.evidence_checks.append(check)
            added = True
        for position, check in enumerate(self.evidence_checks):
            if position < len(requirement.evidence):
                item = requirement.evidence[position]
                check.setText(no_mnemonic(item.text))
                check.setProperty("evidence_key", item.key)
                check.setAccessibleName(self.tr("Evidence: {text}").format(text=item.text))
                check.setChecked(item.key in seen)
                check.show()
            else:
                check.hide()
        self.no_evidence.setVisible(not requirement.evidence)
        if added:
            # Boxes made now would come last in Tab order: put them where they are shown.
            chain = [self.justification, *self.evidence_checks, self.comment]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)

    def show_facility_claim(self, claim: SelfAssessment | None) -> None:
        """The facility's self-assessment of the shown requirement (read-only)."""
        self._claim = claim
        self.facility_claim.show_claim(claim, self._rating)

    def show_rating(self, rating: Rating | None) -> None:
        self._rating = rating
        self.facility_claim.show_claim(self._claim, rating)
        self.rating_bar.show_rating(rating)
        needs = rating is Rating.NA
        has_text = bool(self.justification.toPlainText().strip())
        for widget in (self.justification_heading, self.justification):
            widget.setVisible(needs or has_text)
        self._update_warning()

    def show_evidence_seen(self, seen: frozenset[str]) -> None:
        for check in self.evidence_checks:
            if check.isVisible() or not check.isHidden():
                check.setChecked(check.property("evidence_key") in seen)

    def show_review_notice(self, text: str, *, decided: bool = False) -> None:
        """The notice of open conflicts on this requirement ('' hides it)."""
        self.review_text.setText(text)
        self.review_button.setVisible(not decided)
        self.review_notice.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _update_warning(self) -> None:
        missing = self._rating is Rating.NA and not self.justification.toPlainText().strip()
        self.justification_warning.setVisible(missing)

    def _on_evidence(self, check: QCheckBox, seen: bool) -> None:
        self.evidence_toggled.emit(self.current_key, str(check.property("evidence_key")), seen)

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if any(is_bundle_path(u.toLocalFile()) for u in urls):
            event.ignore()  # a bundle is not evidence: the window imports it
        elif self.current_key and urls:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
