"""Application forms a careless or hostile facility might send: formulas, rows past the
form's end, zip bombs. Each is refused by its cell (or as a whole file) and the database
is left byte for byte as it was."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import openpyxl

from tests.workbook_helpers import fill_correctly, new_visit, row_of, run, show


def _db_hash(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / "assessor.db").read_bytes()).hexdigest()


def _filled(capsys, data_dir: Path, tmp_path: Path) -> tuple[str, Path]:
    visit_id = new_visit(capsys, data_dir)
    blank, good = tmp_path / "blank.xlsx", tmp_path / "good.xlsx"
    run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(blank))
    fill_correctly(blank, good)
    return visit_id, good


def _refused(capsys, data_dir: Path, visit_id: str, path: Path) -> str:
    before, digest = show(capsys, data_dir, visit_id), _db_hash(data_dir)
    code, _, err = run(capsys, data_dir, "workbook", "import", visit_id, str(path))
    assert code != 0
    assert "nothing changed" in err
    assert show(capsys, data_dir, visit_id) == before
    assert _db_hash(data_dir) == digest
    return err


def test_a_formula_is_refused_by_its_cell_not_read_as_blank(capsys, data_dir, tmp_path):
    visit_id, good = _filled(capsys, data_dir, tmp_path)
    wb = openpyxl.load_workbook(good)
    ws = wb["Requirements"]
    row = row_of(ws, "3.a")
    # openpyxl stores no cached result, so the old reader saw a blank and said "imported"
    ws.cell(row=row, column=6, value='=IF(1,"Met","Not met")')
    wb["Volumes"]["B3"] = "=10*5"
    bad = tmp_path / "formula.xlsx"
    wb.save(bad)
    err = _refused(capsys, data_dir, visit_id, bad)
    assert f"Requirements!F{row}: the cell holds a formula" in err
    assert "Volumes!B3: the cell holds a formula ('=10*5')" in err


def test_text_that_merely_starts_with_equals_is_still_text(capsys, data_dir, tmp_path):
    visit_id, good = _filled(capsys, data_dir, tmp_path)
    wb = openpyxl.load_workbook(good)
    ws = wb["Requirements"]
    cell = ws.cell(row=row_of(ws, "1.a"), column=9)
    cell.value, cell.data_type = "= see SOP 4", "s"  # typed as text, e.g. '= in Excel
    wb.save(tmp_path / "eq.xlsx")
    code, _, err = run(capsys, data_dir, "workbook", "import", visit_id, str(tmp_path / "eq.xlsx"))
    assert code == 0, err
    first = next(f for f in show(capsys, data_dir, visit_id)["findings"] if f["key"] == "1.a")
    assert first["self_assessment"]["comment"] == "= see SOP 4"


def test_a_row_past_the_forms_end_is_refused_not_dropped(capsys, data_dir, tmp_path):
    visit_id, good = _filled(capsys, data_dir, tmp_path)
    wb = openpyxl.load_workbook(good)
    ws = wb["Requirements"]
    ws["A6000"], ws["F6000"] = "3.a", "Not met"
    bad = tmp_path / "far.xlsx"
    wb.save(bad)
    err = _refused(capsys, data_dir, visit_id, bad)
    assert "Requirements!A6000: the form ends at row 5000" in err


def test_a_zip_bomb_is_refused_before_it_is_unpacked(capsys, data_dir, tmp_path):
    visit_id, good = _filled(capsys, data_dir, tmp_path)
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(good.read_bytes())
    # Compresses to a few hundred kilobytes, unpacks to 300 MB.
    with (
        zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/padding.bin", "w", force_zip64=True) as member,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(300):
            member.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    err = _refused(capsys, data_dir, visit_id, bomb)
    assert "bomb.xlsx is larger than an application form can be" in err


def test_a_renamed_sheet_is_reported_alone(capsys, data_dir, tmp_path):
    visit_id, good = _filled(capsys, data_dir, tmp_path)
    wb = openpyxl.load_workbook(good)
    wb["Volumes"].title = "Volume"
    bad = tmp_path / "renamed.xlsx"
    wb.save(bad)
    err = _refused(capsys, data_dir, visit_id, bad)
    assert "Volumes: the sheet is missing" in err
    # the questions are the template's: saying they differ would send the facility astray
    assert "case review questions differ" not in err


def test_documents_that_unpack_too_large_are_refused_before_writing(
    capsys, data_dir, tmp_path, monkeypatch
):
    from assessor_app.services import self_assessment

    # The real bound is a gigabyte; a small one keeps the test quick, the rule the same.
    monkeypatch.setattr(self_assessment, "MAX_DOCUMENTS_TOTAL_BYTES", 1024 * 1024)
    visit_id, good = _filled(capsys, data_dir, tmp_path)
    docs = tmp_path / "docs.zip"
    with zipfile.ZipFile(docs, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("sop-sedation.pdf", b"%PDF-1.4\n" + b"\0" * 700_000)
        archive.writestr("team-photo.pdf", b"%PDF-1.4\n" + b"\0" * 700_000)
        archive.writestr("huge.bin", b"\0" * 5_000_000)  # no document: never unpacked
    before, digest = show(capsys, data_dir, visit_id), _db_hash(data_dir)
    code, _, err = run(
        capsys, data_dir, "workbook", "import", visit_id, str(good), "--documents", str(docs),
        "--yes",
    )  # fmt: skip
    assert code != 0
    assert "docs.zip unpacks to more than 1 MB of documents" in err
    assert show(capsys, data_dir, visit_id) == before
    assert _db_hash(data_dir) == digest


def test_a_too_long_document_name_says_its_limit_in_characters(capsys, data_dir, tmp_path):
    visit_id, good = _filled(capsys, data_dir, tmp_path)
    wb = openpyxl.load_workbook(good)
    ws = wb["Requirements"]
    row = row_of(ws, "1.a")
    ws.cell(row=row, column=8, value="x" * 5000 + ".pdf")
    bad = tmp_path / "long-name.xlsx"
    wb.save(bad)
    err = _refused(capsys, data_dir, visit_id, bad)
    assert f"Requirements!H{row}: a document name is longer than 300 characters" in err


def test_text_written_into_the_form_never_becomes_a_formula(tmp_path):
    """openpyxl makes text starting with "=" a formula: a requirement's text (from an
    installed template) like '=HYPERLINK("http://x","Click")' would have run in the
    facility's spreadsheet. The form holds it as text."""
    import openpyxl

    from assessor_app.workbook.writer import RequirementLine, WorkbookSpec, workbook_bytes

    hostile = '=HYPERLINK("http://attacker.example/","Click to verify")'
    spec = WorkbookSpec(
        visit_id="v", facility="=1+1", template_id="t", template_version="1",
        template_title="=T", requirements=(RequirementLine("1.a", "1", "core", hostile, "=E"),),
        procedure_types=("=P",), questions=(("q1", "=Q"),), instructions=("=I",),
    )  # fmt: skip
    out = tmp_path / "form.xlsx"
    out.write_bytes(workbook_bytes(spec))
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    texts = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=")]
    assert hostile in [c.value for c in texts]
    assert all(c.data_type == "s" for c in texts), [(c.coordinate, c.value) for c in texts]
