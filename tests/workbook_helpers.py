"""A facility filling in the application form with openpyxl, for the workbook tests."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import openpyxl

from assessor_app.app import main


def run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def new_visit(capsys, data_dir: Path, facility: str = "Klinik Süd") -> str:
    code, out, _ = run(
        capsys, data_dir, "new", "--facility", facility, "--procedures", "200",
        "--start", "2026-11-30", "--end", "2026-12-01",
    )  # fmt: skip
    assert code == 0
    return out.strip()


def show(capsys, data_dir: Path, visit_id: str) -> dict:
    code, out, _ = run(capsys, data_dir, "show", visit_id, "--json")
    assert code == 0
    return json.loads(out)


def row_of(ws, key: str) -> int:
    for r in range(2, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == key:
            return r
    raise AssertionError(f"no row for {key}")


def put_row(ws, row: int, values: list) -> None:
    """Type a row from column A (append() would go below the sheet's prepared rows)."""
    for c, value in enumerate(values, start=1):
        ws.cell(row=row, column=c, value=value)


def fill_correctly(source: Path, target: Path) -> None:
    """Met, partially met, a justified N/A, evidence names, volumes and two cases."""
    wb = openpyxl.load_workbook(source)
    ws = wb["Requirements"]
    ws.cell(row=row_of(ws, "1.a"), column=6, value="Met")
    ws.cell(row=row_of(ws, "1.a"), column=8, value="sop-sedation.pdf\nteam-photo.jpg")
    ws.cell(row=row_of(ws, "1.b"), column=6, value="Partially met")
    ws.cell(row=row_of(ws, "1.b"), column=9, value="Rota being finalised")
    ws.cell(row=row_of(ws, "2.a"), column=6, value="Not applicable")
    ws.cell(row=row_of(ws, "2.a"), column=7, value="We run no outpatient clinic")
    ws.cell(row=row_of(ws, "2.b"), column=6, value="Met")
    vols = wb["Volumes"]
    vols["B2"] = 120  # ablation
    vols["B3"] = 45
    cases = wb["Case review"]
    put_row(cases, 2, ["IO-2026-001", datetime(2026, 5, 4), "microwave ablation", "Yes", "Yes"])
    put_row(cases, 3, ["IO-2026-002", "2026-06-10", "TACE", "Yes", "N/A"])
    wb.save(target)
