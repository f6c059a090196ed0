"""Attacks a second review of issue 12 found:

1. a change record reusing the id of one held here, with other content: the import keeps
   the record held here, but judged the visit by the change ids it holds, so a genuine
   signed report froze a visit as signed whose content differs from what the report signs
   (now judged by the content hash of the visit here);
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import VisitState
from tests.sync.helpers import assessor, blobs, dump
from tests.sync.test_derived_state import read_members, rebuild, with_records, world

__all__ = ["world"]  # the module fixture of test_derived_state, reused


def refused_unchanged(services, path: Path) -> ValidationError:
    before, before_blobs = dump(services.paths.database, everything=True), blobs(services)
    with pytest.raises(ValidationError) as error:
        services.sync.import_bundle(path)
    assert dump(services.paths.database, everything=True) == before
    assert blobs(services) == before_blobs
    assert "\n" not in str(error.value)
    return error.value


# -- 1. a visit is signed here only when its content here is what the report signs ----------
def test_a_change_reusing_the_id_of_one_held_here_does_not_sign_the_visit(world, tmp_path):
    """The office holds the lead's work after she signed (a comment, revision 2 on her
    laptop). A bundle brings her signed revision-1 report with the change log it signs, plus
    a harmless copy of one change under the id of that comment: replayed, it hashes as the
    report; here the comment stays. Before, the office's visit became signed at revision 1
    with the comment the report does not hold; now the report is history and the comment
    is work on top of it, revision 2, as after signing here."""
    office = assessor(tmp_path, "Office")
    try:
        office.sync.import_bundle(world["moved_on"])
        visit_id = world["visit_id"]
        assert office.visits.get(visit_id).state is not VisitState.SIGNED
        signed_ids = {
            c["id"]
            for c in json.loads(read_members(world["signed"])["records.json"])["visits"][0][
                "changes"
            ]
        }
        [after_signing] = [
            c
            for c in json.loads(read_members(world["moved_on"])["records.json"])["visits"][0][
                "changes"
            ]
            if c["id"] not in signed_ids
        ]

        def reuse(records: dict) -> None:
            changes = records["visits"][0]["changes"]
            last = max(changes, key=lambda c: c["hlc"])
            wall, counter, device = last["hlc"].split(".")
            changes.append({
                **last, "id": after_signing["id"], "base_change_id": last["id"],
                "merged_bases": [], "hlc": f"{wall}.{int(counter) + 1:05d}.{device}",
            })  # fmt: skip

        path = rebuild(
            tmp_path / "reuse.iasios", with_records(read_members(world["signed"]), reuse)
        )
        office.sync.import_bundle(path)
        visit = office.visits.get(visit_id)
        assert (visit.state, visit.revision) == (VisitState.IN_PROGRESS, 2)
        assert office.findings.findings(visit_id)["1.a"].comment == "re-checked after signing"
        [record] = office.reports.signed_reports(visit_id)
        assert record.revision == 1
    finally:
        office.close()
