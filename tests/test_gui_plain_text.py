"""What an assessor typed or a bundle brought is shown as written, never read as markup.

One visit holds markup in every text field, partly typed here and partly arriving in a
co-assessor's bundle. The main window is walked page by page, with the dialogs a person
reaches, and every piece of text a widget shows is rendered the way Qt renders it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import Assessor, Facility, NewVisit, ProcedureType, Severity
from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.main_window import MainWindow
from assessor_app.ui.plain_text import no_mnemonic, plain, window_title
from tests.conftest import ROOT
from tests.report_helpers import signature_png

pytestmark = pytest.mark.gui

# Each token must show with the markup written before it: rendered, the markup would vanish.
LITERALS = {
    "HUGE7": "<font size=80 color=red>HUGE7",
    "BOLD7": "<b>BOLD7",
    "LINK7": '<a href="http://x.example">LINK7',
    "AMP7": "A &amp; AMP7",
    "LT7": "&lt;i&gt;LT7",
    "WIN7": "[*] WIN7",
}
HOSTILE = (
    '<font size=80 color=red>HUGE7</font> <b>BOLD7</b> <a href="http://x.example">LINK7</a> '
    "A &amp; AMP7 &lt;i&gt;LT7 [*] WIN7"
)
SHORT_HOSTILE = '<b>BOLD7</b> <a href="http://x.example">LINK7</a> A &amp; AMP7'  # 80 at most
KEY = "7.a"


@pytest.fixture(autouse=True)
def synchronous_runner(monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The texts of the message boxes the app shows (answered No / closed at once)."""
    texts: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        texts.append(text)
        return QMessageBox.StandardButton.No

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return texts


def _auto(text: str) -> str:
    """What a widget that guesses the format (Qt::AutoText) shows for ``text``."""
    if QtGui.mightBeRichText(text):
        return _rendered(text)
    return text


def _rendered(markup: str) -> str:
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc.toPlainText()


def _mnemonic(text: str) -> str:
    """What a button or group box shows: ``&&`` is ``&``, another ``&`` marks a key."""
    return re.sub(r"&(.)", r"\1", text)


def _title(text: str) -> str:
    """What a title bar shows: ``[*][*]`` is ``[*]``, a lone ``[*]`` marks "modified"."""
    return re.sub(r"\[\*\](\[\*\])?", lambda m: "[*]" if m.group(1) else "", text)


def _label(label: QLabel) -> str:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return label.text()
    if fmt == Qt.TextFormat.RichText:
        return _rendered(label.text())
    return _auto(label.text())


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(parent), 200)):
        for col in range(columns):
            index = model.index(row, col, parent)
            display = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):
                yield display
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield _auto(tip)
            if col == 0 and columns > 1 and not isinstance(model, QAbstractTableModel):
                yield from _model_texts(model, index)  # a tree's children
    for col in range(columns):
        tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str):
            yield _auto(tip)


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text as shown) for every text the widget shows."""
    name = f"{type(widget).__name__}#{widget.objectName()}"
    if widget.toolTip():
        yield name + " tooltip", _auto(widget.toolTip())
    if isinstance(widget, QLabel):
        yield name, _label(widget)
    if isinstance(widget, QAbstractButton):
        yield name, _mnemonic(widget.text())
    if isinstance(widget, QGroupBox):
        yield name, _mnemonic(widget.title())
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield name, _mnemonic(widget.tabText(i))
            yield name + " tooltip", _auto(widget.tabToolTip(i))
    if isinstance(widget, QTextEdit):
        yield name, widget.toPlainText()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        for text in _model_texts(widget.model()):
            yield name, text
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield name, widget.itemText(i)
            tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield name + " item tooltip", _auto(tip)
    if widget.isWindow() and widget.windowTitle():
        yield name + " title", _title(widget.windowTitle())


def misread(texts: Iterator[tuple[str, str]]) -> list[str]:
    """Every shown text that has a token without the markup written before it."""
    problems = []
    for where, text in texts:
        for token, literal in LITERALS.items():
            if token in text and literal not in text:
                problems.append(f"{where}: {text!r}")
    return problems


def all_misread() -> tuple[list[str], int]:
    problems, seen = [], 0
    for widget in QApplication.allWidgets():
        texts = list(shown_texts(widget))
        seen += sum(1 for _, t in texts if any(token in t for token in LITERALS))
        problems += misread(iter(texts))
    return problems, seen


def _hostile_visit(services, tmp_path) -> str:
    template = services.templates.default()
    visit_id = services.visits.create(
        NewVisit(
            facility=Facility(
                name=HOSTILE, department=HOSTILE, address=HOSTILE, country="AT",
                facility_code="X1", authorised_representative=HOSTILE, contact_person=HOSTILE,
            ),
            template_id=template.id,
            volumes={ProcedureType.ABLATION: 200},
            start_date=date(2026, 3, 2),
            lead_assessor=Assessor(HOSTILE, "lead@example.org"),
            co_assessor=Assessor(HOSTILE, "co@example.org"),
        )
    )  # fmt: skip
    for requirement in template.requirements:
        services.findings.rate(
            visit_id, requirement.key, Rating.PARTIAL, comment=HOSTILE, justification=HOSTILE
        )
    services.actions.add(visit_id, KEY, HOSTILE, Severity.MAJOR, owner=HOSTILE)
    photo = tmp_path / "<b>BOLD7 A &amp; AMP7.png"
    photo.write_bytes(signature_png())
    services.attachments.add(visit_id, KEY, photo, caption=HOSTILE)
    for n in range(3):
        services.case_review.add_case(visit_id, f"C-{n}", date(2025, 5, 1 + n), SHORT_HOSTILE)
    services.case_review.draw(visit_id, "dice 1-2-3")
    services.case_review.set_note(visit_id, "C-0", HOSTILE)
    return visit_id


def _co_assessor_disagrees(services, tmp_path, visit_id: str) -> None:
    """The co-assessor's bundle brings markup too, and a conflict on the comment."""
    services.db.set_user(HOSTILE)
    invitation = tmp_path / "inv.iasios"
    services.sync.export_visit(visit_id, invitation, invitation=True)
    co = build_services(resolve_paths(tmp_path / "co"))
    try:
        co.db.set_user(f"Co {HOSTILE}")
        co.sync.import_bundle(invitation)
        co.findings.set_comment(visit_id, KEY, f"co {HOSTILE}")
        co.sync.export_visit(visit_id, tmp_path / "co.iasios")
    finally:
        co.close()
    services.findings.set_comment(visit_id, KEY, f"lead {HOSTILE}")
    result = services.sync.import_bundle(tmp_path / "co.iasios")
    assert result.conflicts


def test_every_widget_shows_user_and_bundle_text_as_written(qtbot, services, tmp_path, asked):
    visit_id = _hostile_visit(services, tmp_path)
    _co_assessor_disagrees(services, tmp_path, visit_id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    checked = 0
    problems, seen = all_misread()  # the visit list
    checked += seen
    window.open_visit(visit_id)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_requirement(KEY)
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        found, seen = all_misread()
        problems += found
        checked += seen
    # The conflict's competing values, one at a time.
    conflicts = workspace.conflicts
    for row in range(conflicts.list.count()):
        conflicts.list.setCurrentRow(row)
        found, seen = all_misread()
        problems += found
        checked += seen
    # Dialogs a person reaches from the checklist: history of the requirement.
    workspace.tabs.setCurrentIndex(0)
    workspace.show_requirement(KEY)
    editor = workspace.checklist.editor
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    found, seen = all_misread()
    problems += found
    checked += seen
    # Confirmations that quote user data (answered No: nothing is removed).
    window.list_page.delete_visit(visit_id, HOSTILE)
    editor.attachments.list.setCurrentRow(0)
    qtbot.mouseClick(editor.attachments.remove_button, Qt.MouseButton.LeftButton)
    for text in asked:
        problems += misread(iter([("message box", _auto(text))]))
        checked += 1

    assert problems == [], "\n".join(sorted(set(problems)))
    assert checked > 40  # the walk really met the hostile text: header, editor, lists...
    header = workspace.header
    assert header.facility.text() == HOSTILE
    assert header.facility.textFormat() == Qt.TextFormat.PlainText
    assert header.meta.text().startswith(HOSTILE)


def test_plain_and_no_mnemonic_show_text_as_written():
    for text in (HOSTILE, "<b>x</b>", "&lt;b&gt;", "a\n  <i>b</i>", "A &amp; B", "plain"):
        assert _auto(plain(text)) == text
        assert _mnemonic(no_mnemonic(text)) == text
        assert _title(window_title(text)) == text
    assert plain("Saved at 10:02") == "Saved at 10:02"  # ordinary text stays a plain string


# -- the rule in the source: no way around the plain-text helpers -------------------------

UI = ROOT / "assessor_app" / "ui"
MESSAGE_BOXES = {"question", "information", "warning", "critical"}
# Places where Qt guesses the text format: their text must be a translated literal as it
# stands, or pass through plain().
GUESSING_SETTERS = {"setToolTip", "setLabelText", "setInformativeText", "setDetailedText"}


def _is_tr_literal(node: ast.expr) -> bool:
    """self.tr("...") or QCoreApplication.translate("ctx", "...") with nothing added."""
    if not isinstance(node, ast.Call):
        return False
    name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
    return name in {"tr", "translate"} and all(isinstance(a, ast.Constant) for a in node.args)


def _is_plain(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "plain"


def markup_leaks(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        where = f"{path.relative_to(root)}:{node.lineno}"
        if name == "QLabel":
            found.append(f"{where}: a bare QLabel (use PlainLabel, or RichLabel for app markup)")
        rich = not any("PlainText" in ast.unparse(a) for a in node.args)
        if name == "setTextFormat" and path.name != "plain_text.py" and rich:
            found.append(f"{where}: rich text outside RichLabel")
        text: ast.expr | None = None
        if name in GUESSING_SETTERS and node.args:
            text = node.args[-1]
        if (
            name in MESSAGE_BOXES
            and isinstance(func, ast.Attribute)
            and ast.unparse(func.value) == "QMessageBox"
            and len(node.args) >= 3
        ):
            text = node.args[2]
        if text is not None and not (_is_tr_literal(text) or _is_plain(text)):
            found.append(f"{where}: {name}({ast.unparse(text)}) may be read as markup")
    found += _model_tooltip_leaks(tree, path, root)
    return found


def _model_tooltip_leaks(tree: ast.AST, path: Path, root: Path) -> list[str]:
    """A model's ToolTipRole answer is a tooltip too: plain() or a translated literal."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "ToolTipRole" in ast.unparse(node.test):
            for inner in (n for stmt in node.body for n in ast.walk(stmt)):
                value = inner.value if isinstance(inner, ast.Return) else None
                if value is None or (isinstance(value, ast.Constant) and value.value is None):
                    continue
                if not (_is_tr_literal(value) or _is_plain(value)):
                    found.append(
                        f"{path.relative_to(root)}:{inner.lineno}: tooltip "
                        f"{ast.unparse(value)} may be read as markup"
                    )
    return found


def test_ui_code_shows_text_only_through_the_plain_text_helpers():
    problems = [p for file in sorted(UI.rglob("*.py")) for p in markup_leaks(file)]
    assert problems == []


def test_the_source_check_catches_each_way_round(tmp_path):
    bad = tmp_path / "assessor_app" / "ui" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "QLabel(name)\n"
        "label.setTextFormat(Qt.TextFormat.RichText)\n"
        "item.setToolTip(comment)\n"
        'QMessageBox.warning(self, self.tr("t"), self.tr("{x}").format(x=name))\n'
        'ok.setToolTip(self.tr("Open"))\n'
        'QMessageBox.question(self, self.tr("t"), plain(text))\n'
        "if role == Qt.ItemDataRole.ToolTipRole:\n    return row.comment\n"
        "if role == Qt.ItemDataRole.ToolTipRole:\n    return plain(row.comment)\n"
    )
    assert len(markup_leaks(bad, tmp_path)) == 5
