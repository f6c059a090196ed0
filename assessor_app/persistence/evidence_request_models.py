"""The evidence requests table and its place in the change log: the one spot that names
the record type ``evidence_request`` and the fields that travel by bundle and merge one by
one (the lead ports this into the shared entity schema)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from assessor_app.persistence.entity_schema import register_entity
from assessor_app.persistence.models import UUID_LEN, Base

ENTITY = "evidence_request"
STATUS_LEN = 10

# name -> type as the change log carries it; every one may change by a logged edit.
FIELDS: dict[str, type] = {
    "requirement_key": str,
    "what": str,
    "due_date": date,
    "status": str,
    "deleted": bool,
    "created_at": datetime,
}


class EvidenceRequestRow(Base):
    """One piece of evidence asked of the facility for one requirement, and by when."""

    __tablename__ = "evidence_requests"
    __table_args__ = (Index("ix_evidence_requests_visit", "visit_id", "requirement_key"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(20))
    what: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(STATUS_LEN), default="open")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


register_entity(ENTITY, EvidenceRequestRow, FIELDS)
