"""Encrypting a plaintext folder leaves nothing readable anywhere under the data folder:
not the live data, not its backups, not what a restore set aside (database, blobs and
thumbnails), not an attachment copy a crashed run left for another program.

(The reviewer found set-aside/before-restore-*/ still plaintext after ``encrypt``, and
the SSD note claiming the unencrypted files were deleted.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor_app.attachments.store import AttachmentStore
from assessor_app.paths import resolve_paths
from assessor_app.persistence.encrypted_copy import is_plaintext_sqlite
from assessor_app.persistence.raw_connection import raw_connect
from assessor_app.services import protection
from assessor_app.services.container import build_services, external_copies
from assessor_app.services.restore_swap import SET_ASIDE

PASS = "a long enough passphrase for the leak test"
KEPT = "Comment-kept-in-the-backup-3c1d"
SET_ASIDE_ONLY = "Comment-only-in-the-set-aside-copy-88e2"


def _readable(root: Path, needles: list[bytes]) -> list[str]:
    found = []
    for file in sorted(p for p in root.rglob("*") if p.is_file()):
        data = file.read_bytes()
        if is_plaintext_sqlite(file) or any(n in data for n in needles):
            found.append(str(file.relative_to(root)))
    return found


def test_encrypt_leaves_no_comment_or_photo_readable_under_the_data_folder(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    services = build_services(paths)
    visit_id = services.demo.create()
    services.findings.set_comment(visit_id, "1.b", KEPT)
    blobs = dict(services.store.iter_blob_files())
    photos = {Path(rel).name: path.read_bytes() for rel, path in blobs.items()}
    thumbs = [services.store.thumbnail(sha) for sha in photos]  # cached, plaintext
    backup = services.backups.create("manual")
    services.findings.set_comment(visit_id, "1.b", SET_ASIDE_ONLY)
    services.backups.restore(backup)  # the newer data goes to set-aside/, plaintext
    services.close()
    (aside,) = (paths.data_dir / SET_ASIDE).iterdir()
    stray = external_copies(paths) / "run-4194000-deadbeef" / "photo.jpg"  # a killed run
    stray.parent.mkdir(parents=True)
    stray.write_bytes(next(iter(photos.values())))
    # An older version kept the report tab's unsigned PDF in the cache, in plaintext.
    old_report = paths.cache_dir / "reports" / f"{visit_id}.pdf"
    old_report.parent.mkdir(parents=True)
    old_report.write_bytes(b"%PDF-1.4\n% Klinikum Nordstadt " + KEPT.encode())
    needles = [KEPT.encode(), SET_ASIDE_ONLY.encode(), b"Klinikum"]
    needles += [data[1000:3000] for data in photos.values()]
    needles += [data[200:1200] for data in thumbs]
    assert _readable(paths.data_dir / SET_ASIDE, needles)  # the scenario has plaintext there

    key = protection.encrypt_folder(paths, PASS)

    assert _readable(paths.data_dir, needles) == []
    assert "set aside" in protection.SSD_NOTE  # the note says what was converted
    # The set-aside data is kept, encrypted: its database and its photos open with the key.
    con = raw_connect(aside / paths.database.name, key)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert SET_ASIDE_ONLY in str(con.execute("SELECT * FROM findings").fetchall())
    finally:
        con.close()
    kept = AttachmentStore(aside / paths.attachments.name, key)
    assert all(kept.read_bytes(sha) == data for sha, data in photos.items())
    services = build_services(paths, key)
    try:
        assert services.backups.check().ok
    finally:
        services.close()


def test_a_kill_before_the_set_aside_database_is_encrypted_is_finished_next_open(tmp_path):
    """Killed after the set-aside attachments were sealed, before its database: the next
    open encrypts the database (it used to try to seal the sealed blobs again, fail, and
    leave the database plaintext for good)."""
    import assessor_app.persistence.encrypted_copy as encrypted_copy

    paths = resolve_paths(tmp_path / "data")
    services = build_services(paths)
    visit_id = services.demo.create()
    backup = services.backups.create("manual")
    services.findings.set_comment(visit_id, "1.b", SET_ASIDE_ONLY)
    services.backups.restore(backup)
    services.close()

    def killed(path: Path, key: object) -> None:
        raise KeyboardInterrupt

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(encrypted_copy, "encrypt_file_in_place", killed)
        with pytest.raises(KeyboardInterrupt):
            protection.encrypt_folder(paths, PASS)
    assert _readable(paths.data_dir / SET_ASIDE, [SET_ASIDE_ONLY.encode()])  # not yet
    key = protection.unlock(paths, PASS)
    build_services(paths, key).close()
    assert _readable(paths.data_dir, [SET_ASIDE_ONLY.encode(), b"Klinikum"]) == []
    assert not list((paths.data_dir / SET_ASIDE).rglob(".*"))


def test_a_kill_between_the_sealed_copy_and_its_marker_is_finished_next_open(tmp_path):
    """Killed right after the set-aside attachments' sealed copy was renamed into place,
    before its marker: the next open used to seal again, fail on the existing copy and
    leave the set-aside database and blobs plaintext at every later open."""
    paths = resolve_paths(tmp_path / "data")
    services = build_services(paths)
    visit_id = services.demo.create()
    backup = services.backups.create("manual")
    services.findings.set_comment(visit_id, "1.b", SET_ASIDE_ONLY)
    services.backups.restore(backup)
    services.close()
    real_touch = Path.touch

    def killed_at_the_marker(self: Path, *args: object, **kwargs: object) -> None:
        if self.name == ".attachments-sealed":
            raise KeyboardInterrupt
        real_touch(self, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Path, "touch", killed_at_the_marker)
        with pytest.raises(KeyboardInterrupt):
            protection.encrypt_folder(paths, PASS)
    key = protection.unlock(paths, PASS)
    for _ in range(2):  # and stays so at later opens
        build_services(paths, key).close()
    assert _readable(paths.data_dir, [SET_ASIDE_ONLY.encode(), b"Klinikum"]) == []
    assert not list((paths.data_dir / SET_ASIDE).rglob(".*"))
