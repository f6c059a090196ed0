"""A full disk, a read-only database and a damaged file each get one short, true sentence;
advice to move the database away comes only when it is damaged and names a backup that
exists."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from assessor_app.app import main
from assessor_app.domain.storage_errors import StorageError, StorageProblem
from assessor_app.logging_setup import configure_logging
from assessor_app.paths import resolve_paths
from assessor_app.persistence import storage_errors
from assessor_app.persistence.database import Database
from assessor_app.services.container import build_services

LONG_COMMENT = "".join(f"observation {i}; " for i in range(900))  # needs new pages


@contextmanager
def every_connection(pragma: Callable[[Any], None]) -> Iterator[None]:
    """Run ``pragma`` on each new SQLite connection of any engine: SQLite's own switches
    for a disk that takes no more pages or a file it may not write (root ignores chmod)."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        pragma(dbapi_connection)

    event.listen(Engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(Engine, "connect", on_connect)


def disk_full(dbapi_connection: Any) -> None:
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def read_only(dbapi_connection: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def one_visit(data_dir: Path) -> str:
    from assessor_app.domain.visit import Facility, NewVisit

    services = build_services(resolve_paths(data_dir))
    try:
        return services.visits.create(
            NewVisit(Facility("Disk Test"), services.templates.default().id)
        )
    finally:
        services.close()


def stored_comment(data_dir: Path, key: str) -> str | None:
    con = sqlite3.connect(data_dir / "assessor.db")
    try:
        row = con.execute(
            "SELECT comment FROM findings WHERE requirement_key = ?", (key,)
        ).fetchone()
        return row[0] if row else None
    finally:
        con.close()


@pytest.mark.parametrize(
    ("pragma", "words"),
    [(disk_full, ("disk", "is full", "Free some space")), (read_only, ("is read-only",))],
    ids=["disk-full", "read-only"],
)
def test_a_refused_write_is_one_true_sentence(capsys, data_dir, pragma, words):
    visit_id = one_visit(data_dir)
    capsys.readouterr()
    with every_connection(pragma):
        code = main(["--data-dir", str(data_dir), "rate", visit_id, "1.a", "met",
                     "--comment", LONG_COMMENT])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1, err
    for word in words:
        assert word in err
    assert "Nothing was changed" in err
    assert "OperationalError" not in err and "move" not in err and "backup" not in err
    assert stored_comment(data_dir, "1.a") in (None, "")


def test_a_log_that_cannot_be_written_stays_quiet(tmp_path, capsys):
    """A full disk under the log: the record is lost, no traceback reaches the user."""
    link = tmp_path / "logs" / "assessor.log"
    link.parent.mkdir()
    link.symlink_to("/dev/full")  # every write fails with "No space left on device"
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        configure_logging(link)
        logging.getLogger("assessor_app.test").error("the disk is full, %s", "surely")
        logging.getLogger("assessor_app.test").exception("and again")
    finally:
        for handler in root.handlers:
            if handler not in before:
                handler.close()
        root.handlers = before
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def damage(db_path: Path) -> None:
    """Overwrite part of many pages, past the header: quick_check then lists dozens."""
    size = db_path.stat().st_size
    with db_path.open("r+b") as fh:
        for offset in range(8192, size, 16384):
            fh.seek(offset + 100)
            fh.write(b"\xff" * 300)


@pytest.fixture
def damaged_data_dir(data_dir: Path) -> Path:
    services = build_services(resolve_paths(data_dir))
    services.demo.create()
    services.close()
    damage(data_dir / "assessor.db")
    con = sqlite3.connect(data_dir / "assessor.db")
    try:
        problems = [r[0] for r in con.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError:
        problems = ["unreadable"]
    finally:
        con.close()
    assert problems != ["ok"]  # really damaged
    return data_dir


def test_a_damaged_database_without_backup_is_one_sentence(capsys, damaged_data_dir):
    before = (damaged_data_dir / "assessor.db").read_bytes()
    code = main(["--data-dir", str(damaged_data_dir), "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1, err
    assert "is damaged" in err and "Nothing was changed" in err
    assert "move" not in err  # nothing to go on from
    assert "Page" not in err and "row " not in err  # quick_check's list stays in the log
    assert (damaged_data_dir / "assessor.db").read_bytes() == before


def test_a_damaged_database_names_the_backup_that_exists(capsys, damaged_data_dir, tmp_path):
    backups = damaged_data_dir / "backups"
    backups.mkdir()
    good = tmp_path / "good" / "assessor.db"
    one_visit(good.parent)
    copy = backups / "assessor-20261130T101010Z-before-0004_sync-0123456789abcdef.db"
    shutil.copy(good, copy)
    # A newer "backup" that is itself broken is not offered.
    (backups / "assessor-20261201T101010Z-before-0004_sync-fedcba9876543210.db").write_bytes(
        b"not a database" * 100
    )
    code = main(["--data-dir", str(damaged_data_dir), "export-csv", "-o", str(tmp_path / "f.csv")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1, err
    assert "is damaged" in err and f"backup copy {copy}," in err and "move" in err
    assert "20261201T101010Z" not in err


def _io_error(name: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorname = name  # type: ignore[attr-defined]  (as SQLite sets it)
    return exc


def test_an_io_error_on_a_full_disk_is_the_full_disk(tmp_path, monkeypatch):
    """SQLite says only "disk I/O error" when the full disk cannot take its WAL index: the
    file system is asked, and a healthy database is never called damaged."""
    db_path = tmp_path / "assessor.db"
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(storage_errors.shutil, "disk_usage", lambda _p: usage._replace(free=0))
    error = storage_errors.classify(_io_error("SQLITE_IOERR_WRITE"), db_path, tmp_path)
    assert isinstance(error, StorageError) and error.problem is StorageProblem.DISK_FULL
    assert "move" not in str(error) and "backup" not in str(error)


def test_an_unexplained_io_error_gives_no_advice_to_move_the_database(tmp_path):
    (tmp_path / "backups").mkdir()
    one_visit(tmp_path / "old")
    shutil.copy(tmp_path / "old" / "assessor.db", tmp_path / "backups" / "assessor-x.db")
    error = storage_errors.classify(
        _io_error("SQLITE_IOERR_SHMOPEN"), tmp_path / "assessor.db", tmp_path / "backups"
    )
    assert isinstance(error, StorageError)
    assert error.problem is not StorageProblem.DAMAGED
    assert "move" not in str(error) and "backup" not in str(error)


def test_a_database_that_is_busy_elsewhere_says_so(tmp_path, monkeypatch):
    Database.open(tmp_path / "assessor.db", tmp_path / "backups").close()
    monkeypatch.setattr("assessor_app.persistence.engine.BUSY_TIMEOUT_MS", 50)  # a quick test
    other = sqlite3.connect(tmp_path / "assessor.db", isolation_level=None)
    db = Database.open(tmp_path / "assessor.db", tmp_path / "backups")
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StorageError) as raised, db.transaction() as repo:
            repo.list_visits()
        assert raised.value.problem is StorageProblem.IN_USE
        assert "busy in another program" in str(raised.value)
    finally:
        other.close()
        db.close()
