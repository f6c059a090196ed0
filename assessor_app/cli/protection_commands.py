"""Commands about the data folder's encryption: status, encrypt, passphrase change,
keyring remember/forget, office recovery.

They manage the key file themselves (``needs_services=False``): changing a passphrase
must not need the database open, and ``encrypt`` must find it closed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from assessor_app.cli.common import print_json, read_secret_file
from assessor_app.cli.passphrase_input import (
    ask_new_passphrase,
    given_passphrase,
    new_passphrase,
    on_terminal,
    unlock_key,
)
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError
from assessor_app.paths import AppPaths, resolve_paths
from assessor_app.protection.key_copies import CopiesReport
from assessor_app.protection.key_file import FolderState
from assessor_app.services import protection

STATE_LINES = {
    FolderState.ENCRYPTED: "encrypted (SQLCipher database, AES-256; key wrapped with Argon2id)",
    FolderState.UNENCRYPTED_BY_CHOICE: (
        "WARNING: NOT encrypted: created with --unencrypted on purpose; "
        "'main.py encrypt' converts it"
    ),
    FolderState.PLAINTEXT_LEGACY: (
        "WARNING: NOT encrypted: made by an older version; 'main.py encrypt' converts it"
    ),
    FolderState.NEW: "no data yet; the first command creates it encrypted",
    # (never shown: a lost key file is refused with how to put a backup's copy back)
    FolderState.KEY_FILE_MISSING: "encrypted, but its key file is missing",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("protection", help="is the data folder encrypted? keyring, recovery")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status, needs_services=False)

    p = sub.add_parser(
        "encrypt",
        help="encrypt an unencrypted data folder (a verified encrypted copy first, then the "
        "plaintext files are deleted)",
    )
    p.set_defaults(handler=cmd_encrypt, needs_services=False)

    p = sub.add_parser("passphrase", help="change the passphrase; keyring; office recovery")
    psub = p.add_subparsers(dest="passphrase_command", required=True, metavar="ACTION")
    cp = psub.add_parser(
        "change", help="re-wrap the data key under a new passphrase (re-encrypts nothing)"
    )
    cp.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="the new passphrase (first line); default: asked twice on the terminal",
    )
    cp.set_defaults(handler=cmd_change, needs_services=False)
    rp = psub.add_parser("remember", help="keep the unlock in the OS keyring")
    rp.set_defaults(handler=cmd_remember, needs_services=False)
    fp = psub.add_parser("forget", help="remove the unlock from the OS keyring")
    fp.set_defaults(handler=cmd_forget, needs_services=False)
    op = psub.add_parser(
        "office-recovery",
        help="also wrap the data key to the office's RSA certificate (PEM), so the office "
        "can recover a forgotten passphrase",
    )
    op.add_argument("certificate", type=Path)
    op.set_defaults(handler=cmd_office_recovery, needs_services=False)
    vp = psub.add_parser(
        "recover", help="the office: set a new passphrase with the office's private key"
    )
    vp.add_argument("office_key", type=Path, help="the office's RSA private key (PEM)")
    vp.add_argument("--key-password-file", metavar="FILE")
    vp.add_argument("--new-passphrase-file", metavar="FILE")
    vp.set_defaults(handler=cmd_recover, needs_services=False)


def _paths(args: argparse.Namespace) -> AppPaths:
    return resolve_paths(args.data_dir)


def cmd_status(args: argparse.Namespace, _services: object) -> int:
    paths = _paths(args)
    info = protection.status(paths)
    if args.json:
        print_json(
            {
                "data_dir": str(paths.data_dir),
                "state": info.state.value,
                "encrypted": info.state is FolderState.ENCRYPTED,
                "keyring_remembers": info.keyring_remembers,
                "office_recovery": info.office_recovery or None,
            }
        )
        return 0
    print(f"{paths.data_dir}: {STATE_LINES[info.state]}")
    if info.state is FolderState.ENCRYPTED:
        print(f"keyring: {'remembers the unlock' if info.keyring_remembers else 'not used'}")
        print(f"office recovery: {info.office_recovery or 'none'}")
    return 0


def cmd_encrypt(args: argparse.Namespace, _services: object) -> int:
    paths = _paths(args)
    state = protection.state(paths)
    if state is FolderState.ENCRYPTED:
        raise ProtectionError.coded(ErrorCode.FOLDER_IS_ENCRYPTED, data_dir=paths.data_dir)
    if not paths.database.exists():
        raise ProtectionError.coded(ErrorCode.FOLDER_HAS_NO_DATABASE, data_dir=paths.data_dir)
    passphrase = new_passphrase(args, paths)
    protection.encrypt_folder(
        paths, passphrase, progress=lambda step: print(f"encrypting: {step}", file=sys.stderr)
    )
    print(f"{paths.data_dir} is encrypted.")
    print(protection.SSD_NOTE)
    return 0


def _new_from(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return read_secret_file(args.new_passphrase_file)
    if not on_terminal():
        raise ProtectionError.coded(ErrorCode.PASSPHRASE_NEEDED_TO_UNLOCK, data_dir=args.data_dir)
    return ask_new_passphrase()


def cmd_change(args: argparse.Namespace, _services: object) -> int:
    paths = _paths(args)
    old = given_passphrase(args)
    if old is None:
        if not on_terminal():
            raise ProtectionError.coded(
                ErrorCode.PASSPHRASE_NEEDED_TO_UNLOCK, data_dir=paths.data_dir
            )
        old = getpass.getpass("Current passphrase: ")
    protection.unlock(paths, old)  # a wrong one is refused before the new one is asked
    copies = protection.change_passphrase(paths, old, _new_from(args))
    print("Passphrase changed; the data was not re-encrypted.")
    _say_copies(copies, "the old passphrase")
    return 0


def _say_copies(copies: CopiesReport, old: str) -> None:
    """What the change reached: the live key file and the backups' copies of it, and, by
    name, the backup folders whose copies still open with ``old``."""
    held = copies.rewrapped + copies.current
    print(
        f"{old.capitalize()} no longer opens this data folder, nor the key files its "
        f"{held} reachable backup(s) keep (re-wrapped too)."
    )
    for folder in copies.not_reached:
        print(
            f"warning: the backups in {folder} could not be reached: the key files they keep "
            f"still open them with {old}. The next backup made while that folder is "
            "reachable re-wraps them ('main.py backup create' with it plugged in).",
            file=sys.stderr,
        )


def cmd_remember(args: argparse.Namespace, _services: object) -> int:
    paths = _paths(args)
    key = unlock_key(args, paths, use_keyring=False)
    if protection.remember(paths, key):  # stored and read back
        print("The OS keyring now holds the unlock of this data folder.")
        return 0
    if protection.keyring_available():
        print(
            "The OS keyring could not hold the unlock (it did not give it back); the "
            "passphrase stays needed.",
            file=sys.stderr,
        )
    else:
        print("No OS keyring is available here; the passphrase stays needed.", file=sys.stderr)
    return 1


def cmd_forget(args: argparse.Namespace, _services: object) -> int:
    paths = _paths(args)
    forgot = protection.forget(paths)
    print("Forgotten." if forgot else "The keyring held nothing for this data folder.")
    return 0


def cmd_office_recovery(args: argparse.Namespace, _services: object) -> int:
    paths = _paths(args)
    key = unlock_key(args, paths)
    fingerprint = protection.add_office_recovery(paths, key, args.certificate)
    copies = protection.sync_key_copies(paths)  # done by the change; asked again to say it
    print(
        "The office's key now also opens this data folder and the key files of its "
        f"{copies.current} backup(s) (certificate SHA-256 {fingerprint}); only the office's "
        "private key can use it."
    )
    for folder in copies.not_reached:
        print(
            f"warning: the backups in {folder} could not be reached: their key files do not "
            "have the office's key yet (the next backup made while that folder is reachable "
            "adds it).",
            file=sys.stderr,
        )
    return 0


def cmd_recover(args: argparse.Namespace, _services: object) -> int:
    paths = _paths(args)
    password = read_secret_file(args.key_password_file) if args.key_password_file else None
    protection.recover_with_office(paths, args.office_key, password, _new_from(args))
    copies = protection.sync_key_copies(paths)  # done by the recovery; asked again to say it
    print("Recovered: the data folder opens with the new passphrase.")
    _say_copies(copies, "the forgotten passphrase")
    return 0
