"""A complete, realistic demo visit, so a new user sees the product working at once."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import Assessor, Facility, NewVisit, ProcedureType, Severity
from assessor_app.services.actions import ActionService
from assessor_app.services.attachments import AttachmentService
from assessor_app.services.case_review import CaseReviewService
from assessor_app.services.demo_case_review import create_demo_case_review
from assessor_app.services.visits import VisitService

# The demo facility's annual therapeutic IO procedures (211, above the 150 threshold).
DEMO_VOLUMES = {
    ProcedureType.ABLATION: 96,
    ProcedureType.CHEMOEMBOLISATION: 58,
    ProcedureType.RADIOEMBOLISATION: 22,
    ProcedureType.PAIN_MANAGEMENT: 14,
    ProcedureType.MUSCULOSKELETAL: 11,
    ProcedureType.OTHER_VASCULAR: 6,
    ProcedureType.OTHER_THERAPEUTIC: 4,
}

# Core requirements the demo leaves open, so the outcome shows its reasons.
DEMO_CORE_GAPS = {
    "1.c": (
        Rating.PARTIAL,
        "Activity recorded, but radioembolisation counted with chemoembolisation in 2025.",
    ),
    "6.b": (Rating.NOT_MET, "No formal agreement for out-of-hours pathology reporting."),
    "8.d": (Rating.PARTIAL, "Safety checklist used, but 'sign out' missing in 4 of 12 records."),
}
DEMO_NA = {
    "4.e": "Day-case unit only; no inpatient beds are run by the IO service itself.",
    "13.c": "The facility does not take part in clinical trials at present.",
}
MET_COMMENTS = [
    "Seen on site; documents current and signed.",
    "Discussed with the clinical lead; evidence reviewed.",
    "Verified against the records of the last 12 months.",
    "Policy in place, reviewed within the last two years.",
    "Demonstrated during the walk-through.",
]
PARTIAL_COMMENTS = [
    "Policy exists but is overdue for review.",
    "Practice is in place but not documented consistently.",
    "Evidence shown for most, not all, of the period.",
]
NOT_MET_COMMENTS = [
    "No documented process could be shown.",
    "Not in place at the time of the visit.",
]
PHOTOS = {
    "4.b": "Recovery bay with monitored beds",
    "5.a": "Angiography suite 1 (C-arm, CT-guidance)",
    "5.d": "Dosimeter rack and lead aprons",
    "8.d": "Safety checklist poster in suite 2",
}


@dataclass
class DemoService:
    visits: VisitService
    actions: ActionService
    attachments: AttachmentService
    case_review: CaseReviewService

    def create(self) -> str:
        """Create the demo visit and return its id."""
        rng = random.Random(20181)
        template = self.visits.templates.default()
        start = date.today() - timedelta(days=1)
        visit_id = self.visits.create(
            NewVisit(
                facility=Facility(
                    name="Klinikum Nordstadt",
                    department="Interventional Oncology, Department of Radiology",
                    address="Müllerstraße 12, 30167 Hannover",
                    country="Germany",
                    facility_code="IASIOS-DE-0142",
                    authorised_representative="Prof. Dr. Katrin Ørsted-Müller",
                    contact_person="Dr. Paweł Nowak",
                ),
                template_id=template.id,
                template_version=template.version,
                volumes=dict(DEMO_VOLUMES),
                start_date=start,
                end_date=start + timedelta(days=1),
                lead_assessor=Assessor("Dr. Elena Conti", "elena.conti@example.org"),
                co_assessor=Assessor("Dr. James Whitfield", "j.whitfield@example.org"),
            )
        )
        db = self.visits.db
        with db.transaction() as repo:
            for req in template.requirements:
                if req.key in DEMO_CORE_GAPS:
                    rating, comment = DEMO_CORE_GAPS[req.key]
                    justification = ""
                elif req.key in DEMO_NA:
                    rating, comment, justification = Rating.NA, "", DEMO_NA[req.key]
                elif req.core or rng.random() < 0.75:
                    rating, comment, justification = Rating.MET, rng.choice(MET_COMMENTS), ""
                elif rng.random() < 0.7:
                    rating, comment = Rating.PARTIAL, rng.choice(PARTIAL_COMMENTS)
                    justification = ""
                else:
                    rating, comment = Rating.NOT_MET, rng.choice(NOT_MET_COMMENTS)
                    justification = ""
                repo.set_finding_field(visit_id, req.key, "rating", rating.value)
                repo.set_finding_field(visit_id, req.key, "comment", comment)
                if justification:
                    repo.set_finding_field(visit_id, req.key, "justification", justification)
                for item in req.evidence:
                    if rating is Rating.MET or (rating is Rating.PARTIAL and rng.random() < 0.5):
                        repo.set_evidence(visit_id, req.key, item.key, True)
            repo.set_visit_field(visit_id, "state", "in-progress")

        with db.transaction() as repo:
            findings = repo.findings(visit_id)
        due = start + timedelta(days=90)
        for key, finding in findings.items():
            if finding.rating in (Rating.NOT_MET, Rating.PARTIAL):
                core = template.requirement(key).core
                self.actions.add(
                    visit_id,
                    key,
                    f"Put right: {finding.comment.rstrip('.').lower()}; send evidence to IASIOS.",
                    Severity.MAJOR if core else Severity.MINOR,
                    owner="Dr. Paweł Nowak" if core else "Service manager",
                    due_date=due if core else due + timedelta(days=90),
                )
        from assessor_app.services.demo_photos import demo_photo  # Pillow only when needed

        # Straight from memory into the encrypted store: no plaintext photo on disk.
        for seed, (key, caption) in enumerate(PHOTOS.items()):
            photo = demo_photo(caption, seed)
            self.attachments.add_bytes(visit_id, key, f"IMG_{4711 + seed}.jpg", photo, caption)
        create_demo_case_review(self.case_review, visit_id, start, DEMO_VOLUMES)
        return visit_id
