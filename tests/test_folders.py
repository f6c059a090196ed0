"""File dialogs start where the assessor last was, never in the app's own folder."""

from __future__ import annotations

from pathlib import Path

from assessor_app.ui import folders


def test_dialogs_start_in_the_folder_last_used_for_that_kind(tmp_path, monkeypatch):
    monkeypatch.setattr(folders, "_last", {})
    # Before any choice: the user's Pictures or Documents (or home), not the app's folder.
    for kind in (folders.PHOTOS, folders.DOCUMENTS):
        assert Path(folders.start_in(kind)) != Path.cwd()
        assert Path(folders.start_in(kind)).is_relative_to(Path.home())
    shots = tmp_path / "ward 3"
    folders.remember(folders.PHOTOS, [str(shots / "a.jpg"), str(shots / "b.jpg")])
    assert folders.start_in(folders.PHOTOS) == str(shots)
    assert folders.start_in(folders.DOCUMENTS) != str(shots)  # each kind its own
    folders.remember(folders.DOCUMENTS, str(tmp_path / "out" / "report.pdf"))
    assert folders.start_in(folders.DOCUMENTS, "r2.pdf") == str(tmp_path / "out" / "r2.pdf")
