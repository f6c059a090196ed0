"""Connection set-up: the only place that knows the database is SQLite.

An encrypted folder's file is SQLCipher: the same sqlite dialect on the ``sqlcipher3``
driver, and the raw key is the first statement of every connection, before any pragma
reads the file. Every connection gets WAL, synchronous=FULL (a committed edit survives power loss),
foreign keys and a busy timeout. Opening runs ``PRAGMA quick_check`` so a damaged file is
refused before anything writes to it.

Transactions are real ones: pysqlite on its own begins a transaction only before an
INSERT/UPDATE/DELETE, so DDL (a schema upgrade) committed statement by statement and a read
before a write saw no lock. SQLAlchemy's documented recipe turns the driver's handling off
and emits BEGIN in the "begin" event; a connection with the execution option
``BEGIN_IMMEDIATE`` takes SQLite's write lock at BEGIN, so work that reads a base and
writes on it (an edit and its change record, an upgrade) runs one after another across
processes, never on the same stale base.
"""

from __future__ import annotations

import hashlib
import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text

from assessor_app.persistence.raw_connection import apply_key, raw_connect, sqlcipher_module
from assessor_app.persistence.storage_errors import damaged, storage_errors

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Execution option (engine or connection): begin with SQLite's write lock already held.
BEGIN_IMMEDIATE = "assessor_begin_immediate"


def _on_connect(dbapi_connection: Any, _record: Any, key: DataKey | None = None) -> None:
    if key is not None:
        apply_key(dbapi_connection, key)  # first: every later statement reads the file
    dbapi_connection.isolation_level = None  # BEGIN is ours (see _on_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(BEGIN_IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(
    db_path: Path, backup_dir: Path | None = None, key: DataKey | None = None
) -> Engine:
    """An engine on the SQLite file, pragmas set on every connection, integrity checked.

    With ``key`` the file is SQLCipher's, keyed on every connection before anything else.
    A file that cannot be opened safely raises a StorageError saying why (damaged, disk
    full, read-only, ...); ``backup_dir`` is where a damaged file's backup copies are.
    """
    backups = backup_dir or db_path.parent / "backups"
    extra: dict[str, Any] = {} if key is None else {"module": sqlcipher_module()}
    # The pool hands one connection to one thread at a time; background jobs need this.
    # hide_parameters: an error's text (which reaches the plaintext log) names the SQL
    # but never the values bound to it: comments, names and findings are health data.
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False},
        hide_parameters=True,
        **extra,
    )
    # insert=True: ahead of the dialect's own first-connect queries, which read the file.
    event.listen(engine, "connect", partial(_on_connect, key=key), insert=True)
    event.listen(engine, "begin", _on_begin)
    try:
        with storage_errors(db_path, backups, opening=True, key=key), engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA quick_check"))]
    except BaseException:
        engine.dispose()
        raise
    if rows != ["ok"]:
        engine.dispose()
        log.error("%s failed its integrity check:\n%s", db_path, "\n".join(map(str, rows)))
        raise damaged(db_path, backups, key)
    return engine


def database_fingerprint(db_path: Path, key: DataKey | None = None) -> str:
    """SHA-256 of the database file with its write-ahead log folded in: equal for the same
    unchanged database, whatever start-ups came and went (a rolled-back upgrade included)."""
    con = raw_connect(db_path, key)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    digest = hashlib.sha256()
    with db_path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def truncate_wal(engine: Engine) -> None:
    """Copy the write-ahead log into the database file and empty it.

    SQLite keeps a WAL file as large as the biggest transaction since the app started; after
    a large import that would be hundreds of MB on disk until the app closes.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
