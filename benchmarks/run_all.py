"""Run every benchmarks/bench_*.py in turn, each in its own process with its own timeout.

    .venv/bin/python benchmarks/run_all.py [--timeout 900] [--only gui]

Each benchmark's output is printed as it finishes; one that fails or times out is reported
and the others still run. Exit status: 0 when every benchmark ran, 1 otherwise (a MISSED
target is a figure, not a failure: read the tables).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def run_one(script: Path, timeout: float) -> tuple[bool, str]:
    """(ran cleanly, a one-line status); the benchmark's output goes straight to ours."""
    start = time.perf_counter()
    # Own process group, so a timeout also ends the benchmark's children (its GUI
    # processes, its X server) and nothing else.
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
        print(output, end="")
        return False, f"TIMED OUT after {timeout:.0f} s"
    print(output, end="" if output.endswith("\n") or not output else "\n")
    took = time.perf_counter() - start
    if proc.returncode != 0:
        return False, f"FAILED with exit status {proc.returncode} after {took:.0f} s"
    return True, f"ran in {took:.0f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=900, help="seconds per benchmark")
    parser.add_argument("--only", action="append", default=[], help="name part, e.g. gui")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if any(part in s.stem for part in args.only)]
    load = os.getloadavg()[0]
    print(f"{len(scripts)} benchmarks, {os.cpu_count()} CPUs, load average {load:.2f}")
    results: list[tuple[str, bool, str]] = []
    for script in scripts:
        print(f"\n##### {script.name}", flush=True)
        try:
            ok, status = run_one(script, args.timeout)
        except Exception as exc:  # a benchmark that cannot even start must not stop the rest
            ok, status = False, f"could not run: {exc!r}"
        print(f"##### {script.name}: {status}", flush=True)
        results.append((script.name, ok, status))
    print("\nsummary")
    for name, ok, status in results:
        print(f"  {'ok    ' if ok else 'FAILED'}  {name:<24} {status}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
