"""The application-form workbook by command line, with openpyxl acting as the facility."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from PIL import Image

from tests.workbook_helpers import fill_correctly, new_visit, put_row, row_of, run, show


def test_export_has_locked_template_columns_dropdowns_and_the_visit_inside(
    capsys, data_dir, tmp_path
):
    visit_id = new_visit(capsys, data_dir)
    path = tmp_path / "application.xlsx"
    code, out, _ = run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(path))
    assert code == 0 and str(path) in out
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:4] == ["Requirements", "Volumes", "Case review", "Instructions"]
    about = wb["About"]
    assert about.sheet_state == "hidden" and about.protection.sheet
    values = {row[0]: row[1] for row in about.iter_rows(values_only=True)}
    assert values["visit_id"] == visit_id
    assert (values["template_id"], values["template_version"]) == (
        "iasios-cirse-2018",
        "2018.1-working",
    )
    assert wb.properties.identifier == visit_id
    ws = wb["Requirements"]
    assert [c.value for c in ws[1]] == [
        "Key", "Standard", "Type", "Requirement", "Required evidence",
        "Self-assessment", "Justification", "Evidence", "Comment",
    ]  # fmt: skip
    assert ws.max_row == 66  # 65 requirements and the heading
    assert ws.protection.sheet
    assert ws["A2"].protection.locked and ws["D2"].protection.locked
    assert not ws["F2"].protection.locked and not ws["I66"].protection.locked
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and "Partially met" in dv.formula1
    assert "F2:F66" in str(dv.sqref)
    assert {ws.cell(row=r, column=3).value for r in range(2, 67)} == {"core", "extended"}
    assert "Yes" in str(wb["Case review"].data_validations.dataValidation[0].formula1)


def test_filled_form_imports_and_show_json_carries_the_claims(capsys, data_dir, tmp_path):
    visit_id = new_visit(capsys, data_dir)
    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(blank))
    fill_correctly(blank, filled)
    code, out, err = run(capsys, data_dir, "workbook", "import", visit_id, str(filled))
    assert code == 0, err
    assert "4 self-assessed requirement(s), 2 volume(s), 2 case(s)" in out
    data = show(capsys, data_dir, visit_id)
    findings = {f["key"]: f for f in data["findings"]}
    assert findings["1.a"]["self_assessment"] == {
        "status": "met",
        "justification": "",
        "evidence": ["sop-sedation.pdf", "team-photo.jpg"],
        "comment": "",
    }
    assert findings["1.b"]["self_assessment"]["status"] == "partial"
    assert findings["2.a"]["self_assessment"]["status"] == "na"
    assert findings["2.a"]["self_assessment"]["justification"] == "We run no outpatient clinic"
    assert findings["3.a"]["self_assessment"] is None
    # The facility's word never becomes the finding.
    assert all(f["rating"] is None for f in data["findings"])
    assert data["volumes"]["facility_by_type"] == {"ablation": 120, "radioembolisation": 45}
    assert data["volumes"]["by_type"] == {"other-therapeutic": 200}
    review = data["case_review"]["facility_review"]
    assert [c["case_ref"] for c in review["cases"]] == ["IO-2026-001", "IO-2026-002"]
    assert review["cases"][0]["procedure_date"] == "2026-05-04"
    assert review["cases"][1]["procedure_date"] == "2026-06-10"
    first_q = review["questions"][0]
    assert (first_q["yes"], first_q["no"], first_q["na"]) == (2, 0, 0)
    assert first_q["compared"] == 0 and first_q["agreement"] is None


def test_each_error_names_its_cell_and_nothing_is_imported(capsys, data_dir, tmp_path):
    visit_id = new_visit(capsys, data_dir)
    blank, bad = tmp_path / "blank.xlsx", tmp_path / "bad.xlsx"
    run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(blank))
    fill_correctly(blank, tmp_path / "good.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "good.xlsx")
    ws = wb["Requirements"]
    na_row = row_of(ws, "3.a")
    ws.cell(row=na_row, column=6, value="Not applicable")  # no justification
    key_row = row_of(ws, "4.a")
    ws.cell(row=key_row, column=1, value="99.z")
    ws.cell(row=row_of(ws, "5.a"), column=6, value="Mostly")
    wb["Volumes"]["B4"] = "many"
    cases = wb["Case review"]
    cases["B3"] = "2026-02-30"
    put_row(cases, 4, ["Mueller-Hans", "2026-01-05", "TACE"])
    put_row(cases, 5, ["IO-2026-009", "2026-01-05", "TACE", "perhaps"])
    wb.save(bad)
    before = show(capsys, data_dir, visit_id)

    code, _, err = run(capsys, data_dir, "workbook", "import", visit_id, str(bad))
    assert code != 0
    assert f"Requirements!G{na_row}: a justification is required for Not applicable" in err
    assert f"Requirements!A{key_row}: '99.z' is not a requirement key" in err
    assert f"Requirements!F{row_of(ws, '5.a')}: 'Mostly' is not a self-assessment" in err
    assert "Volumes!B4: 'many' is not a number of procedures" in err
    assert "'Case review'!B3: procedure date '2026-02-30' is not a calendar date" in err
    assert "'Case review'!A4: case reference 'Mueller-Hans' refused" in err
    assert "'Case review'!D5: 'perhaps' is not an answer" in err
    assert "nothing changed" in err
    assert show(capsys, data_dir, visit_id) == before


def test_a_workbook_of_another_visit_is_refused_saying_which(capsys, data_dir, tmp_path):
    mine = new_visit(capsys, data_dir, "Klinik Süd")
    other = new_visit(capsys, data_dir, "Klinik Nord")
    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    run(capsys, data_dir, "workbook", "export", other, "-o", str(blank))
    fill_correctly(blank, filled)
    before = show(capsys, data_dir, mine)
    code, _, err = run(capsys, data_dir, "workbook", "import", mine, str(filled))
    assert code != 0
    assert f"this workbook is for visit {other}, not for this visit ({mine}, Klinik Süd)" in err
    assert show(capsys, data_dir, mine) == before
    assert show(capsys, data_dir, other)["findings"][0]["self_assessment"] is None


def test_another_template_version_is_refused_saying_which(capsys, data_dir, tmp_path):
    visit_id = new_visit(capsys, data_dir)
    blank, forged = tmp_path / "blank.xlsx", tmp_path / "forged.xlsx"
    run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(blank))
    wb = openpyxl.load_workbook(blank)
    about = wb["About"]
    for row in about.iter_rows():
        if row[0].value == "template_version":
            row[1].value = "2030.1"
    wb.save(forged)
    code, _, err = run(capsys, data_dir, "workbook", "import", visit_id, str(forged))
    assert code != 0
    assert "made from template iasios-cirse-2018 2030.1" in err
    assert "this visit uses iasios-cirse-2018 2018.1-working" in err


def test_reimport_replaces_the_self_assessment_and_history_shows_it(
    capsys, data_dir, tmp_path, services
):
    visit_id = new_visit(capsys, data_dir)
    blank, first, second = (tmp_path / n for n in ("blank.xlsx", "first.xlsx", "second.xlsx"))
    run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(blank))
    fill_correctly(blank, first)
    assert run(capsys, data_dir, "workbook", "import", visit_id, str(first))[0] == 0
    wb = openpyxl.load_workbook(first)
    ws = wb["Requirements"]
    ws.cell(row=row_of(ws, "1.a"), column=6, value="Not met")
    ws.cell(row=row_of(ws, "2.b"), column=6).value = None
    cases = wb["Case review"]
    cases.delete_rows(3)  # IO-2026-002 withdrawn
    wb.save(second)
    code, out, _ = run(capsys, data_dir, "workbook", "import", visit_id, str(second))
    assert code == 0
    data = show(capsys, data_dir, visit_id)
    findings = {f["key"]: f for f in data["findings"]}
    assert findings["1.a"]["self_assessment"]["status"] == "not-met"
    assert findings["2.b"]["self_assessment"] is None
    refs = [c["case_ref"] for c in data["case_review"]["facility_review"]["cases"]]
    assert refs == ["IO-2026-001"]
    history = [
        (c.field, c.old_value, c.new_value)
        for c in services.findings.history(visit_id, "1.a")
        if c.entity == "self_assessment"
    ]
    assert ("status", None, "met") in history
    assert ("status", "met", "not-met") in history
    # The same workbook again changes nothing.
    code, out, _ = run(capsys, data_dir, "workbook", "import", visit_id, str(second))
    assert code == 0 and "no change since the last import" in out


def _photo_with_exif() -> bytes:
    img = Image.new("RGB", (40, 30), "red")
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_documents_are_listed_before_they_attach_then_attach_clean(
    capsys, data_dir, tmp_path, services
):
    visit_id = new_visit(capsys, data_dir)
    blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
    run(capsys, data_dir, "workbook", "export", visit_id, "-o", str(blank))
    fill_correctly(blank, filled)
    docs = tmp_path / "documents.zip"
    with zipfile.ZipFile(docs, "w") as zf:
        zf.writestr("sent/SOP-Sedation.pdf", b"%PDF-1.4\n%%EOF\n")
        zf.writestr("sent/team-photo.jpg", _photo_with_exif())
        zf.writestr("sent/unrelated.pdf", b"%PDF-1.4\n%%EOF\n")

    code, out, err = run(
        capsys, data_dir, "workbook", "import", visit_id, str(filled), "--documents", str(docs)
    )
    assert code == 0 and "Dry run" in err
    assert "1.a: SOP-Sedation.pdf" in out and "1.a: team-photo.jpg" in out
    assert "named under no requirement" in out and "unrelated.pdf" in out
    assert services.attachments.list(visit_id) == []
    assert show(capsys, data_dir, visit_id)["findings"][0]["self_assessment"] is None

    code, out, _ = run(
        capsys, data_dir, "workbook", "import", visit_id, str(filled),
        "--documents", str(docs), "--yes",
    )  # fmt: skip
    assert code == 0 and "Attached 2 document(s)" in out
    attached = {a.filename: a for a in services.attachments.list(visit_id)}
    assert set(attached) == {"SOP-Sedation.pdf", "team-photo.jpg"}
    assert all(a.requirement_key == "1.a" for a in attached.values())
    photo = Image.open(io.BytesIO(services.attachments.read_bytes(attached["team-photo.jpg"])))
    assert 0x010F not in photo.getexif()
