"""Every user-visible string in the GUI goes through Qt's translation functions.

Walks ui/ and flags string literals handed straight to Qt text setters or widget
constructors: such text could never be translated.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assessor_app.domain.visit import ProcedureType
from tests.conftest import ROOT

UI = ROOT / "assessor_app" / "ui"
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setTitle", "setLabelText", "showMessage", "setWhatsThis", "addTab", "setTabText",
    "setAccessibleDescription", "setCancelButtonText", "addItem", "setHeaderLabels",
    "plain", "no_mnemonic",
}  # fmt: skip
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMessageBox", "PlainLabel", "RichLabel",
}  # fmt: skip


def literal_words(node: ast.expr) -> str | None:
    """A literal with letters in it (not '', '—', '%', a QSS snippet or an object name)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        if any(c.isalpha() for c in text) and not text.startswith(("<", "#", ":")):
            return text
    if isinstance(node, ast.JoinedStr):
        # Fine when it only glues data and translated pieces with markup and punctuation.
        fixed = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        words = re.findall(r"[^\W\d_]{2,}", re.sub(r"<[^>]*>", "", fixed))
        return f"f-string with {words}" if words else None
    return None


def untranslated(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_SETTERS | WIDGETS and node.args:
            text = literal_words(node.args[0])
            if text is not None:
                found.append(f"{path.relative_to(root)}:{node.lineno}: {name}({text!r})")
    return found


def test_gui_strings_are_translatable():
    problems = [p for file in sorted(UI.rglob("*.py")) for p in untranslated(file)]
    assert problems == []


def test_the_check_catches_a_bare_string(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        'label.setText("Saved")\nQPushButton(f"Open {name}")\nx.setText(self.tr("ok"))\n'
        'QLabel(f"<b>{title}</b>")\n'
    )
    assert len(untranslated(bad, tmp_path)) == 2


def _lupdate() -> str | None:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return str(found) if found.exists() else shutil.which("pyside6-lupdate")


def _extracted(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message lupdate wrote."""
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", ts.read_text(encoding="utf-8"), re.S):
        name = re.search(r"<name>(.*?)</name>", context, re.S)
        for source in re.findall(r"<source>(.*?)</source>", context, re.S):
            found.add((name.group(1) if name else "", source))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.fail("pyside6-lupdate is not installed (it comes with PySide6)")
    ts = tmp_path_factory.mktemp("lupdate") / "all.ts"
    sources = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)
    return _extracted(ts)


def test_every_text_reaches_translators_under_the_context_it_is_looked_up_in(extracted):
    """A translation applies only when (context, text) matches the lookup at run time: module
    helpers such as ``tr = QCoreApplication.translate`` or ``_t(text)`` hide both from
    lupdate, which then files the text under no context (or the context as the text)."""
    assert sorted(source for context, source in extracted if not context) == []
    looked_up = {
        ("Rating", "Partially met"),  # checklist/status.py
        ("Navigator", "Core only"),  # checklist/navigator_model.py
        ("Actions", "Major"),  # checklist/actions_panel.py
        ("formatting", "In progress"),  # visit list state
        ("ShortcutsDialog", "Next requirement"),
        ("SyncFlows", "Already imported: this bundle changed nothing."),
        ("ExportSigning", "Do not sign"),
    }
    assert looked_up - extracted == set()


def test_texts_translated_from_a_variable_reach_the_translators(extracted):
    """``self.tr(caption)`` translates only what is marked for lupdate somewhere: the
    summary's column titles and captions, and the procedure types."""
    wanted = {("SummaryPage", "Partially met"), ("SummaryPage", "Authorised representative")}
    wanted |= {("ProcedureType", ptype.label) for ptype in ProcedureType}
    assert wanted - extracted == set()


def test_translate_is_never_renamed_where_lupdate_cannot_see_it():
    # pyside6-lupdate finds calls spelled tr(), translate() or QCoreApplication.translate();
    # an alias such as `t = QCoreApplication.translate` hides every text behind it from the
    # translators (it hid 150 error sentences once).
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"
                and any(not (isinstance(t, ast.Name) and t.id == "translate") for t in node.targets)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
