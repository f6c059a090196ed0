"""Issue 13: what encryption at rest costs, side by side in one run.

Each measure is a function in MEASURES returning rows of (what, figure, floor, ratio,
target, verdict); add one to the list to add a row (report building and bundle import
belong here too). Figures come from this run, on this machine:

- unlocking: Argon2id with the app's real cost (key_file.ARGON2_*: 2 passes, 64 MiB,
  4 lanes) and the AES-GCM unwrap, against the 0.5 s ceiling (wall time; the CPU time is
  printed too, as the figure an idle machine gives);
- saving a finding, p99: the same service call on an encrypted (SQLCipher) folder and on
  an unencrypted one with the same demo visit, interleaved in blocks so both see the same
  machine load; the encrypted one may take at most 1.3x.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assessor_app.paths import resolve_paths  # noqa: E402
from assessor_app.protection import key_file  # noqa: E402
from assessor_app.services import protection  # noqa: E402
from assessor_app.services.container import Services, build_services  # noqa: E402

PASSPHRASE = "benchmark passphrase, not secret"
UNLOCK_CEILING_S = 0.5
SAVE_RATIO_CEILING = 1.3
UNLOCK_RUNS = 9
SAVES = 1000  # per side
BLOCK = 10

Row = tuple[str, str, str, float, str, bool]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure_unlock(tmp: Path) -> list[Row]:
    paths = resolve_paths(tmp / "unlock")
    paths.ensure()
    protection.create_encrypted(paths, PASSPHRASE)
    times, cpu = [], []
    for _ in range(UNLOCK_RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        protection.unlock(paths, PASSPHRASE)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    median, worst = statistics.median(times), max(times)
    cost = (
        f"Argon2id t={key_file.ARGON2_ITERATIONS}, m={key_file.ARGON2_MEMORY_KIB // 1024} MiB, "
        f"p={key_file.ARGON2_LANES}"
    )
    return [
        (
            f"unlock ({cost}), median of {UNLOCK_RUNS}",
            f"{median * 1000:.0f} ms wall (max {worst * 1000:.0f} ms; "
            f"CPU {statistics.median(cpu) * 1000:.0f} ms)",
            f"ceiling {UNLOCK_CEILING_S * 1000:.0f} ms",
            median / UNLOCK_CEILING_S,
            "<= 1.0",
            median <= UNLOCK_CEILING_S,
        )
    ]


def _folder(tmp: Path, name: str, encrypted: bool) -> tuple[Services, str, list[str]]:
    paths = resolve_paths(tmp / name)
    paths.ensure()
    key = protection.create_encrypted(paths, PASSPHRASE) if encrypted else None
    if not encrypted:
        protection.create_unencrypted(paths)
    services = build_services(paths, key)
    visit_id = services.demo.create()
    keys = [r.key for r in services.templates.default().requirements]
    return services, visit_id, keys


def measure_save_finding(tmp: Path) -> list[Row]:
    sides = {
        "encrypted": _folder(tmp, "encrypted", True),
        "unencrypted": _folder(tmp, "plain", False),
    }
    times: dict[str, list[float]] = {name: [] for name in sides}
    for services, visit_id, keys in sides.values():  # warm caches
        for i in range(20):
            services.findings.set_comment(visit_id, keys[i % len(keys)], f"warm {i}")
    n = 0
    while n < SAVES:
        for name, (services, visit_id, keys) in sides.items():
            for i in range(n, n + BLOCK):
                start = time.perf_counter()
                services.findings.set_comment(visit_id, keys[i % len(keys)], f"edit {i}")
                times[name].append(time.perf_counter() - start)
        n += BLOCK
    for services, _, _ in sides.values():
        services.close()
    enc, plain = pct(times["encrypted"], 99), pct(times["unencrypted"], 99)
    ratio = enc / plain
    return [
        (
            f"save a finding p99 (N={SAVES} each, interleaved)",
            f"{enc * 1000:.2f} ms encrypted (p50 {pct(times['encrypted'], 50) * 1000:.2f})",
            f"{plain * 1000:.2f} ms unencrypted (p50 {pct(times['unencrypted'], 50) * 1000:.2f})",
            ratio,
            f"<= {SAVE_RATIO_CEILING}",
            ratio <= SAVE_RATIO_CEILING,
        )
    ]


MEASURES: list[Callable[[Path], list[Row]]] = [measure_unlock, measure_save_finding]


def main() -> int:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        for measure in MEASURES:
            rows += measure(Path(tmp))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Issue 13: protection at rest, side by side (load average {load:.1f}, "
        f"{os.cpu_count()} CPUs)"
    )
    for what, figure, floor, ratio, target, ok in rows:
        print(f"  {what}")
        print(f"    figure {figure}   floor {floor}")
        print(f"    ratio {ratio:.2f} (target {target})   {'OK' if ok else 'MISSED'}")
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
