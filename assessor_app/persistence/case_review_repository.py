"""Reads and writes of the internal case review; hands out domain dataclasses only.

Every edit goes through the ChangeWriter, so population, draws, answers, grades and notes
land in the change log like every other field and sync carries them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date
from typing import Any

from sqlalchemy import select

from assessor_app.domain import ids
from assessor_app.domain.case_review import CaseAnswer, Draw, PopulationCase, duplicate_key
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError
from assessor_app.persistence.case_review_models import (
    CaseAnswerRow,
    CaseDrawRow,
    PopulationCaseRow,
    ReviewedCaseRow,
)
from assessor_app.persistence.change_writer import ChangeWriter
from assessor_app.persistence.models import VisitRow
from assessor_app.persistence.visit_repository import VisitRepository


def population_case_id(visit_id: str, case_ref: str) -> str:
    return ids.derived_id(visit_id, "population-case", duplicate_key(case_ref))


def reviewed_case_id(visit_id: str, case_ref: str) -> str:
    return ids.derived_id(visit_id, "case-review", duplicate_key(case_ref))


def case_answer_id(visit_id: str, case_ref: str, question_key: str) -> str:
    return ids.derived_id(visit_id, "case-answer", duplicate_key(case_ref), question_key)


class CaseReviewRepository:
    """The case review tables of one transaction, on the unit of work's writer."""

    def __init__(self, writer: ChangeWriter, visits: VisitRepository) -> None:
        self.session = writer.session
        self.writer = writer
        self._visits = visits

    # -- visit ---------------------------------------------------------------------------
    def visit_template(self, visit_id: str) -> tuple[str, str]:
        """The template id and version the visit is pinned to (NotFoundError if no visit)."""
        row = self.session.get(VisitRow, visit_id)
        if row is None:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_VISIT, text=visit_id)
        return row.template_id, row.template_version

    def visit_dates(self, visit_id: str) -> tuple[date | None, date | None]:
        """The visit's first and last day (either may be unset)."""
        row = self.session.get(VisitRow, visit_id)
        if row is None:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_VISIT, text=visit_id)
        return row.start_date, row.end_date

    def touch(self, visit_id: str) -> None:
        self._visits.touch(visit_id)

    # -- population ----------------------------------------------------------------------
    def population(self, visit_id: str) -> list[PopulationCase]:
        """The current population, sorted by case reference."""
        rows = self.session.execute(
            select(
                PopulationCaseRow.case_ref,
                PopulationCaseRow.procedure_date,
                PopulationCaseRow.procedure_type,
            ).where(PopulationCaseRow.visit_id == visit_id, PopulationCaseRow.deleted.is_(False))
        )
        cases = [PopulationCase(ref, when, ptype) for ref, when, ptype in rows]
        cases.sort(key=lambda c: c.case_ref.encode("utf-8"))
        return cases

    def population_case(self, visit_id: str, case_ref: str) -> PopulationCase | None:
        """One case of the population by its reference (a key lookup, not a scan)."""
        row = self.session.get(PopulationCaseRow, population_case_id(visit_id, case_ref))
        if row is None or row.deleted:
            return None
        return PopulationCase(row.case_ref, row.procedure_date, row.procedure_type)

    def population_refs(self, visit_id: str) -> dict[str, tuple[str, bool]]:
        """Every case ever in the population: duplicate key -> (case ref, deleted)."""
        rows = self.session.execute(
            select(PopulationCaseRow.case_ref, PopulationCaseRow.deleted).where(
                PopulationCaseRow.visit_id == visit_id
            )
        )
        return {duplicate_key(ref): (ref, deleted) for ref, deleted in rows}

    def add_cases(
        self,
        visit_id: str,
        cases: Sequence[PopulationCase],
        known: dict[str, tuple[str, bool]] | None = None,
    ) -> None:
        """Add cases (checked for duplicates by the caller); removed ones come back.

        ``known`` is ``population_refs`` as the caller holds it (an import in batches reads
        it once, not once a batch); it is kept up to date with the cases added.
        """
        if known is None:
            known = self.population_refs(visit_id)
        fresh: list[dict[str, Any]] = []
        for case in cases:
            case_id = population_case_id(visit_id, case.case_ref)
            if duplicate_key(case.case_ref) in known:
                row = self.session.get(PopulationCaseRow, case_id)
                assert row is not None
                for field, value in (
                    ("case_ref", case.case_ref),
                    ("procedure_date", case.procedure_date),
                    ("procedure_type", case.procedure_type),
                    ("deleted", False),
                ):
                    self.writer.set_field(row, "population_case", field, value, visit_id=visit_id)
                known[duplicate_key(case.case_ref)] = (case.case_ref, False)
                continue
            known[duplicate_key(case.case_ref)] = (case.case_ref, False)
            fresh.append(
                {
                    "id": case_id,
                    "visit_id": visit_id,
                    "case_ref": case.case_ref,
                    "procedure_date": case.procedure_date,
                    "procedure_type": case.procedure_type,
                    "deleted": False,
                }
            )
        self.writer.create_many("population_case", fresh, visit_id=visit_id)
        self.touch(visit_id)

    def remove_population(self, visit_id: str) -> int:
        """Mark every case of the population removed (a tombstone each); returns how many."""
        rows = self.session.scalars(
            select(PopulationCaseRow).where(
                PopulationCaseRow.visit_id == visit_id, PopulationCaseRow.deleted.is_(False)
            )
        ).all()
        for row in rows:
            self.writer.set_field(row, "population_case", "deleted", True, visit_id=visit_id)
        self.touch(visit_id)
        return len(rows)

    # -- draws ---------------------------------------------------------------------------
    @staticmethod
    def _to_draw(row: CaseDrawRow) -> Draw:
        return Draw(
            id=row.id,
            visit_id=row.visit_id,
            seed=row.seed,
            fingerprint=row.fingerprint,
            method_version=row.method_version,
            population_size=row.population_size,
            n_requested=row.n_requested,
            case_refs=tuple(r for r in row.case_refs.split("\n") if r),
            # SQLite hands back naive datetimes; every stored time is UTC.
            drawn_at=row.drawn_at if row.drawn_at.tzinfo else row.drawn_at.replace(tzinfo=UTC),
            drawn_by=row.drawn_by,
            superseded=row.superseded,
        )

    def draws(self, visit_id: str) -> list[Draw]:
        """Every draw of the visit, oldest first (superseded ones included)."""
        rows = self.session.scalars(
            select(CaseDrawRow)
            .where(CaseDrawRow.visit_id == visit_id)
            .order_by(CaseDrawRow.drawn_at, CaseDrawRow.id)
        )
        return [self._to_draw(r) for r in rows]

    def current_draw(self, visit_id: str) -> Draw | None:
        """The newest draw not superseded (two laptops' draws: the later one counts)."""
        row = self.session.scalars(
            select(CaseDrawRow)
            .where(CaseDrawRow.visit_id == visit_id, CaseDrawRow.superseded.is_(False))
            .order_by(CaseDrawRow.drawn_at.desc(), CaseDrawRow.id.desc())
            .limit(1)
        ).first()
        return self._to_draw(row) if row else None

    def add_draw(self, draw: Draw) -> None:
        row = CaseDrawRow(
            id=draw.id,
            visit_id=draw.visit_id,
            seed=draw.seed,
            fingerprint=draw.fingerprint,
            method_version=draw.method_version,
            population_size=draw.population_size,
            n_requested=draw.n_requested,
            case_refs="\n".join(draw.case_refs),
            drawn_at=draw.drawn_at,
            drawn_by=draw.drawn_by,
            superseded=False,
            superseded_reason="",
        )
        self.writer.create(row, "case_draw", visit_id=draw.visit_id)
        self.touch(draw.visit_id)

    def supersede_draw(self, draw_id: str, reason: str) -> None:
        row = self.session.get(CaseDrawRow, draw_id)
        if row is None:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_DRAW, draw_id=draw_id)
        self.writer.set_field(row, "case_draw", "superseded", True, visit_id=row.visit_id)
        self.writer.set_field(row, "case_draw", "superseded_reason", reason, visit_id=row.visit_id)

    # -- answers, grades, notes ------------------------------------------------------------
    def answers(self, visit_id: str) -> dict[str, dict[str, CaseAnswer]]:
        """duplicate key of case ref -> question key -> answer (unanswered ones left out)."""
        rows = self.session.execute(
            select(CaseAnswerRow.case_ref, CaseAnswerRow.question_key, CaseAnswerRow.answer).where(
                CaseAnswerRow.visit_id == visit_id, CaseAnswerRow.answer.is_not(None)
            )
        )
        out: dict[str, dict[str, CaseAnswer]] = {}
        for ref, key, answer in rows:
            if answer:
                out.setdefault(duplicate_key(ref), {})[key] = CaseAnswer(answer)
        return out

    def set_answer(
        self, visit_id: str, case_ref: str, question_key: str, answer: CaseAnswer | None
    ) -> bool:
        """Set (or clear, with None) one answer; returns True when something changed."""
        value = answer.value if answer else None
        answer_id = case_answer_id(visit_id, case_ref, question_key)
        row = self.session.get(CaseAnswerRow, answer_id)
        if row is None:
            if value is None:
                return False
            row = CaseAnswerRow(
                id=answer_id,
                visit_id=visit_id,
                case_ref=case_ref,
                question_key=question_key,
                answer=value,
            )
            self.writer.create(row, "case_answer", visit_id=visit_id)
            return True
        return (
            self.writer.set_field(
                row, "case_answer", "answer", value, visit_id=visit_id, decides=True
            )
            is not None
        )

    def reviews(self, visit_id: str) -> dict[str, tuple[str | None, str]]:
        """duplicate key of case ref -> (complication grade, note)."""
        rows = self.session.execute(
            select(ReviewedCaseRow.case_ref, ReviewedCaseRow.grade, ReviewedCaseRow.note).where(
                ReviewedCaseRow.visit_id == visit_id
            )
        )
        return {duplicate_key(ref): (grade, note) for ref, grade, note in rows}

    def set_review_field(self, visit_id: str, case_ref: str, field: str, value: Any) -> bool:
        """Set the grade or the note of one case; returns True when something changed."""
        review_id = reviewed_case_id(visit_id, case_ref)
        row = self.session.get(ReviewedCaseRow, review_id)
        if row is None:
            if value in (None, ""):
                return False
            row = ReviewedCaseRow(id=review_id, visit_id=visit_id, case_ref=case_ref, grade=None)
            row.note = ""
            setattr(row, field, value)
            self.writer.create(row, "case_review", visit_id=visit_id)
            return True
        return (
            self.writer.set_field(row, "case_review", field, value, visit_id=visit_id, decides=True)
            is not None
        )

    def reviewed_refs_with_work(self, visit_id: str, case_refs: Sequence[str]) -> int:
        """How many of ``case_refs`` carry an answer, a grade or a note."""
        wanted = {duplicate_key(r) for r in case_refs}
        worked = {k for k, a in self.answers(visit_id).items() if a}
        worked |= {k for k, (g, n) in self.reviews(visit_id).items() if g or n.strip()}
        return len(wanted & worked)
