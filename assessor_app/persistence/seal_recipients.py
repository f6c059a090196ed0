"""The certificates a visit's bundles are sealed to by default, per visit.

Kept as local settings (one row per visit, the PEM certificates concatenated): they belong
to this installation (what its invitation delivered, what its assessor sealed to before),
never travel as records, and need no table or migration of their own.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from assessor_app.persistence.models import LocalSettingRow

PREFIX = "seal-recipients:"


def recipients(session: Session, visit_id: str) -> bytes:
    """The PEM certificates remembered for the visit (b"" when none)."""
    row = session.get(LocalSettingRow, PREFIX + visit_id)
    return row.value.encode("ascii") if row is not None else b""


def remember(session: Session, visit_id: str, pem: bytes) -> None:
    """Replace the visit's remembered certificates by ``pem`` (PEM text, ASCII)."""
    row = session.get(LocalSettingRow, PREFIX + visit_id)
    text = pem.decode("ascii")
    if row is None:
        session.add(LocalSettingRow(key=PREFIX + visit_id, value=text))
    else:
        row.value = text
