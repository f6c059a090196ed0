"""Backups that operations use are not pruned under them; the extra copy is best effort;
unfinished backups are swept at open; read-only commands create nothing; a backup dated
in the future does not stop the hourly ones."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assessor_app.app import main
from assessor_app.domain.backup_retention import KEEP_LAST, Dated, to_remove
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.persistence.backup_store import list_backups
from assessor_app.services.container import build_services

LATER = "Written-after-the-oldest-backup-3c1d"


def _cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _a_busy_day(data_dir: Path, capsys: pytest.CaptureFixture[str], extra: Path | None = None):
    """A demo visit and its backups, a comment written after them, then
    KEEP_LAST backups in all (the most retention keeps of one day): the oldest is next
    in line to go."""
    assert _cli(data_dir, "demo") == 0
    visit_id = capsys.readouterr().out.strip()
    if extra is not None:
        assert _cli(data_dir, "backup", "folder", str(extra)) == 0
    assert _cli(data_dir, "backup", "create") == 0
    root = extra or data_dir / "backups"
    oldest = list_backups(root)[-1]
    assert _cli(data_dir, "rate", visit_id, "1.b", "met", "--comment", LATER) == 0
    while len(list_backups(root)) < KEEP_LAST:
        assert _cli(data_dir, "backup", "create") == 0
    assert list_backups(root)[-1].id == oldest.id
    capsys.readouterr()
    return visit_id, oldest.id


def _restored_the_oldest(data_dir: Path, visit_id: str, capsys: pytest.CaptureFixture[str]):
    capsys.readouterr()
    code = _cli(data_dir, "show", visit_id, "--json")
    out, err = capsys.readouterr()
    assert code == 0, err
    return LATER not in out


def test_restoring_the_oldest_of_a_busy_day_does_not_prune_it_first(data_dir, capsys):
    visit_id, oldest = _a_busy_day(data_dir, capsys)
    assert _cli(data_dir, "backup", "restore", oldest, "--yes") == 0, capsys.readouterr().err
    assert _restored_the_oldest(data_dir, visit_id, capsys)


def test_restoring_the_oldest_from_the_extra_folder_does_not_prune_it_first(
    data_dir, tmp_path, capsys
):
    usb = tmp_path / "usb"
    usb.mkdir()
    visit_id, oldest = _a_busy_day(data_dir, capsys, extra=usb)
    code = _cli(data_dir, "backup", "restore", oldest, "--from", str(usb), "--yes")
    assert code == 0, capsys.readouterr().err
    assert _restored_the_oldest(data_dir, visit_id, capsys)


def test_retention_keeps_the_newest_backup_of_a_visit_later_ones_lack():
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    both = Dated("a-both", now - timedelta(hours=5), frozenset({"v1", "v2"}))
    older_both = Dated("a-older", now - timedelta(hours=6), frozenset({"v1", "v2"}))
    after = [Dated(f"b{i:02d}", now - timedelta(minutes=i), frozenset({"v1"})) for i in range(12)]
    removed = to_remove([older_both, both, *after], now)
    assert "a-both" not in removed  # the only copy of v2 that is newest: kept
    assert "a-older" in removed and {"b10", "b11"} <= set(removed)
    # ... but only within the days kept
    late = now + timedelta(days=40)
    assert "a-both" in to_remove([both, *after], late)


def test_a_deleted_visit_keeps_its_last_backup_through_a_busy_day(services, demo_id):
    services.visits.delete(demo_id)
    holder = services.backups.newest_first()[0]
    assert holder.reason == "before-delete-visit"
    for _ in range(KEEP_LAST + 2):
        services.backups.create()
    assert holder.id in [b.id for b in services.backups.newest_first()]


def test_a_missing_extra_folder_is_a_warning_and_is_never_created(data_dir, tmp_path, capsys):
    usb = tmp_path / "media" / "usb"
    usb.mkdir(parents=True)
    assert _cli(data_dir, "demo") == 0
    assert _cli(data_dir, "backup", "folder", str(usb)) == 0
    capsys.readouterr()
    assert _cli(data_dir, "backup", "create") == 0
    made = capsys.readouterr().out.split()[0]
    shutil.rmtree(usb)  # the stick is unplugged

    assert _cli(data_dir, "backup", "create") == 0  # the backup is made all the same
    err = capsys.readouterr().err
    assert "warning:" in err and str(usb) in err and "tries again" in err
    assert _cli(data_dir, "backup", "restore", made, "--yes") == 0, capsys.readouterr().err
    assert "warning:" in capsys.readouterr().err
    assert not usb.exists()  # never made: it would be the internal disk, not the stick
    # --to a folder that is not there: the backup stands, the command says it failed.
    elsewhere = tmp_path / "nowhere"
    before = len(list_backups(data_dir / "backups"))
    assert _cli(data_dir, "backup", "create", "--to", str(elsewhere)) == 1
    assert "warning:" in capsys.readouterr().err
    assert len(list_backups(data_dir / "backups")) == before + 1 and not elsewhere.exists()
    # Plugged back in: the next backup goes there again.
    usb.mkdir()
    assert _cli(data_dir, "backup", "create") == 0
    newest = capsys.readouterr().out.split()[0]
    assert [b.id for b in list_backups(usb)] == [newest]


def test_the_extra_folder_chosen_must_exist(services, tmp_path):
    with pytest.raises(ValidationError) as raised:
        services.backups.set_extra_folder(tmp_path / "not-plugged-in")
    assert raised.value.code == ErrorCode.BACKUP_FOLDER_UNUSABLE
    assert services.backups.extra_folder() is None


def test_deleting_a_visit_with_the_stick_unplugged_still_works(services, demo_id, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    services.backups.set_extra_folder(usb)
    usb.rmdir()
    services.visits.delete(demo_id)  # the backup first is made; its copy is a warning
    assert services.backups.newest_first()[0].reason == "before-delete-visit"
    (problem,) = services.backups.take_warnings()
    assert problem.code == ErrorCode.BACKUP_EXTRA_COPY_FAILED and not usb.exists()
    assert services.backups.take_warnings() == []


def test_unfinished_backups_are_swept_when_the_folder_opens(paths, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    services = build_services(paths)
    services.backups.set_extra_folder(usb)
    services.close()
    leftovers = [paths.backups / ".20261202-101500.part", usb / ".20261202-101500.part"]
    for part in leftovers:
        part.mkdir(parents=True)
        (part / "assessor.db").write_bytes(b"SQLite format 3\x00 a plaintext copy")
    build_services(paths).close()
    assert not any(part.exists() for part in leftovers)


@pytest.mark.parametrize("command", [("check",), ("backup", "list")])
@pytest.mark.parametrize("passphrase", [True, False])
def test_read_only_commands_create_nothing_in_a_new_folder(
    tmp_path, capsys, monkeypatch, command, passphrase
):
    if not passphrase:  # nothing to ask a passphrase for: no refusal either
        monkeypatch.delenv("ASSESSOR_APP_PASSPHRASE_FILE")
    new = tmp_path / "new"
    code = _cli(new, *command)
    out, err = capsys.readouterr()
    assert not new.exists(), sorted(str(p) for p in new.rglob("*"))
    assert "passphrase" not in err
    if command == ("check",):
        assert code == 1 and "no database" in out
    else:
        assert code == 0 and "no backups yet" in err
    existing_but_empty = tmp_path / "empty"
    existing_but_empty.mkdir()
    _cli(existing_but_empty, *command)
    assert list(existing_but_empty.iterdir()) == []


def test_a_backup_dated_in_the_future_does_not_stop_the_hourly_ones(services, visit_id):
    backups = services.backups
    backups.create()  # dated now; then the clock is set back a day (it was wrong before)
    day_ago = time.time() - 86_400
    backups.clock = lambda: day_ago
    services.findings.set_comment(visit_id, "1.b", "a change")
    assert backups.rolling_due()
    # The same when the newest backup's date is read from the folder (a new run).
    fresh = type(backups)(services.paths, services.db, services.store, services.key)
    fresh.clock = lambda: day_ago
    assert fresh.rolling_due()
    assert fresh.take_rolling() is not None and not fresh.rolling_due()
