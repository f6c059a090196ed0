"""Compile the app's bytecode before timing fresh processes.

Python writes ``__pycache__`` on an app's first run, so every later start reads bytecode.
Where PYTHONDONTWRITEBYTECODE is set (some CI and container images) nothing is written and
each child would compile every module from source again: not what an assessor's laptop does.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_app() -> None:
    """Bring assessor_app's bytecode up to date (quiet; up-to-date files are skipped)."""
    compileall.compile_dir(ROOT / "assessor_app", quiet=2)
