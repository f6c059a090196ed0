"""The summary's box on the facility's application form: how its self-assessment agrees
with the assessors' ratings, its case review against theirs, and its volumes beside the
visit's with one action to adopt them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from assessor_app.domain.errors import AppError
from assessor_app.domain.self_assessment import FacilityAccount, FacilityReview, agreement
from assessor_app.services.container import Services
from assessor_app.services.outcome import VisitDetail
from assessor_app.ui.error_dialog import report_error
from assessor_app.ui.formatting import procedure_label
from assessor_app.ui.plain_text import PlainLabel


class FacilitySummaryBox(QGroupBox):
    adopted = Signal()  # the visit's volumes changed

    def __init__(self, services: Services, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The facility's application form"), parent)
        self.setObjectName("facility_summary")
        self._services, self._visit_id = services, visit_id
        self.agreement_label = PlainLabel(self)
        self.agreement_label.setObjectName("facility_agreement")
        self.review_label = PlainLabel(self)
        self.review_label.setObjectName("facility_review")
        self.volumes_label = PlainLabel(self)
        self.volumes_label.setObjectName("facility_volumes")
        self.adopt_button = QPushButton(self.tr("Adopt the facility's volumes"), self)
        self.adopt_button.setObjectName("adopt_facility_volumes")
        self.adopt_button.setAccessibleName(self.tr("Adopt the facility's volumes"))
        self.adopt_button.clicked.connect(self._adopt)
        layout = QVBoxLayout(self)
        for label in (self.agreement_label, self.review_label, self.volumes_label):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.adopt_button)
        self.hide()

    def set_detail(
        self, detail: VisitDetail, account: FacilityAccount, review: FacilityReview | None
    ) -> None:
        if account.is_empty:
            self.hide()
            return
        keys = [r.key for r in detail.template.requirements]
        ratings = {k: f.rating for k, f in detail.findings.items()}
        a = agreement(keys, account.claims, ratings)
        self.agreement_label.setText(
            self.tr(
                "Self-assessed: {claimed} requirements. Of the {compared} you have rated, "
                "you agree on {agree} and differ on {differ}."
            ).format(claimed=a.claimed, compared=a.compared, agree=a.agree, differ=len(a.differ))
        )
        if review is None:
            self.review_label.setText(self.tr("No internal case review in the form."))
        else:
            compared = sum(q.compared for q in review.questions)
            agree = sum(q.agree for q in review.questions)
            differing = sorted({ref for q in review.questions for ref in q.differing_cases})
            self.review_label.setText(
                self.tr(
                    "Internal case review: {cases} cases; on the drawn cases {agree} of "
                    "{compared} answers agree with yours. Cases that differ: {refs}"
                ).format(
                    cases=len(review.cases),
                    agree=agree,
                    compared=compared,
                    refs=", ".join(differing) or self.tr("none"),
                )
            )
        given = account.volumes
        if given:
            parts = [
                self.tr("{type}: {facility} (visit: {visit})").format(
                    type=procedure_label(t),
                    facility=n,
                    visit=detail.visit.volumes.get(t, 0),
                )
                for t, n in sorted(given.items())
            ]
            self.volumes_label.setText(
                self.tr("Volumes the facility gave, {total} a year: {list}").format(
                    total=sum(given.values()), list="; ".join(parts)
                )
            )
        else:
            self.volumes_label.setText(self.tr("The facility gave no volumes."))
        same = all(detail.visit.volumes.get(t, 0) == given.get(t, 0) for t in given) and sum(
            detail.visit.volumes.values()
        ) == sum(given.values())
        self.adopt_button.setEnabled(bool(given) and not same)
        self.show()

    def _adopt(self) -> None:
        try:
            self._services.self_assessment.adopt_volumes(self._visit_id)
        except AppError as exc:
            report_error(exc, self)
            return
        self.adopted.emit()
