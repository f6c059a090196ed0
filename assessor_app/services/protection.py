"""Protection of a data folder as the fronts use it: its state, create, unlock, change the
passphrase, remember the unlock in the keyring, office recovery, encrypt a plaintext folder.

The unlock path (state, unlock, keyring) imports no SQLAlchemy: the GUI's unlock dialog
paints while the data layer loads. Only ``encrypt_folder`` and ``finish_pending`` reach
the database files, and they import the persistence helpers when called.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ProtectionError
from assessor_app.domain.progress import Cancelled, CancelToken
from assessor_app.paths import AppPaths
from assessor_app.protection import key_file, keyring_unlock
from assessor_app.protection.data_key import DataKey
from assessor_app.protection.key_copies import CopiesReport
from assessor_app.protection.key_file import FolderState
from assessor_app.protection.passphrase_strength import Strength, strength

log = logging.getLogger(__name__)

# Honest about what deleting can do: said by the CLI and the GUI after a conversion.
SSD_NOTE = (
    "The unencrypted files (the data, its backups and any data a restore set aside) were "
    "replaced by encrypted copies and deleted. On an SSD or a journaling file system the disk "
    "may still hold remnants of them until it reuses that space; only full-disk "
    "encryption rules that out."
)
# Beside the originals while a conversion runs; their presence is the conversion's state.
ENCRYPTING_SUFFIX = ".encrypting"
PLAINTEXT_OLD_SUFFIX = ".plaintext-old"

Progress = Callable[[str], None]


def state(paths: AppPaths) -> FolderState:
    return key_file.folder_state(paths)


def passphrase_strength(passphrase: str) -> Strength:
    return strength(passphrase)


def create_encrypted(paths: AppPaths, passphrase: str) -> DataKey:
    """A new encrypted folder's data key, wrapped under ``passphrase`` in the key file; the
    database is created encrypted by ``build_services(paths, key)``."""
    if state(paths) is not FolderState.NEW:
        raise ProtectionError.coded(ErrorCode.FOLDER_IS_ENCRYPTED, data_dir=paths.data_dir)
    return key_file.create_encrypted(paths, passphrase)


def create_unencrypted(paths: AppPaths) -> None:
    """Record the choice of an unencrypted folder (new, or made by an older app)."""
    if state(paths) is FolderState.ENCRYPTED:
        raise ProtectionError.coded(ErrorCode.UNENCRYPTED_ONLY_FOR_NEW, data_dir=paths.data_dir)
    key_file.create_unencrypted(paths)


def unlock(paths: AppPaths, passphrase: str) -> DataKey:
    """The data key; ProtectionError(WRONG_PASSPHRASE) changes nothing."""
    return key_file.unlock(paths, passphrase)


def unlock_from_keyring(paths: AppPaths) -> DataKey | None:
    """The key the OS keyring remembers for this folder, if any and still right."""
    if state(paths) is not FolderState.ENCRYPTED:
        return None
    key = keyring_unlock.load(key_file.folder_id(paths))
    if key is None or not key_file.key_matches(paths, key):
        return None
    return key


def remember(paths: AppPaths, key: DataKey) -> bool:
    """Keep the unlock in the OS keyring; False when there is no keyring (headless)."""
    return keyring_unlock.store(key_file.folder_id(paths), key)


def forget(paths: AppPaths) -> bool:
    return keyring_unlock.forget(key_file.folder_id(paths))


def keyring_available() -> bool:
    return keyring_unlock.available()


def change_passphrase(paths: AppPaths, old: str, new: str) -> CopiesReport:
    """Re-wrap the data key under ``new``; nothing else is re-encrypted. The backups'
    copies of the key file are re-wrapped too (what it says: which could not be reached
    and still open with ``old``). The keyring's remembered unlock is dropped too: a
    passphrase is changed when it may be known."""
    key_file.change_passphrase(paths, old, new)
    forget(paths)
    return sync_key_copies(paths)


def sync_key_copies(paths: AppPaths, *, include_extra: bool = True) -> CopiesReport:
    """Bring every reachable backup's copy of the key file in step with the live one
    (protection/key_copies): ``backups/`` and, with ``include_extra``, the extra backup
    folder. Repeatable; run after each change of the key file, at each open (``backups/``
    only: an unreachable share must not stall the start) and after each backup."""
    from assessor_app.protection.key_copies import sync_copies

    extra = _extra_backup_folder(paths) if include_extra else None
    return sync_copies(paths.key_file, paths.backups, extra)


def _extra_backup_folder(paths: AppPaths) -> Path | None:
    from assessor_app.services.backups import BackupService

    return BackupService.of_closed_folder(paths, None).extra_folder()


def add_office_recovery(paths: AppPaths, key: DataKey, office_cert: Path) -> str:
    """The office's wrap is added to the key file and to the backups' copies of it."""
    try:
        pem = office_cert.read_bytes()
    except OSError as exc:
        raise ProtectionError.coded(
            ErrorCode.OFFICE_KEY_NOT_RSA, source=f"{office_cert} ({exc.strerror})"
        ) from None
    fingerprint = key_file.add_office_recovery(paths, key, pem)
    sync_key_copies(paths)
    return fingerprint


def recover_with_office(
    paths: AppPaths, office_key: Path, password: str | None, new_passphrase: str
) -> DataKey:
    """A new passphrase set with the office's key; the backups' copies follow, so the
    forgotten passphrase opens none of those that can be reached."""
    pem = office_key.read_bytes()
    key = key_file.recover_with_office(
        paths, pem, password.encode("utf-8") if password else None, new_passphrase
    )
    forget(paths)
    sync_key_copies(paths)
    return key


@dataclass(frozen=True, slots=True)
class Status:
    state: FolderState
    keyring_remembers: bool
    office_recovery: str  # the office certificate's subject, "" when none


def status(paths: AppPaths) -> Status:
    current = state(paths)
    if current is not FolderState.ENCRYPTED:
        return Status(current, False, "")
    record = key_file.read_key_file(paths)
    office = record.get("office_wrap")
    subject = str(office.get("subject", "")) if isinstance(office, dict) else ""
    return Status(current, unlock_from_keyring(paths) is not None, subject)


# --- converting a plaintext folder -----------------------------------------------------


def _encrypting(path: Path) -> Path:
    return path.with_name(path.name + ENCRYPTING_SUFFIX)


def _plaintext_old(path: Path) -> Path:
    return path.with_name(path.name + PLAINTEXT_OLD_SUFFIX)


def encrypt_folder(
    paths: AppPaths,
    passphrase: str,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> DataKey:
    """Convert an unencrypted folder (made with --unencrypted, or by an older app).

    1. A verified encrypted copy of the database, and encrypted copies of the attachments,
       are made beside the originals (``*.encrypting``); the originals are only read.
    2. The key file is written: the one step that makes the folder encrypted. Killed before
       it, the folder is as it was (the copies are removed at the next start); after it,
       the next start finishes the swap.
    3. The copies replace the originals and the plaintext files are deleted, old backup
       copies encrypted in place. No other process may have the folder open meanwhile.
    """
    say = progress or (lambda _step: None)
    current = state(paths)
    if current is FolderState.ENCRYPTED:
        raise ProtectionError.coded(ErrorCode.FOLDER_IS_ENCRYPTED, data_dir=paths.data_dir)
    if not paths.database.exists():
        raise ProtectionError.coded(ErrorCode.FOLDER_HAS_NO_DATABASE, data_dir=paths.data_dir)
    from assessor_app.protection.passphrase_strength import check_minimum

    check_minimum(passphrase)
    from assessor_app.services import folder_lock

    # No other window or command may have the folder open: their edits would go on into
    # the plaintext files this deletes (services/folder_lock.py).
    with folder_lock.acquire(paths.data_dir, exclusive=True):
        return _encrypt_locked(paths, passphrase, say, cancel)


def _encrypt_locked(
    paths: AppPaths, passphrase: str, say: Progress, cancel: CancelToken | None
) -> DataKey:
    discard_unfinished(paths)
    from assessor_app.services.backups import BackupService

    # A verified backup before anything changes (the conversion deletes the plaintext).
    # It is plaintext like its source; the conversion then encrypts it in place.
    BackupService.of_closed_folder(paths, None).before("encrypt")
    key = DataKey.generate()
    # SQLite's write lock, held through the swap: an edit from a process that is not the
    # app (which the folder lock keeps out) would be lost with the plaintext file, so it
    # waits (and then fails as "in use").
    guard = _hold_write_lock(paths)
    try:
        say("database")
        _copy_database(paths, key)
        _stop_if_cancelled(cancel)
        say("attachments")
        _copy_attachments(paths, key)
        _stop_if_cancelled(cancel)
        say("key file")
        key_file.create_encrypted(paths, passphrase, key=key)  # the commit point
    except BaseException:
        guard.close()
        discard_unfinished(paths)
        raise
    try:
        say("swap")
        if os.name != "nt":  # Windows cannot rename over a file that is open
            _swap_database(paths)
    finally:
        guard.close()
    finish_pending(paths, key)
    from assessor_app.attachments.external_open import remove_stale
    from assessor_app.services.container import external_copies, remove_old_report_cache

    remove_stale(external_copies(paths))  # plaintext copies a crashed run left
    remove_old_report_cache(paths)  # an older version's plaintext report PDFs
    return key


def _hold_write_lock(paths: AppPaths) -> Any:
    from assessor_app.persistence.encrypted_copy import checkpoint
    from assessor_app.persistence.raw_connection import raw_connect
    from assessor_app.persistence.storage_errors import storage_errors

    with storage_errors(paths.database, paths.backups, opening=True):
        checkpoint(paths.database)  # first: with the lock held it would wait
        guard = raw_connect(paths.database, None, isolation_level=None, timeout=5.0)
        try:
            guard.execute("BEGIN IMMEDIATE")
        except BaseException:
            guard.close()
            raise
    return guard


def _stop_if_cancelled(cancel: CancelToken | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _copy_database(paths: AppPaths, key: DataKey) -> None:
    from assessor_app.persistence.encrypted_copy import export_encrypted

    target = _encrypting(paths.database)
    check = export_encrypted(paths.database, target, key, fold_wal=False)
    if check != "ok":
        raise ProtectionError.coded(ErrorCode.ENCRYPTED_COPY_DID_NOT_VERIFY, check=check)


def _copy_attachments(paths: AppPaths, key: DataKey) -> None:
    """Sealed copies of every blob, by the attachment store (the one module that touches
    attachment files). A store without encryption yet copies them as they are."""
    from assessor_app.attachments.store import AttachmentStore

    source = paths.attachments
    target = _encrypting(source)
    if not source.exists():
        return
    store = AttachmentStore(source)
    encrypt_all_into = getattr(store, "encrypt_all_into", None)
    if callable(encrypt_all_into):
        encrypt_all_into(target, key)
    else:  # until the store seals blobs (issue 13, ATTACH): an exact copy
        shutil.copytree(source, target)


def discard_unfinished(paths: AppPaths) -> None:
    """Remove the copies of a conversion that never reached its commit point."""
    if state(paths) is FolderState.ENCRYPTED:
        return
    _encrypting(paths.database).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{_encrypting(paths.database)}{suffix}").unlink(missing_ok=True)
    partial = _encrypting(paths.attachments)
    if partial.exists():
        shutil.rmtree(partial)


def finish_pending(paths: AppPaths, key: DataKey | None) -> None:
    """At every open: roll an interrupted conversion forward (key file written: the copies
    take the originals' place) or back (no key file: the copies are dropped). Each step can
    be repeated after a kill."""
    current = key_file.detect_state(paths)
    if current is FolderState.KEY_FILE_MISSING:  # opened with a key given, no key file:
        return  # no conversion is pending (its commit point is the key file)
    if key is None or current is not FolderState.ENCRYPTED:
        discard_unfinished(paths)
        return
    _swap_database(paths)
    att_copy = _encrypting(paths.attachments)
    old = _plaintext_old(paths.attachments)
    if att_copy.exists():
        if paths.attachments.exists() and not old.exists():
            paths.attachments.replace(old)
        if paths.attachments.exists():  # both old and current: the current is a stray copy
            shutil.rmtree(paths.attachments)
        att_copy.replace(paths.attachments)
        key_file.fsync_folder(paths.data_dir)
    if old.exists():
        shutil.rmtree(old)
    _encrypt_old_backups(paths, key)
    _seal_set_aside(paths, key)
    _replace_plaintext_backups(paths, key)


def _swap_database(paths: AppPaths) -> None:
    db_copy = _encrypting(paths.database)
    if db_copy.exists():
        # The plaintext WAL must go first: SQLCipher would read it as part of the new file.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
        db_copy.replace(paths.database)
        key_file.fsync_folder(paths.data_dir)


def _replace_plaintext_backups(paths: AppPaths, key: DataKey) -> None:
    """Backups made while the folder was plaintext (the one before the conversion among
    them) would leak what the conversion protects, and they are the folder's history:
    each is encrypted in place of itself, keeping its id, date and reason (a verified
    encrypted twin is written before the plaintext one goes), in the backups folder and
    in the extra folder when it is reachable. Repeated at each open until none is left,
    so a kill anywhere leaves no plaintext backup for good and loses none.

    A backup that cannot be converted (a damaged copy) is dropped once an encrypted,
    verified backup of the current data exists, as before."""
    from assessor_app.services.backups import BackupService

    backups = BackupService.of_closed_folder(paths, key)
    extra = backups.extra_folder()
    left = _encrypt_backups_in(paths, backups.root, key)
    if extra is not None and extra.is_dir() and extra.resolve() != backups.root.resolve():
        try:
            _encrypt_backups_in(paths, extra, key)
        except OSError:
            log.warning("the backups in the extra folder could not be encrypted now")
    if left:
        backups.create("after-encrypt")  # drops the plaintext ones once it verified


def _encrypt_backups_in(paths: AppPaths, root: Path, key: DataKey) -> int:
    """Encrypt the plaintext backups in ``root``, oldest first; how many could not be."""
    if not root.is_dir():
        return 0
    from assessor_app.domain.errors import AppError
    from assessor_app.persistence.backup_store import (
        encrypt_database_backup,
        encrypt_full_backup,
        finish_encrypted_backups,
        list_backups,
    )

    finish_encrypted_backups(root)  # a conversion a kill interrupted
    failed = 0
    previous: Path | None = None
    for info in reversed(list_backups(root)):
        if info.encrypted:
            previous = info.folder if info.with_attachments else previous
            continue
        try:
            if info.with_attachments:
                seal = _backup_sealer(paths, key, previous)
                previous = encrypt_full_backup(info, key, seal).folder
            else:  # a copy taken before a schema upgrade: the database alone
                encrypt_database_backup(info, key)
        except (AppError, OSError, ValueError) as exc:
            log.warning("backup %s could not be encrypted: %s", info.id, type(exc).__name__)
            failed += 1
    return failed


def _backup_sealer(
    paths: AppPaths, key: DataKey, previous: Path | None
) -> Callable[[Path, Path], int]:
    """Seals a plaintext backup's blobs into its twin, by the attachment store (blobs an
    already encrypted backup holds under the same name are hard-linked), and adds the key
    file; returns how many blobs."""
    from assessor_app.attachments.backup_blobs import ATTACHMENTS
    from assessor_app.attachments.store import AttachmentStore

    def seal(source: Path, target: Path) -> int:
        count = 0
        if (source / ATTACHMENTS).is_dir():
            reuse = previous / ATTACHMENTS if previous is not None else None
            store = AttachmentStore(source / ATTACHMENTS)
            count = store.encrypt_all_into(target / ATTACHMENTS, key, reuse=reuse)
        if paths.key_file.is_file():  # the wrapped data key: the copy opens on its own
            (target / paths.key_file.name).write_bytes(paths.key_file.read_bytes())
        return count

    return seal


def _seal_set_aside(paths: AppPaths, key: DataKey) -> None:
    """The data a restore set aside (``set-aside/*/``: a database and its attachments)
    is visit data like the live folder's: encrypted in place, its attachments sealed,
    the plaintext thumbnails dropped. The database is converted last: while it is
    plaintext the folder still needs work, so a kill midway is finished at the next open."""
    from assessor_app.services.restore_swap import SET_ASIDE

    root = paths.data_dir / SET_ASIDE
    if not root.is_dir():
        return
    for folder in sorted(root.iterdir()):
        if folder.is_dir():
            try:
                _seal_set_aside_folder(paths, folder, key)
            except Exception as exc:  # a damaged copy must not stop the folder opening
                log.warning(
                    "set-aside data %s could not be encrypted: %s",
                    folder.name,
                    type(exc).__name__,
                )


def _seal_set_aside_folder(paths: AppPaths, folder: Path, key: DataKey) -> None:
    from assessor_app.attachments.store import AttachmentStore
    from assessor_app.persistence.backup_store import fsync_tree
    from assessor_app.persistence.encrypted_copy import encrypt_file_in_place, is_plaintext_sqlite

    db = folder / paths.database.name
    attachments = folder / paths.attachments.name
    sealed = folder / f"{attachments.name}.sealed"
    partial = _encrypting(attachments)
    old = _plaintext_old(attachments)
    done = folder / ".attachments-sealed"  # from the sealed copy's completion to the end
    plaintext_db = is_plaintext_sqlite(db)
    if not (plaintext_db or sealed.exists() or old.exists() or done.exists()):
        return  # encrypted already, or set aside in an encrypted folder
    if partial.exists():
        shutil.rmtree(partial)
    # A sealed copy is complete (only renamed into place once on disk): a kill between
    # that rename and the marker must not seal again, which failed on the existing copy
    # and left the set-aside data plaintext at every later open.
    if plaintext_db and attachments.is_dir() and not (done.exists() or sealed.exists()):
        AttachmentStore(attachments).encrypt_all_into(partial, key)
        fsync_tree(partial)
        partial.replace(sealed)
    if sealed.exists() and not done.exists():
        done.touch()
        key_file.fsync_folder(folder)
    if sealed.exists():
        if attachments.exists() and not old.exists():
            attachments.replace(old)
        if attachments.exists():  # both: the current one is a stray copy
            shutil.rmtree(attachments)
        sealed.replace(attachments)
        key_file.fsync_folder(folder)
    if old.exists():
        shutil.rmtree(old)
    if plaintext_db:
        encrypt_file_in_place(db, key)
        if is_plaintext_sqlite(db):
            log.warning("set-aside database %s did not verify encrypted", folder.name)
            return
    done.unlink(missing_ok=True)


def _encrypt_old_backups(paths: AppPaths, key: DataKey) -> None:
    """The copies taken before schema upgrades (``backups/*.db``) are whole databases:
    encrypted in place too. (Full backups with attachments are the backup service's: it
    drops the plaintext ones once an encrypted one exists.)"""
    if not paths.backups.exists():
        return
    from assessor_app.persistence.encrypted_copy import encrypt_file_in_place, is_plaintext_sqlite

    for copy in sorted(paths.backups.glob("*.db")):
        if copy.is_file() and is_plaintext_sqlite(copy):
            log.info("encrypting the old backup copy %s", copy.name)
            encrypt_file_in_place(copy, key)
