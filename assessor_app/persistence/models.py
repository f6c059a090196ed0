"""ORM models. Portable types only (they exist on SQLite and PostgreSQL alike).

Identifiers are UUID strings; derived ids (findings, evidence, volumes) are UUIDv5 so two
laptops name the same record the same way. Every change to a row is also written to
``change_log`` in the same transaction (see ``change_writer``).
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

UUID_LEN = 36


class Base(DeclarativeBase):
    pass


class VisitRow(Base):
    __tablename__ = "visits"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    template_id: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[str] = mapped_column(String(50))
    facility_name: Mapped[str] = mapped_column(String(300))
    department: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    facility_code: Mapped[str] = mapped_column(String(100), default="")
    authorised_representative: Mapped[str] = mapped_column(String(300), default="")
    contact_person: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    lead_assessor_name: Mapped[str] = mapped_column(String(300), default="")
    lead_assessor_email: Mapped[str] = mapped_column(String(300), default="")
    co_assessor_name: Mapped[str] = mapped_column(String(300), default="")
    co_assessor_email: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(20), default="planned")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class VolumeRow(Base):
    __tablename__ = "procedure_volumes"
    __table_args__ = (UniqueConstraint("visit_id", "procedure_type"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    procedure_type: Mapped[str] = mapped_column(String(40))
    annual_count: Mapped[int] = mapped_column(Integer, default=0)


class FindingRow(Base):
    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("visit_id", "requirement_key"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(20))
    rating: Mapped[str | None] = mapped_column(String(20), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    justification: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class EvidenceRow(Base):
    """One required evidence item seen (or not) for one requirement of one visit."""

    __tablename__ = "evidence_checks"
    __table_args__ = (UniqueConstraint("visit_id", "requirement_key", "evidence_key"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(20))
    evidence_key: Mapped[str] = mapped_column(String(30))
    seen: Mapped[bool] = mapped_column(Boolean, default=False)


class AttachmentRow(Base):
    """Metadata of a photo or document; the bytes live in the attachment store by SHA-256."""

    __tablename__ = "attachments"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CorrectiveActionRow(Base):
    __tablename__ = "corrective_actions"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(10))
    owner: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ChangeLogRow(Base):
    """Append-only: one row per field change, never updated or deleted."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity_id", "field"),
        Index("ix_change_log_visit_hlc", "visit_id", "hlc"),
        Index("ix_change_log_visit_req", "visit_id", "requirement_key"),
    )

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(String(UUID_LEN))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(UUID_LEN))
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    author: Mapped[str] = mapped_column(String(300))
    device_id: Mapped[str] = mapped_column(String(UUID_LEN))
    hlc: Mapped[str] = mapped_column(String(80))
    base_change_id: Mapped[str | None] = mapped_column(String(UUID_LEN), nullable=True)
    requirement_key: Mapped[str | None] = mapped_column(String(20), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LocalSettingRow(Base):
    """Per-installation values: device id, the hybrid logical clock, the user's name."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
