"""The key file, ``protection.json`` in the data folder: how the folder's data key is kept.

An encrypted folder has one random data key (``DataKey``). The file holds it wrapped
(AES-256-GCM) under a key derived from the passphrase with Argon2id, so changing the
passphrase rewrites this small file and re-encrypts nothing. Optionally the office's RSA
public key wraps the data key too (RSA-OAEP-SHA256): only the office's private key can then
recover a folder whose passphrase is forgotten, and only when the assessor added it.

Argon2id cost: 2 passes over 64 MiB with 4 lanes (t=2, m=65536 KiB, p=4). That is above
both of OWASP's minimum Argon2id settings (m=19 MiB, t=2 and m=46 MiB, t=1) and about
0.1 s of CPU on the development machine, well inside the 0.5 s unlock target even when the
machine is busy (benchmarks/bench_protection.py measures it: wall and CPU time). The
parameters are stored in the file, so a later version can raise them for new folders and
still open old ones.

A wrong passphrase fails AES-GCM's tag check before anything is opened: nothing is written.
The file is replaced atomically (temporary file, fsync, rename, fsync of the folder).
Every backup keeps a copy of this file (the way back when it is lost); a change here is
carried to those copies by ``key_copies.sync_copies``, so an old passphrase opens none of
the copies that can be reached.

Plain Python and ``cryptography`` only: the unlock dialog runs before SQLAlchemy loads.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError
from assessor_app.paths import AppPaths
from assessor_app.protection.data_key import DATA_KEY_BYTES, DataKey

# uuid, tempfile and the passphrase rules are imported where a key file is written: the
# desktop app reads the folder's state before its first window paints, and those imports
# (uuid pulls in platform) are a few ms of it.

FORMAT_VERSION = 1
ARGON2_ITERATIONS = 2
ARGON2_LANES = 4
ARGON2_MEMORY_KIB = 64 * 1024
SALT_BYTES = 16
NONCE_BYTES = 12
# Bound into the wrap's tag: a wrapped key cannot be replayed as something else.
_WRAP_AAD = b"iasios-assessor key file v1: data key"


class FolderState(StrEnum):
    NEW = "new"  # neither database nor key file: the first start creates them
    ENCRYPTED = "encrypted"
    UNENCRYPTED_BY_CHOICE = "unencrypted-by-choice"  # created with --unencrypted
    PLAINTEXT_LEGACY = "plaintext-legacy"  # a database from before encryption, no key file
    # An encrypted database (no SQLite header) whose key file is gone: nothing opens it
    # until a copy of the key file (every backup keeps one) is put back. Never "plaintext".
    KEY_FILE_MISSING = "key-file-missing"


# The first bytes of every plaintext SQLite file; a SQLCipher file is random from byte 0.
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class Argon2Cost:
    iterations: int
    lanes: int
    memory_kib: int

    @classmethod
    def default(cls) -> Argon2Cost:
        """The cost for a new wrap, read when asked (the test suite lowers it for speed;
        the benchmark measures this real one)."""
        return cls(ARGON2_ITERATIONS, ARGON2_LANES, ARGON2_MEMORY_KIB)


def folder_state(paths: AppPaths) -> FolderState:
    """What the data folder is, read from the key file (and without one, the database's
    first 16 bytes; fast, opens no database). A lost key file is refused here, so no
    caller can take an encrypted database for a plaintext one."""
    state = detect_state(paths)
    if state is FolderState.KEY_FILE_MISSING:
        raise key_file_missing(paths)
    return state


def detect_state(paths: AppPaths) -> FolderState:
    """As ``folder_state``, but a lost key file is returned as KEY_FILE_MISSING."""
    if paths.key_file.exists():
        return (
            FolderState.ENCRYPTED
            if read_key_file(paths).get("encrypted")
            else FolderState.UNENCRYPTED_BY_CHOICE
        )
    if paths.database.exists():
        return (
            FolderState.KEY_FILE_MISSING
            if _looks_encrypted(paths.database)
            else FolderState.PLAINTEXT_LEGACY
        )
    return FolderState.NEW


def _looks_encrypted(database: Path) -> bool:
    """Whether a database file without a key file is an encrypted one (its key file lost)
    rather than a plaintext one (an older app's) or a damaged one. A SQLCipher file is
    random from its first byte; one page of it (4096 bytes) shows nearly all 256 byte
    values. SQLite's header, an empty file, text or other garbage does not: those are left
    to the database's own open, which names a damaged file as damaged (never as "key file
    missing", whose advice would be to look for a key that never existed)."""
    try:
        with database.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if not head or head.startswith(_SQLITE_HEADER) or len(head) < 1024:
        return False
    return len(set(head)) >= _RANDOM_BYTE_VALUES


# Distinct byte values in 4096 random bytes: 256 expected, 240 and fewer practically never
# (the chance is far below 1e-30); text and structured files stay well under 200.
_RANDOM_BYTE_VALUES = 200


def newest_backup_copy(paths: AppPaths) -> Path | None:
    """The key file kept by the newest backup in ``backups/`` (see key_copies)."""
    from assessor_app.protection.key_copies import newest_copy

    return newest_copy(paths.backups)


def key_file_missing(paths: AppPaths) -> ProtectionError:
    """The refusal for an encrypted database without its key file: it names the newest
    backup's copy and how to put it back. (Encrypting again or deleting would lose it.)"""
    copy = newest_backup_copy(paths)
    if copy is None:
        return ProtectionError.coded(
            ErrorCode.KEY_FILE_MISSING_NO_COPY,
            database=paths.database,
            key_file=paths.key_file,
            backups=paths.backups,
        )
    return ProtectionError.coded(
        ErrorCode.KEY_FILE_MISSING,
        database=paths.database,
        key_file=paths.key_file,
        copy=copy,
    )


def read_key_file(paths: AppPaths) -> dict[str, Any]:
    path = paths.key_file
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        if detect_state(paths) is FolderState.KEY_FILE_MISSING:
            raise key_file_missing(paths) from None  # never "cannot be read": say how back
        raise _unreadable(path, exc.strerror or str(exc)) from None
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from None
    except (ValueError, UnicodeDecodeError):
        raise _unreadable(path, "not a key file") from None
    if not isinstance(data, dict) or not isinstance(data.get("format"), int):
        raise _unreadable(path, "not a key file")
    if data["format"] > FORMAT_VERSION:
        raise ProtectionError.coded(
            ErrorCode.KEY_FILE_TOO_NEW, key_file=path, version=data["format"]
        )
    return data


def create_encrypted(
    paths: AppPaths,
    passphrase: str,
    *,
    key: DataKey | None = None,
    cost: Argon2Cost | None = None,
) -> DataKey:
    """A new data key (or ``key``), wrapped under ``passphrase``; the key file is written.

    The database is not touched: the caller creates (or converts) it with the key."""
    import uuid

    from assessor_app.protection.passphrase_strength import check_minimum

    check_minimum(passphrase)
    key = key or DataKey.generate()
    record: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "encrypted": True,
        "folder_id": str(uuid.uuid4()),
        "created": _now(),
        "passphrase_wrap": _wrap_with_passphrase(key, passphrase, cost or Argon2Cost.default()),
        "key_check": _key_check(key),
    }
    _write_atomic(paths.key_file, record)
    return key


def create_unencrypted(paths: AppPaths) -> None:
    """Record that this folder was made unencrypted on purpose (``--unencrypted``)."""
    import uuid

    _write_atomic(
        paths.key_file,
        {
            "format": FORMAT_VERSION,
            "encrypted": False,
            "folder_id": str(uuid.uuid4()),
            "unencrypted_chosen": _now(),
        },
    )


def unlock(paths: AppPaths, passphrase: str) -> DataKey:
    """The data key, or ProtectionError(WRONG_PASSPHRASE); reads only, writes nothing."""
    record = _encrypted_record(paths)
    return _unwrap_with_passphrase(paths.key_file, record, passphrase)


def change_passphrase(paths: AppPaths, old: str, new: str) -> None:
    """Re-wrap the same data key under ``new`` (fresh salt): the database and attachments
    are not re-encrypted, and ``old`` no longer opens the folder."""
    from assessor_app.protection.passphrase_strength import check_minimum

    check_minimum(new)
    record = _encrypted_record(paths)
    key = _unwrap_with_passphrase(paths.key_file, record, old)
    cost = _cost_of(record["passphrase_wrap"])
    record["passphrase_wrap"] = _wrap_with_passphrase(key, new, cost)
    record["passphrase_changed"] = _now()
    _write_changed(paths, record)


def folder_id(paths: AppPaths) -> str:
    """The random id the key file gives this folder (the keyring's entry name)."""
    return str(read_key_file(paths).get("folder_id", ""))


def add_office_recovery(paths: AppPaths, key: DataKey, office_cert_pem: bytes) -> str:
    """Wrap the data key to the office's RSA public key too (explicitly asked for, never by
    default). Returns the certificate's SHA-256 fingerprint, kept in the file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    try:
        cert = x509.load_pem_x509_certificate(office_cert_pem)
    except ValueError:
        raise ProtectionError.coded(ErrorCode.OFFICE_KEY_NOT_RSA, source="(PEM)") from None
    public = cert.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise ProtectionError.coded(ErrorCode.OFFICE_KEY_NOT_RSA, source=cert.subject)
    record = _encrypted_record(paths)
    # The key given must be this folder's: a wrap of a wrong key would recover nothing.
    _verify_same_key(paths, record, key)
    wrapped = public.encrypt(key.raw, _oaep(padding, hashes))
    fingerprint = cert.fingerprint(hashes.SHA256()).hex()
    record["office_wrap"] = {
        "algorithm": "RSA-OAEP-SHA256",
        "certificate_sha256": fingerprint,
        "subject": cert.subject.rfc4514_string(),
        "wrapped_key": _b64(wrapped),
        "added": _now(),
    }
    _write_changed(paths, record)
    return fingerprint


def recover_with_office(
    paths: AppPaths, office_private_key_pem: bytes, password: bytes | None, new_passphrase: str
) -> DataKey:
    """The office unwraps the data key with its private key; the folder gets
    ``new_passphrase`` (the forgotten one stops working)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    from assessor_app.protection.passphrase_strength import check_minimum

    check_minimum(new_passphrase)
    record = _encrypted_record(paths)
    office = record.get("office_wrap")
    if not isinstance(office, dict):
        raise ProtectionError.coded(ErrorCode.NO_OFFICE_RECOVERY)
    private = serialization.load_pem_private_key(office_private_key_pem, password)
    if not isinstance(private, rsa.RSAPrivateKey):
        raise ProtectionError.coded(ErrorCode.OFFICE_KEY_NOT_RSA, source="(private key)")
    try:
        raw = private.decrypt(_unb64(office["wrapped_key"]), _oaep(padding, hashes))
    except (ValueError, KeyError):
        raise ProtectionError.coded(ErrorCode.OFFICE_KEY_DOES_NOT_MATCH) from None
    key = DataKey(raw)
    _verify_same_key(paths, record, key)
    record["passphrase_wrap"] = _wrap_with_passphrase(
        key, new_passphrase, _cost_of(record["passphrase_wrap"])
    )
    record["passphrase_changed"] = _now()
    _write_changed(paths, record)
    return key


# --- inside the file ---------------------------------------------------------------------


def _encrypted_record(paths: AppPaths) -> dict[str, Any]:
    record = read_key_file(paths)
    if not record.get("encrypted"):
        raise ProtectionError.coded(ErrorCode.FOLDER_NOT_ENCRYPTED, data_dir=paths.data_dir)
    if not isinstance(record.get("passphrase_wrap"), dict):
        raise _unreadable(paths.key_file, "no wrapped key")
    return record


def _derive(passphrase: str, salt: bytes, cost: Argon2Cost) -> bytes:
    # cryptography is imported when a key is wrapped or unwrapped, not to read the state.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=DATA_KEY_BYTES,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _wrap_with_passphrase(key: DataKey, passphrase: str, cost: Argon2Cost) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    wrapping = _derive(passphrase, salt, cost)
    return {
        "kdf": "argon2id",
        "iterations": cost.iterations,
        "lanes": cost.lanes,
        "memory_kib": cost.memory_kib,
        "salt": _b64(salt),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "wrapped_key": _b64(AESGCM(wrapping).encrypt(nonce, key.raw, _WRAP_AAD)),
    }


def _cost_of(wrap: dict[str, Any]) -> Argon2Cost:
    return Argon2Cost(int(wrap["iterations"]), int(wrap["lanes"]), int(wrap["memory_kib"]))


def _unwrap_with_passphrase(path: Path, record: dict[str, Any], passphrase: str) -> DataKey:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrap = record["passphrase_wrap"]
    try:
        wrapping = _derive(passphrase, _unb64(wrap["salt"]), _cost_of(wrap))
        raw = AESGCM(wrapping).decrypt(
            _unb64(wrap["nonce"]), _unb64(wrap["wrapped_key"]), _WRAP_AAD
        )
    except InvalidTag:
        raise ProtectionError.coded(ErrorCode.WRONG_PASSPHRASE) from None
    except (KeyError, ValueError, TypeError):
        raise _unreadable(path, "damaged wrapped key") from None
    return DataKey(raw)


def _verify_same_key(paths: AppPaths, record: dict[str, Any], key: DataKey) -> None:
    """Without the passphrase, check ``key`` against the file: a key check value (the
    key's HKDF subkey for this purpose, hashed) is kept beside the wraps."""
    check = record.get("key_check")
    mine = _key_check(key)
    if check is None:
        record["key_check"] = mine
    elif check != mine:
        raise ProtectionError.coded(ErrorCode.OFFICE_KEY_DOES_NOT_MATCH)


def _key_check(key: DataKey) -> str:
    return key.subkey("key-file check")[:16].hex()


def _oaep(padding: Any, hashes: Any) -> Any:
    return padding.OAEP(
        mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
    )


def _write_changed(paths: AppPaths, record: dict[str, Any]) -> None:
    """Write a changed key file, one generation on: the backups' copies are then brought
    in step (``key_copies.sync_copies``; the services do that after this returns)."""
    from assessor_app.protection.key_copies import generation

    record["generation"] = generation(record) + 1
    _write_atomic(paths.key_file, record)


def _write_atomic(target: Path, record: dict[str, Any]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_private(target, (json.dumps(record, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def write_private(target: Path, data: bytes) -> None:
    """Temporary file beside the target (mode 0600), fsync, rename, fsync the folder: a
    crash leaves the old file or the new one, never half of one. Private to its owner."""
    import tempfile

    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unreadable(path: Path, reason: str) -> ProtectionError:
    return ProtectionError.coded(ErrorCode.KEY_FILE_UNREADABLE, key_file=path, reason=reason)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_matches(paths: AppPaths, key: DataKey) -> bool:
    """True when ``key`` is this folder's data key (a keyring entry may be stale)."""
    record = _encrypted_record(paths)
    return record.get("key_check") == _key_check(key)
