"""A DB-API connection to the database file outside SQLAlchemy (fingerprint, backups,
checks): SQLCipher with the raw key set first when the folder is encrypted, else sqlite3.

Every connection that is not the engine's goes through ``raw_connect``: one that forgot
the key would see "file is not a database" and call an encrypted file damaged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey


def sqlcipher_module() -> Any:
    """``sqlcipher3.dbapi2``, imported only for an encrypted folder."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def driver_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both drivers (sqlcipher3 has its own hierarchy)."""
    import sys

    found: list[type[BaseException]] = [sqlite3.Error]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        found.append(cipher.Error)
    return tuple(found)


def apply_key(dbapi_connection: Any, key: DataKey) -> None:
    """``PRAGMA key`` with the raw 256-bit key: must be the first statement on the
    connection. The raw form skips SQLCipher's own PBKDF2 (ours is Argon2id)."""
    cursor = dbapi_connection.cursor()
    try:
        # SQLCipher writes its own complaints (a failed page HMAC) to stderr; the errors
        # reach us as exceptions anyway, and the command line's output stays ours.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f'PRAGMA key = "{key.sqlcipher_pragma()}"')
    finally:
        cursor.close()


def raw_connect(path: Path, key: DataKey | None, *, uri: bool = False, **kwargs: Any) -> Any:
    """Connection to ``path`` (or a ``file:`` URI with ``uri=True``), keyed when ``key``."""
    target = str(path)
    if key is None:
        return sqlite3.connect(target, uri=uri, **kwargs)
    con = sqlcipher_module().connect(target, uri=uri, **kwargs)
    try:
        apply_key(con, key)
    except BaseException:
        con.close()
        raise
    return con
