"""The report's fonts, embedded (subset): DejaVu Sans for Latin, Greek, Cyrillic, Hebrew
and Arabic, then fallbacks tried character by character (Noto Sans Arabic, Droid Sans
Fallback for Chinese, Japanese and Korean). All are TrueType (glyf) fonts, the only kind
reportlab embeds; their licences are beside them in resources/fonts."""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from assessor_app.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
ARABIC = "NotoSansArabic"
CJK = "DroidSansFallback"
CJK_FULL = "DroidSansFallbackFull"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC + "-Bold": "NotoSansArabic-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
    CJK_FULL: "DroidSansFallbackFull.ttf",
}
# The house faces, then what a character none of them has is looked up in, in order.
FAMILY = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
FALLBACKS = (REGULAR, ARABIC, CJK, CJK_FULL)
# Shaped Arabic is drawn with presentation-form glyphs: text extraction (and the reader's
# copy and paste) must give back the letters typed, so these map to their decomposition.
_PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
# reportlab wraps every stream in ASCII85 by default: 25 % larger files and, without its
# optional C accelerator, slow pure-Python encoding. A binary PDF is fine everywhere.
rl_config.useA85 = 0
_lock = threading.Lock()
_registered: set[str] = set()


def default_font_dir() -> Path:
    return resource_path("fonts")


def register_fonts(font_dir: Path) -> None:
    """Register the TrueType fonts once per process (parsing them costs ~0.4 s)."""
    with _lock:
        if _registered >= _FILES.keys():
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, filename in _FILES.items():
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, str(font_dir / filename)))
                _registered.add(name)
        # <b> and <i> in paragraphs pick the matching face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        addMapping(ARABIC, 0, 0, ARABIC)
        addMapping(ARABIC, 1, 0, ARABIC + "-Bold")
        addMapping(ARABIC, 0, 1, ARABIC)
        addMapping(ARABIC, 1, 1, ARABIC + "-Bold")
        for name in (CJK, CJK_FULL):
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)


@cache
def coverage(font_dir: Path, name: str) -> frozenset[int]:
    """The code points a font has a glyph for (read once per process)."""
    return frozenset(TTFontFile(str(font_dir / _FILES[name])).charToGlyph)


@cache
def house_coverage(font_dir: Path) -> frozenset[int]:
    """What every face of the house family prints (bold and italic included)."""
    faces = [coverage(font_dir, name) for name in FAMILY]
    return frozenset.intersection(*faces)


def _unicode_hex(code: int) -> str:
    text = chr(code)
    if any(low <= code <= high for low, high in _PRESENTATION_FORMS):
        # A ligature (lam-alef) stands for several letters; like the glyphs around it,
        # extraction reads them right to left, so they are listed in visual order.
        text = unicodedata.normalize("NFKC", text)[::-1]
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with UTF-16 targets: its own writes four hex digits,
    which turns every character beyond U+FFFF (😀, rare Han) into another one, and it maps
    shaped Arabic to presentation forms instead of the letters typed."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_unicode_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)
