"""Start-up: a refused database gets a clear dialog and changes nothing; translations load."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from assessor_app.domain.outcome import FindingState, evaluate
from assessor_app.domain.ratings import Rating
from assessor_app.templates.loader import load_template_file
from assessor_app.ui import launch
from assessor_app.ui.glance_header import reason_lines
from tests.conftest import ROOT

pytestmark = pytest.mark.gui


def test_corrupt_database_gets_a_dialog_and_is_left_alone(qapp, paths, monkeypatch):
    paths.ensure()
    garbage = b"this is not a database, just bytes" * 100
    paths.database.write_bytes(garbage)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(launch, "install_excepthook", lambda _log: None)

    code = launch.run_gui(paths)

    assert code == launch.EXIT_DATABASE
    assert len(shown) == 1
    assert "cannot be opened" in shown[0]
    assert "Nothing was changed" in shown[0]
    assert "Traceback" not in shown[0]
    assert paths.database.read_bytes() == garbage


def test_an_unreadable_key_file_gets_a_dialog_before_anything_opens(qapp, paths, monkeypatch):
    paths.ensure()
    paths.key_file.write_text("{ not a key file", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(launch, "install_excepthook", lambda _log: None)

    code = launch.run_gui(paths)

    assert code == launch.EXIT_DATABASE
    assert len(shown) == 1 and "key file" in shown[0]
    assert paths.key_file.read_text(encoding="utf-8") == "{ not a key file"
    assert not paths.database.exists()  # no unlock dialog, no window, nothing created


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>launch</name>
    <message>
        <source>IASIOS Assessor test string</source>
        <translation>IASIOS-Prüfer Teststring</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>{n} core requirements not fully met</source>
        <translation>{n} Kernanforderungen nicht vollständig erfüllt</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease")


def test_a_translation_for_the_locale_is_used_when_present(qapp, tmp_path):
    assert _lrelease() is not None, "pyside6-lrelease is not installed (it comes with PySide6)"
    ts = tmp_path / "assessor_de.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([_lrelease(), str(ts), "-qm", str(tmp_path / "assessor_de.qm")], check=True)

    translator = launch.install_translator(qapp, QLocale("de_AT"), tmp_path)
    try:
        assert translator is not None
        assert (
            QCoreApplication.translate("launch", "IASIOS Assessor test string")
            == "IASIOS-Prüfer Teststring"
        )
        # The outcome's reasons in the header are the app's words, translated too.
        template = load_template_file(ROOT / "resources/templates/iasios-cirse-2018.json")
        findings = {r.key: FindingState(Rating.MET) for r in template.requirements}
        findings["1.c"] = FindingState(Rating.NOT_MET)
        findings["6.b"] = FindingState(Rating.PARTIAL)
        outcome = evaluate(
            template.requirements, findings, case_review_complete=True, annual_procedures=200
        )
        assert reason_lines(outcome) == [
            ("2 Kernanforderungen nicht vollständig erfüllt", ["1.c", "6.b"])
        ]
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


def test_no_translation_file_means_english(qapp, tmp_path):
    assert launch.install_translator(qapp, QLocale("fr_FR"), tmp_path) is None
