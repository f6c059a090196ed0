"""Issue 2 targets: saving one finding with its change record (p99 < 3 ms, beside the raw
sqlite3 floor for the same update), and `show --json` of a full visit (< 150 ms beyond
interpreter start-up)."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bytecode import compile_app  # noqa: E402

from assessor_app.paths import resolve_paths  # noqa: E402
from assessor_app.services.container import build_services  # noqa: E402

N = 400


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def raw_floor(db_path: Path, finding_ids: list[str]) -> list[float]:
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    times = []
    for i in range(N):
        start = time.perf_counter()
        con.execute("BEGIN")
        con.execute(
            "UPDATE findings SET comment = ? WHERE id = ?", (f"raw {i}", finding_ids[i % 65])
        )
        con.execute("COMMIT")
        times.append(time.perf_counter() - start)
    con.close()
    return times


def ours(services, visit_id: str, keys: list[str]) -> list[float]:
    times = []
    for i in range(N):
        start = time.perf_counter()
        services.findings.set_comment(visit_id, keys[i % len(keys)], f"edit {i}")
        times.append(time.perf_counter() - start)
    return times


def wall(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        services = build_services(resolve_paths(data))
        visit_id = services.demo.create()
        keys = [r.key for r in services.templates.default().requirements]
        ours(services, visit_id, keys[:5])  # warm caches
        save = ours(services, visit_id, keys)
        findings = services.findings.findings(visit_id)
        services.close()
        floor = raw_floor(services.paths.database, [findings[k].id for k in keys])
        print(f"Saving one finding with its change record (N={N})")
        for name, values in (("app (service call)", save), ("raw sqlite3 floor", floor)):
            print(
                f"  {name:20} p50 {pct(values, 50) * 1000:6.2f} ms   "
                f"p99 {pct(values, 99) * 1000:6.2f} ms   max {max(values) * 1000:6.2f} ms"
            )
        print(
            f"  ratio p99 app/floor {pct(save, 99) / pct(floor, 99):.2f}x   "
            f"target p99 < 3 ms: {'OK' if pct(save, 99) < 0.003 else 'MISSED'}"
        )

        compile_app()  # each run reads bytecode, as every start after an app's first does
        python = sys.executable
        env_cmd = [python, "main.py", "--data-dir", str(data), "show", visit_id, "--json"]
        os.environ.pop("PYTHONPROFILEIMPORTTIME", None)
        bare = wall([python, "-c", "pass"])
        sa_import = wall([python, "-c", "import sqlalchemy.orm"])
        show = wall(env_cmd)
        print("show --json of a full visit (median of 7 runs)")
        print(f"  interpreter start-up       {bare * 1000:7.1f} ms")
        print(f"  import sqlalchemy.orm      {sa_import * 1000:7.1f} ms (start-up included)")
        print(f"  show --json                {show * 1000:7.1f} ms")
        beyond = show - bare
        print(
            f"  beyond start-up            {beyond * 1000:7.1f} ms   target < 150 ms: "
            f"{'OK' if beyond < 0.150 else 'MISSED'}"
        )
        print(f"  beyond start-up and SQLAlchemy's import {(show - sa_import) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
