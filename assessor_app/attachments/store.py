"""Content-addressed attachment files: stored once by SHA-256, photos without EXIF/GPS.

Every read and write of attachment bytes goes through ``AttachmentStore``: encrypting
them at rest later means changing this module only.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import AttachmentKind

PHOTO_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG"}
DOCUMENT_SUFFIXES = {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".txt", ".csv", ".ppt", ".pptx",
}  # fmt: skip
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 80_000_000
THUMBNAIL_SIZE = 480


def _pil() -> Any:
    """Pillow, imported on first use: most commands never touch an image."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    kind: AttachmentKind
    filename: str


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.blobs = root / "blobs"
        self.thumbs = root / "thumbnails"

    def _blob_path(self, sha256: str) -> Path:
        return self.blobs / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self._blob_path(sha256).is_file()

    def size_of(self, sha256: str) -> int:
        return self._blob_path(sha256).stat().st_size

    def _write_atomic(self, target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            Path(tmp).replace(target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

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
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if media_type.startswith("image/") or path.suffix.lower() in {".jpg", ".jpeg", ".png"}:
            data, media_type = clean_photo(data, path.name)
            kind = AttachmentKind.PHOTO
        elif path.suffix.lower() in DOCUMENT_SUFFIXES:
            kind = AttachmentKind.DOCUMENT
        else:
            raise ValidationError.coded(
                ErrorCode.ATTACHMENT_TYPE_NOT_ACCEPTED,
                file=path.name,
                suffixes=", ".join(sorted(DOCUMENT_SUFFIXES)),
            )
        sha = self.put_bytes(data)
        return StoredFile(sha, len(data), media_type, kind, path.name)

    def put_bytes(self, data: bytes, expected_sha256: str | None = None) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if expected_sha256 is not None and sha != expected_sha256:
            raise ValidationError.coded(
                ErrorCode.CONTENT_HASH_MISMATCH, expected_sha256=expected_sha256
            )
        target = self._blob_path(sha)
        if not target.exists():
            self._write_atomic(target, data)
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
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in chunks:
                    if not verified:
                        digest.update(chunk)
                    fh.write(chunk)
                fh.flush()
                if durable:
                    os.fsync(fh.fileno())
            if not verified and digest.hexdigest() != expected_sha256:
                raise ValidationError.coded(
                    ErrorCode.CONTENT_HASH_MISMATCH, expected_sha256=expected_sha256
                )
            Path(tmp).replace(target)
        finally:
            Path(tmp).unlink(missing_ok=True)

    def make_durable(self) -> None:
        """Flush blobs written with ``durable=False`` (and their renames) to disk."""
        if hasattr(os, "sync"):
            os.sync()
        else:  # pragma: no cover - Windows has no global sync; fsync each file instead
            for blob in self.blobs.glob("*/*"):
                with blob.open("rb+") as fh:
                    os.fsync(fh.fileno())

    def blob_path(self, sha256: str) -> Path:
        """Where a blob lives (for checks that read it in place, e.g. received photos)."""
        return self._blob_path(sha256)

    def discard(self, sha256: str) -> None:
        """Remove a blob this import added before it was refused or cancelled."""
        self._blob_path(sha256).unlink(missing_ok=True)

    def read_bytes(self, sha256: str) -> bytes:
        return self._blob_path(sha256).read_bytes()

    def open_stream(self, sha256: str, chunk_size: int = 1 << 20) -> Iterator[bytes]:
        with self._blob_path(sha256).open("rb") as fh:
            while chunk := fh.read(chunk_size):
                yield chunk

    def export_copy(self, sha256: str, target: Path) -> Path:
        """A plain copy for opening in another program or saving elsewhere."""
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self._blob_path(sha256), target)
        return target

    def thumbnail(self, sha256: str) -> bytes:
        """JPEG thumbnail (cached): for the GUI and the report's photo appendix."""
        cached = self.thumbs / sha256[:2] / f"{sha256}.jpg"
        if cached.is_file():
            return cached.read_bytes()
        with _pil().open(io.BytesIO(self.read_bytes(sha256))) as img:
            img.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))  # fast JPEG downscale on decode
            thumb = img.convert("RGB")
            thumb.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            out = io.BytesIO()
            thumb.save(out, "JPEG", quality=82, optimize=True)
        data = out.getvalue()
        with suppress(OSError):  # a cache that cannot be written is only slower
            self._write_atomic(cached, data)
        return data

    def remove_unreferenced(self, referenced: set[str]) -> int:
        """Delete blobs no record refers to (after a visit is deleted)."""
        removed = 0
        if not self.blobs.is_dir():
            return 0
        for blob in self.blobs.glob("*/*"):
            if blob.name not in referenced and not blob.name.endswith(".part"):
                blob.unlink(missing_ok=True)
                (self.thumbs / blob.name[:2] / f"{blob.name}.jpg").unlink(missing_ok=True)
                removed += 1
        return removed


def clean_photo(data: bytes, name: str) -> tuple[bytes, str]:
    """Re-encode a photo with no metadata (EXIF, GPS, comments); orientation kept upright."""
    image_module = _pil()
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with image_module.open(io.BytesIO(data)) as img:
            img_format = img.format
            if img_format not in ("JPEG", "PNG"):
                raise ValidationError.coded(ErrorCode.PHOTO_FILE_NOT_ACCEPTED, name=name)
            img.load()
            upright = ImageOps.exif_transpose(img)
            out = io.BytesIO()
            if img_format == "JPEG":
                upright.convert("RGB").save(out, "JPEG", quality=90, optimize=True)
                return out.getvalue(), "image/jpeg"
            if upright.mode not in ("RGB", "RGBA", "L", "LA", "P"):
                upright = upright.convert("RGBA")
            upright.save(out, "PNG", optimize=False)
            return out.getvalue(), "image/png"
    except (UnidentifiedImageError, OSError, image_module.DecompressionBombError) as exc:
        raise ValidationError.coded(ErrorCode.PHOTO_UNREADABLE, name=name, reason=exc) from None


def check_received_image(path: Path, media_type: str, max_pixels: int = MAX_PIXELS) -> None:
    """Re-check a photo received from elsewhere (sync): JPEG or PNG as its media type says,
    within the pixel limit, structurally readable. Reads the header, then verifies."""
    expected = PHOTO_TYPES.get(media_type)
    if expected is None:
        raise ValidationError.coded(ErrorCode.PHOTO_TYPE_NOT_ACCEPTED, media_type=media_type)
    image_module = _pil()
    from PIL import UnidentifiedImageError

    try:
        with image_module.open(path) as img:
            if img.format != expected:
                raise ValidationError.coded(
                    ErrorCode.PHOTO_TYPE_MISMATCH, media_type=media_type, found=img.format
                )
            width, height = img.size
            if width * height > max_pixels:
                raise ValidationError.coded(
                    ErrorCode.PHOTO_TOO_LARGE, width=width, height=height, max_pixels=max_pixels
                )
            img.verify()  # checks structure (PNG chunk CRCs, JPEG markers) without decoding
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            image_module.DecompressionBombError) as exc:  # fmt: skip
        raise ValidationError.coded(
            ErrorCode.PHOTO_CONTENT_UNREADABLE, expected=expected, reason=exc
        ) from None
