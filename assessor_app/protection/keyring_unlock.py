"""The OS keyring as an optional unlock: it may hold the data key of a folder.

Headless Linux and many CI machines have no keyring backend (``keyring`` then uses
``keyring.backends.fail.Keyring``, which raises on every call). Every function here turns
that, and any other keyring failure, into "not available": store and forget return False
(store also when the value does not read back: a backend that keeps nothing),
load returns None, and the caller asks for the passphrase instead. Nothing here raises.
"""

from __future__ import annotations

import base64
import binascii
import logging

from assessor_app.protection.data_key import DATA_KEY_BYTES, DataKey

log = logging.getLogger(__name__)

SERVICE = "IASIOS Assessor data folder"


def _backend_usable() -> object | None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install is "no keyring", not a crash
        log.info("no usable keyring", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return backend


def available() -> bool:
    return _backend_usable() is not None


def store(folder_id: str, key: DataKey) -> bool:
    """Remember ``key`` for the folder; False when no keyring can hold it."""
    backend = _backend_usable()
    if backend is None or not folder_id:
        return False
    try:
        backend.set_password(SERVICE, folder_id, base64.b64encode(key.raw).decode("ascii"))  # type: ignore[attr-defined]
    except Exception:
        log.info("keyring refused to store the unlock", exc_info=True)
        return False
    # Read it back: a backend may accept and keep nothing (keyring.backends.null), and
    # "remembered" must mean the next start finds it.
    if load(folder_id) != key:
        log.info("the keyring accepted the unlock but does not give it back")
        return False
    return True


def load(folder_id: str) -> DataKey | None:
    """The remembered key, or None (no keyring, nothing stored, or unusable entry)."""
    backend = _backend_usable()
    if backend is None or not folder_id:
        return None
    try:
        text = backend.get_password(SERVICE, folder_id)  # type: ignore[attr-defined]
    except Exception:
        log.info("keyring could not be read", exc_info=True)
        return None
    if not text:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return DataKey(raw) if len(raw) == DATA_KEY_BYTES else None


def forget(folder_id: str) -> bool:
    backend = _backend_usable()
    if backend is None or not folder_id:
        return False
    try:
        backend.delete_password(SERVICE, folder_id)  # type: ignore[attr-defined]
    except Exception:  # nothing stored is fine too
        return False
    return True
