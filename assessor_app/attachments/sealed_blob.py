"""The sealed attachment format: AES-256-GCM in 1 MiB segments, each with its own nonce.

A blob on disk is a 5-byte header (``IAAT`` and a format version) followed by segments.
Each segment is a fresh random 96-bit nonce, the ciphertext of up to 1 MiB of plaintext
and the 16-byte GCM tag. Segments rather than one GCM message so that a 200 MB document
or a bundle import streams through in bounded memory; their associated data binds each
one to

- the header (so the version cannot be swapped),
- what the blob is (``blob`` or ``thumb``) and the SHA-256 the database records for it
  (so a blob moved under another name, or a thumbnail put in a blob's place, is refused),
- its index and whether it is the last (so segments cannot be reordered, dropped or the
  file cut short at a segment boundary).

Every non-final segment holds exactly ``SEGMENT`` bytes of plaintext; the last holds
1 to ``SEGMENT`` bytes (0 only for an empty file), so a reader knows a segment is the last
one by reaching the end of the file after it.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Iterator
from typing import BinaryIO

MAGIC = b"IAAT"
VERSION = 1
HEADER = MAGIC + bytes([VERSION])
SEGMENT = 1 << 20
NONCE = 12
TAG = 16
OVERHEAD = NONCE + TAG
STORED_SEGMENT = SEGMENT + OVERHEAD


class SealBrokenError(Exception):
    """The file is not a sealed blob of this key and name: changed, cut short or foreign."""


def _aad(binding: bytes, index: int, final: bool) -> bytes:
    return HEADER + struct.pack(">H", len(binding)) + binding + struct.pack(">Q?", index, final)


class BlobCipher:
    """Seals and opens blobs under one 256-bit key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("attachment key must be 32 bytes")
        # Imported here: an unencrypted folder's window never loads cryptography.
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(key)

    def _seal_segment(self, data: bytes, binding: bytes, index: int, final: bool) -> bytes:
        nonce = os.urandom(NONCE)
        return nonce + self._aead.encrypt(nonce, data, _aad(binding, index, final))

    def _open_segment(self, stored: bytes, binding: bytes, index: int, final: bool) -> bytes:
        if len(stored) < OVERHEAD:
            raise SealBrokenError("segment cut short")
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(stored[:NONCE], stored[NONCE:], _aad(binding, index, final))
        except InvalidTag:
            raise SealBrokenError("authentication failed") from None

    def seal(self, data: bytes, binding: bytes) -> bytes:
        return b"".join(self.seal_stream([data], binding))

    def seal_stream(self, chunks: Iterable[bytes], binding: bytes) -> Iterator[bytes]:
        """The sealed file, piece by piece: the header, then one piece per segment."""
        yield HEADER
        index = 0
        pending = bytearray()
        for chunk in chunks:
            pending += chunk
            # Strictly more than a segment: the last segment is only sealed at the end.
            while len(pending) > SEGMENT:
                yield self._seal_segment(bytes(pending[:SEGMENT]), binding, index, False)
                del pending[:SEGMENT]
                index += 1
        yield self._seal_segment(bytes(pending), binding, index, True)

    def open(self, sealed: bytes, binding: bytes) -> bytes:
        if sealed[: len(HEADER)] != HEADER:
            raise SealBrokenError("not a sealed attachment of this format")
        body = memoryview(sealed)[len(HEADER) :]
        out = bytearray()
        index = 0
        while True:
            stored = bytes(body[:STORED_SEGMENT])
            body = body[STORED_SEGMENT:]
            final = len(body) == 0
            out += self._open_segment(stored, binding, index, final)
            if final:
                return bytes(out)
            index += 1

    def open_stream(self, fh: BinaryIO, binding: bytes) -> Iterator[bytes]:
        """The plaintext, segment by segment; raises ``SealBrokenError`` at the first bad one."""
        if fh.read(len(HEADER)) != HEADER:
            raise SealBrokenError("not a sealed attachment of this format")
        index = 0
        stored = fh.read(STORED_SEGMENT)
        while True:
            following = fh.read(STORED_SEGMENT)
            final = not following
            yield self._open_segment(stored, binding, index, final)
            if final:
                return
            stored = following
            index += 1


def plaintext_size(sealed_size: int) -> int:
    """The plaintext length of a sealed file of this size (for manifests, without reading)."""
    body = sealed_size - len(HEADER)
    full, rest = divmod(body, STORED_SEGMENT)
    if rest == 0:
        return full * SEGMENT
    return full * SEGMENT + max(rest - OVERHEAD, 0)
