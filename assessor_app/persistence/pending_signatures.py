"""Signatures under way: written before a signed report reaches its file name and removed
with the record that says it was signed, so a crash in between is found at the next start.

Kept as local settings: they belong to this installation, never travel in a bundle, and
need no table of their own.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessor_app.persistence.models import LocalSettingRow

PREFIX = "pending-signature:"


def put(session: Session, record_id: str, payload: str) -> None:
    session.add(LocalSettingRow(key=PREFIX + record_id, value=payload))


def drop(session: Session, record_id: str) -> None:
    row = session.get(LocalSettingRow, PREFIX + record_id)
    if row is not None:
        session.delete(row)


def pending(session: Session) -> list[tuple[str, str]]:
    """(record id, payload) of every signature under way, oldest key first."""
    rows = session.scalars(
        select(LocalSettingRow).where(LocalSettingRow.key.startswith(PREFIX, autoescape=True))
    )
    return sorted((r.key.removeprefix(PREFIX), r.value) for r in rows)
