"""Killing the process mid-edit loses no committed edit and leaves an intact database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from tests.conftest import ROOT

WRITER = textwrap.dedent(
    """
    import sys
    from assessor_app.domain.ratings import Rating
    from assessor_app.domain.visit import Facility, NewVisit
    from assessor_app.paths import resolve_paths
    from assessor_app.services.container import build_services

    services = build_services(resolve_paths(sys.argv[1]))
    template = services.templates.default()
    visit_id = services.visits.create(NewVisit(Facility("Crash Test"), template.id))
    print("visit", visit_id, flush=True)
    keys = [r.key for r in template.requirements]
    i = 0
    while True:
        key = keys[i % len(keys)]
        services.findings.set_comment(visit_id, key, f"edit {i}")
        print("committed", key, i, flush=True)  # only after the transaction committed
        i += 1
    """
)


def test_kill_mid_edit_keeps_committed_edits(tmp_path):
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert proc.stdout is not None
    committed: dict[str, int] = {}
    deadline = time.monotonic() + 60
    while True:
        line = proc.stdout.readline()
        assert line, "writer stopped early"
        parts = line.split()
        if parts[0] == "committed":
            committed[parts[1]] = int(parts[2])
        if len(committed) >= 65 and max(committed.values()) > 120:
            break
        assert time.monotonic() < deadline
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    con = sqlite3.connect(data / "assessor.db")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = dict(con.execute("SELECT requirement_key, comment FROM findings"))
    for key, i in committed.items():
        # The stored edit is the last one reported, or a later one that committed unseen.
        assert int(stored[key].split()[1]) >= i
    logged = con.execute("SELECT count(*) FROM change_log WHERE field = 'comment'").fetchone()[0]
    assert logged >= max(committed.values()) + 1
    con.close()
