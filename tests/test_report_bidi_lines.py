"""A paragraph's direction is its own, not each line's: a Latin paragraph broken so that a
line starts with an Arabic word keeps that line left to right (Unicode bidi rule P2)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from assessor_app.reports.fonts import default_font_dir, register_fonts
from assessor_app.reports.styles import BODY
from assessor_app.reports.user_text import TextParagraph, markup
from tests.report_text import tool

ARABIC = "مستشفى الأمل"


def _words_with_x(pdf: Path) -> list[tuple[str, float, float]]:
    html = subprocess.run(
        [tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (word, float(x), float(y))
        for x, y, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def test_a_line_that_starts_with_arabic_inside_a_latin_paragraph_stays_left_to_right(tmp_path):
    pdf = tmp_path / "p.pdf"
    register_fonts(default_font_dir())
    # Narrow enough that the Arabic words open the second line.
    text = f"Klinikum Nordstadt {ARABIC} Abteilung"
    # A frame 150 pt wide, so the paragraph breaks into short lines.
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=72, rightMargin=A4[0] - 222)
    doc.build([TextParagraph(markup(text), BODY)])
    words = _words_with_x(pdf)
    arabic_x = min(x for w, x, _y in words if any("\u0600" <= c <= "\u06ff" for c in w))
    arabic_y = next(y for w, _x, y in words if any("\u0600" <= c <= "\u06ff" for c in w))
    latin_after = [x for w, x, y in words if w == "Abteilung" and abs(y - arabic_y) < 2]
    assert latin_after, "the test text did not break as intended"
    assert arabic_x < latin_after[0], "the line was laid out right to left"
