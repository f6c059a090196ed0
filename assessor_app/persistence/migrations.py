"""Bring a database to the app's schema with Alembic, after a verified backup.

A database stamped with a revision this app does not know was written by a newer app:
it is refused untouched.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import DatabaseTooNewError
from assessor_app.persistence.backup_store import list_backups, write_backup
from assessor_app.persistence.engine import BEGIN_IMMEDIATE, database_fingerprint
from assessor_app.resources import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

    from assessor_app.protection.data_key import DataKey

_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def known_revisions() -> tuple[set[str], str]:
    """All revision ids and the head, read from the migration files.

    Alembic itself takes ~0.3 s to import; start-up only needs it when an upgrade is due,
    so the common case (database already at head) reads the ids directly. A test checks
    this agrees with Alembic's own view.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (migrations_path() / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        if match := _REVISION.search(source):
            revisions.add(match.group(1))
        if match := _DOWN.search(source):
            parents.add(match.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line; heads: {sorted(heads)}")
    return revisions, heads.pop()


def head_revision() -> str:
    return known_revisions()[1]


def current_revision(engine: Engine) -> str | None:
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run migrations up to ``target`` on the engine's database (no backup, no checks).

    All of it is one transaction (Alembic joins the one begun here), holding the write lock
    from the start on SQLite: killed at any point, the database is at the old revision or
    the new one, and a second app starting at the same moment waits, then finds it done.
    """
    from alembic import command

    config = alembic_config()
    with engine.execution_options(**{BEGIN_IMMEDIATE: True}).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def migrate(
    engine: Engine, db_path: Path, backup_dir: Path, key: DataKey | None = None
) -> str | None:
    """Upgrade to head; returns the backed-up database file, if any. Refuses newer ones."""
    known, head = known_revisions()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and current not in known:
        raise DatabaseTooNewError.coded(
            ErrorCode.DATABASE_TOO_NEW, db_path=db_path, current=current
        )
    backup: Path | None = None
    has_tables = bool(inspect(engine).get_table_names())
    if current is not None or has_tables:
        engine.dispose()
        backup = _backup_once(db_path, backup_dir, head, key)
    upgrade(engine)
    return str(backup) if backup else None


def _backup_once(db_path: Path, backup_dir: Path, head: str, key: DataKey | None) -> Path:
    """A verified backup (persistence/backup_store; the database only: an upgrade leaves
    the attachments alone) before upgrading to ``head``, taken once per unchanged
    database: a start-up that fails (or is killed) and is tried again re-uses it."""
    fingerprint = database_fingerprint(db_path, key)[:16]
    reason = f"before-upgrade-{head}"
    for taken in list_backups(backup_dir):
        if taken.reason == reason and taken.fingerprint == fingerprint:
            return taken.database
    return write_backup(db_path, backup_dir, key, reason, fingerprint=fingerprint).database
