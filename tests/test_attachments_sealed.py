"""Attachments in an encrypted folder: nothing readable on disk, tampering refused, copies
opened in other programs private and gone after close (or after a crash, at next start)."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from assessor_app.attachments.sealed_blob import SEGMENT
from assessor_app.attachments.store import AttachmentStore
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import Cancelled
from assessor_app.domain.visit import Facility, NewVisit, ProcedureType
from assessor_app.paths import AppPaths, resolve_paths
from assessor_app.protection.data_key import DataKey
from assessor_app.services.container import Services, build_services, external_copies
from tests.conftest import ROOT


@pytest.fixture
def sealed(paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    """Services of an encrypted folder; the process's temp folder is one the test scans."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    built = build_services(paths, DataKey.generate())
    yield built
    built.close()


def new_visit(services: Services) -> str:
    return services.visits.create(
        NewVisit(
            facility=Facility(name="Test Hospital"),
            template_id=services.templates.default().id,
            volumes={ProcedureType.ABLATION: 200},
        )
    )


def noisy_photo(path: Path, seed: int) -> None:
    """A JPEG whose bytes occur nowhere else (noise does not compress into patterns)."""
    rng = hashlib.sha256(f"photo {seed}".encode()).digest()
    pixels = b"".join(hashlib.sha256(rng + i.to_bytes(4, "big")).digest() for i in range(1875))
    Image.frombytes("RGB", (200, 100), pixels[: 200 * 100 * 3]).save(path, "JPEG", quality=95)


def windows(data: bytes, width: int = 24, count: int = 8) -> list[bytes]:
    """Slices spread over the data: any of them on disk means the plaintext leaked."""
    step = max((len(data) - width) // count, 1)
    return [data[i : i + width] for i in range(0, len(data) - width, step)][:count]


def leaks(folders: list[Path], needles: dict[str, bytes]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                found += [f"{what} in {path}" for what, n in needles.items() if n in data]
    return found


def test_nothing_readable_left_after_put_read_thumbnail_and_open(
    sealed: Services, paths: AppPaths, tmp_path: Path
) -> None:
    visit_id = new_visit(sealed)
    src = tmp_path / "src"
    src.mkdir()
    photo = src / "ward-round-7f3a.jpg"
    noisy_photo(photo, 1)
    doc = src / "consent-form-91c2.pdf"
    doc.write_bytes(b"%PDF-1.4 UNIQUE-DOCUMENT-TEXT-5be1d0 " * 50)
    shot = sealed.attachments.add(visit_id, "1.a", photo)
    paper = sealed.attachments.add(visit_id, "1.a", doc)

    stored = sealed.attachments.read_bytes(shot)
    assert Image.open(io.BytesIO(stored)).size == (200, 100)
    assert sealed.attachments.read_bytes(paper) == doc.read_bytes()
    thumb = sealed.attachments.thumbnail(shot)
    assert thumb is not None and sealed.attachments.thumbnail(shot) == thumb  # from the cache
    opened = sealed.attachments.open_external(paper)
    assert opened.read_bytes() == doc.read_bytes() and opened.name == doc.name

    needles: dict[str, bytes] = {"document text": b"UNIQUE-DOCUMENT-TEXT-5be1d0"}
    for name, data in (("photo", stored), ("thumbnail", thumb)):
        needles |= {f"{name} bytes {i}": w for i, w in enumerate(windows(data))}
    for att in (shot, paper):
        needles[f"sha256 of {att.filename}"] = att.sha256.encode()
        needles[f"raw sha256 of {att.filename}"] = bytes.fromhex(att.sha256)
        needles[f"half sha256 of {att.filename}"] = att.sha256[:32].encode()
    folders = [paths.data_dir, paths.cache_dir, paths.log_dir, tmp_path / "tmp"]
    assert (paths.attachments / "thumbnails").is_dir()  # the cache exists, sealed
    assert len(sealed.store.stored_names()) >= 2
    still_open = leaks(folders, needles)
    assert still_open and all("opened-attachments" in line for line in still_open)

    sealed.close()
    assert leaks(folders, needles) == []
    assert not opened.exists()


def test_copy_for_an_external_viewer_is_private_and_gone_after_close(
    sealed: Services, tmp_path: Path
) -> None:
    visit_id = new_visit(sealed)
    doc = tmp_path / "policy.pdf"
    doc.write_bytes(b"%PDF-1.4 policy")
    att = sealed.attachments.add(visit_id, "1.a", doc)
    first = sealed.attachments.open_external(att)
    second = sealed.attachments.open_external(att)  # opened twice: two files, same name
    assert first != second and first.name == second.name == "policy.pdf"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    run = first.parent.parent
    assert stat.S_IMODE(run.stat().st_mode) == 0o700
    assert run.parent == external_copies(sealed.paths)
    sealed.close()
    assert not first.exists() and not second.exists() and not run.exists()


def test_copies_left_by_a_killed_run_are_removed_at_the_next_start(
    paths: AppPaths, tmp_path: Path
) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_text("left behind by a crash", encoding="utf-8")
    scratch = external_copies(paths)
    # Another process opens a copy, then dies without closing anything (as on kill -9).
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from assessor_app.attachments.store import AttachmentStore\n"
        "store = AttachmentStore(Path(sys.argv[1]), scratch=Path(sys.argv[2]))\n"
        "sha = store.put_bytes(Path(sys.argv[3]).read_bytes())\n"
        "print(store.open_external(sha, 'notes.txt'), flush=True)\n"
        "os._exit(0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(paths.attachments), str(scratch), str(doc)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    left = Path(out.strip())
    assert left.read_text(encoding="utf-8") == "left behind by a crash"
    services = build_services(paths)
    try:
        assert not left.exists() and list(scratch.iterdir()) == []
    finally:
        services.close()


def test_a_live_runs_copies_are_kept_by_another_start(sealed: Services, paths: AppPaths) -> None:
    sha = sealed.store.put_bytes(b"still being read")
    opened = sealed.store.open_external(sha, "live.txt")
    other = build_services(paths, sealed.key)  # a second window on the same folder
    other.close()
    assert opened.read_bytes() == b"still being read"


def refused(call: object) -> None:
    assert callable(call)
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.code == ErrorCode.ATTACHMENT_SEAL_BROKEN


def test_tampered_swapped_or_cut_blobs_are_refused(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att", DataKey.generate(), scratch=tmp_path / "open")
    a = store.put_bytes(b"first attachment " * 100)
    b = store.put_bytes(b"second attachment " * 100)
    path_a, path_b = store.blob_path(a), store.blob_path(b)
    assert a not in str(path_a) and b"first" not in path_a.read_bytes()

    flipped = bytearray(path_a.read_bytes())
    flipped[40] ^= 0x01
    path_a.write_bytes(bytes(flipped))
    refused(lambda: store.read_bytes(a))
    refused(lambda: list(store.open_stream(a)))
    assert not store.verify(a)

    path_a.write_bytes(path_b.read_bytes())  # another blob's file under this name
    refused(lambda: store.read_bytes(a))
    path_b.write_bytes(path_b.read_bytes()[:-1])
    refused(lambda: store.read_bytes(b))
    assert store.verify(b) is False

    other_key = AttachmentStore(tmp_path / "att", DataKey.generate(), scratch=tmp_path / "o")
    c = store.put_bytes(b"third")
    other_key.blobs.joinpath(other_key.blob_path(c).relative_to(other_key.blobs)).parent.mkdir(
        parents=True, exist_ok=True
    )
    other_key.blob_path(c).write_bytes(store.blob_path(c).read_bytes())
    refused(lambda: other_key.read_bytes(c))  # sealed with another key


@pytest.mark.parametrize("size", [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT])
def test_sizes_at_segment_boundaries_stream_and_cannot_be_cut(tmp_path: Path, size: int) -> None:
    store = AttachmentStore(tmp_path / "att", DataKey.generate(), scratch=tmp_path / "open")
    data = (hashlib.sha256(b"x").digest() * (size // 32 + 1))[:size]
    sha = hashlib.sha256(data).hexdigest()
    pieces = [data[i : i + 300_000] for i in range(0, len(data), 300_000)] or [b""]
    store.put_stream(iter(pieces), sha)
    assert store.size_of(sha) == size
    assert b"".join(store.open_stream(sha)) == data == store.read_bytes(sha)
    assert store.verify(sha)
    sealed = store.blob_path(sha).read_bytes()
    if size > SEGMENT:  # drop the final segment: what is left ends on a boundary
        store.blob_path(sha).write_bytes(sealed[: 5 + SEGMENT + 28])
        refused(lambda: store.read_bytes(sha))
        refused(lambda: list(store.open_stream(sha)))


def test_a_stream_that_does_not_hash_to_its_name_is_not_stored(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att", DataKey.generate(), scratch=tmp_path / "open")
    wrong = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(ValidationError) as caught:
        store.put_stream(iter([b"these bytes"]), wrong)
    assert caught.value.code == ErrorCode.CONTENT_HASH_MISMATCH
    assert not store.has(wrong) and store.stored_names() == set()
    assert list(store.blobs.rglob("*.part")) == []


def test_plaintext_folder_keeps_todays_layout(paths: AppPaths, tmp_path: Path) -> None:
    services = build_services(paths)
    try:
        sha = services.store.put_bytes(b"plain as before")
        assert services.store.blob_path(sha) == paths.attachments / "blobs" / sha[:2] / sha
        assert services.store.blob_path(sha).read_bytes() == b"plain as before"
        assert services.store.size_of(sha) == len(b"plain as before")
        opened = services.store.open_external(sha, "plain.txt")
        assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    finally:
        services.close()
    assert not opened.exists()


def test_encrypting_a_plaintext_store_verifies_each_blob(tmp_path: Path) -> None:
    plain = AttachmentStore(tmp_path / "plain", scratch=tmp_path / "open")
    contents = [f"attachment {i} ".encode() * (i + 1) for i in range(5)]
    shas = [plain.put_bytes(c) for c in contents]
    key = DataKey.generate()
    seen: list[tuple[int, int]] = []
    count = plain.encrypt_all_into(tmp_path / "sealed", key, lambda d, t: seen.append((d, t)))
    assert count == 5
    assert seen[-1] == (5, 5)
    reopened = AttachmentStore(tmp_path / "sealed", key, scratch=tmp_path / "open")
    for sha, data in zip(shas, contents, strict=True):
        assert reopened.read_bytes(sha) == data and plain.read_bytes(sha) == data
    assert all(b"attachment" not in p.read_bytes() for _, p in reopened.iter_blob_files())


def test_encrypting_refuses_a_damaged_plaintext_blob_and_changes_nothing(tmp_path: Path) -> None:
    plain = AttachmentStore(tmp_path / "plain", scratch=tmp_path / "open")
    sha = plain.put_bytes(b"will be damaged")
    plain.blob_path(sha).write_bytes(b"damaged")
    with pytest.raises(ValidationError) as caught:
        plain.encrypt_all_into(tmp_path / "sealed", DataKey.generate())
    assert caught.value.code == ErrorCode.CONTENT_HASH_MISMATCH
    assert plain.blob_path(sha).read_bytes() == b"damaged"


def test_backups_copy_sealed_files_as_they_are(tmp_path: Path) -> None:
    key = DataKey.generate()
    store = AttachmentStore(tmp_path / "att", key, scratch=tmp_path / "open")
    shas = [store.put_bytes(f"blob {i}".encode()) for i in range(3)]
    assert store.copy_blobs_to(tmp_path / "backup") == 3
    assert store.copy_blobs_to(tmp_path / "backup") == 0  # already there
    copy = AttachmentStore(tmp_path / "backup", key, scratch=tmp_path / "open")
    assert [(r, p.read_bytes()) for r, p in copy.iter_blob_files()] == [
        (r, p.read_bytes()) for r, p in store.iter_blob_files()
    ]
    assert all(copy.read_bytes(sha) == f"blob {i}".encode() for i, sha in enumerate(shas))


def test_sync_between_two_encrypted_folders_and_a_report(tmp_path: Path) -> None:
    lead = build_services(resolve_paths(tmp_path / "lead"), DataKey.generate())
    office = build_services(resolve_paths(tmp_path / "office"), DataKey.generate())
    try:
        visit_id = new_visit(lead)
        photo = tmp_path / "theatre.jpg"
        noisy_photo(photo, 2)
        att = lead.attachments.add(visit_id, "1.a", photo, caption="Theatre")
        bundle = tmp_path / "visit.iasios"
        lead.sync.export_visit(visit_id, bundle)
        office.sync.import_bundle(bundle)
        here = next(a for a in office.attachments.list(visit_id) if a.id == att.id)
        assert office.attachments.read_bytes(here) == lead.attachments.read_bytes(att)
        # Same content, different keys: the two folders name the file differently.
        assert office.store.blob_path(att.sha256).name != lead.store.blob_path(att.sha256).name
        office.reports.generate(visit_id, tmp_path / "report.pdf")
        pdf = (tmp_path / "report.pdf").read_bytes()
        assert office.attachments.thumbnail(here) in pdf
    finally:
        lead.close()
        office.close()


def test_the_external_copy_is_written_with_no_umask_dependence(sealed: Services) -> None:
    old = os.umask(0)
    try:
        sha = sealed.store.put_bytes(b"umask")
        opened = sealed.store.open_external(sha, "../../escape.txt")
    finally:
        os.umask(old)
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    assert opened.name == "escape.txt"
    assert opened.parent.parent.parent == external_copies(sealed.paths)


def test_encrypting_can_be_cancelled_and_leaves_the_plaintext(tmp_path: Path) -> None:
    plain = AttachmentStore(tmp_path / "plain", scratch=tmp_path / "open")
    shas = [plain.put_bytes(f"blob {i}".encode()) for i in range(3)]
    key = DataKey.generate()
    stop = threading.Event()
    with pytest.raises(Cancelled):
        plain.encrypt_all_into(tmp_path / "sealed", key, lambda _d, _t: stop.set(), stop)
    assert all(plain.read_bytes(sha) == f"blob {i}".encode() for i, sha in enumerate(shas))
    assert len(AttachmentStore(tmp_path / "sealed", key).stored_names()) == 1


def test_encrypting_a_folder_seals_its_attachments(paths: AppPaths, tmp_path: Path) -> None:
    from assessor_app.services import protection

    plain = build_services(paths)
    visit_id = new_visit(plain)
    photo = tmp_path / "corridor.jpg"
    noisy_photo(photo, 3)
    att = plain.attachments.add(visit_id, "1.a", photo)
    stored = plain.attachments.read_bytes(att)
    plain.attachments.thumbnail(att)  # a plaintext thumbnail in the cache, too
    plain.close()

    key = protection.encrypt_folder(paths, "correct horse battery staple 42")
    needles = {f"photo bytes {i}": w for i, w in enumerate(windows(stored))}
    needles["sha256"] = att.sha256.encode()
    assert leaks([paths.data_dir], needles) == []
    services = build_services(paths, key)
    try:
        assert services.attachments.read_bytes(att) == stored
        assert Image.open(io.BytesIO(services.attachments.thumbnail(att))).size[0] <= 480
    finally:
        services.close()
    assert leaks([paths.data_dir], needles) == []
