"""the facility's own account: self-assessment, volumes and internal case review

Revision ID: 0005_self_assessment
Revises: 0004_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_self_assessment"
down_revision = "0004_sync"
branch_labels = None
depends_on = None


def _visit_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "self_assessments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("requirement_key", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _visit_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "requirement_key"),
    )
    op.create_table(
        "facility_volumes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("procedure_type", sa.String(length=40), nullable=False),
        sa.Column("annual_count", sa.Integer(), nullable=True),
        _visit_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "procedure_type"),
    )
    op.create_table(
        "facility_cases",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("procedure_date", sa.Date(), nullable=False),
        sa.Column("procedure_type", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        _visit_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "case_ref"),
    )
    op.create_table(
        "facility_case_answers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("question_key", sa.String(length=60), nullable=False),
        sa.Column("answer", sa.String(length=4), nullable=True),
        _visit_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "case_ref", "question_key"),
    )


def downgrade() -> None:
    op.drop_table("facility_case_answers")
    op.drop_table("facility_cases")
    op.drop_table("facility_volumes")
    op.drop_table("self_assessments")
