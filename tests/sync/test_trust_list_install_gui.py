"""Edit › Install office trust list…: pick a file, see what it holds, agree, installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assessor_app.identity.issuing import create_office_ca
from assessor_app.identity.pkcs12 import create_identity, load_identity
from assessor_app.ui.main_window import MainWindow
from tests.sync.helpers import assessor

PASS = "pass-word-1"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    services = assessor(tmp_path, "Lead")
    win = MainWindow(services)
    qtbot.addWidget(win)
    said: list[tuple[str, str]] = []
    answers: list[QMessageBox.StandardButton] = []

    def question(_p, _t, text, *_a, **_k):
        said.append(("question", text))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, t: said.append(("info", t)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, t: said.append(("warning", t)))
    yield win, services, said, answers
    services.close()


def _pick(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def _action(win: MainWindow) -> QtGui.QAction:
    """The action as the Edit menu offers it."""
    edit = next(a.menu() for a in win.menuBar().actions() if a.menu().objectName() == "menu_edit")
    return next(a for a in edit.actions() if a.objectName() == "action_install_trust_list")


def test_it_shows_the_file_and_installs_only_when_the_person_agrees(window, tmp_path, monkeypatch):
    win, services, said, answers = window
    ca = load_identity(create_office_ca("Office <i>CA</i>", PASS), PASS)
    someone = load_identity(create_identity("Dr Reg", "reg@example.org", PASS), PASS)
    pem = tmp_path / "office.pem"
    pem.write_bytes(ca.certificate_pem() + someone.certificate_pem())
    _pick(monkeypatch, pem)
    action = _action(win)
    assert action.text().replace("&", "") == "Install office trust list…"

    answers.append(QMessageBox.StandardButton.No)
    action.trigger()
    kind, text = said[-1]
    assert kind == "question"
    assert "Office CA (vouches for the certificates it issued): Office <i>CA</i>" in text
    assert "Registered assessor: Dr Reg <reg@example.org>" in text
    assert ca.fingerprint in text and someone.fingerprint in text
    # Names are the file's text: shown as written, never as markup.
    assert not QtGui.Qt.mightBeRichText(text) or "&lt;i&gt;" in text
    assert services.trust.anchors() == []  # "No" installs nothing

    answers.append(QMessageBox.StandardButton.Yes)
    action.trigger()
    assert said[-1][0] == "info" and "Installed 2 certificate" in said[-1][1]
    installed = {a.fingerprint: a.kind for a in services.trust.anchors()}
    assert installed == {ca.fingerprint: "ca", someone.fingerprint: "assessor"}

    action.trigger()  # nothing new: said, not asked
    assert said[-1][0] == "info" and "installed already" in said[-1][1]
    assert not answers


def test_a_file_that_is_no_trust_list_is_refused_in_translated_words(window, tmp_path, monkeypatch):
    win, services, said, _answers = window
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    _pick(monkeypatch, junk)
    _action(win).trigger()
    kind, text = said[-1]
    assert kind == "warning" and "junk.pem" in text and "\n" not in text.strip()
    _pick(monkeypatch, tmp_path / "missing.pem")
    _action(win).trigger()
    assert said[-1][0] == "warning" and "missing.pem" in said[-1][1]
    assert services.trust.anchors() == []
