"""LibreOffice as the facility's real client: the form survives its re-save (drop-downs,
locked cells, the hidden About sheet) and still imports."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl

from tests.workbook_helpers import fill_correctly, new_visit, run, show


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    # No skip: the check matters most where nobody looked (scripts/setup.sh test installs it).
    assert found, "LibreOffice is not installed (scripts/setup.sh test installs it)"
    return found


def _convert(source: Path, target_format: str, work: Path) -> Path:
    out = work / f"as-{target_format.split(':')[0]}"
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", target_format, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=240,
        env={"HOME": str(work), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    (made,) = out.iterdir()
    return made


def test_libreoffice_resave_keeps_dropdowns_and_locks_and_still_imports(capsys, data_dir, tmp_path):
    visit_id = new_visit(capsys, data_dir)
    blank = tmp_path / "application.xlsx"
    run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(blank))
    # Through LibreOffice's own format and back, as a facility saving in Calc would.
    ods = _convert(blank, "ods", tmp_path)
    resaved = _convert(ods, "xlsx:Calc MS Excel 2007 XML", tmp_path)

    wb = openpyxl.load_workbook(resaved)
    ws = wb["Requirements"]
    assert ws.protection.sheet
    assert ws["A2"].protection.locked and ws["D40"].protection.locked
    assert not ws["F2"].protection.locked
    lists = [(d.type, d.formula1, str(d.sqref)) for d in ws.data_validations.dataValidation]
    assert ("list", '"Met,Partially met,Not met,Not applicable"', "F2:F66") in lists
    cases = wb["Case review"].data_validations.dataValidation
    assert any(d.type == "list" and "N/A" in str(d.formula1) for d in cases)
    assert wb["About"].sheet_state == "hidden"

    filled = tmp_path / "filled.xlsx"
    fill_correctly(resaved, filled)
    code, _out, err = run(capsys, data_dir, "workbook", "import", visit_id, str(filled))
    assert code == 0, err
    findings = {f["key"]: f for f in show(capsys, data_dir, visit_id)["findings"]}
    assert findings["1.a"]["self_assessment"]["status"] == "met"
    assert findings["2.a"]["self_assessment"]["justification"] == "We run no outpatient clinic"
