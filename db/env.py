"""Alembic environment: runs on the connection the app hands over (see persistence.migrations)."""

from __future__ import annotations

from alembic import context

from assessor_app.persistence import sync_models  # noqa: F401  (registers sync tables)
from assessor_app.persistence.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through assessor_app.persistence.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs batch mode to alter tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
