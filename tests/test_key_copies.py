"""The key file's copies in backups (issue 13): a passphrase change reaches them, a lost
key file is named as such with the copy that brings it back, copies are private."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import null

from assessor_app.app import main
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError
from assessor_app.paths import AppPaths, resolve_paths
from assessor_app.protection import key_file
from assessor_app.protection.data_key import DataKey
from assessor_app.protection.key_copies import copies, sync_copies
from assessor_app.protection.key_file import FolderState
from assessor_app.services import protection
from assessor_app.services.container import build_services

OLD = "the old passphrase of the folder"
NEW = "the new passphrase of the folder"


def folder_bytes(root: Path) -> dict[str, bytes]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {str(p.relative_to(root)): p.read_bytes() for p in files}


@pytest.fixture
def backed_up(paths: AppPaths, tmp_path: Path) -> tuple[AppPaths, DataKey, Path]:
    """An encrypted folder with two backups in backups/ and in an extra folder."""
    key = protection.create_encrypted(paths, OLD)
    extra = tmp_path / "usb"
    extra.mkdir()  # a stick that is plugged in (the app never creates the folder itself)
    services = build_services(paths, key)
    try:
        services.demo.create()
        services.backups.set_extra_folder(extra)
        services.backups.create("manual")
        services.backups.create("manual")
    finally:
        services.close()
    assert len(copies(paths.backups)) == 2 and len(copies(extra)) == 2
    return paths, key, extra


def opens_with(paths: AppPaths, copy: Path, passphrase: str) -> bool:
    """Does ``copy``, put beside the live database as its key file, open with it?"""
    saved = paths.key_file.read_bytes()
    try:
        shutil.copyfile(copy, paths.key_file)
        protection.unlock(paths, passphrase)
        return True
    except ProtectionError as exc:
        assert exc.code == ErrorCode.WRONG_PASSPHRASE
        return False
    finally:
        paths.key_file.write_bytes(saved)


def all_copies(paths: AppPaths, extra: Path) -> list[Path]:
    return copies(paths.backups) + copies(extra)


def test_a_passphrase_change_rewraps_every_backups_key_file(backed_up):
    paths, _key, extra = backed_up
    report = protection.change_passphrase(paths, OLD, NEW)
    assert (report.rewrapped, report.not_reached) == (4, ())
    for copy in all_copies(paths, extra):
        assert not opens_with(paths, copy, OLD), copy  # the old one opens no copy
        assert opens_with(paths, copy, NEW), copy
        assert copy.stat().st_mode & 0o077 == 0
    assert not list(paths.backups.rglob(".protection.json.*"))


def test_backup_copies_of_the_key_file_are_private(backed_up):
    paths, _key, extra = backed_up
    for copy in all_copies(paths, extra):
        assert copy.stat().st_mode & 0o777 == 0o600, copy


def test_an_unplugged_extra_folder_is_named_and_caught_up_when_back(backed_up, capsys):
    paths, key, extra = backed_up
    away = extra.with_name("usb-unplugged")
    extra.rename(away)
    old_file = paths.data_dir.parent / "old.txt"
    new_file = paths.data_dir.parent / "new.txt"
    old_file.write_text(OLD + "\n")
    new_file.write_text(NEW + "\n")
    code = main(["--data-dir", str(paths.data_dir), "--passphrase-file", str(old_file),
                 "passphrase", "change", "--new-passphrase-file", str(new_file)])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    assert "nor the key files its 2 reachable backup(s) keep" in out
    assert str(extra) in err and "still open them with the old passphrase" in err
    away.rename(extra)  # plugged in again: still the old wrap, as said
    assert all(opens_with(paths, copy, OLD) for copy in copies(extra))
    services = build_services(paths, key)
    try:
        services.backups.create("manual")  # the next backup reaches the folder
    finally:
        services.close()
    for copy in all_copies(paths, extra):
        assert not opens_with(paths, copy, OLD) and opens_with(paths, copy, NEW)


def test_a_kill_after_the_live_key_file_is_caught_up_at_the_next_open(backed_up):
    paths, key, _extra = backed_up
    key_file.change_passphrase(paths, OLD, NEW)  # the live file only: killed right after
    assert all(opens_with(paths, copy, OLD) for copy in copies(paths.backups))
    build_services(paths, key).close()
    for copy in copies(paths.backups):
        assert not opens_with(paths, copy, OLD) and opens_with(paths, copy, NEW)


def test_an_older_key_file_put_back_does_not_downgrade_the_copies(backed_up):
    paths, _key, _extra = backed_up
    old_record = paths.key_file.read_bytes()
    protection.change_passphrase(paths, OLD, NEW)
    paths.key_file.write_bytes(old_record)  # someone put back a stale copy
    report = sync_copies(paths.key_file, paths.backups)
    assert report.rewrapped == 0
    assert all(opens_with(paths, copy, NEW) for copy in copies(paths.backups))


def test_another_folders_backups_in_a_shared_folder_are_left_alone(backed_up, tmp_path):
    paths, _key, extra = backed_up
    other = resolve_paths(tmp_path / "other-folder")  # another folder, same shared folder
    other.data_dir.mkdir()
    key_file.create_encrypted(other, OLD)
    foreign = extra / "20000101-000000"
    foreign.mkdir()
    shutil.copyfile(other.key_file, foreign / "protection.json")
    before = (foreign / "protection.json").read_bytes()
    protection.change_passphrase(paths, OLD, NEW)
    assert (foreign / "protection.json").read_bytes() == before


def test_office_recovery_and_recover_reach_the_copies(backed_up, tmp_path):
    from tests.test_protection_keys import _office_identity

    paths, key, extra = backed_up
    cert, office_key = _office_identity(tmp_path)
    protection.add_office_recovery(paths, key, cert)
    for copy in all_copies(paths, extra):
        assert '"office_wrap"' in copy.read_text()
    protection.recover_with_office(paths, office_key, None, NEW)
    for copy in all_copies(paths, extra):  # the forgotten passphrase opens no copy
        assert not opens_with(paths, copy, OLD) and opens_with(paths, copy, NEW)


# --- a lost key file ---------------------------------------------------------------------


def _cli(paths: AppPaths, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *args])


def test_a_lost_key_file_is_named_with_the_backup_copy_that_brings_it_back(paths, capsys):
    assert _cli(paths, "demo") == 0
    visit_id = capsys.readouterr().out.strip()
    assert _cli(paths, "backup", "create") == 0
    newest = capsys.readouterr().out.split()[0]
    paths.key_file.unlink()
    assert key_file.detect_state(paths) is FolderState.KEY_FILE_MISSING
    before = folder_bytes(paths.data_dir)
    copy = paths.backups / newest / "protection.json"
    for command in (["protection"], ["protection", "--json"], ["check"], ["show", visit_id],
                    ["backup", "list"], ["encrypt"], ["passphrase", "change"]):  # fmt: skip
        assert _cli(paths, *command) == 1, command
        err = capsys.readouterr().err
        assert "key file" in err and "missing" in err and str(copy) in err, command
        assert "encrypt' converts" not in err and "NOT encrypted" not in err
        assert "damaged" not in err
    assert folder_bytes(paths.data_dir) == before  # refused: nothing was changed
    shutil.copyfile(copy, paths.key_file)  # the way back the message gives
    assert _cli(paths, "show", visit_id) == 0
    assert _cli(paths, "check") == 0


def test_a_lost_key_file_without_any_backup_copy_says_so(paths):
    key = protection.create_encrypted(paths, OLD)
    build_services(paths, key).close()
    shutil.rmtree(paths.backups, ignore_errors=True)
    paths.key_file.unlink()
    with pytest.raises(ProtectionError) as caught:
        protection.state(paths)
    assert caught.value.code == ErrorCode.KEY_FILE_MISSING_NO_COPY
    assert "encrypt" not in str(caught.value).replace("encrypted", "")


def test_a_plaintext_database_without_a_key_file_is_still_an_older_folder(paths):
    build_services(paths).close()
    assert paths.database.read_bytes()[:16] == b"SQLite format 3\x00"
    assert key_file.detect_state(paths) is FolderState.PLAINTEXT_LEGACY


# --- small ones -----------------------------------------------------------------------------


@pytest.fixture
def null_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    yield
    keyring.set_keyring(before)


def test_remember_with_a_keyring_that_keeps_nothing_says_so(paths, null_keyring, capsys):
    assert _cli(paths, "list") == 0
    capsys.readouterr()
    assert _cli(paths, "passphrase", "remember") == 1
    captured = capsys.readouterr()
    assert "could not hold the unlock" in captured.err
    assert "now holds" not in captured.out


def test_encrypt_on_an_encrypted_folder_says_it_is_already_encrypted(paths, capsys):
    assert _cli(paths, "list") == 0
    capsys.readouterr()
    assert _cli(paths, "encrypt") == 1
    err = capsys.readouterr().err
    assert "already encrypted" in err and "--unencrypted" not in err
    assert _cli(paths, "--unencrypted", "list") == 1
    assert "--unencrypted applies only to a new folder" in capsys.readouterr().err


def test_a_damaged_file_without_a_key_file_is_not_called_encrypted(paths):
    """Text or other garbage where the database should be is damaged, not "encrypted with
    its key file lost": only a file that is random from its first byte (SQLCipher's) is."""
    paths.ensure()
    paths.database.write_bytes(b"this is not a database, just bytes" * 200)
    assert key_file.detect_state(paths) is FolderState.PLAINTEXT_LEGACY  # left to the open
    paths.database.write_bytes(os.urandom(8192))
    assert key_file.detect_state(paths) is FolderState.KEY_FILE_MISSING
