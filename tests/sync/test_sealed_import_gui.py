"""Importing a sealed bundle in the desktop app: the assessor's own identity in the data
folder opens it after the passphrase; without a key that opens it, the dialog names the
key needed and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.main_window import MainWindow
from assessor_app.ui.sync import sealed_import
from tests.sync.helpers import assessor, blobs, dump

pytestmark = pytest.mark.gui
PASS = "correct horse 1"


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: said.append(text))
    return said


@pytest.fixture
def sealed(tmp_path):
    """A lead's bundle sealed to the co-assessor, whose identity is in her data folder."""
    lead, co, other = (assessor(tmp_path, n) for n in ("Lead", "Co", "Other"))
    visit_id = lead.demo.create()
    info = co.identities.create("Cora Co", "cora@example.org", PASS)
    result = lead.sync.export_visit(
        visit_id, tmp_path / "sealed", seal_to=[co.identities.certificate_pem(info.path)]
    )
    yield lead, co, other, Path(result.path)
    for s in (lead, co, other):
        s.close()


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_own_identity_opens_the_sealed_bundle(qtbot, sealed, messages, monkeypatch):
    _lead, co, _other, bundle = sealed
    prompts: list[str] = []

    def passphrase(_parent, prompt, **_k):
        prompts.append(prompt)
        return PASS

    monkeypatch.setattr(sealed_import, "ask_passphrase", passphrase)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bundle), ""))
    window = _window(qtbot, co)
    window.action_import.trigger()
    assert prompts and "sealed to your identity Cora Co <cora@example.org>" in prompts[0]
    assert "sealed and was opened with your key" in messages[-1]
    assert "Imported" in messages[-1]


def test_without_a_key_the_dialog_names_it_and_nothing_changes(
    qtbot, sealed, messages, monkeypatch
):
    _lead, _co, other, bundle = sealed
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bundle), ""))
    before, before_blobs = dump(other.paths.database, everything=True), blobs(other)
    window = _window(qtbot, other)
    window.action_import.trigger()
    assert len(asked) == 1 and "CN=Cora Co" in asked[0] and "cora@example.org" in asked[0]
    assert messages == []
    assert dump(other.paths.database, everything=True) == before
    assert blobs(other) == before_blobs


def test_a_wrong_identity_chosen_is_refused_naming_the_key(
    qtbot, sealed, messages, monkeypatch, tmp_path
):
    lead, _co, other, bundle = sealed
    stranger = lead.identities.create("Stan Stranger", "stan@example.org", PASS)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    chosen = iter([str(bundle), str(stranger.path)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (next(chosen), ""))
    monkeypatch.setattr(sealed_import, "ask_passphrase", lambda *_a, **_k: PASS)
    before = dump(other.paths.database, everything=True)
    window = _window(qtbot, other)
    window.action_import.trigger()
    assert messages and "sealed" in messages[-1] and "CN=Cora Co" in messages[-1]
    assert dump(other.paths.database, everything=True) == before
