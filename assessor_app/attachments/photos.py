"""Photos: cleaned of metadata when stored, re-checked when received, made into thumbnails.

Only bytes in and bytes out: where they are kept (and sealed) is the store's business.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError

PHOTO_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG"}
MAX_PIXELS = 80_000_000
THUMBNAIL_SIZE = 480


def _pil() -> Any:
    """Pillow, imported on first use: most commands never touch an image."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


def make_thumbnail(data: bytes) -> bytes:
    """A JPEG of at most THUMBNAIL_SIZE on its longer side."""
    with _pil().open(io.BytesIO(data)) as img:
        img.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))  # fast JPEG downscale on decode
        thumb = img.convert("RGB")
        thumb.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        out = io.BytesIO()
        thumb.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


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


def check_received_image(
    path: Path | IO[bytes], media_type: str, max_pixels: int = MAX_PIXELS
) -> None:
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
