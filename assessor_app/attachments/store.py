"""Content-addressed attachment files: stored once by SHA-256, sealed when the folder is.

Every read and write of attachment bytes goes through ``AttachmentStore``, in one of two
modes:

- **plaintext** (``key=None``: a folder left unencrypted by choice, or an older one not
  yet converted): ``blobs/ab/<sha256>`` as the bytes themselves, JPEG thumbnails cached in
  ``thumbnails/``, as before.
- **sealed** (a data key): each blob and each cached thumbnail is AES-256-GCM sealed
  (``sealed_blob``) under a key derived from the data key for attachments alone.

File names in sealed mode. The database records an attachment by the SHA-256 of its
plaintext, and that hash must not be readable on disk: anyone holding a photo could hash
it and so learn that this laptop holds it. The file is therefore named by
HMAC-SHA256(name key, SHA-256), with the name key another subkey of the data key. The issue
asks for "an identifier kept inside the encrypted database"; the keyed name is that
identifier computed rather than stored: it is a function of what the encrypted database
holds (the SHA-256) and of the data key, which exists only wrapped in the key file, so
without the passphrase the name is as opaque as a random id, and the same content still
gets the same name (stored once, sync's "already here" check unchanged). A random id per
SHA-256 would need a new table, a migration and a database look-up on every read, for no
gain in what a thief can learn.

An attachment opened in another program is decrypted to a private file that lives only
while the app runs (``external_open``).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import mimetypes
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from assessor_app.attachments.external_open import ExternalCopies, remove_stale
from assessor_app.attachments.photos import (
    MAX_PIXELS,
    PHOTO_TYPES,
    THUMBNAIL_SIZE,
    check_received_image,
    clean_photo,
    make_thumbnail,
)
from assessor_app.attachments.sealed_blob import BlobCipher, SealBrokenError, plaintext_size
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import CancelToken, ProgressFn, raise_if_cancelled
from assessor_app.domain.visit import AttachmentKind

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey

__all__ = [
    "MAX_PIXELS",
    "PHOTO_TYPES",
    "THUMBNAIL_SIZE",
    "AttachmentStore",
    "StoredFile",
    "check_received_image",
    "clean_photo",
    "remove_stale",
]

DOCUMENT_SUFFIXES = {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".txt", ".csv", ".ppt", ".pptx",
}  # fmt: skip
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
BLOB_KEY_PURPOSE = "attachment-blobs"
NAME_KEY_PURPOSE = "blob-names"


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    kind: AttachmentKind
    filename: str


def _sha256_of(chunks: Iterable[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


class AttachmentStore:
    def __init__(
        self, root: Path, key: DataKey | None = None, *, scratch: Path | None = None
    ) -> None:
        self.root = root
        self.key = key  # None: a plaintext folder (unencrypted by choice, or not yet converted)
        self.blobs = root / "blobs"
        self.thumbs = root / "thumbnails"
        self._cipher = BlobCipher(key.subkey(BLOB_KEY_PURPOSE)) if key is not None else None
        self._name_key = key.subkey(NAME_KEY_PURPOSE) if key is not None else b""
        # Plaintext copies for other programs: the composition root puts them in the
        # cache folder, which no backup copies; a store made elsewhere under its own root.
        self.external = ExternalCopies(scratch if scratch is not None else root / "opened")

    @property
    def sealed(self) -> bool:
        return self._cipher is not None

    # --- where things are -------------------------------------------------------------

    def _name(self, sha256: str) -> str:
        if self._cipher is None:
            return sha256
        return hmac.new(self._name_key, sha256.encode("ascii"), hashlib.sha256).hexdigest()

    def _blob_path(self, sha256: str) -> Path:
        name = self._name(sha256)
        return self.blobs / name[:2] / name

    def blob_path(self, sha256: str) -> Path:
        """The blob's file as it is on disk (ciphertext in sealed mode): for benchmarks
        and checks that look at files; bytes are read with ``read_bytes``/``open_stream``."""
        return self._blob_path(sha256)

    def _thumb_path(self, sha256: str) -> Path:
        name = self._name(sha256)
        if self._cipher is None:
            return self.thumbs / name[:2] / f"{name}.jpg"
        return self.thumbs / name[:2] / name

    @staticmethod
    def _binding(purpose: str, sha256: str) -> bytes:
        return f"{purpose}:{sha256}".encode("ascii")

    def _broken(self, path: Path) -> ValidationError:
        return ValidationError.coded(ErrorCode.ATTACHMENT_SEAL_BROKEN, name=path.name)

    # --- writing ----------------------------------------------------------------------

    def _write_atomic(self, target: Path, chunks: Iterable[bytes], *, durable: bool = True) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
                fh.flush()
                if durable:
                    os.fsync(fh.fileno())
            Path(tmp).replace(target)
        finally:
            Path(tmp).unlink(missing_ok=True)

    def _sealed_chunks(self, chunks: Iterable[bytes], purpose: str, sha: str) -> Iterable[bytes]:
        if self._cipher is None:
            return chunks
        return self._cipher.seal_stream(chunks, self._binding(purpose, sha))

    def put_file(self, path: Path) -> StoredFile:
        """Store a photo (EXIF/GPS stripped, orientation applied) or a document as is."""
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise ValidationError.coded(ErrorCode.ATTACHMENT_TOO_LARGE, file=path.name)
            data = path.read_bytes()
        except OSError as exc:  # a folder, no permission, a vanished USB stick
            raise ValidationError.coded(
                ErrorCode.CANNOT_READ_FILE, path=path, reason=exc.strerror
            ) from None
        return self.put_named(path.name, data)

    def put_named(self, filename: str, data: bytes) -> StoredFile:
        """``put_file`` for bytes already in memory (a document inside a zip, a demo
        photo): they are sealed straight into the store, never written out in plaintext."""
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError.coded(ErrorCode.ATTACHMENT_TOO_LARGE, file=filename)
        suffix = PurePosixPath(filename).suffix.lower()
        media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if media_type.startswith("image/") or suffix in {".jpg", ".jpeg", ".png"}:
            data, media_type = clean_photo(data, filename)
            kind = AttachmentKind.PHOTO
        elif suffix in DOCUMENT_SUFFIXES:
            kind = AttachmentKind.DOCUMENT
        else:
            raise ValidationError.coded(
                ErrorCode.ATTACHMENT_TYPE_NOT_ACCEPTED,
                file=filename,
                suffixes=", ".join(sorted(DOCUMENT_SUFFIXES)),
            )
        sha = self.put_bytes(data)
        return StoredFile(sha, len(data), media_type, kind, filename)

    def put_bytes(self, data: bytes, expected_sha256: str | None = None) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if expected_sha256 is not None and sha != expected_sha256:
            raise ValidationError.coded(
                ErrorCode.CONTENT_HASH_MISMATCH, expected_sha256=expected_sha256
            )
        target = self._blob_path(sha)
        if not target.exists():
            self._write_atomic(target, self._sealed_chunks([data], "blob", sha))
        return sha

    def put_stream(
        self,
        chunks: Iterator[bytes],
        expected_sha256: str,
        *,
        durable: bool = True,
        verified: bool = False,
    ) -> None:
        """Store streamed bytes (sync import) without holding them all in memory.

        ``durable=False`` skips the per-file fsync; the caller must call ``make_durable``
        before anything refers to the blob (one flush for hundreds of photos).
        ``verified=True`` says the chunks raise at their end unless they hash to
        ``expected_sha256`` (the bundle reader's do), so they are not hashed a second time."""
        target = self._blob_path(expected_sha256)
        if target.exists():
            for _ in chunks:
                pass
            return
        digest = hashlib.sha256()

        def hashed() -> Iterator[bytes]:
            for chunk in chunks:
                if not verified:
                    digest.update(chunk)
                yield chunk
            if not verified and digest.hexdigest() != expected_sha256:
                raise ValidationError.coded(
                    ErrorCode.CONTENT_HASH_MISMATCH, expected_sha256=expected_sha256
                )

        self._write_atomic(
            target, self._sealed_chunks(hashed(), "blob", expected_sha256), durable=durable
        )

    def make_durable(self) -> None:
        """Flush blobs written with ``durable=False`` (and their renames) to disk."""
        if hasattr(os, "sync"):
            os.sync()
        else:  # pragma: no cover - Windows has no global sync; fsync each file instead
            for blob in self.blobs.glob("*/*"):
                with blob.open("rb+") as fh:
                    os.fsync(fh.fileno())

    def discard(self, sha256: str) -> None:
        """Remove a blob this import added before it was refused or cancelled."""
        self._blob_path(sha256).unlink(missing_ok=True)
        self._thumb_path(sha256).unlink(missing_ok=True)

    # --- reading ----------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        return self._blob_path(sha256).is_file()

    def size_of(self, sha256: str) -> int:
        """The plaintext size (what the database and a bundle manifest record)."""
        stored = self._blob_path(sha256).stat().st_size
        return stored if self._cipher is None else plaintext_size(stored)

    def _read_sealed(self, path: Path, purpose: str, sha256: str) -> bytes:
        data = path.read_bytes()
        if self._cipher is None:
            return data
        try:
            return self._cipher.open(data, self._binding(purpose, sha256))
        except SealBrokenError:
            raise self._broken(path) from None

    def read_bytes(self, sha256: str) -> bytes:
        return self._read_sealed(self._blob_path(sha256), "blob", sha256)

    def open_stream(self, sha256: str, chunk_size: int = 1 << 20) -> Iterator[bytes]:
        """The plaintext in pieces (a sealed blob: one piece per 1 MiB segment)."""
        path = self._blob_path(sha256)
        with path.open("rb") as fh:
            if self._cipher is None:
                while chunk := fh.read(chunk_size):
                    yield chunk
                return
            try:
                yield from self._cipher.open_stream(fh, self._binding("blob", sha256))
            except SealBrokenError:
                raise self._broken(path) from None

    def verify(self, sha256: str) -> bool:
        """Whether the blob is there, opens (sealed) and hashes to its SHA-256 (a check)."""
        try:
            return _sha256_of(self.open_stream(sha256)) == sha256
        except (OSError, ValidationError):
            return False

    def check_image(self, sha256: str, media_type: str) -> None:
        """Re-check a received photo (see ``check_received_image``) from its stored bytes."""
        if self._cipher is None:
            check_received_image(self._blob_path(sha256), media_type)
        else:
            check_received_image(io.BytesIO(self.read_bytes(sha256)), media_type)

    def export_copy(self, sha256: str, target: Path) -> Path:
        """A plain copy where the user asked for one (saving elsewhere)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as fh:
            for chunk in self.open_stream(sha256):
                fh.write(chunk)
        return target

    def open_external(self, sha256: str, filename: str) -> Path:
        """A private plaintext copy (0600) for another program, removed by ``close``
        (or, after a crash, at the next start by ``remove_stale``)."""
        return self.external.write(filename, sha256[:12], self.open_stream(sha256))

    def close(self) -> None:
        """The app is closing: remove the copies opened in other programs."""
        self.external.close()

    def thumbnail(self, sha256: str) -> bytes:
        """JPEG thumbnail (cached, sealed like the blob): for the GUI and the report."""
        cached = self._thumb_path(sha256)
        if cached.is_file():
            with suppress(ValidationError, OSError):  # a bad cache entry is only remade
                return self._read_sealed(cached, "thumb", sha256)
        data = make_thumbnail(self.read_bytes(sha256))
        with suppress(OSError):  # a cache that cannot be written is only slower
            self._write_atomic(cached, self._sealed_chunks([data], "thumb", sha256))
        return data

    # --- housekeeping, backups, conversion ---------------------------------------------

    def iter_blob_files(self) -> Iterator[tuple[str, Path]]:
        """Every stored blob file as (path relative to the store's root, path), as it is
        on disk (sealed ones stay sealed): what a backup copies."""
        if not self.blobs.is_dir():
            return
        for blob in sorted(self.blobs.glob("*/*")):
            if blob.is_file() and not blob.name.endswith(".part"):
                yield blob.relative_to(self.root).as_posix(), blob

    def copy_blobs_to(self, target_root: Path) -> int:
        """Copy the blob files, as they are, into another store's root (a backup, or back
        from one); files already there are kept. Returns how many were copied."""
        copied = 0
        for relative, blob in self.iter_blob_files():
            target = target_root / relative
            if target.exists():
                continue
            with blob.open("rb") as fh:
                self._write_atomic(target, iter(lambda: fh.read(1 << 20), b""))
            copied += 1
        return copied

    def holds(self, candidates: Iterable[str]) -> set[str]:
        """Which of these SHA-256s have a blob here."""
        return {sha for sha in candidates if self.has(sha)}

    def stored_names(self) -> set[str]:
        """The names of the blob files (opaque in sealed mode): for "nothing was added"."""
        return {blob.name for _, blob in self.iter_blob_files()}

    def remove_unreferenced(self, referenced: set[str]) -> int:
        """Delete blobs no record refers to (after a visit is deleted)."""
        keep = {self._name(sha) for sha in referenced}
        removed = 0
        for _, blob in list(self.iter_blob_files()):
            if blob.name not in keep:
                blob.unlink(missing_ok=True)
                for thumb in (blob.name, f"{blob.name}.jpg"):
                    (self.thumbs / blob.name[:2] / thumb).unlink(missing_ok=True)
                removed += 1
        return removed

    def encrypt_all_into(
        self,
        target_root: Path,
        key: DataKey,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
        *,
        reuse: Path | None = None,
    ) -> int:
        """Seal every blob of this plaintext store into a new store at ``target_root``
        (the encryption conversion), each read back, opened and hashed before it counts.
        Nothing here is changed: the caller swaps the folders and deletes this one.
        Thumbnails are not carried over (they are remade, sealed, when next shown).
        ``reuse``: the root of a store sealed with the same key (an earlier backup's): a
        blob it holds under the same name is hard-linked from it, then verified too.

        Refuses (CONTENT_HASH_MISMATCH) a plaintext blob that no longer hashes to its
        name: converting would lose it silently. Returns how many blobs were sealed."""
        if self._cipher is not None:
            raise ValueError("encrypt_all_into converts a plaintext store")
        target = AttachmentStore(target_root, key)
        blobs = [blob for _, blob in self.iter_blob_files()]
        target.blobs.mkdir(parents=True, exist_ok=True)
        for done, blob in enumerate(blobs):
            raise_if_cancelled(cancel, "encrypting the attachments was cancelled")
            sha = blob.name
            data = blob.read_bytes()
            if hashlib.sha256(data).hexdigest() != sha:
                raise ValidationError.coded(ErrorCode.CONTENT_HASH_MISMATCH, expected_sha256=sha)
            if not (reuse is not None and target._link_from(reuse, sha)):
                target.put_bytes(data, expected_sha256=sha)
            if not target.verify(sha):
                raise target._broken(target._blob_path(sha))
            if progress is not None:
                progress(done + 1, len(blobs))
        return len(blobs)

    def _link_from(self, other_root: Path, sha256: str) -> bool:
        """Hard-link the blob from another store sealed with this key; False when it has
        none (or the file system links nothing)."""
        blob = self._blob_path(sha256)
        source = other_root / blob.relative_to(self.root)
        if not source.is_file() or blob.exists():
            return False
        blob.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, blob)
        except OSError:
            return False
        return True
