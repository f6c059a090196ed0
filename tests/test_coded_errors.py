"""Errors meant for a person carry a code and parameters, never a ready-made English string.

A raise of an ``AppError`` subclass with a string literal or f-string in its arguments
cannot be translated by the GUI (ui/error_text.py words codes), so views would have to
check the input again to show a sentence in the user's language. This test reads the
source of the layers below ``ui/`` and refuses such raises.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import assessor_app
from assessor_app.domain.error_codes import ENGLISH, ErrorCode
from assessor_app.domain.errors import AppError

PACKAGE = Path(assessor_app.__file__).parent
SCANNED = ("services", "identity", "templates", "attachments", "workbook", "persistence", "domain")
# services/sync is being reworked for speed by another change; its refusals are classes of
# their own (sync_types) and are converted there.
NOT_SCANNED = ("services/sync/",)

# (file, class) pairs whose message is not shown to a person as it is. Each says why.
ALLOWED: dict[tuple[str, str], str] = {}


def _app_error_names() -> set[str]:
    for folder in SCANNED:
        prefix = f"assessor_app.{folder}."
        for info in pkgutil.walk_packages([str(PACKAGE / folder)], prefix):
            importlib.import_module(info.name)

    def below(cls: type[AppError]) -> set[str]:
        names = {cls.__name__}
        for sub in cls.__subclasses__():
            names |= below(sub)
        return names

    return below(AppError)


def _has_text(node: ast.AST) -> bool:
    """Whether an argument is English written at the raise site: a string, an f-string, a
    sum of them, or a list of them (strings inside calls are parameters, not messages)."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp):
        return _has_text(node.left) or _has_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_text(e) for e in node.elts)
    return False


def _uncoded_raises(source: str, names: set[str]) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else None
        if isinstance(func, ast.Attribute):
            name = func.attr
        if name in names and any(_has_text(a) for a in node.exc.args):
            found.append((node.lineno, name))
    return found


def test_no_layer_below_the_gui_raises_an_english_string() -> None:
    names = _app_error_names()
    offenders = []
    for folder in SCANNED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            rel = path.relative_to(PACKAGE).as_posix()
            if rel.startswith(NOT_SCANNED):
                continue
            for line, name in _uncoded_raises(path.read_text(encoding="utf-8"), names):
                if (rel, name) not in ALLOWED:
                    offenders.append(f"{rel}:{line}: raise {name}(...text...)")
    assert offenders == [], "use SomeError.coded(ErrorCode.X, ...):\n" + "\n".join(offenders)


def test_the_scan_sees_a_plain_and_a_formatted_string() -> None:
    names = {"ValidationError"}
    source = (
        "def f(x):\n"
        "    raise ValidationError('plain')\n"
        "def g(x):\n"
        "    raise ValidationError(f'bad {x}')\n"
        "def h(x):\n"
        "    raise ValidationError.coded(ErrorCode.NOT_A_RATING, text=x)\n"
        "def i(x):\n"
        "    raise ValueError(f'internal {x}')\n"
        "def j(x):\n"
        "    raise ValidationError(['a ' + x])\n"
        "def k(x):\n"
        "    raise ValidationError([CellProblem('', x)])\n"
    )
    assert _uncoded_raises(source, names) == [
        (2, "ValidationError"),
        (4, "ValidationError"),
        (10, "ValidationError"),
    ]


def test_every_code_has_english_that_formats_with_named_parameters() -> None:
    """A code's English names its parameters; none is left as a bare ``{}``."""
    for code, english in ENGLISH.items():
        assert isinstance(code, ErrorCode)
        assert "{}" not in english, code
