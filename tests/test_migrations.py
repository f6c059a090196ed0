"""Schema migrations: models and migrations agree, every past revision upgrades, a database
from a newer app or a damaged file is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from assessor_app.domain.errors import DatabaseError, DatabaseTooNewError
from assessor_app.persistence.all_models import models
from assessor_app.persistence.database import Database
from assessor_app.persistence.engine import make_engine
from assessor_app.persistence.migrations import alembic_config, known_revisions, upgrade

Base = models.Base


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fast_revision_reader_agrees_with_alembic():
    revisions, head = known_revisions()
    assert head == script().get_current_head()
    assert revisions == {r.revision for r in script().walk_revisions()}


def test_models_match_migrations(tmp_path):
    engine = make_engine(tmp_path / "db.sqlite")
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


EARLIER = [r.revision for r in script().walk_revisions() if r.revision != known_revisions()[1]]


@pytest.mark.parametrize("revision", EARLIER or ["0001_initial"])
def test_database_from_every_earlier_revision_upgrades(tmp_path, revision):
    db_path = tmp_path / "old.db"
    engine = make_engine(db_path)
    upgrade(engine, revision)
    engine.dispose()
    con = sqlite3.connect(db_path)
    con.execute(
        "INSERT INTO visits (id, template_id, template_version, facility_name, department, "
        "address, country, facility_code, authorised_representative, contact_person, "
        "lead_assessor_name, lead_assessor_email, co_assessor_name, co_assessor_email, state, "
        "revision, created_at, updated_at) VALUES ('v-old', 'iasios-cirse-2018', "
        "'2018.1-working', 'Old Clinic', '', '', '', '', '', '', '', '', '', '', 'planned', 1, "
        "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    con.commit()
    con.close()
    db = Database.open(db_path, tmp_path / "backups")
    try:
        from assessor_app.persistence.migrations import current_revision

        assert current_revision(db.engine) == known_revisions()[1]
        with db.transaction() as repo:
            assert repo.get_visit("v-old").facility.name == "Old Clinic"
    finally:
        db.close()
    if revision != known_revisions()[1]:
        (backup,) = (tmp_path / "backups").glob("*/assessor.db")
        check = sqlite3.connect(backup)
        assert check.execute("SELECT facility_name FROM visits").fetchone() == ("Old Clinic",)
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        check.close()


def test_database_from_a_newer_app_is_refused_untouched(tmp_path):
    db_path = tmp_path / "assessor.db"
    Database.open(db_path, tmp_path / "backups").close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        Database.open(db_path, tmp_path / "backups")
    assert digest(db_path) == before
    assert not (tmp_path / "backups").exists()


def test_damaged_file_is_refused_untouched(tmp_path):
    db_path = tmp_path / "assessor.db"
    db_path.write_bytes(b"this is not a database" * 200)
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="cannot be opened"):
        Database.open(db_path, tmp_path / "backups")
    assert digest(db_path) == before
