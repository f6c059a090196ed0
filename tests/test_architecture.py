"""The layer rules of docs/architecture, checked on every import statement (ast)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "assessor_app"
STDLIB = set(sys.stdlib_module_names) | {"__future__"}
# Peers below services/: each owns its library, may use domain/, never one another.
PEERS = {"persistence", "reports", "sync", "templates", "attachments", "identity"}
# Third-party libraries and the one layer allowed to use each.
OWNERS = {
    "sqlalchemy": {"persistence"},
    "alembic": {"persistence"},
    "reportlab": {"reports"},
    "pyhanko": {"reports"},
    "pyhanko_certvalidator": {"reports"},
    "PySide6": {"ui"},
    "shiboken6": {"ui"},
    "PIL": {"attachments", "services.demo_photos", "reports"},
    "jsonschema": {"templates"},
    "cryptography": {"identity", "sync", "reports"},
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
                elif layer in PEERS and target not in ("domain", layer):
                    found.append(f"{where}: {layer}/ may import only domain/")
                elif layer == "services" and target in ("ui", "cli", "app"):
                    found.append(f"{where}: services/ never imports a front")
                elif layer == "ui" and target in PEERS | {"cli"}:
                    found.append(f"{where}: ui/ talks only to services/ and domain/")
                elif layer == "cli" and target in PEERS | {"ui"}:
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
