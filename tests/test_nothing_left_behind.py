"""Issue 13's scenario, by command line on an encrypted folder: a demo, ratings with
unique comments, photos and documents with unique bytes (a facility's document zip among
them), a report, an export, a backup and a restore. No known string and no known photo
or document bytes may appear under the data folder (its cache and logs included) nor in
the temporary folder, at any moment: the temporary folder is also searched while each
file is being stored, which is when an unpacked copy would sit there (and where a killed
process would leave it)."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest

from assessor_app.attachments.store import AttachmentStore
from assessor_app.services.demo import PHOTOS
from assessor_app.services.demo_photos import demo_photo
from tests.test_attachments_sealed import leaks, noisy_photo, windows
from tests.workbook_helpers import fill_correctly, new_visit, run

COMMENT = "Unique-comment-7f3a9c: sedation log checked on the ward"
DOCUMENT = b"%PDF-1.4\n% Unique-document-51d2e8: sedation SOP of the facility\n%%EOF\n"


def _needles(tmp_path: Path) -> tuple[dict[str, bytes], Path, bytes]:
    photo = tmp_path / "ward-photo.jpg"
    noisy_photo(photo, 4242)
    sent = tmp_path / "team-photo.jpg"
    noisy_photo(sent, 4343)
    # Past the first 2 KB: JPEG headers and tables are alike in every photo.
    needles = {"comment": COMMENT.encode(), "document": DOCUMENT[10:50]}
    for i, part in enumerate(windows(photo.read_bytes()[2048:])):
        needles[f"photo window {i}"] = part
    for i, part in enumerate(windows(sent.read_bytes()[2048:])):
        needles[f"sent photo window {i}"] = part
    seed, (_key, caption) = 0, next(iter(PHOTOS.items()))
    for i, part in enumerate(windows(demo_photo(caption, seed)[2048:])):
        needles[f"demo photo window {i}"] = part
    return needles, photo, sent.read_bytes()


def test_no_plaintext_anywhere_at_any_step(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"  # what the assessor chose to write: outside the search
    out.mkdir()
    needles, photo, sent_photo = _needles(tmp_path)
    found: list[str] = []

    # While any file goes into the store, the temporary folder is searched.
    put_bytes = AttachmentStore.put_bytes

    def watched_put(self: AttachmentStore, data: bytes, *args: object, **kw: object) -> str:
        found.extend(leaks([temp], needles))
        return put_bytes(self, data, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(AttachmentStore, "put_bytes", watched_put)

    def step(*args: str) -> str:
        code, stdout, err = run(capsys, data_dir, *args)
        assert code == 0, (args, err)
        found.extend(leaks([data_dir, temp], needles))
        return stdout

    visit_id = new_visit(capsys, data_dir)
    step("rate", visit_id, "1.a", "met", "--comment", COMMENT)
    step("attach", visit_id, "1.b", str(photo), "--caption", "ward")

    blank, filled = out / "blank.xlsx", out / "filled.xlsx"
    step("workbook", "export", visit_id, "-o", str(blank))
    fill_correctly(blank, filled)  # names sop-sedation.pdf and team-photo.jpg under 1.a
    docs = out / "documents.zip"
    with zipfile.ZipFile(docs, "w") as zf:
        zf.writestr("sent/sop-sedation.pdf", DOCUMENT)
        zf.writestr("sent/team-photo.jpg", sent_photo)
    stdout = step("workbook", "import", visit_id, str(filled), "--documents", str(docs), "--yes")
    assert "Attached 2 document(s)" in stdout

    step("demo")
    step("report", visit_id, "-o", str(out / "report.pdf"))
    step("export", visit_id, "-o", str(out / "visit.iasios"))
    step("backup", "create")
    backup_id = step("backup", "list").split()[0]
    step("backup", "restore", backup_id, "--yes")
    step("check")

    assert found == []
    # The search finds what it looks for: the photos' own files hold their bytes.
    assert {"photo window 0", "sent photo window 0"} <= {
        hit.split(" in ")[0] for hit in leaks([photo.parent], needles)
    }
