"""One process at a time on a data folder (services/folder_lock.py).

The reviewer's case: with the unencrypted folder open in another process saving a comment
every 0.25 s, ``main.py encrypt`` reported success and most saves went into the deleted
plaintext file; a restore likewise let the other process write into the set-aside copy.
Now every opening of the folder takes its lock, and encrypt and restore require it.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError
from assessor_app.paths import resolve_paths
from assessor_app.protection import key_file
from assessor_app.services import folder_lock, protection
from assessor_app.services.container import build_services
from tests.conftest import ROOT
from tests.test_protection_cli import cli

IN_USE = "is open in another IASIOS Assessor window or process"
PASS = "a long enough passphrase for the lock test"

# Opens the folder as the desktop app does, says so, then edits when told (a line on
# stdin), and exits when stdin closes.
HOLDER = textwrap.dedent(
    """
    import sys
    from assessor_app.paths import resolve_paths
    from assessor_app.services.container import build_services
    services = build_services(resolve_paths(sys.argv[1]), None)
    print("open", flush=True)
    for line in sys.stdin:
        services.findings.set_comment(sys.argv[2], "1.b", line.strip())
        print("saved", flush=True)
    services.close()
    """
)


# Holds a folder's lock as another running app does (through the app's own lock, so on
# every platform), says so, and lets go when its stdin closes.
LOCK_HOLDER = (
    "import sys\nfrom pathlib import Path\nfrom assessor_app.services import folder_lock\n"
    "held = folder_lock.acquire(Path(sys.argv[1]))\nprint('held', flush=True)\n"
    "sys.stdin.read()\n"
)


def lock_holder(data_dir: Path) -> subprocess.Popen[str]:
    other = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(data_dir)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert other.stdout is not None and other.stdout.readline().strip() == "held"
    return other


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != folder_lock.LOCK_NAME and "logs" not in p.parts
    }


def _plaintext_folder(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "data"
    made = cli(data_dir, "--unencrypted", "demo", passphrase=False)
    assert made.returncode == 0, made.stderr
    return data_dir, made.stdout.strip()


def _holder(data_dir: Path, visit_id: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), visit_id],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def _edit(proc: subprocess.Popen[str], text: str) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(text + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "saved"


def _close(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    assert proc.wait(timeout=60) == 0


def test_encrypt_is_refused_while_another_process_has_the_folder_open(tmp_path):
    data_dir, visit_id = _plaintext_folder(tmp_path)
    holder = _holder(data_dir, visit_id)
    try:
        _edit(holder, "Saved-before-the-encrypt-4411")
        before = _digest(data_dir)
        done = cli(data_dir, "encrypt")
        assert done.returncode != 0 and IN_USE in done.stderr, done.stderr
        assert "\n" not in done.stderr.strip()  # one short line
        assert _digest(data_dir) == before  # nothing changed: no copy, no key file
        assert key_file.folder_state(resolve_paths(data_dir)) is not key_file.FolderState.ENCRYPTED
        _edit(holder, "Saved-after-the-refusal-4412")  # the other window goes on working
    finally:
        _close(holder)
    assert cli(data_dir, "encrypt").returncode == 0  # once it closed
    shown = cli(data_dir, "show", visit_id, "--json")
    assert shown.returncode == 0 and "Saved-after-the-refusal-4412" in shown.stdout


def test_a_folder_being_encrypted_cannot_be_opened_by_another_process(tmp_path, monkeypatch):
    """The other order: the conversion runs first; a window opened meanwhile is refused
    (it used to open the plaintext file and save into it after it was deleted)."""
    data_dir, visit_id = _plaintext_folder(tmp_path)
    seen: list[subprocess.CompletedProcess[str]] = []
    real = protection._copy_attachments

    def copy_and_try_to_open(paths, key):  # type: ignore[no-untyped-def]
        seen.append(cli(data_dir, "comment", visit_id, "1.b", "Lost-comment-9", passphrase=False))
        return real(paths, key)

    monkeypatch.setattr(protection, "_copy_attachments", copy_and_try_to_open)
    key = protection.encrypt_folder(resolve_paths(data_dir), PASS)
    (attempt,) = seen
    assert attempt.returncode != 0 and IN_USE in attempt.stderr, attempt.stderr
    services = build_services(resolve_paths(data_dir), key)
    try:
        assert "Lost-comment-9" not in str(services.visits.get(visit_id))
    finally:
        services.close()


def test_restore_is_refused_while_another_process_has_the_folder_open(tmp_path):
    data_dir, visit_id = _plaintext_folder(tmp_path)
    made = cli(data_dir, "backup", "create", passphrase=False)
    assert made.returncode == 0, made.stderr
    backup_id = made.stdout.split()[0]
    holder = _holder(data_dir, visit_id)
    try:
        before = _digest(data_dir)
        done = cli(data_dir, "backup", "restore", backup_id, "--yes", passphrase=False)
        assert done.returncode != 0 and IN_USE in done.stderr, done.stderr
        assert _digest(data_dir) == before and not (data_dir / "set-aside").exists()
    finally:
        _close(holder)


def test_the_lock_is_per_process_and_encrypt_needs_the_folder_closed(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    first = build_services(paths)
    second = build_services(paths)  # the same process may open it twice (tests, reopen)
    try:
        first.demo.create()
        with pytest.raises(ProtectionError) as refused:
            protection.encrypt_folder(paths, PASS)  # services of this process still open
        assert refused.value.code == ErrorCode.FOLDER_OPEN_ELSEWHERE
    finally:
        first.close()
        second.close()
    assert not folder_lock.held_here(paths.data_dir)  # given back with the last close
    protection.encrypt_folder(paths, PASS)


def test_a_file_system_that_cannot_lock_opens_unlocked_and_leaks_nothing(tmp_path, monkeypatch):
    """flock failing with ENOLCK (some network shares) used to escape as a raw OSError
    with the descriptor left open; the folder now opens, unlocked, as before the lock."""
    import errno
    import os

    opened: list[int] = []
    real_open = os.open

    def tracking_open(path, flags, mode=0o777):  # type: ignore[no-untyped-def]
        fd = real_open(path, flags, mode)
        opened.append(fd)
        return fd

    def no_locks(_fd: int) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(folder_lock.os, "open", tracking_open)
    monkeypatch.setattr(folder_lock, "_try_lock", no_locks)
    paths = resolve_paths(tmp_path / "share")
    services = build_services(paths)
    try:
        assert services.visits.list() == []
    finally:
        services.close()
    assert opened, "the lock file was tried"
    for fd in opened:
        with pytest.raises(OSError):
            os.fstat(fd)  # closed again: nothing leaked


def test_a_command_says_the_folder_is_open_before_asking_the_passphrase(tmp_path):
    """On a terminal, `list` asked for the passphrase and only then refused the folder:
    the refusal now comes first, so nobody types a passphrase for nothing."""
    data_dir = tmp_path / "data"
    assert cli(data_dir, "demo").returncode == 0  # encrypted, with the tests' passphrase
    other = lock_holder(data_dir)
    try:
        # No passphrase anywhere: before, this was the "give a passphrase" refusal.
        done = cli(data_dir, "list", passphrase=False)
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)
    assert done.returncode != 0 and IN_USE in done.stderr, done.stderr
    assert cli(data_dir, "list").returncode == 0  # once the other closed


def test_a_command_writes_no_key_file_into_a_new_folder_open_in_its_first_run_dialog(tmp_path):
    """The desktop app holds a new folder's lock while its first-run dialog asks for a
    passphrase; a command run meanwhile asked for one too, wrote its own key file and only
    then was refused, so the app's own creation failed. Now it is refused first."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()  # as the app leaves it before its first-run dialog: empty
    other = lock_holder(data_dir)
    try:
        done = cli(data_dir, "demo")  # the tests' passphrase file is given
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)
    assert done.returncode != 0 and IN_USE in done.stderr, done.stderr
    assert sorted(p.name for p in data_dir.iterdir()) == [folder_lock.LOCK_NAME]
    assert key_file.folder_state(resolve_paths(data_dir)) is key_file.FolderState.NEW
