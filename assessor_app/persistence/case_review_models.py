"""ORM models of the internal case review, registered with the change log for sync.

Ids are derived (UUIDv5 of the visit id and the case reference) wherever the thing is
named by the case itself, so two laptops name the same case, answer and grade the same
way; only a draw, an event, gets a random id.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from assessor_app.persistence.entity_schema import register_entity
from assessor_app.persistence.models import UUID_LEN, Base

CASE_REF_LEN = 40


class PopulationCaseRow(Base):
    """One IO procedure of the facility's list for a visit (the population to draw from)."""

    __tablename__ = "case_population"
    __table_args__ = (UniqueConstraint("visit_id", "case_ref"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    case_ref: Mapped[str] = mapped_column(String(CASE_REF_LEN))
    procedure_date: Mapped[date] = mapped_column(Date)
    procedure_type: Mapped[str] = mapped_column(String(80), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseDrawRow(Base):
    """A recorded draw: seed, population fingerprint, method, who and when, and the result."""

    __tablename__ = "case_draws"
    __table_args__ = (Index("ix_case_draws_visit", "visit_id", "drawn_at"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    seed: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))
    method_version: Mapped[str] = mapped_column(String(40))
    population_size: Mapped[int] = mapped_column(Integer)
    n_requested: Mapped[int] = mapped_column(Integer)
    # Drawn case references in draw order, one a line: one field, so it syncs as one value.
    case_refs: Mapped[str] = mapped_column(Text)
    drawn_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    drawn_by: Mapped[str] = mapped_column(String(300))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    # Why a redraw replaced this draw (empty while it is current).
    superseded_reason: Mapped[str] = mapped_column(Text, default="")


class ReviewedCaseRow(Base):
    """Complication grade and note of one case file under review."""

    __tablename__ = "case_reviews"
    __table_args__ = (UniqueConstraint("visit_id", "case_ref"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    case_ref: Mapped[str] = mapped_column(String(CASE_REF_LEN))
    grade: Mapped[str | None] = mapped_column(String(10), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class CaseAnswerRow(Base):
    """The answer of one case file to one review question (yes / no / na, or None)."""

    __tablename__ = "case_answers"
    __table_args__ = (UniqueConstraint("visit_id", "case_ref", "question_key"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    case_ref: Mapped[str] = mapped_column(String(CASE_REF_LEN))
    question_key: Mapped[str] = mapped_column(String(60))
    answer: Mapped[str | None] = mapped_column(String(4), nullable=True)


register_entity(
    "population_case",
    PopulationCaseRow,
    {"case_ref": str, "procedure_date": date, "procedure_type": str, "deleted": bool},
)
register_entity(
    "case_draw",
    CaseDrawRow,
    {
        "seed": str,
        "fingerprint": str,
        "method_version": str,
        "population_size": int,
        "n_requested": int,
        "case_refs": str,
        "drawn_at": datetime,
        "drawn_by": str,
        "superseded": bool,
        "superseded_reason": str,
    },
)
register_entity("case_review", ReviewedCaseRow, {"case_ref": str, "grade": str, "note": str})
register_entity("case_answer", CaseAnswerRow, {"case_ref": str, "question_key": str, "answer": str})
