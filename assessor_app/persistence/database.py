"""The database as the services see it: open (checked and migrated) and transactions."""

from __future__ import annotations

import getpass
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

import assessor_app.persistence.all_models  # noqa: F401  (every table and synced entity)
from assessor_app.domain.display_text import one_line
from assessor_app.persistence.clock_repair import clock_is_poisoned, restamp_poisoned_changes
from assessor_app.persistence.engine import BEGIN_IMMEDIATE, make_engine, truncate_wal
from assessor_app.persistence.migrations import migrate
from assessor_app.persistence.models import LocalSettingRow
from assessor_app.persistence.storage_errors import storage_errors
from assessor_app.persistence.unit_of_work import UnitOfWork
from assessor_app.persistence.visit_repository import VisitRepository

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey


class Database:
    """One SQLite file. ``transaction()`` hands out a repository bound to one transaction."""

    def __init__(
        self,
        engine: Engine,
        backup_path: str | None = None,
        *,
        db_path: Path | None = None,
        backup_dir: Path | None = None,
        key: DataKey | None = None,
    ) -> None:
        self.engine = engine
        # The folder's data key (None: unencrypted): raw connections (backups) need it.
        self.key = key
        self.backup_path = backup_path
        # Where failures are reported against (the disk is full, the file is damaged ...).
        self.db_path = db_path or Path(engine.url.database or "assessor.db")
        self.backup_dir = backup_dir or self.db_path.parent / "backups"
        # Every unit of work may read a base and write on it (an edit's change record
        # names the edit before it): it begins holding the write lock, so two processes on
        # one data folder take turns instead of both building on the same base.
        self._sessions = sessionmaker(
            engine.execution_options(**{BEGIN_IMMEDIATE: True}), expire_on_commit=False
        )
        # Writes seen by this process (flushes and bulk statements): the rolling backups
        # ask it, cheaply, whether anything changed since their last copy.
        self.writes = 0
        event.listen(self._sessions, "after_flush", self._count_write)
        event.listen(self._sessions, "do_orm_execute", self._count_statement)
        self.device_id = self._setting("device_id") or self._init_setting(
            "device_id", str(uuid.uuid4())
        )
        self.user_name = self._setting("user_name")
        self._recover_clock()
        # Until the assessor gives a name, changes carry the computer login.
        # Shown as it reads (a login or a name an older version let in may hold control
        # characters, and peers refuse a bundle whose author does not show as written).
        self.author = one_line(self.user_name or getpass.getuser(), 200)

    @classmethod
    def open(cls, db_path: Path, backup_dir: Path, key: DataKey | None = None) -> Database:
        """Open (creating when new), check integrity, back up and migrate to this app's schema.

        ``key``: the folder's data key; the file is then SQLCipher's (created encrypted)."""
        with storage_errors(db_path, backup_dir, opening=True, key=key):
            db_path.parent.mkdir(parents=True, exist_ok=True)
            engine = make_engine(db_path, backup_dir, key)
            try:
                backup = migrate(engine, db_path, backup_dir, key)
                return cls(engine, backup, db_path=db_path, backup_dir=backup_dir, key=key)
            except BaseException:
                engine.dispose()
                raise

    def _count_write(self, *_args: object) -> None:
        self.writes += 1

    def _count_statement(self, state: ORMExecuteState) -> None:
        if not state.is_select:
            self.writes += 1

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One transaction and its repositories (visits, case review, sync, reports, the
        conflict store), all on one change writer and one clock. Commit on success, roll
        back on any error: an edit is all there or not at all."""
        with self._storage_errors(), self._sessions.begin() as session:
            yield UnitOfWork(session, self.author, self.device_id)

    @contextmanager
    def transaction(self) -> Iterator[VisitRepository]:
        """A unit of work for the visit tables only (most edits and reads)."""
        with self.unit_of_work() as uow:
            yield uow.visits

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A raw transaction for tables outside the change log (pending signatures)."""
        with self._storage_errors(), self._sessions.begin() as session:
            yield session

    def _recover_clock(self) -> None:
        """A clock poisoned before (see clock_repair) is repaired at start, so even the first
        export carries only stamps that peers accept."""
        now_ms = int(time.time() * 1000)
        with self._sessions.begin() as session:
            if clock_is_poisoned(session, now_ms):
                restamp_poisoned_changes(session, self.device_id, now_ms)

    def _storage_errors(self) -> AbstractContextManager[None]:
        return storage_errors(self.db_path, self.backup_dir, key=self.key)

    def _setting(self, key: str) -> str | None:
        with self._storage_errors(), self._sessions() as session:
            row = session.get(LocalSettingRow, key)
            return row.value if row else None

    def _init_setting(self, key: str, value: str) -> str:
        # Looked up again under the write lock: two first starts at once keep one value.
        with self._storage_errors(), self._sessions.begin() as session:
            row = session.get(LocalSettingRow, key)
            if row is not None:
                return row.value
            session.add(LocalSettingRow(key=key, value=value))
        return value

    def set_user(self, name: str) -> None:
        with self._storage_errors(), self._sessions.begin() as session:
            row = session.get(LocalSettingRow, "user_name")
            if row is None:
                session.add(LocalSettingRow(key="user_name", value=name))
            else:
                row.value = name
        self.author = self.user_name = name

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the file (after a large write)."""
        truncate_wal(self.engine)
