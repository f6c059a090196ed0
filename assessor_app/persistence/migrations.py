"""Bring a database to the app's schema with Alembic, after a verified backup copy.

A database stamped with a revision this app does not know was written by a newer app:
it is refused untouched.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from assessor_app.domain.errors import DatabaseTooNewError
from assessor_app.persistence.engine import backup_database
from assessor_app.resources import migrations_path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run migrations up to ``target`` on the engine's database (no backup, no checks)."""
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def migrate(engine: Engine, db_path: Path, backup_dir: Path) -> str | None:
    """Upgrade to head; returns the backup path taken, if any. Refuses newer databases."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
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
