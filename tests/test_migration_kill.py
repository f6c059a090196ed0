"""An upgrade killed after any statement leaves the database at the old revision or the new
one, intact, and the app opens it afterwards (the whole upgrade is one transaction).

One helper process imports the app once, then forks a child per case that opens an old
database and dies (``os._exit``, as abrupt as a kill for SQLite) right after statement N,
for every N the open takes, from every earlier revision and from an empty file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from assessor_app.persistence.database import Database
from assessor_app.persistence.migrations import current_revision, known_revisions
from tests.conftest import ROOT

KILLER = textwrap.dedent(
    """
    import json, os, shutil, sqlite3, sys
    from pathlib import Path
    from sqlalchemy import Engine, event
    from assessor_app.persistence.database import Database
    from assessor_app.persistence.engine import make_engine
    from assessor_app.persistence.migrations import upgrade

    work = Path(sys.argv[1])
    starts = json.loads(sys.argv[2])
    state = {"count": 0, "stop": 0}

    def after(*_args):
        state["count"] += 1
        if state["count"] == state["stop"]:
            os._exit(0)  # dies holding whatever the statement did, like a kill

    event.listen(Engine, "after_cursor_execute", after)

    def run(db, stop):
        state["count"], state["stop"] = 0, stop
        pid = os.fork()
        if pid == 0:
            try:
                Database.open(db, work / "backups-child").close()
            finally:
                os._exit(3 if state["count"] else 4)
        state["stop"] = -1  # the parent itself runs on
        _pid, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status)

    cases = []
    for start in starts:
        template = work / f"template-{start or 'empty'}.db"
        if start:
            engine = make_engine(template)
            upgrade(engine, start)
            engine.dispose()
            con = sqlite3.connect(template)
            con.execute("INSERT INTO local_settings (key, value) VALUES ('marker', 'kept')")
            con.commit()
            con.close()
        else:
            template.touch()
        # A full, unkilled open tells how many statements there are to kill after.
        probe = work / f"probe-{start or 'empty'}.db"
        shutil.copy(template, probe)
        state["count"], state["stop"] = 0, -1
        Database.open(probe, work / "backups-probe").close()
        total = state["count"]
        for n in range(1, total + 1):
            db = work / f"case-{start or 'empty'}-{n}.db"
            shutil.copy(template, db)
            code = run(db, n)
            cases.append({"start": start, "n": n, "db": str(db), "code": code})
    print(json.dumps(cases))
    """
)


def test_upgrade_killed_after_any_statement_leaves_old_or_new_revision(tmp_path: Path):
    revisions, head = known_revisions()
    starts: list[str | None] = [None, *sorted(r for r in revisions if r != head)]
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(tmp_path), json.dumps(starts)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    cases = json.loads(done.stdout.splitlines()[-1])
    assert {c["start"] for c in cases} == set(starts)
    assert all(c["code"] == 0 for c in cases), "every child was killed mid-open"
    for case in cases:
        db_path = Path(case["db"])
        what = f"killed after statement {case['n']} upgrading from {case['start']}"
        con = sqlite3.connect(db_path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",), what
        finally:
            con.close()
        db = Database.open(db_path, tmp_path / "backups")
        try:
            assert current_revision(db.engine) == head, what
            if case["start"]:
                with db.engine.connect() as conn:
                    marker = conn.exec_driver_sql(
                        "SELECT value FROM local_settings WHERE key = 'marker'"
                    ).scalar()
                assert marker == "kept", what
        finally:
            db.close()


def test_killed_upgrade_is_at_the_old_revision_not_half_way(tmp_path: Path):
    """The revision left by a kill is the old one or the new one, never a mix: checked
    directly on the file, before the app touches it again."""
    revisions, head = known_revisions()
    start = sorted(r for r in revisions if r != head)[0]
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from sqlalchemy import Engine, event
        from assessor_app.persistence.database import Database
        from assessor_app.persistence.engine import make_engine
        from assessor_app.persistence.migrations import upgrade

        db = Path(sys.argv[1])
        engine = make_engine(db)
        upgrade(engine, {start!r})
        engine.dispose()
        seen = []

        def after(_conn, _cursor, statement, *_args):
            seen.append(statement)
            if statement.lstrip().upper().startswith("CREATE TABLE"):
                os._exit(0)

        event.listen(Engine, "after_cursor_execute", after)
        Database.open(db, db.parent / "backups")
        os._exit(5)
        """
    )
    db_path = tmp_path / "assessor.db"
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (start,)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    # Nothing of the next revisions' tables was left behind under the old stamp.
    assert "case_population" not in tables
    assert "imported_bundles" not in tables


def test_failed_starts_do_not_pile_up_backup_copies(tmp_path: Path):
    """Each killed start-up retries the upgrade; the unchanged database is copied once."""
    revisions, head = known_revisions()
    start = sorted(r for r in revisions if r != head)[0]
    db_path = tmp_path / "assessor.db"
    backups = tmp_path / "backups"
    from assessor_app.persistence.engine import make_engine
    from assessor_app.persistence.migrations import upgrade

    engine = make_engine(db_path)
    upgrade(engine, start)
    engine.dispose()
    script = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from sqlalchemy import Engine, event
        from assessor_app.persistence.database import Database

        def after(_conn, _cursor, statement, *_args):
            if statement.lstrip().upper().startswith("CREATE TABLE"):
                os._exit(0)

        event.listen(Engine, "after_cursor_execute", after)
        try:
            Database.open(Path(sys.argv[1]), Path(sys.argv[2]))
        finally:
            os._exit(9)  # a start that fails for any other reason fails the same way
        """
    )
    for attempt in range(3):
        done = subprocess.run(
            [sys.executable, "-c", script, str(db_path), str(backups)],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert done.returncode == 0, (attempt, done.stderr[-3000:])
        assert len(list(backups.glob("*/assessor.db"))) == 1, attempt
        time.sleep(1.1)  # a later copy would get a new time stamp in its name
    db = Database.open(db_path, backups)
    try:
        assert current_revision(db.engine) == head
        (copy,) = backups.glob("*/assessor.db")
        assert db.backup_path == str(copy)
    finally:
        db.close()
    check = sqlite3.connect(copy)
    try:
        assert check.execute("SELECT version_num FROM alembic_version").fetchone() == (start,)
    finally:
        check.close()
