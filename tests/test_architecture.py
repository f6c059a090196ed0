"""The layer rules of docs/architecture, checked on every import statement (ast)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "assessor_app"
STDLIB = set(sys.stdlib_module_names) | {"__future__"}
# Peers below services/: each owns its library, may use domain/, never one another.
PEERS = {"persistence", "reports", "sync", "templates", "attachments", "identity", "protection"}
# Below the peers: the data key and key file (issue 13), usable by every layer above it.
LOW = {"protection"}
# Third-party libraries and the one layer allowed to use each.
OWNERS = {
    "sqlalchemy": {"persistence"},
    "alembic": {"persistence"},
    "reportlab": {"reports"},
    "pyhanko": {"reports"},
    "pyhanko_certvalidator": {"reports", "identity"},  # identity: trust list chains
    "PySide6": {"ui"},
    "shiboken6": {"ui"},
    "PIL": {"attachments", "services.demo_photos", "reports"},
    "jsonschema": {"templates"},
    "cryptography": {"identity", "sync", "reports", "protection", "attachments"},
    "keyring": {"protection"},
    "sqlcipher3": {"persistence"},
    "asn1crypto": {"reports", "identity"},
}
# Modules shared by every layer.
SHARED = {"assessor_app", "assessor_app.resources", "assessor_app.paths"}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = rel.parts
    if len(parts) == 1:
        return parts[0]  # top-level module: app, paths, resources, logging_setup
    if parts[0] == "services" and parts[1] == "demo_photos":
        return "services.demo_photos"
    return parts[0]


def violations() -> list[str]:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = layer_of(path)
        for name in imports_of(path):
            top = name.split(".")[0]
            where = f"{path.relative_to(ROOT)} imports {name}"
            if top in STDLIB:
                continue
            if top == "assessor_app":
                target = name.split(".")[1] if name.count(".") >= 1 else ""
                if name in SHARED or target in ("resources", "paths", ""):
                    continue
                if layer == "domain" and target != "domain":
                    found.append(f"{where}: domain imports only domain")
                elif layer in PEERS and target not in ("domain", layer, *LOW):
                    found.append(f"{where}: {layer}/ may import only domain/")
                elif layer == "services" and target in ("ui", "cli", "app"):
                    found.append(f"{where}: services/ never imports a front")
                elif layer == "ui" and target in (PEERS - LOW) | {"cli"}:
                    found.append(f"{where}: ui/ talks only to services/ and domain/")
                elif layer == "cli" and target in (PEERS - LOW) | {"ui"}:
                    found.append(f"{where}: cli/ talks only to services/ and domain/")
                continue
            owners = OWNERS.get(top)
            if layer == "domain":
                found.append(f"{where}: domain/ imports only the standard library")
            elif (
                owners is not None
                and layer not in owners
                and not (layer == "services.demo_photos" and top == "PIL")
            ):
                if layer == "app" and top == "PySide6":
                    continue
                found.append(f"{where}: {top} belongs to {sorted(owners)}")
    return found


def test_layer_rules_hold():
    assert violations() == []


def test_the_checker_catches_a_violation(tmp_path, monkeypatch):
    """A rule checker that cannot fail is no check: plant violations and see them caught."""
    fake = tmp_path / "assessor_app"
    for folder in ("domain", "ui", "services", "sync"):
        (fake / folder).mkdir(parents=True)
    (fake / "domain" / "bad.py").write_text("import sqlalchemy\n")
    (fake / "ui" / "bad.py").write_text("from sqlalchemy.orm import Session\n")
    (fake / "services" / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    (fake / "sync" / "bad.py").write_text("from assessor_app.persistence import models\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert len(violations()) == 4


def _package_imports(folder: Path, package: str) -> dict[str, set[str]]:
    """module -> the modules of the same package it imports (anywhere in the file, imports
    inside functions too: a deferred import hides a cycle, it does not remove it)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        rel = path.relative_to(folder).with_suffix("")
        module = ".".join((package, *rel.parts)).removesuffix(".__init__")
        found: set[str] = set()
        for name in imports_of(path):
            if name.startswith(package + "."):
                found.add(name)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # ``from assessor_app.persistence import values`` names a module too.
            if isinstance(node, ast.ImportFrom) and node.module == package and node.level == 0:
                found.update(f"{package}.{a.name}" for a in node.names)
        graph[module] = found - {module}
    return graph


def import_cycles(folder: Path, package: str) -> list[list[str]]:
    """Every import cycle among the modules of one package (depth-first search)."""
    graph = _package_imports(folder, package)
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycles.append([*path[path.index(module) :], module])
            return
        if module in done or module not in graph:
            return
        for target in sorted(graph[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return cycles


def test_persistence_has_no_import_cycles():
    """The change writer, the conflict store and the repositories import downwards only."""
    assert import_cycles(PACKAGE / "persistence", "assessor_app.persistence") == []


def test_the_cycle_finder_finds_a_deferred_cycle(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "a.py").write_text("from pkg.b import B\n")
    (pkg / "b.py").write_text("def f():\n    from pkg.a import A\n")
    (pkg / "c.py").write_text("from pkg import a\n")
    assert import_cycles(pkg, "pkg") == [["pkg.a", "pkg.b", "pkg.a"]]
