"""Connection set-up: the only place that knows the database is SQLite.

Every connection gets WAL, synchronous=FULL (a committed edit survives power loss),
foreign keys and a busy timeout. Opening runs ``PRAGMA quick_check`` so a damaged file is
refused before anything writes to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from assessor_app.domain.errors import DatabaseError

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(db_path: Path) -> Engine:
    """An engine on the SQLite file, pragmas set on every connection, integrity checked."""
    # The pool hands one connection to one thread at a time; background jobs need this.
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    try:
        with engine.connect() as conn:
            result = conn.execute(text("PRAGMA quick_check")).scalar()
    except (SADatabaseError, OperationalError) as exc:
        engine.dispose()
        raise DatabaseError(
            f"{db_path} cannot be opened as a database ({exc.orig}); it was not changed. "
            "Restore a copy from the backups folder beside it, or move it away to start afresh."
        ) from None
    if result != "ok":
        engine.dispose()
        raise DatabaseError(
            f"{db_path} failed its integrity check ({result}); it was not changed. "
            "Restore a copy from the backups folder beside it."
        )
    return engine


def backup_database(db_path: Path, target: Path) -> None:
    """A consistent copy of a live database (SQLite's online backup), verified before use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            check = dest.execute("PRAGMA integrity_check").fetchone()[0]
            tables = [
                r[0]
                for r in source.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                query = f'SELECT count(*) FROM "{table}"'
                if source.execute(query).fetchone() != dest.execute(query).fetchone():
                    check = f"row count differs in {table}"
        finally:
            dest.close()
    finally:
        source.close()
    if check != "ok":
        target.unlink(missing_ok=True)
        raise DatabaseError(f"backup copy {target} did not verify ({check}); nothing was changed")


def truncate_wal(engine: Engine) -> None:
    """Copy the write-ahead log into the database file and empty it.

    SQLite keeps a WAL file as large as the biggest transaction since the app started; after
    a large import that would be hundreds of MB on disk until the app closes.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
