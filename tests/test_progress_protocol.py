"""One progress type, one cancel token and one Cancelled error, all in domain/progress.py.

The source is searched, so a second definition (a local ``ProgressFn``, another
"cancelled" exception, a cancel token typed as ``threading.Event`` or a plain function)
fails here instead of splitting the protocol again."""

from __future__ import annotations

import ast
import re
import threading
from pathlib import Path

import pytest

from assessor_app.domain.progress import (
    NEVER_CANCELLED,
    Cancelled,
    CancelToken,
    raise_if_cancelled,
)
from tests.conftest import ROOT

PACKAGE = ROOT / "assessor_app"
HOME = PACKAGE / "domain" / "progress.py"


def sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if p != HOME]


def test_progress_type_is_defined_once() -> None:
    found = []
    for path in sources():
        text = path.read_text(encoding="utf-8")
        for pattern in (r"^\s*ProgressFn\s*[:=]", r"Callable\[\[int, int\], None\]", r"CancelFn"):
            if re.search(pattern, text, re.MULTILINE):
                found.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert found == []


def test_one_cancelled_exception() -> None:
    found = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and "cancel" in node.name.lower():
                found.append(f"{path.relative_to(ROOT)}: class {node.name}")
    assert found == []


def test_cancel_tokens_are_typed_by_the_protocol() -> None:
    """Below the GUI a cancel parameter is a CancelToken, never an Event or a function."""
    found = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.arg) and node.arg == "cancel" and node.annotation:
                shown = ast.unparse(node.annotation)
                if "CancelToken" not in shown:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} cancel: {shown}")
    assert found == []


def test_an_event_is_a_token_and_a_set_token_raises() -> None:
    event = threading.Event()
    token: CancelToken = event
    raise_if_cancelled(token, "not yet")
    raise_if_cancelled(NEVER_CANCELLED, "never")
    raise_if_cancelled(None, "no token")
    event.set()
    with pytest.raises(Cancelled, match="stopped here"):
        raise_if_cancelled(token, "stopped here")
