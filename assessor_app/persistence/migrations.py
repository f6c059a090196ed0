"""Bring a database to the app's schema with Alembic, after a verified backup copy.

A database stamped with a revision this app does not know was written by a newer app:
it is refused untouched.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from assessor_app.domain.errors import DatabaseTooNewError
from assessor_app.persistence.engine import backup_database
from assessor_app.resources import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

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
    """Run migrations up to ``target`` on the engine's database (no backup, no checks)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def migrate(engine: Engine, db_path: Path, backup_dir: Path) -> str | None:
    """Upgrade to head; returns the backup path taken, if any. Refuses newer databases."""
    known, head = known_revisions()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            f"{db_path} was written by a newer version of IASIOS Assessor (schema {current}); "
            "this version cannot open it and has not changed it. Install the newer version."
        )
    backup: Path | None = None
    has_tables = bool(inspect(engine).get_table_names())
    if current is not None or has_tables:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_dir / f"{db_path.stem}-{stamp}-before-{head}.db"
        engine.dispose()
        backup_database(db_path, backup)
    upgrade(engine)
    return str(backup) if backup else None
