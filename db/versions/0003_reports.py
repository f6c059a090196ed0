"""signed reports

Revision ID: 0003_reports
Revises: 0002_case_review
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_reports"
down_revision = "0002_case_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_reports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.String(length=100), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("signer_name", sa.String(length=300), nullable=False),
        sa.Column("cert_fingerprint", sa.String(length=100), nullable=False),
        sa.Column("field_name", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signed_reports", schema=None) as batch_op:
        batch_op.create_index(
            "ix_signed_reports_visit_revision", ["visit_id", "revision"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("signed_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_signed_reports_visit_revision")
    op.drop_table("signed_reports")
