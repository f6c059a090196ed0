"""The data folder's encryption from the command line (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assessor_app.persistence.encrypted_copy import SQLITE_HEADER
from tests.conftest import ROOT, TEST_PASSPHRASE
from tests.test_cli import run

SECRET = "Quokka-ledger-5519"  # a comment that must never be readable on disk


def database_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.glob("assessor.db*") if p.is_file()]


def readable_anywhere(data_dir: Path, needle: bytes) -> list[str]:
    return [
        str(p.relative_to(data_dir))
        for p in data_dir.rglob("*")
        if p.is_file() and needle in p.read_bytes()
    ]


def cli(data_dir: Path, *args: str, env: dict[str, str] | None = None,
        passphrase: bool = True) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """main.py as a real process with no terminal (stdin is /dev/null)."""
    environment = dict(os.environ if env is None else env)
    if not passphrase:
        environment.pop("ASSESSOR_APP_PASSPHRASE_FILE", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip


def test_cli_scenario_leaves_no_plaintext_database(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "demo")
    assert code == 0
    visit_id = out.strip()
    assert run(capsys, data_dir, "comment", visit_id, "1.b", SECRET)[0] == 0
    assert run(capsys, data_dir, "show", visit_id, "--json")[0] == 0
    files = database_files(data_dir)
    assert files
    for file in files:
        data = file.read_bytes()
        assert not data.startswith(SQLITE_HEADER), file
        for needle in (SECRET.encode(), b"Klinikum Nordstadt", "Klinikum".encode("utf-16-le")):
            assert needle not in data, file
    assert readable_anywhere(data_dir, TEST_PASSPHRASE.encode()) == []
    code, out, _ = run(capsys, data_dir, "protection", "--json")
    assert json.loads(out)["state"] == "encrypted"


def test_new_folder_without_passphrase_or_terminal_is_refused_untouched(tmp_path):
    data_dir = tmp_path / "fresh"
    done = cli(data_dir, "demo", passphrase=False)
    assert done.returncode == 1
    assert "--passphrase-file" in done.stderr and "--unencrypted" in done.stderr
    assert "ASSESSOR_APP_PASSPHRASE_FILE" in done.stderr
    assert not data_dir.exists()  # nothing was created, not even the folder


def test_wrong_passphrase_changes_no_byte(tmp_path):
    data_dir = tmp_path / "data"
    assert cli(data_dir, "demo").returncode == 0
    before = {
        p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file() and "logs" not in p.parts
    }
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("definitely not it\n")
    done = cli(data_dir, "--passphrase-file", str(wrong), "list")
    assert done.returncode == 1 and "wrong passphrase" in done.stderr
    after = {
        p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file() and "logs" not in p.parts
    }
    assert after == before
    # An encrypted folder with no passphrase and no terminal says how to give one.
    done = cli(data_dir, "list", passphrase=False)
    assert done.returncode == 1 and "--passphrase-file" in done.stderr


def test_unencrypted_is_recorded_and_shown(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("ASSESSOR_APP_PASSPHRASE_FILE")
    data_dir = tmp_path / "plain"
    code, out, err = run(capsys, data_dir, "--unencrypted", "demo")
    assert code == 0 and "NOT encrypted" in err
    assert (data_dir / "assessor.db").read_bytes().startswith(SQLITE_HEADER)
    record = json.loads((data_dir / "protection.json").read_text())
    assert record["encrypted"] is False and record["unencrypted_chosen"]
    # Later commands need neither the option nor a passphrase, and say what it is.
    assert run(capsys, data_dir, "list")[0] == 0
    code, out, _ = run(capsys, data_dir, "protection")
    assert code == 0 and "WARNING: NOT encrypted" in out and "--unencrypted" in out
    code, out, _ = run(capsys, data_dir, "protection", "--json")
    assert json.loads(out)["state"] == "unencrypted-by-choice"


def test_passphrase_change_from_the_command_line(tmp_path):
    data_dir = tmp_path / "data"
    visit_id = cli(data_dir, "demo").stdout.strip()
    db_before = (data_dir / "assessor.db").read_bytes()
    new = tmp_path / "new.txt"
    new.write_text("the office told me to change it\n")
    done = cli(data_dir, "passphrase", "change", "--new-passphrase-file", str(new))
    assert done.returncode == 0, done.stderr
    assert (data_dir / "assessor.db").read_bytes() == db_before
    old_refused = cli(data_dir, "show", visit_id)
    assert old_refused.returncode == 1 and "wrong passphrase" in old_refused.stderr
    assert cli(data_dir, "--passphrase-file", str(new), "show", visit_id).returncode == 0


def test_encrypt_converts_a_plaintext_folder(tmp_path):
    data_dir = tmp_path / "data"
    visit_id = cli(data_dir, "--unencrypted", "demo", passphrase=False).stdout.strip()
    assert cli(data_dir, "comment", visit_id, "1.b", SECRET, passphrase=False).returncode == 0
    assert readable_anywhere(data_dir, SECRET.encode())
    done = cli(data_dir, "encrypt")
    assert done.returncode == 0, done.stderr
    assert "SSD" in done.stdout  # honest about remnants
    assert readable_anywhere(data_dir, SECRET.encode()) == []
    assert not (data_dir / "assessor.db").read_bytes().startswith(SQLITE_HEADER)
    assert not list(data_dir.glob("*.encrypting")) and not list(data_dir.glob("*plaintext-old"))
    shown = cli(data_dir, "show", visit_id, "--json")
    assert shown.returncode == 0 and SECRET in shown.stdout
    assert cli(data_dir, "list", passphrase=False).returncode == 1  # locked now
    assert cli(data_dir, "encrypt").returncode == 1  # and only once


KILL_AT = """
import os, signal, sys
from assessor_app.services import protection
seam = sys.argv[1]
if seam == "create_encrypted":
    module, name = protection.key_file, "create_encrypted"
else:
    module, name = protection, seam
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
setattr(module, name, die)
from assessor_app.app import main
sys.exit(main(["--data-dir", sys.argv[2], "encrypt"]))
"""


def _killed_conversion(tmp_path: Path, seam: str) -> tuple[Path, str]:
    data_dir = tmp_path / "data"
    visit_id = cli(data_dir, "--unencrypted", "demo", passphrase=False).stdout.strip()
    assert cli(data_dir, "comment", visit_id, "1.b", SECRET, passphrase=False).returncode == 0
    done = subprocess.run(
        [sys.executable, "-c", KILL_AT, seam, str(data_dir)],
        cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == -9, done.stderr
    return data_dir, visit_id


def test_kill_before_the_key_file_leaves_the_plaintext_folder_usable(tmp_path):
    data_dir, visit_id = _killed_conversion(tmp_path, "create_encrypted")
    assert list(data_dir.glob("assessor.db.encrypting"))  # killed with its copy made
    shown = cli(data_dir, "show", visit_id, "--json", passphrase=False)
    assert shown.returncode == 0 and SECRET in shown.stdout  # as it was, no passphrase
    assert not list(data_dir.glob("*.encrypting"))  # the half-done copy went
    assert cli(data_dir, "encrypt").returncode == 0  # and converting again works


def test_kill_after_the_key_file_finishes_at_the_next_start(tmp_path):
    # Killed at the swap (under SQLite's write lock, right after the key file).
    data_dir, visit_id = _killed_conversion(tmp_path, "_swap_database")
    assert (data_dir / "assessor.db").read_bytes().startswith(SQLITE_HEADER)  # not swapped yet
    shown = cli(data_dir, "show", visit_id, "--json")
    assert shown.returncode == 0 and SECRET in shown.stdout
    assert readable_anywhere(data_dir, SECRET.encode()) == []
    assert not list(data_dir.glob("*.encrypting"))


def _on_a_terminal(data_dir: Path, answers: list[str], *args: str) -> tuple[int, str]:
    """main.py with a pseudo-terminal as its controlling terminal (getpass reads it)."""
    import pty
    import select
    import time

    env = dict(os.environ)
    env.pop("ASSESSOR_APP_PASSPHRASE_FILE", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal's side
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, str(ROOT / "main.py"), "--data-dir",
                                   str(data_dir), *args], env)  # fmt: skip
    output = b""
    answered_at = 0
    pending = list(answers)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed its terminal
                break
            if not chunk:
                break
            output += chunk
            # A prompt ends in ": " (getpass has turned echo off by then); answered once.
            if pending and output.endswith(b": ") and len(output) > answered_at:
                os.write(fd, pending.pop(0).encode() + b"\n")
                answered_at = len(output)
    done, status = os.waitpid(pid, os.WNOHANG)
    if done == 0:  # still waiting for an answer: do not hang the suite
        time.sleep(2)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, 9)
            _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_a_terminal_asks_twice_with_strength_then_unlocks(tmp_path):
    data_dir = tmp_path / "data"
    code, out = _on_a_terminal(
        data_dir,
        ["short", "a terminal passphrase 42", "a different one!!", "a terminal passphrase 42",
         "a terminal passphrase 42"],
        "demo",
    )  # fmt: skip
    assert code == 0, out
    assert "strength: too short" in out and "differ" in out and "strength: " in out
    assert "a terminal passphrase" not in out  # never echoed
    assert json.loads((data_dir / "protection.json").read_text())["encrypted"] is True
    # A later start asks once; a wrong answer gets another try.
    code, out = _on_a_terminal(data_dir, ["wrong guess here", "a terminal passphrase 42"], "list")
    assert code == 0, out
    assert "wrong passphrase; try again" in out and "Klinikum Nordstadt" in out
