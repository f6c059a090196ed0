"""Shared helpers of the sync tests: two data dirs as two assessors, a canonical dump."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assessor_app.paths import resolve_paths
from assessor_app.services.container import Services, build_services

# Local bookkeeping that legitimately differs between laptops (times of this laptop,
# which bundles it happened to receive, its own clock).
SKIP_TABLES = {"alembic_version", "local_settings", "imported_bundles", "imported_bundle_visits"}
SKIP_COLUMNS = {
    "visits": {"created_at", "updated_at"},
    "findings": {"updated_at"},
    "sync_conflicts": {"detected_at", "resolved_by_change_id"},
}


def assessor(root: Path, name: str) -> Services:
    services = build_services(resolve_paths(root / name))
    services.db.set_user(name)
    return services


def dump(db_path: Path, *, everything: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows, sorted. ``everything`` keeps local bookkeeping too (to prove a
    refused import changed nothing at all)."""
    conn = sqlite3.connect(db_path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        out: dict[str, list[tuple]] = {}
        for table in tables:
            if not everything and table in SKIP_TABLES:
                continue
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in cols if everything or c not in SKIP_COLUMNS.get(table, set())]
            query = f"SELECT {', '.join(keep)} FROM {table}"
            if table == "sync_conflicts" and not everything:
                query += " WHERE status = 'open'"
            out[table] = sorted(conn.execute(query).fetchall(), key=repr)
        return out
    finally:
        conn.close()


def blobs(services: Services) -> set[str]:
    root = services.paths.attachments / "blobs"
    return {p.name for p in root.glob("*/*")} if root.is_dir() else set()
