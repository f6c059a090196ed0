"""After the first paint, the data layer loads without Qt's import detour, and only the
parts of the sync service the visit list reads load before it fills in."""

from __future__ import annotations

import builtins
import json
import subprocess
import sys

import pytest

import assessor_app.services.container as container
from assessor_app.paths import AppPaths
from assessor_app.services.container import Services
from assessor_app.ui import launch
from assessor_app.ui.plain_imports import without_qt_import_hook
from tests.conftest import ROOT

pytestmark = pytest.mark.gui


def test_the_data_layer_opens_with_the_interpreters_own_import(qapp, paths: AppPaths, monkeypatch):
    hooked = builtins.__import__
    assert hooked is not builtins.__orig_import__  # PySide6 is loaded: its hook is in place
    seen: list[bool] = []
    real = container.build_services

    def watched(where: AppPaths) -> Services:
        seen.append(builtins.__import__ is builtins.__orig_import__)
        return real(where)

    monkeypatch.setattr(container, "build_services", watched)

    services = launch.open_services(paths)

    assert services is not None
    try:
        assert seen == [True]
        assert builtins.__import__ is hooked  # Qt's hook is back for everything after
        assert services.visits.list() == []  # the list's services are ready and answer
    finally:
        services.close()


def test_the_hook_comes_back_after_an_error(qapp):
    hooked = builtins.__import__
    with pytest.raises(ZeroDivisionError), without_qt_import_hook():
        assert builtins.__import__ is builtins.__orig_import__
        _ = 1 / 0
    assert builtins.__import__ is hooked


LIST_READS = """
import json, sys
from pathlib import Path
from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services

services = build_services(resolve_paths(Path(sys.argv[1])))
services.visits.list()
services.sync.visit_sync_status()
print(json.dumps(sorted(sys.modules)))
services.close()
"""

BUNDLE_PARTS = (
    "assessor_app.services.sync.bundle_export",
    "assessor_app.services.sync.bundle_import",
    "assessor_app.services.sync.conflict_desk",
    "assessor_app.services.sync.office_view",
)


def test_the_list_reads_the_sync_ledger_without_the_bundle_machinery(services: Services):
    data = services.paths.data_dir
    services.close()
    done = subprocess.run(
        [sys.executable, "-c", LIST_READS, str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "assessor_app.services.sync.ledger" in loaded  # the sync status was really read
    assert not loaded & set(BUNDLE_PARTS)
