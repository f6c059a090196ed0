"""Every user-visible string in the GUI goes through Qt's translation functions.

Walks ui/ and flags string literals handed straight to Qt text setters or widget
constructors: such text could never be translated.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

UI = ROOT / "assessor_app" / "ui"
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setTitle", "setLabelText", "showMessage", "setWhatsThis", "addTab", "setTabText",
    "setAccessibleDescription", "setCancelButtonText", "addItem", "setHeaderLabels",
}  # fmt: skip
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMessageBox",
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
