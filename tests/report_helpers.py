"""Shared set-up of the report tests: identities, a drawn signature, tool lookups."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

LEAD_PASS = "lead passphrase"
CO_PASS = "co passphrase 2"


def signature_png() -> bytes:
    img = Image.new("RGBA", (400, 140), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.line(
        [(10, 110), (80, 30), (140, 120), (220, 40), (300, 100), (390, 50)],
        fill=(10, 20, 90, 255),
        width=5,
    )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def need_tool(name: str) -> str:
    """The tool's path. A missing checker fails the test: a skipped check is no check
    (scripts/setup.sh test installs poppler-utils and qpdf)."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (run scripts/setup.sh test)")
    return path


def write_passphrase(tmp_path: Path, text: str, name: str = "pass.txt") -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path
