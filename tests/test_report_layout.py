"""Layout of the report as printed: no text running into the next column, no heading left
alone at the foot of a page with its table starting on the next one."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table

from assessor_app.domain.ratings import Rating
from assessor_app.reports import findings_section
from assessor_app.reports.fonts import BOLD, register_fonts
from assessor_app.reports.page import MARGIN_X, PAGE_WIDTH
from assessor_app.services.container import Services
from tests.report_helpers import need_tool

CELL_PADDING = 8  # LEFTPADDING + RIGHTPADDING of data_table, in points


def test_every_rating_label_fits_its_column_in_the_findings_tables(
    services: Services, demo_id: str
) -> None:
    data = services.reports.report_data(demo_id)
    register_fonts(services.reports.font_dir)
    story = findings_section.findings(data, PAGE_WIDTH - 2 * MARGIN_X)
    tables = [f for f in story if isinstance(f, Table)]
    assert tables
    widest = max(stringWidth(r.label, BOLD, 7.5) for r in Rating)
    for table in tables:
        assert widest + CELL_PADDING <= table._colWidths[3]


def _pages(services: Services, demo_id: str, tmp_path: Path) -> list[str]:
    out = tmp_path / "report.pdf"
    services.reports.generate(demo_id, out)
    tool = need_tool("pdftotext")
    text = subprocess.run(
        [tool, "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def test_no_heading_is_left_at_the_foot_of_a_page(
    services: Services, demo_id: str, tmp_path: Path
) -> None:
    pages = _pages(services, demo_id, tmp_path)
    template = services.reports.report_data(demo_id).template
    for section in template.sections:
        for standard in section.standards:
            first = standard.requirements[0].key
            where = [i for i, p in enumerate(pages) if f"Standard {standard.number}: " in p]
            assert where, standard.number
            row = re.compile(rf"^\s*{re.escape(first)}\s+(Core|Extended)\b", re.M)
            assert row.search(pages[where[0]]), (
                f"standard {standard.number}'s heading is on page {where[0] + 1}, "
                f"its first requirement {first} is not"
            )
    plan = [i for i, p in enumerate(pages) if re.search(r"^\s*Corrective action plan\s*$", p, re.M)]
    assert plan
    assert re.search(r"Corrective action\s+Severity", pages[plan[0]]), (
        "the corrective action plan heading ends a page without its table"
    )
