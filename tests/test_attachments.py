"""Photos are stored once by SHA-256, without EXIF or GPS; thumbnails are cached."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from assessor_app.domain.errors import ValidationError


def photo_with_gps(path, orientation: int = 1) -> None:
    img = Image.new("RGB", (400, 200), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 30.0), 3: "E", 4: (9.0, 44.0, 10.0)}  # GPS IFD
    img.save(path, "JPEG", exif=exif)


def test_photo_is_stripped_of_exif_and_gps(services, visit_id, tmp_path):
    src = tmp_path / "IMG_0001.jpg"
    photo_with_gps(src, orientation=6)  # rotated 90° by the camera
    assert Image.open(src).getexif()
    attachment = services.attachments.add(visit_id, "5.a", src, caption="Suite 1")
    stored = services.attachments.read_bytes(attachment)
    img = Image.open(io.BytesIO(stored))
    assert not img.getexif()
    assert b"PhoneMaker" not in stored
    assert img.size == (200, 400)  # orientation applied before the tag was dropped
    assert attachment.kind.value == "photo"


def test_same_file_is_stored_once(services, visit_id, tmp_path):
    src = tmp_path / "a.jpg"
    photo_with_gps(src)
    a = services.attachments.add(visit_id, "5.a", src)
    b = services.attachments.add(visit_id, "5.b", src)
    assert a.sha256 == b.sha256 and a.id != b.id
    blobs = list((services.paths.attachments / "blobs").rglob("*"))
    assert len([p for p in blobs if p.is_file()]) == 1
    thumb = services.attachments.thumbnail(a)
    assert Image.open(io.BytesIO(thumb)).size[0] <= 480
    services.attachments.remove(a.id)
    assert [x.id for x in services.attachments.list(visit_id)] == [b.id]


def test_documents_and_refusals(services, visit_id, tmp_path):
    doc = tmp_path / "policy.pdf"
    doc.write_bytes(b"%PDF-1.4 test")
    att = services.attachments.add(visit_id, "1.a", doc)
    assert att.kind.value == "document" and att.media_type == "application/pdf"
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"not an image")
    with pytest.raises(ValidationError, match="not a readable photo"):
        services.attachments.add(visit_id, "1.a", fake)
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(ValidationError, match="only photos"):
        services.attachments.add(visit_id, "1.a", exe)
    assert len(services.attachments.list(visit_id)) == 1


def test_an_unreadable_file_is_a_clear_error(services, visit_id, tmp_path):
    folder = tmp_path / "minutes.pdf"  # a folder with a document's name
    folder.mkdir()
    with pytest.raises(ValidationError, match="cannot read"):
        services.attachments.add(visit_id, "1.a", folder)
    assert services.attachments.list(visit_id) == []
