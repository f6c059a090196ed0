"""Population import at the edges (issue 10): rows, seconds, peak memory and WAL size.

Each import runs as `main.py sample import` in a fresh process under `/usr/bin/time -v`
(when present, else the peak RSS comes from resource.getrusage of the child), so the
figures are what an assessor's command costs. Default: the documented maximum (100,000
rows) is imported; then a file of 1,000,000 rows must be refused up front, quickly and
without growing the database.

    .venv/bin/python benchmarks/bench_population_import.py [--rows 100000] [--over 1000000]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = ["ablation", "chemoembolisation", "radioembolisation", "pain-management"]


def write_csv(path: Path, n: int) -> None:
    start = date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("case_ref,procedure_date,procedure_type\n")
        for i in range(n):
            when = (start + timedelta(days=i % 700)).isoformat()
            fh.write(f"IO-{i:07d},{when},{TYPES[i % 4]}\n")


def cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args]


def timed(cmd: list[str], wal: Path) -> tuple[int, float, int, int, str]:
    """(exit code, seconds, peak RSS in KiB, peak WAL bytes, stderr) of one child process;
    the WAL is measured while the child runs (it is folded back when the child ends)."""
    time_tool = "/usr/bin/time" if Path("/usr/bin/time").exists() else shutil.which("time")
    full = [time_tool, "-v", *cmd] if time_tool else cmd
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=err, text=True, cwd=ROOT)
        peak_wal = 0
        while proc.poll() is None:
            peak_wal = max(peak_wal, wal.stat().st_size if wal.exists() else 0)
            time.sleep(0.05)
        seconds = time.perf_counter() - t0
        err.seek(0)
        stderr = err.read()
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    rss = int(match.group(1)) if match else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return proc.returncode, seconds, rss, peak_wal, stderr


def sizes(data: Path) -> tuple[int, int]:
    db = data / "assessor.db"
    wal = data / "assessor.db-wal"
    return (db.stat().st_size if db.exists() else 0, wal.stat().st_size if wal.exists() else 0)


def run(rows: int, tmp: Path, label: str) -> None:
    data = tmp / f"data-{rows}"
    made = subprocess.run(
        cli(data, "new", "--facility", "Bench", "--procedures", "211"),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    visit = made.stdout.split()[-1]
    csv_path = tmp / f"population-{rows}.csv"
    write_csv(csv_path, rows)
    before = sizes(data)
    command = cli(data, "sample", "import", visit, str(csv_path))
    code, seconds, rss, peak_wal, err = timed(command, data / "assessor.db-wal")
    db, wal = sizes(data)
    last = next((line for line in reversed(err.splitlines()) if line.startswith("error")), "")
    print(
        f"{label:9} {rows:>9,} rows: exit {code}, {seconds:6.1f} s, "
        f"peak RSS {rss / 1024:.1f} MiB, "
        f"db +{(db - before[0]) / 2**20:.1f} MiB, WAL peak {peak_wal / 2**20:.1f} MiB, "
        f"after {wal / 2**20:.1f} MiB"
    )
    if last:
        print(f"          {last[:160]}")
    csv_path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="rows to import")
    parser.add_argument("--over", type=int, default=1_000_000, help="rows that must be refused")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        # Data folders are encrypted by default (issue 13): the children read the
        # passphrase from a file, as a script would.
        secret = Path(tmp) / "passphrase.txt"
        secret.write_text("benchmark passphrase 1\n", encoding="utf-8")
        os.environ["ASSESSOR_APP_PASSPHRASE_FILE"] = str(secret)
        run(args.rows, Path(tmp), "import")
        if args.over:
            run(args.over, Path(tmp), "over max")


if __name__ == "__main__":
    main()
