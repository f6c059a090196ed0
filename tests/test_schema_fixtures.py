"""Databases made by the code of every past schema revision open in today's app, data whole.

The fixtures in tests/fixtures/schema/ were written by the app as it was when each revision
was the newest (scripts/make_schema_fixtures.py), beside what that app's ``show --json``
printed. Today's app upgrades each one and must print the same visit back.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from assessor_app.paths import resolve_paths
from assessor_app.persistence.migrations import current_revision, known_revisions
from assessor_app.services.container import build_services
from assessor_app.services.visit_json import visit_detail_json
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "schema"
PAST = [p.stem for p in sorted(FIXTURES.glob("*.sqlite"))]


def test_every_past_revision_has_a_fixture():
    revisions = {p.stem for p in (ROOT / "db" / "versions").glob("0*.py")}
    # Today's head may be newer than the last fixture; every older one must have its own.
    assert revisions - {known_revisions()[1]} <= set(PAST)
    assert set(PAST) <= revisions


def missing(old: Any, new: Any, where: str = "") -> list[str]:
    """What ``old`` printed that ``new`` no longer does (fields may only be added)."""
    if isinstance(old, dict) and isinstance(new, dict):
        found: list[str] = []
        for key, value in old.items():
            if key in new:
                found += missing(value, new[key], f"{where}.{key}")
            else:
                found.append(f"{where}.{key}")
        return found
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        pairs = enumerate(zip(old, new, strict=True))
        return [m for i, (a, b) in pairs for m in missing(a, b, f"{where}[{i}]")]
    return [] if old == new else [f"{where}: {old!r} became {new!r}"]


@pytest.mark.parametrize("revision", PAST)
def test_fixture_upgrades_with_its_data_whole(tmp_path: Path, revision: str):
    expected = json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / f"{revision}.sqlite", data_dir / "assessor.db")
    with sqlite3.connect(data_dir / "assessor.db") as con:  # the fixture is what it says
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)

    services = build_services(resolve_paths(data_dir))
    try:
        assert current_revision(services.db.engine) == known_revisions()[1]
        for visit_id, old in expected["visits"].items():
            now = visit_detail_json(services.outcome.detail(visit_id))
            # The summary sentences are wording, reworded since; the reasons are the data.
            old["outcome"].pop("summary"), now["outcome"].pop("summary")
            assert missing(old, now) == []
            # Spot checks by hand, so a fixture that lost its data cannot pass by agreeing.
            findings = services.findings.findings(visit_id)
            assert findings["7.b"].comment == "Minutes: 2 of 4 meetings"
            assert findings["4.e"].justification == "Day-case unit only"
            actions = services.actions.list(visit_id)
            assert sorted(a.description for a in actions) == [
                "Minute every board meeting", "Re-sign the policy",
            ]  # fmt: skip
            captions = {a.filename: a.caption for a in services.attachments.list(visit_id)}
            assert captions == {
                "ward corridor.png": "Ward corridor, exit sign", "board minutes.txt": "",
            }  # fmt: skip
            if revision != "0001_initial":
                assert now["case_review"]["drawn"] == 30
                assert now["case_review"]["population_size"] == 40
            # The upgraded visit still takes edits.
            services.findings.set_comment(visit_id, "1.b", "Checked again after the upgrade")
            assert services.findings.findings(visit_id)["1.b"].comment.endswith("upgrade")
    finally:
        services.close()
    with sqlite3.connect(data_dir / "assessor.db") as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    if revision == known_revisions()[1]:
        return  # nothing to upgrade yet, so no copy either
    (backup,) = (data_dir / "backups").glob("*/assessor.db")  # the copy taken before upgrading
    with sqlite3.connect(backup) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
