"""evidence requests: what the assessors asked the facility for, and by when

Revision ID: 0006_evidence_requests
Revises: 0005_self_assessment
Create Date: 2026-12-02 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_evidence_requests"
# Re-chained onto 0005 (the application form) when both branches are merged.
down_revision = "0005_self_assessment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("requirement_key", sa.String(length=20), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence_requests") as batch_op:
        batch_op.create_index(
            "ix_evidence_requests_visit", ["visit_id", "requirement_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("evidence_requests") as batch_op:
        batch_op.drop_index("ix_evidence_requests_visit")
    op.drop_table("evidence_requests")
