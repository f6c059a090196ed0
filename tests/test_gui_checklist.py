"""The checklist page driven as an assessor would: keys, clicks, typing, dialogs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import Severity
from assessor_app.services.container import Services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.checklist.action_dialog import ActionDialog
from assessor_app.ui.checklist.checklist_page import ChecklistPage
from assessor_app.ui.checklist.history_dialog import HistoryDialog
from assessor_app.ui.checklist.navigator_model import Filter

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def synchronous_background():
    BackgroundRunner.synchronous = True
    yield
    BackgroundRunner.synchronous = False


def open_page(qtbot, services: Services, visit_id: str) -> ChecklistPage:
    page = ChecklistPage(services, visit_id, BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(qtbot, services: Services, visit_id: str) -> ChecklistPage:
    return open_page(qtbot, services, visit_id)


def click_requirement(qtbot, page: ChecklistPage, key: str) -> None:
    """Click the requirement's row in the navigator, as a person would."""
    nav = page.navigator
    index = nav.proxy.mapFromSource(nav.model.index_for_key(key))
    nav.tree.scrollTo(index)
    rect = nav.tree.visualRect(index)
    qtbot.mouseClick(nav.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_key() == key


def ratings(services: Services, visit_id: str) -> dict[str, Rating | None]:
    return {k: f.rating for k, f in services.findings.findings(visit_id).items()}


def test_rate_twenty_requirements_by_keyboard_alone(qtbot, page, services, visit_id):
    template = services.templates.default()
    keys = [r.key for r in template.requirements][:20]
    tree = page.navigator.tree
    tree.setFocus()
    assert page.current_key() == keys[0]
    pattern = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_0]
    expected = {
        Qt.Key.Key_1: Rating.MET,
        Qt.Key.Key_2: Rating.PARTIAL,
        Qt.Key.Key_3: Rating.NOT_MET,
        Qt.Key.Key_0: Rating.NOT_ASSESSED,
    }
    for i in range(20):
        qtbot.keyClick(QApplication.focusWidget(), pattern[i % len(pattern)])
    stored = ratings(services, visit_id)
    for i, key in enumerate(keys):
        assert stored[key] is expected[pattern[i % len(pattern)]], key
    assert page.current_key() == template.requirements[20].key  # advanced after each
    # Alt+Up goes back, Ctrl+Down forward again; Delete clears the rating.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.current_key() == keys[19]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert ratings(services, visit_id)[keys[19]] is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == template.requirements[20].key


def test_rating_keys_type_digits_in_the_comment(qtbot, page, services, visit_id):
    key = page.current_key()
    page.editor.comment.setFocus()
    qtbot.keyClicks(page.editor.comment, "12 beds")
    page.editor.comment.flush()
    assert services.findings.findings(visit_id)[key].comment == "12 beds"
    assert ratings(services, visit_id)[key] is None
    assert page.current_key() == key


def test_comment_typed_then_switching_keeps_it(qtbot, page, services, visit_id):
    click_requirement(qtbot, page, "2.b")
    qtbot.mouseClick(page.editor.comment.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.comment, "Two IRs on the rota; CVs seen")
    # No pause, no focus-out: switch straight away with the keyboard.
    qtbot.keyClick(page.editor.comment, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current_key() == "2.c"
    assert services.findings.findings(visit_id)["2.b"].comment == "Two IRs on the rota; CVs seen"
    assert page.editor.comment.toPlainText() == ""
    click_requirement(qtbot, page, "2.b")
    assert page.editor.comment.toPlainText() == "Two IRs on the rota; CVs seen"


def test_comment_saved_after_a_pause(qtbot, page, services, visit_id):
    key = page.current_key()
    qtbot.mouseClick(page.editor.comment.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.comment, "Policy seen")
    with qtbot.waitSignal(page.saved, timeout=3000):
        pass
    assert services.findings.findings(visit_id)[key].comment == "Policy seen"


def test_not_applicable_warns_until_justified(qtbot, page, services, visit_id):
    click_requirement(qtbot, page, "13.c")
    editor = page.editor
    assert not editor.justification_warning.isVisible()
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_4)
    assert ratings(services, visit_id)["13.c"] is Rating.NA
    assert page.current_key() == "13.c"  # does not advance: the reason is needed first
    assert editor.justification.isVisible()
    assert editor.justification_warning.isVisible()
    assert editor.justification.hasFocus()
    qtbot.keyClicks(editor.justification, "No trials at this site")
    assert not editor.justification_warning.isVisible()
    qtbot.keyClick(editor.justification, Qt.Key.Key_Tab)  # focus-out saves
    finding = services.findings.findings(visit_id)["13.c"]
    assert finding.justification == "No trials at this site"


def test_evidence_checkbox_saved(qtbot, page, services, visit_id):
    click_requirement(qtbot, page, "1.a")
    check = page.editor.evidence_checks[1]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    assert services.findings.findings(visit_id)["1.a"].evidence_seen == {"1.a.2"}
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    assert services.findings.findings(visit_id)["1.a"].evidence_seen == set()


def gps_jpeg(path: Path) -> Path:
    image = Image.new("RGB", (640, 480), (120, 160, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (52.0, 22.0, 30.0)
    gps[3], gps[4] = "E", (9.0, 44.0, 10.0)
    image.save(path, "JPEG", exif=exif)
    assert Image.open(path).getexif().get_ifd(0x8825)  # the test photo does carry GPS
    return path


def test_add_photo_by_dialog_strips_exif(qtbot, page, services, visit_id, tmp_path, monkeypatch):
    photo = gps_jpeg(tmp_path / "IMG_0001.jpg")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], ""))
    )
    click_requirement(qtbot, page, "5.a")
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(
            page.navigator.tree,
            Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    stored = services.attachments.list(visit_id, "5.a")
    assert [a.filename for a in stored] == ["IMG_0001.jpg"]
    data = services.attachments.read_bytes(stored[0])
    with Image.open(io.BytesIO(data)) as cleaned:
        assert not cleaned.getexif()
    assert b"Exif" not in data[:4096]
    items = page.editor.attachments.list
    assert items.count() == 1
    qtbot.waitUntil(lambda: page.thumbnails.get(stored[0]) is not None)  # shown as thumbnail


def test_remove_attachment_asks_first(qtbot, page, services, visit_id, tmp_path, monkeypatch):
    photo = gps_jpeg(tmp_path / "room.jpg")
    services.attachments.add(visit_id, "5.a", photo)
    page.refresh()
    click_requirement(qtbot, page, "5.a")
    panel = page.editor.attachments
    panel.list.setCurrentRow(0)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(services.attachments.list(visit_id, "5.a")) == 1
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert services.attachments.list(visit_id, "5.a") == []
    assert panel.list.count() == 0


def fill_action_dialog(qtbot, text: str, owner: str) -> None:
    """Type into the action dialog once it is open, then press OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActionDialog)
        qtbot.keyClicks(dialog.description, text)
        qtbot.keyClicks(dialog.owner, owner)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def test_corrective_action_added_through_dialog(qtbot, page, services, visit_id):
    click_requirement(qtbot, page, "6.b")
    fill_action_dialog(qtbot, "Sign an out-of-hours pathology agreement", "Dr. Nowak")
    qtbot.keyClick(
        page.navigator.tree,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    actions = services.actions.list(visit_id, "6.b")
    assert [(a.description, a.owner, a.severity.value) for a in actions] == [
        ("Sign an out-of-hours pathology agreement", "Dr. Nowak", "major")  # 6.b is core
    ]
    assert actions[0].due_date is not None
    assert page.editor.actions_panel.tree.topLevelItemCount() == 1
    # Close it, then undo the close.
    panel = page.editor.actions_panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert services.actions.list(visit_id, "6.b")[0].status.value == "closed"
    page.undo_stack().undo()
    assert services.actions.list(visit_id, "6.b")[0].status.value == "open"


def test_filters_core_only_and_not_met(qtbot, services, demo_id):
    page = open_page(qtbot, services, demo_id)
    nav = page.navigator
    assert len(nav.visible_keys()) == 65
    nav.filter_box.setFocus()
    nav.set_filter(Filter.CORE)
    assert len(nav.visible_keys()) == 27
    nav.set_filter(Filter.NOT_MET)
    stored = ratings(services, demo_id)
    expected = [k for k, r in stored.items() if r in (Rating.NOT_MET, Rating.PARTIAL)]
    assert sorted(nav.visible_keys()) == sorted(expected)
    assert {"1.c", "6.b", "8.d"} <= set(nav.visible_keys())
    nav.set_filter(Filter.OPEN_ACTIONS)
    open_keys = {a.requirement_key for a in services.actions.list(demo_id)}
    assert set(nav.visible_keys()) == open_keys
    nav.set_filter(Filter.ALL)
    assert len(nav.visible_keys()) == 65


def test_unanswered_filter(qtbot, page):
    nav = page.navigator
    nav.tree.setFocus()
    for _ in range(3):
        qtbot.keyClick(nav.tree, Qt.Key.Key_1)
    nav.set_filter(Filter.UNANSWERED)
    assert len(nav.visible_keys()) == 62


def test_search_over_texts_and_comments(qtbot, services, demo_id):
    page = open_page(qtbot, services, demo_id)
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.navigator.search.hasFocus()
    qtbot.keyClicks(page.navigator.search, "out-of-hours pathology")  # a demo comment
    assert page.navigator.visible_keys() == ["6.b"]
    page.navigator.search.clear()
    qtbot.keyClicks(page.navigator.search, "angiography")  # requirement text
    assert "5.a" in page.navigator.visible_keys()
    qtbot.keyClick(page.navigator.search, Qt.Key.Key_Return)
    assert page.current_key() in page.navigator.visible_keys()
    assert page.navigator.tree.hasFocus()


def test_undo_redo_restores_rating(qtbot, page, services, visit_id):
    tree = page.navigator.tree
    click_requirement(qtbot, page, "3.a")
    qtbot.keyClick(tree, Qt.Key.Key_1)
    click_requirement(qtbot, page, "3.a")
    qtbot.keyClick(tree, Qt.Key.Key_3)
    assert ratings(services, visit_id)["3.a"] is Rating.NOT_MET
    click_requirement(qtbot, page, "1.a")
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ratings(services, visit_id)["3.a"] is Rating.MET
    assert page.current_key() == "3.a"  # undo shows what it changed
    assert page.editor.rating_bar.buttons[Rating.MET].isChecked()
    qtbot.keyClick(
        tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert ratings(services, visit_id)["3.a"] is Rating.NOT_MET
    assert page.editor.rating_bar.buttons[Rating.NOT_MET].isChecked()


def test_undo_comment_as_one_step(qtbot, page, services, visit_id):
    key = page.current_key()
    qtbot.mouseClick(page.editor.comment.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.comment, "First part")
    page.editor.comment.flush()
    qtbot.keyClicks(page.editor.comment, ", second part")
    page.navigator.tree.setFocus()  # focus-out saves
    assert services.findings.findings(visit_id)[key].comment == "First part, second part"
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.findings.findings(visit_id)[key].comment == ""
    assert page.editor.comment.toPlainText() == ""


def test_history_dialog_lists_the_change(qtbot, page, services, visit_id):
    click_requirement(qtbot, page, "7.b")
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_2)
    click_requirement(qtbot, page, "7.b")
    first_item = services.templates.default().requirement("7.b").evidence[0]
    services.findings.set_evidence(visit_id, "7.b", first_item.key, True)
    kept = services.actions.add(visit_id, "7.b", "Write the sedation protocol", Severity.MAJOR)
    gone = services.actions.add(visit_id, "7.b", "Duplicate entry", Severity.MINOR)
    services.actions.remove(gone.id)
    services.actions.update(kept.id, "severity", Severity.MINOR)
    page.refresh()
    click_requirement(qtbot, page, "7.b")
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert any(row[2] == "Rating" and row[3] == "Unanswered → Partially met" for row in rows), rows
    # Which evidence item was ticked is named, not just "evidence seen".
    assert any(row[2] == f"Evidence seen: {first_item.text}" for row in rows), rows
    # An action's creation is one line, in the words of the app; its removal another.
    actions = [row[2:] for row in rows if row[2].startswith("Corrective action")]
    assert actions == [
        ["Corrective action · severity: Write the sedation protocol", "Major → Minor"],
        ["Corrective action: Duplicate entry", "removed"],
        ["Corrective action added", "Duplicate entry"],
        ["Corrective action added", "Write the sedation protocol"],
    ], actions
    dialog.close()


def test_saved_and_changed_signals(qtbot, page):
    key = page.current_key()
    with qtbot.waitSignal(page.changed), qtbot.waitSignal(page.saved) as blocker:
        qtbot.mouseClick(page.editor.rating_bar.buttons[Rating.MET], Qt.MouseButton.LeftButton)
    assert blocker.args == [f"Saved rating of {key}"]
    assert page.current_key() == key  # a click does not advance; only the rating keys do


def test_tab_walks_the_editor_in_the_order_it_reads(qtbot, page):
    """Rating, evidence, comment, attachments, actions: the evidence boxes come right after
    the rating (not after the corrective actions' buttons at the very end)."""
    click_requirement(qtbot, page, "1.a")
    editor = page.editor
    evidence = [c for c in editor.evidence_checks if not c.isHidden()]
    assert len(evidence) >= 2
    editor.advance.setFocus()
    reached = []
    for _ in range(len(evidence) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*evidence, editor.comment]
    # The actions' own buttons follow their list (when they can be used).
    panel = editor.actions_panel
    for button in (panel.edit_button, panel.close_button, panel.remove_button):
        button.setEnabled(True)
    panel.add_button.setFocus()
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [panel.edit_button, panel.close_button, panel.remove_button]


def test_delete_on_a_selected_photo_removes_it_not_the_rating(
    qtbot, page, services, visit_id, tmp_path, monkeypatch
):
    """Delete means "this one": on a photo or an action it asks to remove that, and the
    requirement's rating stays (it clears the rating only from the checklist itself)."""
    services.findings.rate(visit_id, "5.a", Rating.MET)
    services.attachments.add(visit_id, "5.a", gps_jpeg(tmp_path / "room.jpg"))
    services.actions.add(visit_id, "5.a", "Fix the sign", Severity.MINOR, "", None)
    page.refresh()
    click_requirement(qtbot, page, "5.a")
    asked: list[str] = []

    def cancel(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(cancel))
    photos = page.editor.attachments.list
    photos.setFocus()
    photos.setCurrentRow(0)
    qtbot.keyClick(photos, Qt.Key.Key_Delete)
    actions = page.editor.actions_panel.tree
    actions.setFocus()
    actions.setCurrentItem(actions.topLevelItem(0))
    qtbot.keyClick(actions, Qt.Key.Key_Delete)
    assert asked == ["Remove attachment", "Remove corrective action"]
    assert ratings(services, visit_id)["5.a"] is Rating.MET
    page.navigator.tree.setFocus()
    qtbot.keyClick(page.navigator.tree, Qt.Key.Key_Delete)
    assert ratings(services, visit_id)["5.a"] is None


def test_closing_an_action_keeps_the_editor_where_the_assessor_is(qtbot, services, visit_id):
    key = "7.b"
    action = services.actions.add(visit_id, key, "Write the sedation protocol", Severity.MAJOR)
    page = open_page(qtbot, services, visit_id)
    page.resize(1366, 500)  # short enough for the editor to scroll
    click_requirement(qtbot, page, key)
    bar = page.editor.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    panel = page.editor.actions_panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.close_button.setFocus()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert services.actions.list(visit_id, key)[0].status.value == "closed"
    assert action.id == services.actions.list(visit_id, key)[0].id
    # The Close button is disabled under the focus; the view must not jump to the top.
    assert bar.value() == bar.maximum() > 0
