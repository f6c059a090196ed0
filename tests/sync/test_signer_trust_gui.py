"""The trust rules where an assessor looks: the import summary names the signer's standing
and the key, a new key or an unsigned bundle is let in only when the person says yes in the
import flow (and a no changes nothing), and the visit list shows who signed the last bundle
and whether the office registered them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assessor_app.domain.trust_types import EventKind
from assessor_app.identity.issuing import create_office_ca, issue_identity
from assessor_app.identity.pkcs12 import create_identity, load_identity
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.main_window import MainWindow
from assessor_app.ui.visit_table_model import VisitTableModel
from tests.sync.helpers import assessor, blobs, dump

pytestmark = pytest.mark.gui
PW = "pass-word"


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def boxes(monkeypatch):
    """What the message boxes said, and the answers the questions get (Yes or No)."""
    said: list[str] = []
    answers: list[QMessageBox.StandardButton] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: said.append(text))

    def question(_p, _t, text, *_a):
        said.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return said, answers


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    root = tmp_path_factory.mktemp("trust-gui")
    source = assessor(root, "Dr Source")
    visit_id = source.demo.create()
    # The signer is the visit's lead assessor: only its assessors send bundles for it.
    source.visits.update(visit_id, "lead_assessor_name", "Dr Source")
    source.visits.update(visit_id, "lead_assessor_email", "s@example.org")
    ca = load_identity(create_office_ca("Office CA", PW), PW)
    registered = load_identity(issue_identity(ca, "Dr Source", "s@example.org", PW), PW)
    own_key = load_identity(create_identity("Dr Source", "s@example.org", PW), PW)

    def export(name: str, identity=None) -> Path:
        return Path(source.sync.export_visit(visit_id, root / name, identity=identity).path)

    out = {
        "visit": visit_id, "signed": export("signed", registered),
        "other_key": export("other-key", own_key), "unsigned": export("unsigned"),
        "new_key": own_key.fingerprint, "ca_pem": root / "ca.pem",
    }  # fmt: skip
    out["ca_pem"].write_bytes(ca.certificate_pem())
    yield out
    source.close()


@pytest.fixture
def window(qtbot, tmp_path):
    services = assessor(tmp_path, "Office")
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    services.close()


def import_file(monkeypatch, window: MainWindow, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window.action_import.trigger()


def signer_cell(window: MainWindow) -> tuple[str, str]:
    index = window.list_page.proxy.index(0, VisitTableModel.SIGNER)
    return str(index.data()), str(index.data(3))  # display, tooltip


def test_import_summary_and_visit_list_show_signer_trust_and_key_changes(
    window, bundles, boxes, monkeypatch
):
    said, answers = boxes
    services = window.services
    import_file(monkeypatch, window, bundles["signed"])
    assert "Signed by Dr Source <s@example.org>" in said[-1]
    assert "the key is now remembered" in said[-1]
    assert "No trust list of the office is installed" in said[-1]
    assert not window.list_page.table.isColumnHidden(VisitTableModel.SIGNER)
    assert signer_cell(window)[0] == "Dr Source, key known"

    # Another key: the person is asked, with both fingerprints; No changes nothing.
    before, before_blobs = dump(services.paths.database, everything=True), blobs(services)
    answers.append(QMessageBox.StandardButton.No)
    import_file(monkeypatch, window, bundles["other_key"])
    assert bundles["new_key"] in said[-2] and "Accept the new key" in said[-2]
    assert said[-1].startswith("Bundle refused:")
    assert dump(services.paths.database, everything=True) == before
    assert blobs(services) == before_blobs
    # Yes: imported with the new key, logged.
    answers.append(QMessageBox.StandardButton.Yes)
    import_file(monkeypatch, window, bundles["other_key"])
    assert "New key accepted (logged)" in said[-1]
    kinds = [e.kind for e in services.trust.events()]
    assert kinds.count(EventKind.KEY_ACCEPTED) == 1

    # Unsigned after signed: asked, then let in by the override, which the history logs.
    answers.append(QMessageBox.StandardButton.Yes)
    import_file(monkeypatch, window, bundles["unsigned"])
    assert "Let this unsigned bundle in anyway?" in said[-2]
    assert "Unsigned bundle let in by your override" in said[-1]
    assert [e.kind for e in services.trust.events(bundles["visit"])][-1] is (
        EventKind.UNSIGNED_OVERRIDE
    )
    text, tip = signer_cell(window)
    assert text == "Dr Source, unsigned"
    assert "was not signed" in tip and "let in by override: 1" in tip


def test_visit_list_says_registered_by_the_office(window, bundles, boxes, monkeypatch):
    said, _answers = boxes
    window.services.trust.add_file(bundles["ca_pem"])
    import_file(monkeypatch, window, bundles["signed"])
    assert "The signer is registered by the office." in said[-1]
    text, tip = signer_cell(window)
    assert text == "Dr Source, registered by the office"
    assert "registered by the office" in tip
