"""Copy a plaintext SQLite database into a new SQLCipher file (``sqlcipher_export``),
verified before anyone relies on it: the conversion of an unencrypted data folder."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from assessor_app.persistence.raw_connection import raw_connect, sqlcipher_module

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey

SQLITE_HEADER = b"SQLite format 3\x00"


def is_plaintext_sqlite(path: Path) -> bool:
    """True when ``path`` starts with SQLite's plaintext header (a SQLCipher file does not:
    its first page is encrypted from byte 0, salt included)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def checkpoint(path: Path) -> None:
    """Fold a plaintext database's write-ahead log into its file."""
    plain = raw_connect(path, None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()


def export_encrypted(source: Path, target: Path, key: DataKey, *, fold_wal: bool = True) -> str:
    """Write ``target`` as an encrypted copy of the plaintext ``source``; "ok" when the copy
    passes its integrity check and holds the same rows as the source, else why not.

    ``target`` must not exist. The source is only read (its WAL folded in first, unless
    the caller did that and holds the write lock: a checkpoint would wait for it)."""
    if target.exists():
        raise FileExistsError(target)
    if fold_wal:
        checkpoint(source)
    # SQLCipher opens a plaintext file with no key; the target is attached keyed.
    con = sqlcipher_module().connect(str(source), isolation_level=None)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key.sqlcipher_pragma()))
        con.execute("SELECT sqlcipher_export('encrypted')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()
    _fsync(target)
    return verify_copy(source, None, target, key)


def verify_copy(source: Path, source_key: DataKey | None, copy: Path, key: DataKey) -> str:
    """Integrity check of ``copy`` and the row count of every table against ``source``."""
    src = raw_connect(source, source_key)
    try:
        dst = raw_connect(copy, key)
        try:
            check = str(dst.execute("PRAGMA integrity_check").fetchone()[0])
            if check != "ok":
                return check
            dst.execute("PRAGMA journal_mode=WAL")  # recorded in the file, as the engine sets
            tables = [
                r[0]
                for r in src.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                query = f'SELECT count(*) FROM "{table}"'
                if src.execute(query).fetchone() != dst.execute(query).fetchone():
                    return f"row count differs in {table}"
        finally:
            dst.close()
    finally:
        src.close()
    return "ok"


def encrypt_file_in_place(path: Path, key: DataKey) -> None:
    """Replace a plaintext SQLite file (an old backup copy) by its verified encrypted copy;
    a copy that does not verify leaves the file as it was."""
    partial = path.with_name(f".{path.name}.encrypting")
    partial.unlink(missing_ok=True)
    try:
        if export_encrypted(path, partial, key) == "ok":
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
