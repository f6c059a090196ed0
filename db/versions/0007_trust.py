"""trust: the office's trust list, pinned assessor keys, the log of trust decisions

Revision ID: 0007_trust
Revises: 0006_evidence_requests
Create Date: 2026-12-02 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_trust"
down_revision = "0006_evidence_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trust_anchors",
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    op.create_table(
        "pinned_keys",
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("pinned_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("email"),
    )
    op.create_table(
        "trust_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("actor", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("fingerprint", sa.String(length=100), nullable=True),
        sa.Column("old_fingerprint", sa.String(length=100), nullable=True),
        sa.Column("bundle_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("trust_events") as batch_op:
        batch_op.create_index("ix_trust_events_visit_id", ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trust_events") as batch_op:
        batch_op.drop_index("ix_trust_events_visit_id")
    op.drop_table("trust_events")
    op.drop_table("pinned_keys")
    op.drop_table("trust_anchors")
