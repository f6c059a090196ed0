"""The report's fonts: DejaVu Sans, embedded (subset) so every name prints as written."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
# reportlab wraps every stream in ASCII85 by default: 25 % larger files and, without its
# optional C accelerator, slow pure-Python encoding. A binary PDF is fine everywhere.
rl_config.useA85 = 0
_lock = threading.Lock()
_registered: set[str] = set()


def register_fonts(font_dir: Path) -> None:
    """Register the TrueType fonts once per process (parsing them costs ~100 ms)."""
    with _lock:
        if _registered >= _FILES.keys():
            return
        for name, filename in _FILES.items():
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, str(font_dir / filename)))
                _registered.add(name)
        # <b> and <i> in paragraphs pick the matching face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
