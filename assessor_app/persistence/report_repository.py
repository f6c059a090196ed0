"""Reads and writes of signed-report records; hands out domain dataclasses only."""

from __future__ import annotations

from sqlalchemy import select

from assessor_app.domain.report_record import SignedReportRecord
from assessor_app.persistence.change_writer import ChangeWriter
from assessor_app.persistence.report_models import SignedReportRow


class ReportRepository:
    """On the unit of work's writer, so a signature record and the visit's new state are
    written in one transaction."""

    def __init__(self, writer: ChangeWriter) -> None:
        self.writer = writer
        self.session = writer.session

    def add(self, record: SignedReportRecord) -> None:
        row = SignedReportRow(
            id=record.id,
            visit_id=record.visit_id,
            revision=record.revision,
            report_id=record.report_id,
            content_hash=record.content_hash,
            pdf_sha256=record.pdf_sha256,
            signer_name=record.signer_name,
            cert_fingerprint=record.cert_fingerprint,
            field_name=record.field_name,
            signed_at=record.signed_at,
        )
        self.writer.create(row, "signed_report", visit_id=record.visit_id)

    def for_visit(self, visit_id: str) -> list[SignedReportRecord]:
        """Every signature recorded for the visit, oldest first."""
        rows = self.session.scalars(
            select(SignedReportRow)
            .where(SignedReportRow.visit_id == visit_id)
            .order_by(SignedReportRow.revision, SignedReportRow.signed_at)
        )
        return [
            SignedReportRecord(
                id=r.id,
                visit_id=r.visit_id,
                revision=r.revision,
                report_id=r.report_id,
                content_hash=r.content_hash,
                pdf_sha256=r.pdf_sha256,
                signer_name=r.signer_name,
                cert_fingerprint=r.cert_fingerprint,
                field_name=r.field_name,
                signed_at=r.signed_at,
            )
            for r in rows
        ]
