"""Tables of trust: the office's trust list, the key pinned per assessor, and the log of
every decision a person took about them (a pin, an accepted key change, an override).

All three are local: they record what this laptop has seen and decided, and never travel
in a bundle (the office's list arrives in an invitation, but is installed here).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from assessor_app.persistence.models import UUID_LEN, Base

FINGERPRINT_LEN = 100


class TrustAnchorRow(Base):
    """A certificate of the office's trust list: its CA, or one registered assessor."""

    __tablename__ = "trust_anchors"

    fingerprint: Mapped[str] = mapped_column(String(FINGERPRINT_LEN), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "ca" or "assessor"
    subject: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(300))
    certificate_pem: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(40))  # "command line", "invitation", ...
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PinnedKeyRow(Base):
    """The key first seen for an assessor's e-mail (casefolded); a later other key is
    refused until a person accepts it."""

    __tablename__ = "pinned_keys"

    email: Mapped[str] = mapped_column(String(300), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    fingerprint: Mapped[str] = mapped_column(String(FINGERPRINT_LEN))
    certificate_pem: Mapped[str] = mapped_column(Text)
    pinned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TrustEventRow(Base):
    """One decision about trust, for the log and the visit's history."""

    __tablename__ = "trust_events"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    kind: Mapped[str] = mapped_column(String(30))
    actor: Mapped[str] = mapped_column(String(300))  # who took it on this laptop
    email: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(300))
    device_id: Mapped[str | None] = mapped_column(String(UUID_LEN), nullable=True)
    fingerprint: Mapped[str | None] = mapped_column(String(FINGERPRINT_LEN), nullable=True)
    old_fingerprint: Mapped[str | None] = mapped_column(String(FINGERPRINT_LEN), nullable=True)
    bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN), nullable=True)
    visit_id: Mapped[str | None] = mapped_column(String(UUID_LEN), nullable=True, index=True)
