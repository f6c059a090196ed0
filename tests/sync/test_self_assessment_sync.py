"""The facility's account travels by bundle like every other edit and merges by field."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from assessor_app.domain.ratings import Rating
from tests.sync.helpers import assessor
from tests.workbook_helpers import fill_correctly, row_of


def test_imported_form_reaches_the_co_assessor_and_a_reimport_follows(tmp_path: Path):
    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    try:
        visit_id = lead.demo.create()
        blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
        lead.self_assessment.export(visit_id, blank)
        fill_correctly(blank, filled)
        lead.self_assessment.import_workbook(visit_id, filled)
        bundle = lead.sync.export_invitation(visit_id, tmp_path / "invitation.iasios")
        co.sync.import_bundle(Path(bundle.path))
        assert co.self_assessment.account(visit_id) == lead.self_assessment.account(visit_id)
        assert co.self_assessment.account(visit_id).claims["1.a"].status is Rating.MET

        wb = openpyxl.load_workbook(filled)
        ws = wb["Requirements"]
        ws.cell(row=row_of(ws, "1.a"), column=6, value="Not met")
        wb.save(filled)
        lead.self_assessment.import_workbook(visit_id, filled)
        update = lead.sync.export_visit(visit_id, tmp_path / "update")
        co.sync.import_bundle(Path(update.path))
        claims = co.self_assessment.account(visit_id).claims
        assert claims["1.a"].status is Rating.NOT_MET
        assert claims["1.a"].evidence == ("sop-sedation.pdf", "team-photo.jpg")
        assert co.self_assessment.facility_review(visit_id) is not None
    finally:
        lead.close()
        co.close()


def test_a_bundle_with_a_forged_self_assessment_is_refused(tmp_path: Path):
    import json
    import uuid

    import pytest

    from assessor_app.domain.errors import ValidationError
    from tests.sync.helpers import dump
    from tests.sync.test_hostile_bundles import edit_records, m_items, read_members, write_zip

    source, victim = assessor(tmp_path, "Source"), assessor(tmp_path, "Victim")
    try:
        visit_id = source.demo.create()
        blank, filled = tmp_path / "blank.xlsx", tmp_path / "filled.xlsx"
        source.self_assessment.export(visit_id, blank)
        fill_correctly(blank, filled)
        source.self_assessment.import_workbook(visit_id, filled)
        plain = Path(source.sync.export_visit(visit_id, tmp_path / "plain").path)

        def bad_status(records):
            c = next(
                c
                for c in records["visits"][0]["changes"]
                if c["entity"] == "self_assessment" and c["field"] == "status"
            )
            c["new_value"] = json.dumps("not-assessed")

        def foreign_id(records):
            for c in records["visits"][0]["changes"]:
                if c["entity"] == "self_assessment":
                    c["entity_id"] = str(uuid.uuid4())
                    break

        for name, edit in (("status", bad_status), ("id", foreign_id)):
            forged = write_zip(
                tmp_path / f"{name}.iasios", m_items(edit_records(read_members(plain), edit))
            )
            before = dump(victim.paths.database, everything=True)
            with pytest.raises(ValidationError) as refused:
                victim.sync.import_bundle(forged)
            assert "is not a self-assessment of its requirement" in str(refused.value)
            assert dump(victim.paths.database, everything=True) == before
    finally:
        source.close()
        victim.close()
