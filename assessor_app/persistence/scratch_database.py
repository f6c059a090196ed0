"""A database in memory with this app's schema, for checks that replay records before any
of them reaches the real one (a received bundle's visit, rebuilt as its sender had it).

Nothing of it reaches a disk: with the database encrypted at rest, a plain copy of a visit
in a temporary file would leak what the encryption protects.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

import assessor_app.persistence.all_models  # noqa: F401  (every table and synced entity)
from assessor_app.persistence.database import Database
from assessor_app.persistence.models import Base


def scratch_database() -> Database:
    """An empty database of the current schema in memory; close it when done."""
    # One connection shared by every session: each new connection to ":memory:" would be
    # another, empty database.
    engine = create_engine(
        "sqlite://",
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
        hide_parameters=True,  # a bundle's values never reach the log (see engine.py)
    )
    Base.metadata.create_all(engine)
    return Database(engine, db_path=Path("scratch.sqlite"), backup_dir=Path("scratch-backups"))
