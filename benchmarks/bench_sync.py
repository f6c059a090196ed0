"""Export and import of a visit with 300 photos (~100 MB), beside the floor of writing and
reading the same members with zipfile and hashing them with hashlib, in the same run.

Target: each of export and import within 2x its floor. Peak Python memory (tracemalloc)
shows the members are streamed, not held.

    /work/main/.venv/bin/python benchmarks/bench_sync.py [--photos 300]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image

from assessor_app.paths import resolve_paths
from assessor_app.services.container import build_services

CHUNK = 1 << 20


def noisy_jpeg(seed: int) -> bytes:
    """A ~330 KB photo-like JPEG; noise so every photo differs and does not compress."""
    raw = os.urandom(512 * 384 * 3)
    img = Image.frombytes("RGB", (512, 384), raw).resize((900, 640))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0, 0


def peak_memory(fn) -> int:
    """Peak Python allocations of a second run (tracemalloc slows the run it watches)."""
    tracemalloc.start()
    fn()
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def floor_write(members: list[tuple[str, Path | bytes]], out: Path) -> None:
    with zipfile.ZipFile(out, "w") as zf:
        for name, src in members:
            if isinstance(src, bytes):
                hashlib.sha256(src).hexdigest()
                zf.writestr(name, src, compress_type=zipfile.ZIP_DEFLATED)
                continue
            digest = hashlib.sha256()
            with src.open("rb") as fh, zf.open(name, "w") as dst:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
        (out.parent).mkdir(exist_ok=True)


def floor_read(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            digest = hashlib.sha256()
            with zf.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)


def floor_read_and_store(path: Path, target: Path) -> None:
    """The least an import must do: read, hash and write every member to its own file."""
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as zf:
        for i, info in enumerate(zf.infolist()):
            digest = hashlib.sha256()
            with zf.open(info) as fh, (target / str(i)).open("wb") as out:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=300)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    lead = build_services(resolve_paths(root / "lead"))
    print(f"preparing a visit with {args.photos} photos in {root} ...", flush=True)
    visit_id = lead.demo.create()
    keys = [r.key for r in lead.findings.template_for(visit_id).requirements]
    photo_dir = root / "photos"
    photo_dir.mkdir()
    for i in range(args.photos):
        p = photo_dir / f"photo-{i:03d}.jpg"
        p.write_bytes(noisy_jpeg(i))
        lead.attachments.add(visit_id, keys[i % len(keys)], p, caption=f"photo {i}")
    total_bytes = sum(a.size for a in lead.attachments.list(visit_id))
    print(f"attachments: {len(lead.attachments.list(visit_id))}, {total_bytes / 1e6:.1f} MB")

    bundle = root / "visit.iasios"
    result, t_export, _ = timed(lambda: lead.sync.export_visit(visit_id, bundle))
    peak_export = peak_memory(lambda: lead.sync.export_visit(visit_id, root / "again.iasios"))

    # Floor: the same members written with zipfile and hashed with hashlib.
    with zipfile.ZipFile(bundle) as zf:
        records = zf.read("records.json")
        names = [n for n in zf.namelist() if n.startswith("attachments/")]
    members: list[tuple[str, Path | bytes]] = [("records.json", records)]
    members += [(n, lead.sync.store.blob_path(n.split("/")[1])) for n in names]
    floor_out = root / "floor.zip"
    _, t_floor_write, _ = timed(lambda: floor_write(members, floor_out))

    office = build_services(resolve_paths(root / "office"))
    imported, t_import, _ = timed(lambda: office.sync.import_bundle(bundle))
    office2 = build_services(resolve_paths(root / "office2"))
    peak_import = peak_memory(lambda: office2.sync.import_bundle(bundle))
    office2.close()
    _, t_floor_read, _ = timed(lambda: floor_read(bundle))
    _, t_floor_store, _ = timed(lambda: floor_read_and_store(bundle, root / "floor-store"))

    print(
        f"bundle: {result.size / 1e6:.1f} MB, {result.changes} changes, "
        f"{imported.new_attachments} attachments imported"
    )
    for label, t, floor, what in (
        ("export", t_export, t_floor_write, "zipfile write + sha256"),
        ("import", t_import, t_floor_read, "zipfile read + sha256"),
    ):
        print(
            f"{label}  {t * 1000:8.0f} ms   floor ({what}) {floor * 1000:8.0f} ms   "
            f"ratio {t / floor:4.2f}x  (target <= 2x)"
        )
    print(
        f"import vs a floor that also writes and fsyncs each member to a file "
        f"({t_floor_store * 1000:.0f} ms): {t_import / t_floor_store:4.2f}x"
    )
    print(
        f"peak Python memory: export {peak_export / 1e6:.1f} MB, "
        f"import {peak_import / 1e6:.1f} MB (bundle {result.size / 1e6:.1f} MB)"
    )
    import resource

    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    lead.close()
    office.close()


if __name__ == "__main__":
    main()
