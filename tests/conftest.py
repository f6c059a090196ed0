"""Test set-up: offscreen Qt before any Qt import, and no test near the real user folders."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Must happen before PySide6 is imported anywhere (pytest-qt imports it at plugin load).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="assessor-tests-"))
os.environ["ASSESSOR_APP_DATA_DIR"] = str(_SANDBOX / "default-data")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_SANDBOX / var.lower())
os.environ["HOME"] = str(_SANDBOX / "home")

import pytest  # noqa: E402

from assessor_app.paths import AppPaths, resolve_paths  # noqa: E402
from assessor_app.services.container import Services, build_services  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    built = build_services(paths)
    yield built
    built.close()


@pytest.fixture
def demo_id(services: Services) -> str:
    return services.demo.create()


@pytest.fixture
def visit_id(services: Services) -> str:
    from assessor_app.domain.visit import Facility, NewVisit, ProcedureType

    template = services.templates.default()
    return services.visits.create(
        NewVisit(
            facility=Facility(name="Test Hospital"),
            template_id=template.id,
            volumes={ProcedureType.ABLATION: 200},
        )
    )
