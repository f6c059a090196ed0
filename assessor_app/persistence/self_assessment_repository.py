"""Reads and writes of the facility's own account; hands out domain dataclasses only.

A workbook import replaces the account field by field through the ChangeWriter, so the
history shows what the re-import changed and sync carries it like any other edit.
"""

from __future__ import annotations

from sqlalchemy import select

from assessor_app.domain import ids
from assessor_app.domain.case_review import CaseAnswer, duplicate_key
from assessor_app.domain.changes import ChangeRecord
from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import FacilityAccount, FacilityCase, SelfAssessment
from assessor_app.domain.visit import ProcedureType
from assessor_app.persistence.change_writer import ChangeWriter
from assessor_app.persistence.self_assessment_models import (
    FacilityAnswerRow,
    FacilityCaseRow,
    FacilityVolumeRow,
    SelfAssessmentRow,
)
from assessor_app.persistence.visit_repository import VisitRepository


def self_assessment_id(visit_id: str, key: str) -> str:
    return ids.derived_id(visit_id, "self-assessment", key)


def facility_volume_id(visit_id: str, procedure_type: str) -> str:
    return ids.derived_id(visit_id, "facility-volume", procedure_type)


def facility_case_id(visit_id: str, case_ref: str) -> str:
    return ids.derived_id(visit_id, "facility-case", duplicate_key(case_ref))


def facility_answer_id(visit_id: str, case_ref: str, question_key: str) -> str:
    return ids.derived_id(visit_id, "facility-answer", duplicate_key(case_ref), question_key)


class SelfAssessmentRepository:
    """The facility-account tables of one transaction (built by its unit of work)."""

    def __init__(self, writer: ChangeWriter, visits: VisitRepository) -> None:
        self.session = writer.session
        self._created = 0
        self.writer = writer
        self.visits = visits

    # -- reads -------------------------------------------------------------------------------
    def account(self, visit_id: str) -> FacilityAccount:
        claims: dict[str, SelfAssessment] = {}
        for r in self.session.scalars(
            select(SelfAssessmentRow).where(SelfAssessmentRow.visit_id == visit_id)
        ):
            claim = SelfAssessment(
                key=r.requirement_key,
                status=Rating(r.status) if r.status else None,
                justification=r.justification,
                evidence=tuple(n for n in r.evidence.splitlines() if n),
                comment=r.comment,
            )
            if not claim.is_empty:
                claims[claim.key] = claim
        volumes = {
            ProcedureType(v.procedure_type): v.annual_count
            for v in self.session.scalars(
                select(FacilityVolumeRow).where(FacilityVolumeRow.visit_id == visit_id)
            )
            if v.annual_count is not None
        }
        answers: dict[str, dict[str, CaseAnswer]] = {}
        for a in self.session.scalars(
            select(FacilityAnswerRow).where(
                FacilityAnswerRow.visit_id == visit_id, FacilityAnswerRow.answer.is_not(None)
            )
        ):
            if a.answer:
                answers.setdefault(duplicate_key(a.case_ref), {})[a.question_key] = CaseAnswer(
                    a.answer
                )
        cases = tuple(
            FacilityCase(
                case_ref=c.case_ref,
                procedure_date=c.procedure_date,
                procedure_type=c.procedure_type,
                answers=answers.get(duplicate_key(c.case_ref), {}),
            )
            for c in self.session.scalars(
                select(FacilityCaseRow)
                .where(FacilityCaseRow.visit_id == visit_id, FacilityCaseRow.deleted.is_(False))
                .order_by(FacilityCaseRow.case_ref)
            )
        )
        return FacilityAccount(claims=claims, volumes=volumes, cases=cases)

    # -- the import: replace the account ------------------------------------------------
    def replace(self, visit_id: str, requirement_keys: list[str], account: FacilityAccount) -> int:
        """Make the stored account equal ``account``: claims of every requirement in
        ``requirement_keys``, every procedure type's volume, and the case list (cases
        missing from it become tombstones). Returns how many records changed or came."""
        self.visits.get_visit(visit_id)  # NotFoundError for an unknown visit
        self._created = 0
        changes: list[ChangeRecord | None] = []
        for key in requirement_keys:
            changes.extend(self._set_claim(visit_id, key, account.claims.get(key)))
        for ptype in ProcedureType:
            changes.append(self._set_volume(visit_id, ptype.value, account.volumes.get(ptype)))
        changes.extend(self._set_cases(visit_id, account.cases))
        made = [c for c in changes if c]
        if made or self._created:
            self.visits.touch(visit_id)
        return len(made) + self._created

    def _set_claim(
        self, visit_id: str, key: str, claim: SelfAssessment | None
    ) -> list[ChangeRecord | None]:
        wanted = {
            "status": claim.status.value if claim and claim.status else None,
            "justification": claim.justification if claim else "",
            "evidence": "\n".join(claim.evidence) if claim else "",
            "comment": claim.comment if claim else "",
        }
        rid = self_assessment_id(visit_id, key)
        row = self.session.get(SelfAssessmentRow, rid)
        if row is None:
            if claim is None or claim.is_empty:
                return []
            row = SelfAssessmentRow(id=rid, visit_id=visit_id, requirement_key=key, **wanted)
            self.writer.create(row, "self_assessment", visit_id=visit_id, requirement_key=key)
            self._created += 1
            return []
        return [
            self.writer.set_field(
                row, "self_assessment", f, v, visit_id=visit_id, requirement_key=key, decides=True
            )
            for f, v in wanted.items()
        ]

    def _set_volume(self, visit_id: str, ptype: str, count: int | None) -> ChangeRecord | None:
        rid = facility_volume_id(visit_id, ptype)
        row = self.session.get(FacilityVolumeRow, rid)
        if row is None:
            if count is None:
                return None
            row = FacilityVolumeRow(
                id=rid, visit_id=visit_id, procedure_type=ptype, annual_count=count
            )
            self.writer.create(row, "facility_volume", visit_id=visit_id)
            self._created += 1
            return None
        return self.writer.set_field(
            row, "facility_volume", "annual_count", count, visit_id=visit_id, decides=True
        )

    def _set_cases(
        self, visit_id: str, cases: tuple[FacilityCase, ...]
    ) -> list[ChangeRecord | None]:
        out: list[ChangeRecord | None] = []
        wanted = {duplicate_key(c.case_ref): c for c in cases}
        existing = {
            duplicate_key(r.case_ref): r
            for r in self.session.scalars(
                select(FacilityCaseRow).where(FacilityCaseRow.visit_id == visit_id)
            )
        }
        for dup, row in existing.items():
            if dup not in wanted:
                out.append(
                    self.writer.set_field(row, "facility_case", "deleted", True, visit_id=visit_id)
                )
        answers = {
            (duplicate_key(a.case_ref), a.question_key): a
            for a in self.session.scalars(
                select(FacilityAnswerRow).where(FacilityAnswerRow.visit_id == visit_id)
            )
        }
        for dup, case in wanted.items():
            found = existing.get(dup)
            if found is None:
                row = FacilityCaseRow(
                    id=facility_case_id(visit_id, case.case_ref),
                    visit_id=visit_id,
                    case_ref=case.case_ref,
                    procedure_date=case.procedure_date,
                    procedure_type=case.procedure_type,
                    deleted=False,
                )
                self.writer.create(row, "facility_case", visit_id=visit_id)
                self._created += 1
            else:
                row = found
                for f, v in (
                    ("procedure_date", case.procedure_date),
                    ("procedure_type", case.procedure_type),
                    ("deleted", False),
                ):
                    out.append(
                        self.writer.set_field(
                            row, "facility_case", f, v, visit_id=visit_id, decides=True
                        )
                    )
            seen_questions = set(case.answers)
            for (adup, q), arow in answers.items():
                if adup == dup and q not in seen_questions:
                    out.append(
                        self.writer.set_field(
                            arow, "facility_answer", "answer", None, visit_id=visit_id
                        )
                    )
            for q, answer in case.answers.items():
                old = answers.get((dup, q))
                if old is None:
                    arow = FacilityAnswerRow(
                        id=facility_answer_id(visit_id, case.case_ref, q),
                        visit_id=visit_id,
                        case_ref=case.case_ref,
                        question_key=q,
                        answer=answer.value,
                    )
                    self.writer.create(arow, "facility_answer", visit_id=visit_id)
                    self._created += 1
                else:
                    out.append(
                        self.writer.set_field(
                            old,
                            "facility_answer",
                            "answer",
                            answer.value,
                            visit_id=visit_id,
                            decides=True,
                        )
                    )
        return out

    # -- adopting the facility's volumes ----------------------------------------------
    def adopt_volumes(self, visit_id: str) -> dict[ProcedureType, int]:
        """The visit's volumes become the facility's (types it gave no count for: 0);
        returns the volumes now on the visit."""
        given = self.account(visit_id).volumes
        adopted = {ptype: given.get(ptype, 0) for ptype in ProcedureType}
        for ptype, count in adopted.items():
            self.visits.set_volume(visit_id, ptype, count, decides=True)
        return adopted
