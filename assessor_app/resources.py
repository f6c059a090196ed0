"""The one place that finds bundled files, in a checkout and inside a PyInstaller build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache  # asked for every icon on the way to the first paint; it never moves while running
def project_root() -> Path:
    """Folder holding resources/ and db/: sys._MEIPASS when frozen, else the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return project_root() / "db"
