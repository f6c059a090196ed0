"""Signed reports: one row per signature applied to a report of one revision of a visit.

Rows are only ever added (through the change writer, so sync carries them); a revision with
a row here is frozen: the next edit of the visit opens a new revision.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from assessor_app.persistence.entity_schema import register_entity
from assessor_app.persistence.models import UUID_LEN, Base


class SignedReportRow(Base):
    __tablename__ = "signed_reports"
    __table_args__ = (Index("ix_signed_reports_visit_revision", "visit_id", "revision"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    report_id: Mapped[str] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(300))
    cert_fingerprint: Mapped[str] = mapped_column(String(100))
    field_name: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


register_entity(
    "signed_report",
    SignedReportRow,
    {
        "revision": int,
        "report_id": str,
        "content_hash": str,
        "pdf_sha256": str,
        "signer_name": str,
        "cert_fingerprint": str,
        "field_name": str,
        "signed_at": datetime,
    },
)
