"""File › Export visit sealed to…: the GUI's way to seal a bundle to a certificate the
assessor picks (the CLI's --seal-to), with the export's summary naming the recipient."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assessor_app.domain.sync_types import BundleSealedError
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.main_window import MainWindow
from tests.sync.helpers import assessor

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


def _export_sealed(qtbot, lead, visit_id, chosen: list[str], out: Path, monkeypatch) -> None:
    window = MainWindow(lead)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_visit(visit_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    assert window.action_export_sealed.isEnabled()
    window.action_export_sealed.trigger()


def test_a_bundle_sealed_to_a_chosen_certificate_opens_only_with_its_key(
    qtbot, tmp_path, messages, monkeypatch
):
    lead, co, other = (assessor(tmp_path, n) for n in ("Lead", "Co", "Other"))
    try:
        visit_id = lead.demo.create()
        info = co.identities.create("Cora Co", "cora@example.org", PASS)
        cert = tmp_path / "cora.pem"
        cert.write_bytes(co.identities.certificate_pem(info.path))
        out = tmp_path / "sealed.iasios"
        _export_sealed(qtbot, lead, visit_id, [str(cert)], out, monkeypatch)
        assert "sealed to Cora Co" in messages[-1], messages
        assert lead.sync.is_sealed(out)
        with pytest.raises(BundleSealedError):
            other.sync.import_bundle(out)  # no key that opens it
        identity = co.identities.load(info.path, PASS)
        assert co.sync.import_bundle(out, identity=identity).new_changes > 0
    finally:
        for s in (lead, co, other):
            s.close()


def test_an_unreadable_certificate_exports_nothing(qtbot, tmp_path, messages, monkeypatch):
    lead = assessor(tmp_path, "Lead")
    try:
        visit_id = lead.demo.create()
        out = tmp_path / "never.iasios"
        _export_sealed(qtbot, lead, visit_id, [str(tmp_path / "missing.pem")], out, monkeypatch)
        assert "cannot be read" in messages[-1] and "Nothing was exported" in messages[-1]
        junk = tmp_path / "junk.pem"
        junk.write_text("not a certificate")
        _export_sealed(qtbot, lead, visit_id, [str(junk)], out, monkeypatch)
        assert not out.exists()
        assert len(messages) == 2 and "certificate" in messages[-1].lower(), messages
    finally:
        lead.close()


def test_a_der_certificate_file_is_taken_too(qtbot, tmp_path, messages, monkeypatch):
    """A .cer or .crt file often holds one DER certificate, not PEM text."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    try:
        visit_id = lead.demo.create()
        info = co.identities.create("Cora Co", "cora@example.org", PASS)
        pem = co.identities.certificate_pem(info.path)
        cert = tmp_path / "cora.cer"
        cert.write_bytes(x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER))
        out = tmp_path / "sealed.iasios"
        _export_sealed(qtbot, lead, visit_id, [str(cert)], out, monkeypatch)
        assert "sealed to Cora Co" in messages[-1], messages
        identity = co.identities.load(info.path, PASS)
        assert co.sync.import_bundle(out, identity=identity).new_changes > 0
    finally:
        lead.close()
        co.close()
