"""Test set-up: offscreen Qt before any Qt import, and no test near the real user folders."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Must happen before PySide6 is imported anywhere (pytest-qt imports it at plugin load).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="assessor-tests-"))
os.environ["ASSESSOR_APP_DATA_DIR"] = str(_SANDBOX / "default-data")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_SANDBOX / var.lower())
os.environ["HOME"] = str(_SANDBOX / "home")
# The command line encrypts a new data folder: every CLI test runs encrypted, with this
# passphrase (a file in the sandbox, never near the user's folders).
TEST_PASSPHRASE = "test passphrase, not secret"
_PASSPHRASE_FILE = _SANDBOX / "passphrase.txt"
_PASSPHRASE_FILE.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
os.environ["ASSESSOR_APP_PASSPHRASE_FILE"] = str(_PASSPHRASE_FILE)

import pytest  # noqa: E402

from assessor_app.paths import AppPaths, resolve_paths  # noqa: E402
from assessor_app.protection import key_file  # noqa: E402
from assessor_app.services.container import Services, build_services  # noqa: E402

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey

# Folders made inside the test process wrap their key with a cheap Argon2id (the cost is
# stored in each key file, so unlocking them is cheap too). The real cost is measured by
# benchmarks/bench_protection.py and used by every CLI run in a subprocess.
key_file.ARGON2_MEMORY_KIB = 8 * 1024
key_file.ARGON2_ITERATIONS = 1

ROOT = Path(__file__).resolve().parent.parent


def open_services(data_dir: Path | str) -> Services:
    """The services of a data folder the CLI made (encrypted with the test passphrase) or
    an in-process fixture made (unencrypted)."""
    return build_services(resolve_paths(data_dir), folder_key(data_dir))


def folder_key(data_dir: Path | str) -> DataKey | None:
    """The data key of a CLI-made (encrypted) folder, None for an unencrypted one."""
    from assessor_app.services import protection

    folder = resolve_paths(data_dir)
    if protection.state(folder) is protection.FolderState.ENCRYPTED:
        return protection.unlock(folder, TEST_PASSPHRASE)
    return None


def connect_db(data_dir: Path | str) -> Any:
    """A DB-API connection to the folder's database, keyed when it is encrypted."""
    from assessor_app.persistence.raw_connection import raw_connect

    return raw_connect(resolve_paths(data_dir).database, folder_key(data_dir))


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
