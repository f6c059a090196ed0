"""Refusals a person can act on read as sentences that say what to do, on the command line
and in the window (a bundle from a newer app; a bundle from a computer whose clock runs
far ahead)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from assessor_app.app import main
from assessor_app.domain.visit import Facility, NewVisit
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.sync.sync_flows import import_bundle_flow
from tests.sync.helpers import assessor
from tests.sync.test_hostile_bundles import (
    edit_records,
    m_items,
    read_members,
    with_manifest,
    write_zip,
)


@pytest.fixture
def bundles(tmp_path: Path) -> dict[str, Path]:
    source = assessor(tmp_path, "Source")
    try:
        template = source.templates.default()
        visit_id = source.visits.create(NewVisit(Facility("Klinikum Nordstadt"), template.id))
        plain = Path(source.sync.export_visit(visit_id, tmp_path / "plain").path)
    finally:
        source.close()
    members = read_members(plain)
    newer = dict(members, **{"visits.cbor": b"\xa0"})

    def far_ahead(records: dict) -> None:
        change = records["visits"][0]["changes"][0]
        change["hlc"] = "999999999999999.99999." + change["device_id"]

    return {
        "newer": write_zip(
            tmp_path / "newer.iasios",
            m_items(with_manifest(newer, lambda m: m.update(format_version=2, extra={}))),
        ),
        "ahead": write_zip(tmp_path / "ahead.iasios", m_items(edit_records(members, far_ahead))),
    }


def test_the_command_line_says_what_to_do(capsys, tmp_path, bundles):
    victim = tmp_path / "victim"
    code = main(["--data-dir", str(victim), "import", str(bundles["newer"])])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1
    assert "made by a newer version of IASIOS Assessor: update the app" in err, err
    assert "visits.cbor" not in err

    code = main(["--data-dir", str(victim), "import", str(bundles["ahead"])])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1
    assert "ahead.iasios was made on a computer whose clock read a date after the year 9999" in err
    assert "more than a day ahead of this computer's clock (20" in err, err
    code = main(["--data-dir", str(victim), "list", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out) == []


def test_the_window_says_what_to_do(qtbot, tmp_path, bundles, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    victim = assessor(tmp_path, "Victim")
    try:
        window = QWidget()
        qtbot.addWidget(window)
        runner = BackgroundRunner(window)
        import_bundle_flow(window, victim, runner, path=str(bundles["newer"]))
        assert "made by a newer version of IASIOS Assessor: update the app" in messages[-1]
        import_bundle_flow(window, victim, runner, path=str(bundles["ahead"]))
        assert (
            "ahead.iasios was made on a computer whose clock read a date after the year 9999"
            in (messages[-1])
        )
        assert "Nothing was imported." in messages[-1]
        assert victim.visits.list() == []
    finally:
        victim.close()
