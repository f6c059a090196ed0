"""Tables of sync by file: imported bundles, conflicts, and the extra bases of resolutions.

A resolution supersedes every competing head, but ``change_log.base_change_id`` holds one;
the others go to ``change_bases`` (and travel in bundles as ``merged_bases``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from assessor_app.persistence.models import UUID_LEN, Base


class ImportedBundleRow(Base):
    __tablename__ = "imported_bundles"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)  # the bundle id
    kind: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(UUID_LEN))
    assessor_name: Mapped[str] = mapped_column(String(300))
    assessor_email: Mapped[str] = mapped_column(String(300))
    signer_fingerprint: Mapped[str | None] = mapped_column(String(100), nullable=True)
    created: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    new_changes: Mapped[int] = mapped_column(Integer)


class ImportedBundleVisitRow(Base):
    __tablename__ = "imported_bundle_visits"

    bundle_id: Mapped[str] = mapped_column(
        ForeignKey("imported_bundles.id", ondelete="CASCADE"), primary_key=True
    )
    visit_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, index=True)


# ConflictRow.status
OPEN, RESOLVED = "open", "resolved"


class ConflictRow(Base):
    """Competing edits of one field (or a delete against an edit); ids are deterministic."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_visit_status", "visit_id", "status"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(String(UUID_LEN))
    kind: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    requirement_key: Mapped[str | None] = mapped_column(String(20), nullable=True)
    field: Mapped[str] = mapped_column(String(60))
    change_ids: Mapped[str] = mapped_column(Text)  # JSON list, oldest first
    change_values: Mapped[str] = mapped_column(Text)  # JSON list of the values
    authors: Mapped[str] = mapped_column(Text)  # JSON list
    times: Mapped[str] = mapped_column(Text)  # JSON list of [hlc, recorded_at, field, device]
    status: Mapped[str] = mapped_column(String(10))  # open / resolved
    resolved_by_change_id: Mapped[str | None] = mapped_column(String(UUID_LEN), nullable=True)
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ChangeBaseRow(Base):
    """An additional base of a change (a resolution names every head it supersedes)."""

    __tablename__ = "change_bases"

    change_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    base_change_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
