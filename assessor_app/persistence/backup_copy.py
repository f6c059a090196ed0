"""A verified copy of the live database, and what a copy holds: the backups' SQL side.

The copy is SQLite's online backup API on both kinds of folder. SQLCipher allows it when
source and target carry the same key (tried here: the target is written encrypted page by
page and never holds plaintext), so an encrypted folder's copy needs no ``sqlcipher_export``
round trip. The whole copy is taken inside one read transaction of the source, so the row
counts it is compared with are those of the same snapshot, whatever another process
commits meanwhile.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import DatabaseError

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey


def connect(path: Path, key: DataKey | None, *, read_only: bool = False) -> Any:
    """A DB-API connection to ``path``, keyed first when the folder is encrypted."""
    from assessor_app.persistence.raw_connection import raw_connect

    if read_only:  # a check never creates the file it looks at
        return raw_connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)  # type: ignore[arg-type]
    return raw_connect(path, key)


@contextlib.contextmanager
def connection(path: Path, key: DataKey | None, *, read_only: bool = False) -> Iterator[Any]:
    con = connect(path, key, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def _tables(con: Any) -> list[str]:
    return [
        str(r[0])
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]


def _counts(con: Any, tables: list[str]) -> dict[str, int]:
    return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path, key: DataKey | None) -> dict[str, int]:
    """Copy ``source`` to the new file ``target`` (same key), verify and fsync it.

    Verified: ``integrity_check`` of the copy opened with the key, and every table's row
    count equal to the source's in the snapshot copied. Returns those counts. A copy that
    does not verify is removed and raises BACKUP_DID_NOT_VERIFY.
    """
    target.unlink(missing_ok=True)
    src = connect(source, key)
    try:
        src.isolation_level = None
        src.execute("BEGIN")  # one snapshot for the copy and the counts
        tables = _tables(src)
        counts = _counts(src, tables)
        dest = connect(target, key)
        try:
            src.backup(dest)
            # A single file on its own: no write-ahead log beside the copy.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        src.execute("COMMIT")
    finally:
        src.close()
    check = verify_copy(target, key, counts)
    if check != "ok":
        target.unlink(missing_ok=True)
        raise DatabaseError.coded(ErrorCode.BACKUP_DID_NOT_VERIFY, target=target, check=check)
    fsync_file(target)
    return counts


def verify_copy(path: Path, key: DataKey | None, counts: dict[str, int]) -> str:
    """'ok', or what is wrong with the copy at ``path`` (opened afresh, with the key)."""
    try:
        with connection(path, key) as con:
            check = str(con.execute("PRAGMA integrity_check").fetchone()[0])
            if check != "ok":
                return check
            found = _counts(con, _tables(con))
    except sqlite3.Error as exc:
        return str(exc)
    except Exception as exc:  # sqlcipher3's errors are its own classes
        return f"{exc.__class__.__name__}: {exc}"
    for table, count in counts.items():
        if found.get(table) != count:
            return f"row count differs in {table}"
    return "ok"


def quick_check(path: Path, key: DataKey | None) -> bool:
    """The file opens (with the key) and passes ``PRAGMA quick_check``."""
    if not path.is_file():
        return False
    try:
        with connection(path, key, read_only=True) as con:
            return bool(con.execute("PRAGMA quick_check").fetchone() == ("ok",))
    except Exception:  # wrong key, not a database, unreadable: not a good copy
        return False


def integrity_problems(path: Path, key: DataKey | None) -> list[str]:
    """``PRAGMA integrity_check``'s findings: empty when the database is intact."""
    try:
        with connection(path, key) as con:
            rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
    except Exception as exc:
        return [f"{exc.__class__.__name__}: {exc}"]
    return [] if rows == ["ok"] else rows


@dataclass(frozen=True, slots=True)
class VisitContents:
    """One visit as a backup holds it."""

    id: str
    facility: str
    last_change: str
    findings: int
    attachments: int
    actions: int


@dataclass(frozen=True, slots=True)
class DatabaseContents:
    schema_revision: str
    visits: tuple[VisitContents, ...]


def _count_by_visit(con: Any, table: str, where: str = "") -> dict[str, int]:
    query = f'SELECT visit_id, count(*) FROM "{table}" {where} GROUP BY visit_id'
    return {str(v): int(n) for v, n in con.execute(query)}


def read_contents(path: Path, key: DataKey | None) -> DatabaseContents:
    """The schema revision and the visits (last change, counts) of a database file."""
    with connection(path, key) as con:
        tables = set(_tables(con))
        revision = ""
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else ""
        if "visits" not in tables:
            return DatabaseContents(revision, ())
        try:
            visits = _visits(con)
        except Exception:  # an old schema without a column asked for: no visit list
            visits = ()
    return DatabaseContents(revision, visits)


def _visits(con: Any) -> tuple[VisitContents, ...]:
    findings = _count_by_visit(con, "findings", "WHERE rating IS NOT NULL")
    attachments = _count_by_visit(con, "attachments", "WHERE deleted = 0")
    actions = _count_by_visit(con, "corrective_actions", "WHERE deleted = 0")
    return tuple(
        VisitContents(
            id=str(vid),
            facility=str(name),
            last_change=str(updated or ""),
            findings=findings.get(vid, 0),
            attachments=attachments.get(vid, 0),
            actions=actions.get(vid, 0),
        )
        for vid, name, updated in con.execute(
            "SELECT id, facility_name, updated_at FROM visits ORDER BY updated_at DESC"
        )
    )


def referenced_blobs(path: Path, key: DataKey | None) -> dict[str, str]:
    """sha256 -> how to name it to a person ("photo.jpg, visit 1e6e1128") for every
    attachment the database records (removed ones too: their blob stays until nothing
    refers to it)."""
    with connection(path, key) as con:
        if "attachments" not in set(_tables(con)):
            return {}
        named: dict[str, str] = {}
        for sha, filename, visit_id in con.execute(
            "SELECT sha256, filename, visit_id FROM attachments ORDER BY created_at"
        ):
            named.setdefault(str(sha), f"{filename}, visit {str(visit_id)[:8]}")
        return named
