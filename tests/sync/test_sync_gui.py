"""The GUI side: import flow (background, result message), the "needs review" panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton, QWidget

from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.sync.conflicts_panel import ConflictsPanel
from assessor_app.ui.sync.sync_flows import export_visit_flow, import_bundle_flow
from tests.sync.helpers import assessor


@pytest.fixture
def conflicted(tmp_path, monkeypatch):
    BackgroundRunner.synchronous = True
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    visit_id = lead.demo.create()
    invitation = Path(lead.sync.export_invitation(visit_id, tmp_path / "inv").path)
    co.sync.import_bundle(invitation)
    lead.findings.set_comment(visit_id, "5.a", "lead's words")
    co.findings.set_comment(visit_id, "5.a", "co's words")
    yield lead, co, visit_id, messages, tmp_path
    lead.close()
    co.close()
    BackgroundRunner.synchronous = False


def test_import_and_export_flows_report_results(qtbot, conflicted):
    lead, co, visit_id, messages, tmp_path = conflicted
    window = QWidget()
    qtbot.addWidget(window)
    runner = BackgroundRunner(window)
    out = tmp_path / "from-co.iasios"
    export_visit_flow(window, co, runner, visit_id, path=str(out))
    assert out.is_file() and "Wrote" in messages[-1]
    imported = []
    import_bundle_flow(window, lead, runner, path=str(out), on_imported=imported.append)
    assert imported and "1 conflict needs review" in messages[-1]
    import_bundle_flow(window, lead, runner, path=str(out))
    assert messages[-1].startswith("Already imported")
    bad = tmp_path / "bad.iasios"
    bad.write_bytes(b"nope")
    import_bundle_flow(window, lead, runner, path=str(bad))
    assert messages[-1].startswith("Bundle refused:")
    assert lead.sync.open_conflict_keys(visit_id) == {"5.a": 1}


def test_conflicts_panel_resolves_by_picking_or_typing(qtbot, conflicted):
    lead, co, visit_id, _messages, tmp_path = conflicted
    lead.sync.import_bundle(Path(co.sync.export_visit(visit_id, tmp_path / "co").path))
    lead.findings.set_comment(visit_id, "6.a", "lead again")
    co.findings.set_comment(visit_id, "6.a", "co again")
    lead.sync.import_bundle(Path(co.sync.export_visit(visit_id, tmp_path / "co2").path))

    panel = ConflictsPanel(lead)
    qtbot.addWidget(panel)
    panel.set_visit(visit_id)
    panel.show()
    assert panel.conflict_count() == 2 and panel.list.count() == 2
    assert not panel.resolve_button.isEnabled()
    # Pick the co-assessor's value for the first one.
    radios = panel.options_box.findChildren(QRadioButton)
    co_choice = next(r for r in radios if "co's words" in r.text())
    assert "by Co" in co_choice.text()
    qtbot.mouseClick(co_choice, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.resolved):
        qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert panel.conflict_count() == 1
    assert lead.findings.findings(visit_id)["5.a"].comment == "co's words"
    # Type a new value for the second.
    qtbot.keyClicks(panel.new_value, "agreed wording")
    qtbot.keyClick(panel.resolve_button, Qt.Key.Key_Space)
    assert panel.conflict_count() == 0 and panel.empty.isVisibleTo(panel)
    assert lead.findings.findings(visit_id)["6.a"].comment == "agreed wording"
    panel.grab().save(str(tmp_path / "panel.png"))


def test_a_deleted_photo_edited_elsewhere_shows_the_delete_as_the_value_in_effect(
    qtbot, conflicted
):
    lead, co, visit_id, _messages, tmp_path = conflicted
    photo = lead.attachments.list(visit_id)[0]
    lead.attachments.remove(photo.id)
    co.attachments.set_caption(photo.id, "caption written later by the co-assessor")
    lead.sync.import_bundle(Path(co.sync.export_visit(visit_id, tmp_path / "co").path))
    panel = ConflictsPanel(lead)
    qtbot.addWidget(panel)
    panel.set_visit(visit_id)
    panel.show()
    panel.select_requirement(photo.requirement_key)
    assert "deleted on one side, edited on the other" in panel.list.currentItem().text()
    labels = [b.text() for b in panel.group.buttons()]
    [deleted] = [t for t in labels if t.startswith("deleted")]
    [caption] = [t for t in labels if t.startswith("caption:")]
    assert "(shown now)" in deleted and "(shown now)" not in caption
    assert not panel.new_value.isVisible()
