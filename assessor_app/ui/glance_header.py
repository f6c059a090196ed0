"""The 'at a glance' header of an open visit: who, when, progress, and the outcome so far."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.evidence_requests import EvidenceRequest, RequestStatus
from assessor_app.domain.outcome import Outcome, Reason, ReasonCode
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui.formatting import date_range, state_label, tier_label
from assessor_app.ui.look import CONFLICT_COLOUR, icon
from assessor_app.ui.plain_text import ElidedLabel, PlainLabel, RichLabel

LINK_PREFIX = "req:"
MAX_KEYS_PER_LINE = 14
REASON_LINES_SHOWN = 5  # the usual worst case of a visit in progress, without scrolling
LINK_STYLE = "color:#2f5f8f; text-decoration:none; font-weight:600;"
CONFLICT_LINK = "conflicts:"
CONFLICT_STYLE = f"color:{CONFLICT_COLOUR}; text-decoration:none; font-weight:600;"


def reason_sentence(code: ReasonCode, n: int, detail: str) -> str:
    """A group of reasons as a translated sentence, without its list of keys.

    "Not fully met" covers "not met" and "partially met": only "met" counts.
    """
    translate = QCoreApplication.translate
    one = n == 1
    if code is ReasonCode.CASE_REVIEW_INCOMPLETE:
        return translate("Outcome", "Internal case review of 30 files not complete")
    if code is ReasonCode.VOLUME_BELOW_THRESHOLD:
        text = translate("Outcome", "Annual therapeutic IO procedures below 150 ({detail})")
        return text.format(detail=detail)
    # (one, several) for each group of requirements.
    sentences = {
        ReasonCode.CORE_NOT_MET: (
            translate("Outcome", "1 core requirement not fully met"),
            translate("Outcome", "{n} core requirements not fully met"),
        ),
        ReasonCode.CORE_UNANSWERED: (
            translate("Outcome", "1 core requirement not yet answered"),
            translate("Outcome", "{n} core requirements not yet answered"),
        ),
        ReasonCode.CORE_NA_UNJUSTIFIED: (
            translate("Outcome", "1 core requirement not applicable without justification"),
            translate("Outcome", "{n} core requirements not applicable without justification"),
        ),
        ReasonCode.EXTENDED_NOT_MET: (
            translate("Outcome", "1 extended requirement not fully met"),
            translate("Outcome", "{n} extended requirements not fully met"),
        ),
        ReasonCode.EXTENDED_UNANSWERED: (
            translate("Outcome", "1 extended requirement not yet answered"),
            translate("Outcome", "{n} extended requirements not yet answered"),
        ),
        ReasonCode.EXTENDED_NA_UNJUSTIFIED: (
            translate("Outcome", "1 extended requirement not applicable without justification"),
            translate("Outcome", "{n} extended requirements not applicable without justification"),
        ),
        ReasonCode.EVIDENCE_REQUESTED: (
            translate("Outcome", "1 requirement waiting for requested evidence"),
            translate("Outcome", "{n} requirements waiting for requested evidence"),
        ),
    }
    single, several = sentences[code]
    return single if one else several.format(n=n)


def reason_lines(outcome: Outcome) -> list[tuple[str, list[str]]]:
    """(translated sentence without its key list, keys) per reason group, in the domain's
    order; the keys are kept apart so each can become a link."""
    groups: dict[ReasonCode, list[Reason]] = {}
    for reason in outcome.reasons:
        groups.setdefault(reason.code, []).append(reason)
    lines: list[tuple[str, list[str]]] = []
    for code, items in groups.items():
        keys = [r.key for r in items if r.key]
        lines.append((reason_sentence(code, len(items), items[0].detail), keys))
    return lines


def requests_sentence(requests: list[EvidenceRequest], today: date) -> str:
    """'3 evidence requests open, 1 overdue' (empty when none is open)."""
    translate = QCoreApplication.translate
    open_ = [r for r in requests if r.status is RequestStatus.OPEN]
    if not open_:
        return ""
    overdue = sum(r.is_overdue(today) for r in open_)
    text = (
        translate("Requests", "1 evidence request open")
        if len(open_) == 1
        else translate("Requests", "{n} evidence requests open").format(n=len(open_))
    )
    if overdue:
        text += translate("Requests", ", {n} overdue").format(n=overdue)
    return text


def reasons_html(outcome: Outcome) -> str:
    parts: list[str] = []
    for sentence, keys in reason_lines(outcome):
        links = [
            f'<a href="{LINK_PREFIX}{html.escape(k)}" style="{LINK_STYLE}">{html.escape(k)}</a>'
            for k in keys[:MAX_KEYS_PER_LINE]
        ]
        more = len(keys) - MAX_KEYS_PER_LINE
        tail = ", ".join(links) + (f" … (+{more})" if more > 0 else "")
        parts.append(html.escape(sentence) + (": " + tail if keys else ""))
    return "<br>".join(parts)


class GlanceHeader(QFrame):
    requirement_clicked = Signal(str)
    back_requested = Signal()
    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glance_header")
        self.back_button = QToolButton(self)
        self.back_button.setObjectName("back_to_list_button")
        self.back_button.setIcon(icon("back"))
        self.back_button.setToolTip(self.tr("All visits (Ctrl+W)"))
        self.back_button.setAccessibleName(self.tr("Back to all visits"))
        self.back_button.clicked.connect(self.back_requested)

        self.facility = ElidedLabel(self)
        self.facility.setObjectName("glance_facility")
        self.facility.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = ElidedLabel(self)
        self.meta.setObjectName("glance_meta")
        # Shown only when imported bundles disagree with this laptop: a link to the list.
        self.conflicts = RichLabel(self)
        self.conflicts.setObjectName("glance_conflicts")
        self.conflicts.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.conflicts.linkActivated.connect(lambda _href: self.conflicts_clicked.emit())
        self.conflicts.hide()
        # Shown while the facility owes requested evidence; overdue ones in the warning colour.
        self.requests = PlainLabel(self)
        self.requests.setObjectName("glance_requests")
        self.requests.hide()

        self.answered_bar = QProgressBar(self)
        self.answered_bar.setObjectName("answered_progress")
        self.answered_bar.setAccessibleName(self.tr("Requirements answered"))
        self.core_bar = QProgressBar(self)
        self.core_bar.setObjectName("core_progress")
        self.core_bar.setAccessibleName(self.tr("Core requirements answered"))
        for bar in (self.answered_bar, self.core_bar):
            bar.setMinimumWidth(180)
            bar.setMaximumWidth(280)

        self.tier = PlainLabel(self)
        self.tier.setObjectName("glance_tier")
        self.tier.setAccessibleName(self.tr("Outcome so far"))
        # A browser, not a label: long reason lists scroll instead of pushing the tabs down.
        self.reasons = QTextBrowser(self)
        self._reasons_html: str | None = None  # what the reasons show, set once per change
        self.reasons.setObjectName("glance_reasons")
        self.reasons.setAccessibleName(self.tr("Reasons for the outcome"))
        self.reasons.setOpenLinks(False)
        # One Tab stop, not one per requirement link: Tab must not walk 11-26 links on its
        # way to the checklist. Every requirement is reached from the checklist's list.
        self.reasons.setTabChangesFocus(True)
        self.reasons.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.reasons.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons.document().setDocumentMargin(0)
        self.reasons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons.setFixedHeight(self.fontMetrics().lineSpacing() * REASON_LINES_SHOWN + 6)
        self.reasons.anchorClicked.connect(self._on_link)

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.back_button)
        title_row.addWidget(self.facility, 1)
        title_row.addWidget(self.conflicts)

        bars = QGridLayout()
        bars.setHorizontalSpacing(8)
        bars.setVerticalSpacing(4)
        answered_label = PlainLabel(self.tr("Answered"), self)
        answered_label.setBuddy(self.answered_bar)
        core_label = PlainLabel(self.tr("Core"), self)
        core_label.setBuddy(self.core_bar)
        bars.addWidget(answered_label, 0, 0)
        bars.addWidget(self.answered_bar, 0, 1)
        bars.addWidget(core_label, 1, 0)
        bars.addWidget(self.core_bar, 1, 1)
        bars.setColumnStretch(2, 1)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addLayout(title_row)
        left.addWidget(self.meta)
        left.addWidget(self.requests)
        left.addSpacing(4)
        left.addLayout(bars)

        outcome_title = PlainLabel(self.tr("Outcome so far:"), self)
        outcome_title.setProperty("role", "hint")
        tier_row = QHBoxLayout()
        tier_row.addWidget(outcome_title)
        tier_row.addWidget(self.tier)
        tier_row.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addLayout(tier_row)
        right.addWidget(self.reasons, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(24)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def set_detail(self, detail: VisitDetail, today: date | None = None) -> None:
        visit, progress, outcome = detail.visit, detail.progress, detail.outcome
        self._set_requests(detail.evidence_requests, today or date.today())
        self.facility.setText(visit.facility.name)
        meta = [visit.facility.department, date_range(visit.start_date, visit.end_date)]
        meta.append(state_label(visit.state))
        self.meta.setText("  ·  ".join(m for m in meta if m))
        self._set_bar(self.answered_bar, progress.answered, progress.total)
        self._set_bar(self.core_bar, progress.core_answered, progress.core_total)
        self.tier.setText(tier_label(outcome.tier.value))
        # Each rating key press comes here: re-styling and re-laying out text that did not
        # change cost a good part of a frame, so only what changed is redone.
        if self.tier.property("tier") != outcome.tier.value:
            self.tier.setProperty("tier", outcome.tier.value)
            self.tier.style().unpolish(self.tier)  # re-apply the style for the new tier
            self.tier.style().polish(self.tier)
        html = reasons_html(outcome)
        if html != self._reasons_html:
            self._reasons_html = html
            self.reasons.setHtml(html)

    def _set_requests(self, requests: list[EvidenceRequest], today: date) -> None:
        text = requests_sentence(requests, today)
        self.requests.setText(text)
        self.requests.setAccessibleName(text)
        overdue = any(r.is_overdue(today) for r in requests)
        style = f"color:{CONFLICT_COLOUR}; font-weight:600;" if overdue else ""
        if self.requests.styleSheet() != style:  # a style sheet set re-polishes the label
            self.requests.setStyleSheet(style)
        self.requests.setToolTip(
            self.tr("Evidence asked of the facility, not yet received (File › Request evidence…)")
        )
        self.requests.setVisible(bool(text))

    def set_conflicts(self, count: int) -> None:
        """Show (or hide) the "needs review" line for ``count`` open conflicts."""
        self.conflicts.setVisible(count > 0)
        if count > 0:
            text = (
                self.tr("⚠ 1 open conflict needs review")
                if count == 1
                else self.tr("⚠ {n} open conflicts need review").format(n=count)
            )
            self.conflicts.setText(
                f'<a href="{CONFLICT_LINK}" style="{CONFLICT_STYLE}">{html.escape(text)}</a>'
            )
            self.conflicts.setAccessibleName(text)
            self.conflicts.setToolTip(self.tr("Open the Needs review tab"))

    @staticmethod
    def _set_bar(bar: QProgressBar, value: int, total: int) -> None:
        bar.setRange(0, max(total, 1))
        bar.setValue(value)
        bar.setFormat(f"{value} / {total}")

    def _on_link(self, url: QUrl) -> None:
        href = url.toString()
        if href.startswith(LINK_PREFIX):
            self.requirement_clicked.emit(href.removeprefix(LINK_PREFIX))
