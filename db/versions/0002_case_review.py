"""internal case review: population, draws, reviewed cases, answers

Revision ID: 0002_case_review
Revises: 0001_initial
Create Date: 2026-11-27 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_case_review"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_population",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("procedure_date", sa.Date(), nullable=False),
        sa.Column("procedure_type", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "case_ref"),
    )
    op.create_table(
        "case_draws",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("seed", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("method_version", sa.String(length=40), nullable=False),
        sa.Column("population_size", sa.Integer(), nullable=False),
        sa.Column("n_requested", sa.Integer(), nullable=False),
        sa.Column("case_refs", sa.Text(), nullable=False),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("drawn_by", sa.String(length=300), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("superseded_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_draws", schema=None) as batch_op:
        batch_op.create_index("ix_case_draws_visit", ["visit_id", "drawn_at"], unique=False)

    op.create_table(
        "case_reviews",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("grade", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "case_ref"),
    )
    op.create_table(
        "case_answers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("question_key", sa.String(length=60), nullable=False),
        sa.Column("answer", sa.String(length=4), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "case_ref", "question_key"),
    )


def downgrade() -> None:
    op.drop_table("case_answers")
    op.drop_table("case_reviews")
    with op.batch_alter_table("case_draws", schema=None) as batch_op:
        batch_op.drop_index("ix_case_draws_visit")
    op.drop_table("case_draws")
    op.drop_table("case_population")
