"""export-csv hands the office a file a spreadsheet opens as text: no formula, no link."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from assessor_app.app import main
from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import Assessor, Facility, NewVisit, ProcedureType
from assessor_app.services.container import Services
from assessor_app.services.spreadsheet_cells import spreadsheet_safe

PAYLOADS = [
    "=1+1",
    '=HYPERLINK("http://evil.example/","click me")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "\n=2+2",
    "\uff1d1+1",  # fullwidth equals sign
    "\uff0b1+1",
    "\u22121+1",  # minus sign
]
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_cell_that_could_start_a_formula_gets_a_quote(payload):
    assert spreadsheet_safe(payload) == "'" + payload


@pytest.mark.parametrize("value", ["Board minutes", "7.a", "2026-03-01", "", "'quoted", 3])
def test_ordinary_cells_are_unchanged(value):
    assert spreadsheet_safe(value) == value


def _hostile_visit(services: Services, payload: str) -> str:
    template = services.templates.default()
    visit_id = services.visits.create(
        NewVisit(
            facility=Facility(name=payload, department=payload, country=payload,
                              facility_code=payload),
            template_id=template.id,
            volumes={ProcedureType.ABLATION: 200},
            lead_assessor=Assessor(payload, "lead@example.org"),
            co_assessor=Assessor(payload, "co@example.org"),
        )
    )  # fmt: skip
    for requirement in template.requirements:
        services.findings.rate(
            visit_id, requirement.key, Rating.NA, comment=payload, justification=payload
        )
    return visit_id


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    # No skip: the check matters most exactly where nobody looked (scripts/setup.sh test).
    assert found, "LibreOffice is not installed (scripts/setup.sh test installs it)"
    return found


def _open_in_calc(csv_path: Path, work: Path) -> ElementTree.Element:
    """The CSV as LibreOffice Calc reads it (UTF-8, comma, formulas evaluated), as flat ODF."""
    out = work / "converted"
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless",
         "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "fods",
         "--outdir", str(out), str(csv_path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return ElementTree.parse(out / (csv_path.stem + ".fods")).getroot()


def test_libreoffice_finds_no_formula_and_no_link(services, data_dir, tmp_path, capsys):
    for payload in PAYLOADS:
        _hostile_visit(services, payload)
    csv_path = tmp_path / "findings.csv"
    assert main(["--data-dir", str(data_dir), "export-csv", "-o", str(csv_path)]) == 0
    capsys.readouterr()

    root = _open_in_calc(csv_path, tmp_path)
    cells = list(root.iter(f"{{{TABLE}}}table-cell"))
    formulas = [c.get(f"{{{TABLE}}}formula") for c in cells if c.get(f"{{{TABLE}}}formula")]
    assert formulas == []
    assert list(root.iter(f"{{{TEXT}}}a")) == []
    # The assessor's words are all still there, as text.
    shown = {"".join(c.itertext()).strip() for c in cells}
    assert "'=cmd|' /C calc'!A0" in shown
    assert '\'=HYPERLINK("http://evil.example/","click me")' in shown

    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 65 * len(PAYLOADS)
    assert {r["comment"] for r in rows} == {"'" + p for p in PAYLOADS}
    assert all(re.fullmatch(r"[0-9a-f-]{36}", r["visit_id"]) for r in rows)
