"""sync by file: imported bundles, conflicts, extra bases of resolutions

Revision ID: 0004_sync
Revises: 0003_reports
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sync"
down_revision = "0003_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_bundles",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("assessor_name", sa.String(length=300), nullable=False),
        sa.Column("assessor_email", sa.String(length=300), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=100), nullable=True),
        sa.Column("created", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("new_changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "imported_bundle_visits",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["bundle_id"], ["imported_bundles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("bundle_id", "visit_id"),
    )
    with op.batch_alter_table("imported_bundle_visits") as batch_op:
        batch_op.create_index("ix_imported_bundle_visits_visit_id", ["visit_id"], unique=False)
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("requirement_key", sa.String(length=20), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("change_ids", sa.Text(), nullable=False),
        sa.Column("change_values", sa.Text(), nullable=False),
        sa.Column("authors", sa.Text(), nullable=False),
        sa.Column("times", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolved_by_change_id", sa.String(length=36), nullable=True),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflicts") as batch_op:
        batch_op.create_index(
            "ix_sync_conflicts_visit_status", ["visit_id", "status"], unique=False
        )
        batch_op.create_index("ix_sync_conflicts_entity_id", ["entity_id"], unique=False)
    op.create_table(
        "change_bases",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("base_change_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("change_id", "base_change_id"),
    )


def downgrade() -> None:
    op.drop_table("change_bases")
    with op.batch_alter_table("sync_conflicts") as batch_op:
        batch_op.drop_index("ix_sync_conflicts_entity_id")
        batch_op.drop_index("ix_sync_conflicts_visit_status")
    op.drop_table("sync_conflicts")
    with op.batch_alter_table("imported_bundle_visits") as batch_op:
        batch_op.drop_index("ix_imported_bundle_visits_visit_id")
    op.drop_table("imported_bundle_visits")
    op.drop_table("imported_bundles")
