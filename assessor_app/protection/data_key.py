"""The one random key that encrypts a data folder (database and attachments)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DATA_KEY_BYTES = 32  # AES-256 / SQLCipher's raw 256-bit key
# HKDF salt: fixed, so the same data key always yields the same subkeys.
_SUBKEY_SALT = b"iasios-assessor data key v1"


@dataclass(frozen=True, slots=True)
class DataKey:
    """32 random bytes. Never printed: ``repr`` hides them (logs, tracebacks)."""

    raw: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.raw) != DATA_KEY_BYTES:
            raise ValueError(f"a data key has {DATA_KEY_BYTES} bytes")

    @classmethod
    def generate(cls) -> DataKey:
        return cls(os.urandom(DATA_KEY_BYTES))

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"

    def sqlcipher_pragma(self) -> str:
        """SQLCipher's raw-key literal, ``x'<64 hex>'``: used as is, no KDF on top of ours."""
        return f"x'{self.raw.hex()}'"

    def subkey(self, purpose: str) -> bytes:
        """A separate 32-byte key for one purpose (HKDF-SHA256 with ``purpose`` as info):
        the attachment cipher and the blob names never share the database's key."""
        # Imported here: an unencrypted folder's start never loads cryptography.
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(
            algorithm=hashes.SHA256(),
            length=DATA_KEY_BYTES,
            salt=_SUBKEY_SALT,
            info=purpose.encode("utf-8"),
        ).derive(self.raw)
