"""Where the command line gets the data folder's passphrase, and what it does with it.

In order: ``--passphrase-file FILE`` (before the command), the file named by
``$ASSESSOR_APP_PASSPHRASE_FILE``, the OS keyring (an existing folder whose unlock was
remembered), a prompt on the terminal. A new folder is encrypted by default; with no
passphrase and no terminal it is refused before anything is created, unless
``--unencrypted`` asks for an unencrypted one (the choice is recorded in the key file).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assessor_app.cli.common import read_secret_file
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError, ValidationError
from assessor_app.paths import AppPaths
from assessor_app.protection.data_key import DataKey
from assessor_app.protection.key_file import FolderState
from assessor_app.protection.passphrase_strength import MIN_LENGTH, Strength
from assessor_app.services import protection

if TYPE_CHECKING:
    from assessor_app.services.container import Services

PASSPHRASE_FILE_ENV = "ASSESSOR_APP_PASSPHRASE_FILE"
TRIES = 3
STRENGTH_WORDS = {0: "too short", 1: "weak", 2: "fair", 3: "strong", 4: "very strong"}


def add_global_options(parser: argparse.ArgumentParser) -> None:
    # dest differs from the commands' own --passphrase-file (a signing identity's).
    parser.add_argument(
        "--passphrase-file",
        dest="data_passphrase_file",
        metavar="FILE",
        help="read the data folder's passphrase from FILE (first line; default: the file "
        f"named by ${PASSPHRASE_FILE_ENV}, else the keyring, else a prompt on a terminal). "
        "Give it before the command.",
    )
    parser.add_argument(
        "--unencrypted",
        action="store_true",
        help="create a NEW data folder without encryption (the choice is recorded and "
        "shown as a warning); without it a new folder is encrypted",
    )


def given_passphrase(args: object) -> str | None:
    """The passphrase from --passphrase-file or the environment's file, else None."""
    path = getattr(args, "data_passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV)
    return read_secret_file(path) if path else None


def on_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def describe(level: Strength) -> str:
    return f"{STRENGTH_WORDS[level.score]} ({level.score}/4)"


def ask_new_passphrase(
    prompt: str = "New passphrase for the data folder: ",
    ask: Callable[[str], str] = getpass.getpass,
) -> str:
    """Asked twice, its strength shown; too short or differing asks again (3 tries)."""
    for _ in range(TRIES):
        first = ask(prompt)
        level = protection.passphrase_strength(first)
        print(f"strength: {describe(level)}", file=sys.stderr)
        if not level.acceptable:
            print(f"at least {MIN_LENGTH} characters, please", file=sys.stderr)
            continue
        if ask("The same passphrase again: ") == first:
            return first
        print("the two passphrases differ", file=sys.stderr)
    raise ValidationError.coded(ErrorCode.PASSPHRASES_DIFFER)


def new_passphrase(args: object, paths: AppPaths) -> str:
    """A passphrase for a folder about to be encrypted: given, or asked on a terminal."""
    given = given_passphrase(args)
    if given is not None:
        return given
    if on_terminal():
        return ask_new_passphrase()
    raise ProtectionError.coded(ErrorCode.PASSPHRASE_NEEDED_FOR_NEW_FOLDER, data_dir=paths.data_dir)


def unlock_key(args: object, paths: AppPaths, *, use_keyring: bool = True) -> DataKey:
    """The data key of an encrypted folder; a wrong passphrase changes nothing."""
    given = given_passphrase(args)
    if given is not None:
        return protection.unlock(paths, given)
    if use_keyring and (remembered := protection.unlock_from_keyring(paths)) is not None:
        return remembered
    if not on_terminal():
        raise ProtectionError.coded(ErrorCode.PASSPHRASE_NEEDED_TO_UNLOCK, data_dir=paths.data_dir)
    for attempt in range(TRIES):
        try:
            return protection.unlock(paths, getpass.getpass(f"Passphrase for {paths.data_dir}: "))
        except ProtectionError as exc:
            if exc.code != ErrorCode.WRONG_PASSPHRASE or attempt == TRIES - 1:
                raise
            print("wrong passphrase; try again", file=sys.stderr)
    raise AssertionError("unreachable")


@dataclass(frozen=True, slots=True)
class OpenPlan:
    """What opening the folder takes, decided before anything is written."""

    state: FolderState
    key: DataKey | None = None  # an encrypted folder, unlocked
    new_passphrase: str | None = None  # a new folder to create encrypted
    record_unencrypted: bool = False  # --unencrypted on a new or older plaintext folder

    def apply(self, paths: AppPaths) -> DataKey | None:
        """Write the key file a new folder needs; the key to open the database with.
        Written under the folder's lock: a desktop app in its first-run dialog holds it,
        and its folder must not get a key file from this command meanwhile."""
        from assessor_app.services import folder_lock

        if self.new_passphrase is not None:
            paths.ensure()
            with folder_lock.acquire(paths.data_dir):
                return protection.create_encrypted(paths, self.new_passphrase)
        if self.record_unencrypted:
            paths.ensure()
            with folder_lock.acquire(paths.data_dir):
                protection.create_unencrypted(paths)
            print(
                f"warning: {paths.data_dir} is NOT encrypted (chosen with --unencrypted); "
                "'main.py encrypt' converts it",
                file=sys.stderr,
            )
        return self.key


def _refuse_if_open_elsewhere(paths: AppPaths) -> None:
    """A folder open in another window is said before a passphrase is asked for nothing
    (opening takes the lock again, and refuses it if taken meanwhile). Nothing is written:
    a folder without a lock file is open nowhere."""
    from assessor_app.services import folder_lock

    held = folder_lock.acquire_if_made(paths.data_dir)  # makes no lock file of its own
    if held is not None:
        held.release()


def plan_open(args: object, paths: AppPaths) -> OpenPlan:
    """Read or ask for the passphrase the folder needs; writes nothing (a refusal leaves
    no trace: the folder is not even created)."""
    state = protection.state(paths)
    unencrypted = bool(getattr(args, "unencrypted", False))
    if state is FolderState.ENCRYPTED:
        if unencrypted:
            raise ProtectionError.coded(ErrorCode.UNENCRYPTED_ONLY_FOR_NEW, data_dir=paths.data_dir)
        _refuse_if_open_elsewhere(paths)
        return OpenPlan(state, key=unlock_key(args, paths))
    if state is FolderState.NEW:
        _refuse_if_open_elsewhere(paths)  # a desktop app may be in its first-run dialog
        if unencrypted:
            return OpenPlan(state, record_unencrypted=True)
        passphrase = new_passphrase(args, paths)
        from assessor_app.protection.passphrase_strength import check_minimum

        check_minimum(passphrase)
        return OpenPlan(state, new_passphrase=passphrase)
    if state is FolderState.PLAINTEXT_LEGACY and unencrypted:
        return OpenPlan(state, record_unencrypted=True)
    return OpenPlan(state)


def open_existing(args: argparse.Namespace, paths: AppPaths) -> Services | None:
    """The services of a folder that already has a database, unlocked as any command's
    (for commands that read it only when it exists: verify, identity create); None when
    it has none, so such a command never creates a folder."""
    if not paths.database.exists():
        return None
    from assessor_app.services.container import build_services

    return build_services(paths, plan_open(args, paths).apply(paths))
