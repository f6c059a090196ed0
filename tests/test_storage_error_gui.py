"""The GUI words the disk's failures as short, true dialogs (translated by code)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from assessor_app.domain.storage_errors import StorageError, StorageProblem
from assessor_app.ui import launch
from assessor_app.ui.error_dialog import error_text
from tests.test_storage_errors import damage, one_visit

pytestmark = pytest.mark.gui


def test_a_damaged_database_at_start_names_the_backup_copy(qapp, paths, monkeypatch, tmp_path):
    one_visit(paths.data_dir)
    paths.backups.mkdir()
    copy = paths.backups / "assessor-20261130T101010Z-before-0004_sync-0123456789abcdef.db"
    shutil.copy(paths.database, copy)
    damage(paths.database)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(launch, "install_excepthook", lambda _log: None)

    assert launch.run_gui(paths) == launch.EXIT_DATABASE

    (text,) = shown
    assert "is damaged" in text and "Nothing was changed" in text
    assert f"backup copy {copy}," in text and "move" in text
    assert text.count("\n") == 0 and len(text) < 600


def test_a_full_disk_during_work_is_a_short_dialog(qapp, tmp_path):
    error = StorageError(
        StorageProblem.DISK_FULL, folder=str(tmp_path), database=str(tmp_path / "assessor.db")
    )
    text = error_text(error, tmp_path / "assessor.log")
    assert text == (
        f"The disk holding {tmp_path} is full. Nothing was changed. "
        "Free some space, then try again."
    )
    full = OSError(28, "No space left on device")
    assert error_text(full, tmp_path / "assessor.log") == (
        "The disk is full. Free some space, then try again."
    )


def test_a_data_folder_that_cannot_be_made_gets_a_dialog(qapp, tmp_path, monkeypatch, capsys):
    from assessor_app.app import main

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))

    assert main(["--data-dir", str(blocker / "data")]) == 1

    (text,) = shown
    assert text == (
        f"The data folder {blocker / 'data'} cannot be used: Not a directory. Nothing was changed."
    )
    assert "cannot use data folder" in capsys.readouterr().err
