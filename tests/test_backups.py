"""Backups: verified, encrypted like the folder, listed newest first, restored without loss.

Also: a kill during a backup or a restore changes no byte of the live data and leaves no
half backup listed; ``check`` finds a tampered attachment; retention keeps what it says.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assessor_app.app import main
from assessor_app.domain.backup_retention import Dated, to_remove
from assessor_app.domain.storage_errors import StorageError, StorageProblem
from assessor_app.paths import AppPaths, resolve_paths
from assessor_app.persistence.backup_copy import referenced_blobs
from assessor_app.persistence.backup_store import BackupInfo, list_backups
from assessor_app.persistence.encrypted_copy import is_plaintext_sqlite
from assessor_app.protection.data_key import DataKey
from assessor_app.services.backups import BackupService
from assessor_app.services.container import build_services
from tests.conftest import ROOT

SECRET_COMMENT = "Unique-backup-comment-7f3a9c"
LATER_COMMENT = "Written-after-the-backup-51e0"


def _digest_tree(*roots: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for p in files:
            found[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


def _live(paths: AppPaths) -> dict[str, str]:
    return _digest_tree(paths.database, paths.attachments / "blobs")


def _demo(paths: AppPaths, key: DataKey | None = None) -> str:
    services = build_services(paths, key)
    try:
        visit_id = services.demo.create()
        services.findings.set_comment(visit_id, "1.b", SECRET_COMMENT)
        return visit_id
    finally:
        services.close()


def _cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_cli_backup_create_list_restore_sets_the_old_data_aside(data_dir, capsys):
    assert _cli(data_dir, "demo") == 0
    visit_id = capsys.readouterr().out.strip()
    assert _cli(data_dir, "rate", visit_id, "1.b", "met", "--comment", SECRET_COMMENT) == 0
    capsys.readouterr()
    assert _cli(data_dir, "backup", "create") == 0
    made = capsys.readouterr().out.split()[0]
    assert _cli(data_dir, "rate", visit_id, "1.b", "met", "--comment", LATER_COMMENT) == 0
    assert _cli(data_dir, "backup", "create") == 0
    capsys.readouterr()

    assert _cli(data_dir, "backup", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [line.split()[0] for line in lines]
    assert made in ids and ids == sorted(ids, reverse=True)  # newest first, id first

    paths = resolve_paths(data_dir)
    before_restore = paths.database.read_bytes()
    # An id prefix shared by several backups is refused; the full id works.
    assert _cli(data_dir, "backup", "restore", made[:8], "--yes") == 1
    assert "could be any of" in capsys.readouterr().err
    assert paths.database.read_bytes() == before_restore
    assert _cli(data_dir, "backup", "restore", made, "--yes") == 0
    out = capsys.readouterr().out
    assert "Klinikum Nordstadt" in out and "rated" in out  # what it holds, shown first
    (aside,) = (data_dir / "set-aside").iterdir()
    assert (aside / "assessor.db").read_bytes() == before_restore  # kept, not overwritten
    assert (aside / "attachments" / "blobs").is_dir()

    assert _cli(data_dir, "show", visit_id, "--json") == 0  # the restored database opens
    shown = capsys.readouterr().out
    assert SECRET_COMMENT in shown and LATER_COMMENT not in shown
    # The state before the restore is itself a backup.
    backups = list_backups(paths.backups)
    assert backups[0].reason == "before-restore"
    # The command line made the folder encrypted (conftest's passphrase file): so are its
    # backups and what was set aside, through and through.
    assert paths.key_file.is_file() and all(b.encrypted for b in backups)
    for folder in (paths.backups, data_dir / "set-aside"):
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert SECRET_COMMENT.encode() not in data and b"Klinikum" not in data, path


def test_restore_without_a_terminal_or_yes_changes_nothing(data_dir, capsys, monkeypatch):
    paths = resolve_paths(data_dir)
    _demo(paths)
    services = build_services(paths)
    made = services.backups.create().id
    services.close()
    before = _live(paths)
    monkeypatch.setattr(sys, "stdin", Path(os.devnull).open())  # noqa: SIM115
    assert _cli(data_dir, "backup", "restore", made) == 1
    assert "--yes" in capsys.readouterr().err
    assert _live(paths) == before
    assert not (data_dir / "set-aside").exists()


def test_a_backup_of_an_encrypted_folder_holds_no_plaintext(paths):
    key = DataKey.generate()
    _demo(paths, key)
    services = build_services(paths, key)
    try:
        info = services.backups.create()
        assert info.encrypted
        held = services.backups.contents(info)
        assert [v.facility for v in held.contents.visits] == ["Klinikum Nordstadt"]
        live_blobs = dict(services.store.iter_blob_files())
        photos = [services.store.read_bytes(sha) for sha in referenced_blobs(paths.database, key)]
    finally:
        services.close()
    assert photos
    for path in info.folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Klinikum" not in data and SECRET_COMMENT.encode() not in data, path
            for photo in photos:  # sealed like the store seals them
                assert photo[2000:2064] not in data, path
    # The database copy opens only with the key.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.database).execute("SELECT * FROM visits").fetchall()
    # Blobs are copied as the store keeps them (sealed once the store seals them).
    copied = {
        p.relative_to(info.folder).as_posix(): p
        for p in (info.folder / "attachments").rglob("*")
        if p.is_file()
    }
    assert set(copied) == {f"attachments/{name}" for name in live_blobs}
    for name, live in live_blobs.items():
        assert copied[f"attachments/{name}"].read_bytes() == live.read_bytes()


def test_the_second_backup_hard_links_unchanged_blobs(services, demo_id):
    first = services.backups.create()
    second = services.backups.create()
    blobs = sorted((second.folder / "attachments").rglob("*/*"))
    blobs = [b for b in blobs if b.is_file()]
    assert blobs
    for blob in blobs:
        twin = first.folder / blob.relative_to(second.folder)
        assert blob.samefile(twin)
    # ... but never to the live file: damage there does not reach the backups.
    live = dict(services.store.iter_blob_files())
    for name, path in live.items():
        assert not path.samefile(first.folder / "attachments" / name)


SCRIPT_BACKUP = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from assessor_app.paths import resolve_paths
    from assessor_app.services.container import build_services
    import assessor_app.persistence.backup_store as store
    import assessor_app.attachments.backup_blobs as blobs

    where = sys.argv[2]
    def die(*_a, **_k):
        os.kill(os.getpid(), signal.SIGKILL)
    if where == "blobs":
        blobs.shutil.copyfile = die
    elif where == "fsync":
        store.fsync_tree = die
    elif where == "rename":
        real = Path.rename
        def rename(self, target):
            if self.name.endswith(".part"):
                die()
            return real(self, target)
        Path.rename = rename
    services = build_services(resolve_paths(sys.argv[1]))
    services.backups.create()
    os._exit(3)  # not killed: the seam missed
    """
)


@pytest.mark.parametrize("where", ["blobs", "fsync", "rename"])
def test_kill_during_a_backup_changes_nothing_and_lists_no_half(paths, where):
    _demo(paths)
    services = build_services(paths)
    services.backups.create()  # a previous backup: blobs would be linked, not copied
    (paths.attachments / "blobs" / "new").mkdir(parents=True, exist_ok=True)
    services.close()
    if where == "blobs":  # a blob the previous backup lacks, so it is copied
        (paths.attachments / "blobs" / "new" / "new").write_bytes(b"a new blob")
    before = _live(paths)
    listed = [b.id for b in list_backups(paths.backups)]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT_BACKUP, str(paths.data_dir), where],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == -9, done.stderr[-2000:]
    assert _live(paths) == before
    assert [b.id for b in list_backups(paths.backups)] == listed
    assert list(paths.backups.glob(".*.part"))  # the half is there, under its .part name
    services = build_services(paths)
    try:
        services.backups.create()  # the next backup sweeps it away
    finally:
        services.close()
    assert not list(paths.backups.glob(".*.part"))


SCRIPT_RESTORE = textwrap.dedent(
    """
    import os, signal, sys
    from assessor_app.paths import resolve_paths
    from assessor_app.services.container import build_services
    import assessor_app.services.restore_swap as swap

    kill_at = int(sys.argv[3])
    calls = []
    real = swap._move
    def move(source, target):
        calls.append(source)
        if len(calls) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        real(source, target)
    swap._move = move
    services = build_services(resolve_paths(sys.argv[1]))
    services.backups.restore(services.backups.find(sys.argv[2]))
    os._exit(3)
    """
)


@pytest.mark.parametrize("kill_at", [1, 2, 3, 4])
def test_kill_during_a_restore_changes_no_byte_of_the_live_data(paths, kill_at):
    """Moves: the database aside, the attachments aside, the staged attachments in, the
    staged database in (the commit). Killed before any of them, the next start puts the
    data back exactly as it was."""
    _demo(paths)
    services = build_services(paths)
    made = services.backups.create().id
    services.findings.set_comment(services.visits.list()[0].id, "1.b", LATER_COMMENT)
    services.close()
    before = _live(paths)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT_RESTORE, str(paths.data_dir), made, str(kill_at)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == -9, done.stderr[-2000:]
    services = build_services(paths)  # recovers before opening
    try:
        assert not (paths.data_dir / "restore-journal.json").exists()
        assert not (paths.data_dir / ".restore.part").exists()
        visit_id = services.visits.list()[0].id
        assert services.findings.findings(visit_id)["1.b"].comment == LATER_COMMENT
    finally:
        services.close()
    assert _live(paths) == before


def test_check_finds_a_tampered_attachment_and_a_damaged_database(data_dir, capsys):
    paths = resolve_paths(data_dir)
    _demo(paths)
    assert _cli(data_dir, "check") == 0
    assert "all is well" in capsys.readouterr().out
    services = build_services(paths)
    services.backups.create()
    _name, blob = next(iter(services.store.iter_blob_files()))
    services.close()
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x55
    blob.write_bytes(bytes(data))
    assert _cli(data_dir, "check") == 1
    out = capsys.readouterr().out
    assert "1 damaged" in out and "PROBLEMS FOUND" in out and "newest good backup" in out
    assert "  damaged: " in out and ", visit " in out  # named by file and visit, not hash

    blob.unlink()
    assert _cli(data_dir, "check") == 1
    assert "1 missing" in capsys.readouterr().out

    size = paths.database.stat().st_size
    with paths.database.open("r+b") as fh:
        for offset in range(8192, size, 16384):
            fh.seek(offset + 100)
            fh.write(b"\xff" * 300)
    damaged = paths.database.read_bytes()
    assert _cli(data_dir, "check") == 1
    out = capsys.readouterr().out
    assert "database: DAMAGED" in out and "newest good backup" in out

    # The damaged database does not open, but its backups still restore: it is set aside.
    good = list_backups(paths.backups)[0].id
    assert _cli(data_dir, "backup", "restore", good, "--yes") == 0
    (aside,) = (data_dir / "set-aside").iterdir()
    assert (aside / "assessor.db").read_bytes() == damaged
    capsys.readouterr()
    assert _cli(data_dir, "check") == 0
    assert "all is well" in capsys.readouterr().out


def test_the_damaged_message_names_the_newest_good_encrypted_backup(paths):
    key = DataKey.generate()
    _demo(paths, key)
    services = build_services(paths, key)
    good = services.backups.create()
    newer = services.backups.create()
    services.close()
    (newer.database).write_bytes(b"broken" * 1000)  # a newer backup that fails its check
    size = paths.database.stat().st_size
    with paths.database.open("r+b") as fh:
        for offset in range(8192, size, 16384):
            fh.seek(offset + 100)
            fh.write(b"\xff" * 300)
    with pytest.raises(StorageError) as raised:
        build_services(paths, key)
    assert raised.value.problem is StorageProblem.DAMAGED
    assert raised.value.params["backup"] == str(good.database)


def test_deleting_a_visit_takes_a_backup_that_holds_it_first(services, demo_id):
    services.visits.delete(demo_id)
    newest = services.backups.newest_first()[0]
    assert newest.reason == "before-delete-visit"
    assert [v.id for v in services.backups.contents(newest).contents.visits] == [demo_id]


def test_an_upgrade_backup_is_a_backup_of_the_new_kind(tmp_path):
    from assessor_app.persistence.database import Database
    from assessor_app.persistence.engine import make_engine
    from assessor_app.persistence.migrations import known_revisions, upgrade

    revisions, head = known_revisions()
    start = sorted(r for r in revisions if r != head)[0]
    db_path = tmp_path / "assessor.db"
    engine = make_engine(db_path)
    upgrade(engine, start)
    engine.dispose()
    Database.open(db_path, tmp_path / "backups").close()
    (info,) = list_backups(tmp_path / "backups")
    assert info.reason == f"before-upgrade-{head}" and info.schema_revision == start
    assert not info.with_attachments


def test_retention_keeps_the_last_ten_and_one_a_day_for_thirty_days():
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    hourly = [Dated(f"h{i:02d}", now - timedelta(hours=i)) for i in range(12)]
    daily = [Dated(f"d{d:02d}-{n}", now - timedelta(days=d, hours=n)) for d in range(1, 40)
             for n in (1, 2)]  # fmt: skip
    removed = set(to_remove(hourly + daily, now))
    kept = {b.id for b in hourly + daily} - removed
    assert {f"h{i:02d}" for i in range(10)} <= kept  # the last ten
    assert "h10" not in kept and "h11" not in kept  # same day as h00: not the day's newest
    for d in range(1, 30):
        assert f"d{d:02d}-1" in kept and f"d{d:02d}-2" not in kept  # the day's newest only
    assert not any(b.startswith(("d30", "d35")) for b in kept)  # older than 30 days


def test_the_service_prunes_to_what_it_keeps(services, visit_id):
    made = [services.backups.create().id for _ in range(12)]
    kept = [b.id for b in services.backups.newest_first()]
    assert kept == sorted(made, reverse=True)[:10]


def test_an_hourly_backup_is_due_only_after_a_write_and_an_hour(services, visit_id):
    clock = [1_000_000.0]
    backups = services.backups
    backups.clock = lambda: clock[0]
    backups.create()
    assert not backups.rolling_due()  # nothing written since
    services.findings.set_comment(visit_id, "1.b", "a change")
    assert not backups.rolling_due()  # written, but the last backup is new
    clock[0] += 3600
    assert backups.rolling_due()
    assert backups.take_rolling() is not None
    assert not backups.rolling_due()
    services.findings.set_comment(visit_id, "1.b", "another change")
    assert backups.at_close(always=True) is not None  # the desktop app: one at close


def test_an_extra_folder_gets_a_copy_of_each_backup(services, visit_id, tmp_path):
    usb, share = tmp_path / "usb", tmp_path / "share"
    usb.mkdir()  # an extra folder must exist: it is never created (see test_backup_safety)
    share.mkdir()
    info = services.backups.create(extra=usb)
    assert [b.id for b in services.backups.newest_first(usb)] == [info.id]
    services.backups.set_extra_folder(tmp_path / "share")
    second = services.backups.create()
    assert [b.id for b in services.backups.newest_first(tmp_path / "share")] == [second.id]
    assert services.backups.extra_folder() == tmp_path / "share"


def test_the_conversion_takes_a_backup_first_and_keeps_the_history_encrypted(paths, tmp_path):
    """Encrypting a folder backs it up before anything changes (plaintext, like its
    source); then every backup made while it was plaintext, that one included, in the
    backups folder and in the extra folder, is kept with its id, date and reason,
    encrypted in place of itself: the history survives and nothing in it is readable.
    (It used to end with a single "after-encrypt" backup: the history was wiped.)"""
    from assessor_app.services.protection import encrypt_folder

    _demo(paths)
    extra = tmp_path / "usb-stick"
    extra.mkdir()  # plugged in: the app never creates the chosen folder
    plain = BackupService.of_closed_folder(paths, None)
    plain.set_extra_folder(extra)
    older = plain.create("manual")
    assert not older.encrypted and older.folder.is_dir()
    photos = [p.read_bytes() for p in (older.folder / "attachments").rglob("*") if p.is_file()]
    assert photos  # the demo has photos
    seen: list[str] = []
    real_before = BackupService.before

    def spy(self: BackupService, operation: str) -> BackupInfo:
        seen.append(f"{operation}, database plaintext: {is_plaintext_sqlite(paths.database)}")
        return real_before(self, operation)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(BackupService, "before", spy)
        key = encrypt_folder(paths, "a long enough passphrase for the test")
    assert seen == ["encrypt, database plaintext: True"]
    services = build_services(paths, key)
    try:
        for root in (paths.backups, extra):
            left = services.backups.newest_first(root)
            assert [b.reason for b in left] == ["before-encrypt", "manual"]
            assert left[-1].id == older.id and left[-1].created == older.created
            assert all(b.encrypted and b.with_attachments for b in left)
            for info in left:
                assert services.backups.contents(info).contents.visits  # opens with the key
                assert info.files == older.files
            for file in (p for p in root.rglob("*") if p.is_file()):
                data = file.read_bytes()
                assert not is_plaintext_sqlite(file), file
                assert SECRET_COMMENT.encode() not in data, file
                assert not [photo for photo in photos if photo[:4096] in data], file
        restored = services.backups.find(older.id)
        services.backups.restore(restored)  # the converted backup restores, attachments too
    finally:
        services.close()
    services = build_services(paths, key)
    try:
        report = services.backups.check()
        assert report.ok and report.attachments_checked == older.files
    finally:
        services.close()


def test_a_command_that_edits_takes_the_hourly_backup_at_its_end(data_dir, capsys):
    assert _cli(data_dir, "demo") == 0
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["hourly"]
    assert _cli(data_dir, "list") == 0  # reads only: no backup
    assert _cli(data_dir, "demo") == 0  # the last one is less than an hour old
    assert len(list_backups(data_dir / "backups")) == 1


def test_a_kill_while_backups_are_encrypted_loses_none_and_leaves_no_plaintext(paths):
    """Killed between writing a backup's encrypted twin and swapping it in: the next open
    finishes the swap; the backup keeps its id and no plaintext copy stays."""
    import assessor_app.persistence.backup_store as backup_store
    from assessor_app.services import protection

    _demo(paths)
    older = BackupService.of_closed_folder(paths, None).create("manual")
    real = backup_store.finish_encrypted_backups
    calls: list[Path] = []

    def killed_at_the_swap(root: Path) -> None:
        calls.append(root)
        if len(calls) == 2:  # the first twin is whole and verified, not yet in place
            raise KeyboardInterrupt
        real(root)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(backup_store, "finish_encrypted_backups", killed_at_the_swap)
        with pytest.raises(KeyboardInterrupt):
            protection.encrypt_folder(paths, "a long enough passphrase for the test")
    assert (paths.backups / f".{older.id}{backup_store.ENCRYPTED_TWIN}").is_dir()
    assert not list_backups(paths.backups)[-1].encrypted  # the plaintext one still there
    key = protection.unlock(paths, "a long enough passphrase for the test")
    build_services(paths, key).close()  # the next open finishes
    left = list_backups(paths.backups)
    assert [(b.id, b.reason) for b in left][-1] == (older.id, "manual")
    assert [b.reason for b in left] == ["before-encrypt", "manual"]
    assert all(b.encrypted for b in left)
    assert [p.name for p in paths.backups.iterdir() if p.name.startswith(".")] == []
    assert not [p for p in paths.backups.rglob("*") if p.is_file() and is_plaintext_sqlite(p)]


def test_a_backups_description_keeps_each_visit_on_one_line(data_dir, capsys):
    """A facility's name is the assessor's text: a line break typed or imported into it
    forged a line of its own in `backup restore`'s list of what a backup holds."""
    assert _cli(data_dir, "demo") == 0
    visit_id = capsys.readouterr().out.strip()
    forged = "Klinikum Nordstadt\nBackup verified: 0 visits, nothing to lose"
    assert _cli(data_dir, "visit", "set", visit_id, "facility.name", forged) == 0
    capsys.readouterr()
    assert _cli(data_dir, "backup", "create") == 0
    made = capsys.readouterr().out.split()[0]
    assert _cli(data_dir, "backup", "restore", made, "--yes") == 0
    lines = capsys.readouterr().out.splitlines()
    assert not any(line.startswith("Backup verified") for line in lines), lines
    assert any("Klinikum Nordstadt Backup verified" in line for line in lines), lines
