"""The same models, migrations and repositories on PostgreSQL (the office's server).

Starts a throw-away PostgreSQL cluster in a temporary folder (Debian's postgresql package;
scripts/setup.sh installs it for the test run) and talks to it over a Unix socket only.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from assessor_app.domain.case_review import PopulationCase
from assessor_app.domain.ratings import Rating
from assessor_app.persistence.all_models import models
from assessor_app.persistence.migrations import current_revision, head_revision, upgrade
from assessor_app.persistence.unit_of_work import UnitOfWork

BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def _as_postgres(args: list[str]) -> list[str]:
    """initdb refuses to run as root: run as the package's postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="module")
def pg_engine() -> Iterator[Engine]:
    # A missing server or driver fails the tests (scripts/setup.sh test installs both).
    if not BINARIES:
        pytest.fail("PostgreSQL server binaries are not installed (run scripts/setup.sh test)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail("psycopg is not installed (pip install -e .[test])")
    bindir = BINARIES[-1].parent
    # Not under pytest's tmp (private to root): the postgres user must reach this folder.
    root = Path(tempfile.mkdtemp(prefix="assessor-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (root, sock):
            os.chown(path, user.pw_uid, user.pw_gid)
    subprocess.run(
        _as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    options = f"-k {sock} -c listen_addresses='' -c fsync=off"
    subprocess.run(
        _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "start",
                      "-l", str(root / "log")]),
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    engine = create_engine(f"postgresql+psycopg://postgres@/postgres?host={sock}")
    try:
        yield engine
    finally:
        engine.dispose()
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True, timeout=120,
        )  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def test_migrations_run_and_match_the_models(pg_engine: Engine):
    upgrade(pg_engine)
    assert current_revision(pg_engine) == head_revision()
    with pg_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
    assert diff == []


def test_repository_writes_and_reads_with_change_records(pg_engine: Engine):
    upgrade(pg_engine)
    with Session(pg_engine) as session, session.begin():
        repo = UnitOfWork(session, "Dr. Ørsted", "device-pg").visits
        repo.create_visit(
            "pg-visit-1",
            {
                "template_id": "iasios-cirse-2018", "template_version": "2018.1-working",
                "facility_name": "Szpital Łódź", "state": "planned", "revision": 1,
            },
            ["1.a", "7.b"],
        )  # fmt: skip
        repo.set_finding_field("pg-visit-1", "7.b", "rating", Rating.PARTIAL.value)
        repo.set_finding_field("pg-visit-1", "7.b", "rating", Rating.MET.value)
    with Session(pg_engine) as session:
        repo = UnitOfWork(session, "Dr. Ørsted", "device-pg").visits
        assert repo.get_visit("pg-visit-1").facility.name == "Szpital Łódź"
        assert repo.findings("pg-visit-1")["7.b"].rating is Rating.MET
        history = repo.history("pg-visit-1", "7.b")
        assert [c.new_value for c in history] == ["partial", "met"]
        assert history[1].base_change_id == history[0].id


def test_bulk_population_import_on_postgresql(pg_engine: Engine):
    """The bulk insert path (Core executemany compiled by the dialect) is portable too."""
    upgrade(pg_engine)
    cases = [
        PopulationCase(f"IO-2025-{i:04d}", date(2025, 1 + i % 12, 1 + i % 28), "ablation")
        for i in range(300)
    ]
    with Session(pg_engine) as session, session.begin():
        UnitOfWork(session, "A", "dev").visits.create_visit(
            "pg-visit-2",
            {
                "template_id": "iasios-cirse-2018", "template_version": "2018.1-working",
                "facility_name": "Bulk", "state": "planned", "revision": 1,
            },
            [],
        )  # fmt: skip
        UnitOfWork(session, "A", "dev").case_review.add_cases("pg-visit-2", cases)
    with Session(pg_engine) as session:
        stored = UnitOfWork(session, "A", "dev").case_review.population("pg-visit-2")
    assert sorted(c.case_ref for c in stored) == sorted(c.case_ref for c in cases)
    assert {c.procedure_date for c in stored} == {c.procedure_date for c in cases}
