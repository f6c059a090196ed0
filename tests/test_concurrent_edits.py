"""Two processes editing one field on one data folder make one history: every edit's base
is the edit before it, so a peer receiving the visit sees no conflict of the laptop with
itself.

The app itself no longer lets a second process open a folder (services/folder_lock.py:
tests/test_folder_lock.py); the editors here open the database directly, past that lock,
so the guarantee of the data layer under two writers stays checked on its own."""

from __future__ import annotations

import itertools
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services
from tests.conftest import ROOT

EDITOR = textwrap.dedent(
    """
    import sys
    from assessor_app.paths import resolve_paths
    from assessor_app.persistence.database import Database
    from assessor_app.services.container import Services

    data, visit_id, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    paths = resolve_paths(data)
    services = Services(paths, Database.open(paths.database, paths.backups, None))
    print("ready", flush=True)
    sys.stdin.readline()  # both start together
    for i in range(count):
        services.findings.set_comment(visit_id, "1.a", f"{name} {i}")
    services.close()
    """
)
EDITS = 60


def test_two_processes_editing_one_comment_make_one_history(tmp_path: Path):
    data = tmp_path / "laptop"
    services = build_services(resolve_paths(data))
    from assessor_app.domain.visit import Facility, NewVisit

    visit_id = services.visits.create(
        NewVisit(Facility("One Laptop"), services.templates.default().id)
    )
    services.findings.set_comment(visit_id, "1.a", "before")  # the row exists: only bases race
    services.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", EDITOR, str(data), visit_id]
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    editors = [
        subprocess.Popen([*command, name, str(EDITS)], cwd=ROOT, env=env, text=True, **pipes)
        for name in ("first", "second")
    ]
    for editor in editors:
        assert editor.stdout is not None and editor.stdout.readline() == "ready\n"
    for editor in editors:
        assert editor.stdin is not None
        editor.stdin.write("go\n")
        editor.stdin.flush()
    for editor in editors:
        _out, err = editor.communicate(timeout=300)
        assert editor.returncode == 0, err[-2000:]

    con = sqlite3.connect(data / "assessor.db")
    try:
        log = con.execute(
            "SELECT c.id, c.base_change_id, c.new_value FROM change_log c "
            "JOIN findings f ON f.id = c.entity_id "
            "WHERE f.visit_id = ? AND f.requirement_key = '1.a' AND c.field = 'comment' "
            "ORDER BY c.hlc",
            (visit_id,),
        ).fetchall()
    finally:
        con.close()
    edits = [row for row in log if row[2] is not None and row[2] != '""']
    assert len(edits) == 2 * EDITS + 1
    for before, after in itertools.pairwise(log):
        assert after[1] == before[0], "an edit was based on an older edit than the last one"

    peer = build_services(resolve_paths(tmp_path / "office"))
    laptop = build_services(resolve_paths(data))
    try:
        bundle = tmp_path / "visit.iasios"
        laptop.sync.export_visit(visit_id, bundle)
        peer.sync.import_bundle(bundle)
        assert peer.sync.conflicts(visit_id) == []
        final = laptop.findings.findings(visit_id)["1.a"].comment
        assert peer.findings.findings(visit_id)["1.a"].comment == final
    finally:
        peer.close()
        laptop.close()
