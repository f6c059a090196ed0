"""The report always builds: every text field at its maximum, long cells split across
pages, and a footer that never overprints the report id."""

from __future__ import annotations

from pathlib import Path

from assessor_app.services.container import Services
from tests.report_text import pdftotext, visit_at_maxima


def test_report_builds_with_every_text_field_at_its_maximum(
    services: Services, tmp_path: Path
) -> None:
    visit_id = visit_at_maxima(services, comments=2)
    out = tmp_path / "max.pdf"
    report = services.reports.generate(visit_id, out)
    assert report.pages > 20
    flat = " ".join(pdftotext(out).split())
    assert "evidence evidence" in flat and "repair repair" in flat and "because because" in flat


def _footer_words(pdf: Path) -> list[list[tuple[float, float, float, str]]]:
    """Per page, the words of the footer line (x min, x max, y min, text)."""
    import re
    import subprocess

    from tests.report_text import tool

    html = subprocess.run(
        [tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        words = [
            (float(x0), float(x1), float(y0), w)
            for x0, y0, x1, _y1, w in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page
            )
        ]
        report = next(w for w in words if w[3] == "Report" and w[2] > 780)
        pages.append([w for w in words if abs(w[2] - report[2]) < 1])
    return pages


def test_a_long_facility_name_never_overprints_the_report_id_in_the_footer(
    services: Services, demo_id: str, tmp_path: Path
) -> None:
    name = "Universitätsklinikum für Interventionelle Onkologie und Radiologie Nordstadt-Süd Ost"
    name = (name + " Campus West")[:95]
    services.visits.update(demo_id, "facility_name", name)
    out = tmp_path / "r.pdf"
    services.reports.generate(demo_id, out)
    for line in _footer_words(out):
        report_at = next(i for i, w in enumerate(line) if w[3] == "Report")
        before = line[:report_at]
        assert before, "the facility is missing from the footer"
        assert max(w[1] for w in before) < line[report_at][0], [w[3] for w in line]
        assert line[0][3] == "Universitätsklinikum"
