"""The log file is plaintext beside an encrypted database: nothing an assessor wrote may
reach it. SQLAlchemy puts the values bound to a failed statement into the error's text
("[parameters: ...]"), which the storage error handler logs; the engines hide them."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import event

from assessor_app.domain.storage_errors import StorageError
from assessor_app.logging_setup import configure_logging
from assessor_app.services.container import Services

SECRET = "UNIQUE-COMMENT-Patient-shown-on-photo-4711"


@pytest.fixture
def log_file(services: Services):
    path = services.paths.log_file
    configure_logging(path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(handler)
        handler.close()


def test_a_failed_save_logs_no_value_the_assessor_wrote(
    services: Services, visit_id: str, log_file: Path
) -> None:
    services.findings.set_comment(visit_id, "1.a", "an earlier comment, also private")
    engine = services.db.engine

    @event.listens_for(engine, "checkout")
    def full_disk(dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        # The database may not grow: the next write fails as on a full disk.
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    engine.pool.dispose()
    with pytest.raises(StorageError):
        services.findings.set_comment(visit_id, "7.c", SECRET + " " + "x" * 19_000)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "storage problem" in text  # the failure was logged...
    assert SECRET not in text  # ...without what was being saved
    assert "also private" not in text
