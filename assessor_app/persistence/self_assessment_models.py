"""ORM models of the facility's own account (the application-form workbook).

The one place that names these record types and their synced fields
(``SELF_ASSESSMENT_ENTITIES``), so a schema table elsewhere can take them over whole.
Ids are derived from the visit and what the record is about, so two laptops importing
the same workbook name every record the same way and merge field by field.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from assessor_app.persistence.case_review_models import CASE_REF_LEN
from assessor_app.persistence.entity_schema import register_entity
from assessor_app.persistence.models import UUID_LEN, Base


class SelfAssessmentRow(Base):
    """The facility's claim for one requirement: status, justification, evidence, comment."""

    __tablename__ = "self_assessments"
    __table_args__ = (UniqueConstraint("visit_id", "requirement_key"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    justification: Mapped[str] = mapped_column(Text, default="")
    # Document names, one a line: one field, so it merges as one value.
    evidence: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")


class FacilityVolumeRow(Base):
    """The annual count the facility gave for one procedure type (None: not given)."""

    __tablename__ = "facility_volumes"
    __table_args__ = (UniqueConstraint("visit_id", "procedure_type"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    procedure_type: Mapped[str] = mapped_column(String(40))
    annual_count: Mapped[int | None] = mapped_column(Integer, nullable=True)


class FacilityCaseRow(Base):
    """One case file of the facility's internal case review (a tombstone once re-imported
    without it)."""

    __tablename__ = "facility_cases"
    __table_args__ = (UniqueConstraint("visit_id", "case_ref"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    case_ref: Mapped[str] = mapped_column(String(CASE_REF_LEN))
    procedure_date: Mapped[date] = mapped_column(Date)
    procedure_type: Mapped[str] = mapped_column(String(80), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class FacilityAnswerRow(Base):
    """The facility's answer of one of its cases to one review question."""

    __tablename__ = "facility_case_answers"
    __table_args__ = (UniqueConstraint("visit_id", "case_ref", "question_key"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    case_ref: Mapped[str] = mapped_column(String(CASE_REF_LEN))
    question_key: Mapped[str] = mapped_column(String(60))
    answer: Mapped[str | None] = mapped_column(String(4), nullable=True)


# record type -> (model, fields carried by the change log); requirement_key is a field, as
# for findings, so a replay elsewhere recreates the row whole.
SELF_ASSESSMENT_ENTITIES: dict[str, tuple[type[Base], dict[str, type]]] = {
    "self_assessment": (
        SelfAssessmentRow,
        {
            "requirement_key": str,
            "status": str,
            "justification": str,
            "evidence": str,
            "comment": str,
        },
    ),
    "facility_volume": (FacilityVolumeRow, {"procedure_type": str, "annual_count": int}),
    "facility_case": (
        FacilityCaseRow,
        {"case_ref": str, "procedure_date": date, "procedure_type": str, "deleted": bool},
    ),
    "facility_answer": (
        FacilityAnswerRow,
        {"case_ref": str, "question_key": str, "answer": str},
    ),
}
# Fields of these records that hold the facility's free text (checked as typed text is).
SELF_ASSESSMENT_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "self_assessment": ("justification", "evidence", "comment"),
}

for _name, (_model, _fields) in SELF_ASSESSMENT_ENTITIES.items():
    register_entity(_name, _model, _fields)
