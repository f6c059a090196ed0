"""The demo visit's internal case review: a population, a recorded draw, every case reviewed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.domain.visit import ProcedureType
from assessor_app.services.case_review import CaseReviewService

DEMO_SEED = "dice 4-2-6-1-3-5-2-4 (thrown with Dr. Nowak)"
DEMO_POPULATION = 182
# Share of 'yes' per question: high, imperfect, weakest where real services slip.
YES_RATE = {
    "referral": 0.97,
    "tumour_board": 0.86,
    "pre_assessment": 0.95,
    "consent": 0.97,
    "safety_checklist": 0.8,
    "procedure_report": 1.0,
    "complications": 0.9,
    "discharge": 0.93,
    "follow_up_imaging": 0.83,
    "registry": 0.87,
}
# Questions that can fairly be 'not applicable' (no discharge for some day cases, follow-up
# imaging not yet due for the latest procedures).
NA_RATE = {"discharge": 0.07, "follow_up_imaging": 0.12}
NOTES = {
    "tumour_board": "Tumour board minutes dated after the procedure.",
    "safety_checklist": "Sign-out section of the safety checklist left blank.",
    "complications": "Complication mentioned in the report, not graded.",
    "follow_up_imaging": "Follow-up CT done 3 weeks later than planned.",
    "registry": "Outcome not yet entered in the registry.",
    "referral": "Referral letter not found in the file.",
}
GRADES = ["none"] * 24 + ["1", "1", "1", "2", "2", "3"]


def create_demo_case_review(
    case_review: CaseReviewService,
    visit_id: str,
    visit_day: date,
    volumes: dict[ProcedureType, int],
) -> None:
    """Import ~180 procedures of the last year, draw 30 with a shown seed, review them all.

    Procedure types follow the facility's declared annual volumes."""
    rng = random.Random(4711)
    types = list(volumes)
    weights = list(volumes.values())
    first = visit_day - timedelta(days=365)
    days = sorted(rng.randrange(0, 330) for _ in range(DEMO_POPULATION))
    lines = ["case_ref,procedure_date,procedure_type"]
    for number, offset in enumerate(days, start=1):
        when = first + timedelta(days=offset)
        ptype = rng.choices(types, weights)[0]
        lines.append(f"KN-{when.year}-{number:04d},{when.isoformat()},{ptype.value}")
    # Read from memory: the population never lands on disk outside the database.
    csv_bytes = ("\n".join(lines) + "\n").encode("utf-8")
    case_review.import_csv(visit_id, Path("klinikum-nordstadt-io-procedures.csv"), data=csv_bytes)
    draw = case_review.draw(visit_id, DEMO_SEED, 30)
    questions = case_review.questions(visit_id)
    grades = GRADES[:]
    rng.shuffle(grades)
    items: list[tuple[str, str, CaseAnswer | None]] = []
    notes: dict[str, str] = {}
    for ref, grade in zip(draw.case_refs, grades * 2, strict=False):
        for q in questions:
            roll = rng.random()
            if roll < NA_RATE.get(q.key, 0.0):
                answer = CaseAnswer.NA
            elif rng.random() < YES_RATE.get(q.key, 0.92):
                answer = CaseAnswer.YES
            else:
                answer = CaseAnswer.NO
                if q.key in NOTES and ref not in notes:
                    notes[ref] = NOTES[q.key]
            items.append((ref, q.key, answer))
        if grade != "none" and ref not in notes:
            notes[ref] = f"CIRSE grade {grade} complication, managed as documented."
    case_review.answer_many(visit_id, items)
    for ref, grade in zip(draw.case_refs, grades * 2, strict=False):
        case_review.set_grade(visit_id, ref, grade)
    for ref, note in notes.items():
        case_review.set_note(visit_id, ref, note)
