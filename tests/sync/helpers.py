"""Shared helpers of the sync tests: two data dirs as two assessors, a canonical dump."""

from __future__ import annotations

from pathlib import Path

from assessor_app.paths import resolve_paths
from assessor_app.persistence.raw_connection import raw_connect
from assessor_app.services.container import Services, build_services
from tests.conftest import connect_db, folder_key

# Local bookkeeping that legitimately differs between laptops (times of this laptop,
# which bundles it happened to receive, its own clock).
SKIP_TABLES = {
    "alembic_version", "local_settings", "imported_bundles", "imported_bundle_visits",
    "signed_reports",
    "trust_anchors", "pinned_keys", "trust_events",  # what this laptop has seen and decided
}  # fmt: skip
DERIVED_CHANGES = (
    "entity = 'signed_report' OR (entity = 'visit' AND field IN ('state', 'revision'))"
)
# Derived state too: each laptop derives a visit's state, revision and signed reports from
# evidence it verified itself (sync/import_fields.py); no bundle carries them.
SKIP_COLUMNS = {
    "visits": {"created_at", "updated_at", "state", "revision"},
    "findings": {"updated_at"},
    "sync_conflicts": {"detected_at", "resolved_by_change_id"},
}


def assessor(root: Path, name: str) -> Services:
    # In-process folders are unencrypted; one the CLI made first is opened with its key.
    services = build_services(resolve_paths(root / name), folder_key(root / name))
    services.db.set_user(name)
    return services


def dump(db_path: Path, *, everything: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows, sorted. ``everything`` keeps local bookkeeping too (to prove a
    refused import changed nothing at all)."""
    conn = connect_db(db_path.parent)  # keyed when the CLI made the folder (encrypted)
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
                query += f" WHERE status = 'open' AND NOT ({DERIVED_CHANGES})"
            if table == "change_log" and not everything:
                query += f" WHERE NOT ({DERIVED_CHANGES})"
            out[table] = sorted(conn.execute(query).fetchall(), key=repr)
        return out
    finally:
        conn.close()


def blobs(services: Services) -> set[str]:
    """The SHA-256s of the blobs a store holds. A sealed store's file names are keyed, so
    each SHA-256 the database records is looked up; a file for none of them is counted."""
    store = services.store
    conn = raw_connect(services.paths.database, services.key)
    try:
        recorded = {r[0] for r in conn.execute("SELECT sha256 FROM attachments")}
    finally:
        conn.close()
    held = store.holds(recorded)
    unknown = len(store.stored_names()) - len(held)
    return held | {f"unrecorded file {i}" for i in range(unknown)}
