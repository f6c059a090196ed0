"""Plain data of trust: the office's list, pinned keys and the log of trust decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TrustStatus(StrEnum):
    """What is known of a signer's certificate here."""

    REGISTERED = "registered"  # chains to the office's trust list
    UNTRUSTED = "untrusted"  # a trust list is installed and the certificate is outside it
    NO_LIST = "no-list"  # no trust list installed: only the key pinned on first use counts


class EventKind(StrEnum):
    TRUST_ADDED = "trust-added"  # a certificate joined the office's trust list
    KEY_PINNED = "key-pinned"  # first key seen for an assessor
    KEY_ACCEPTED = "key-accepted"  # a person accepted another key for an assessor
    UNSIGNED_OVERRIDE = "unsigned-override"  # a person let an unsigned bundle in


class KeyNote(StrEnum):
    """What an import did to the key pinned for its assessor."""

    NONE = "none"  # unsigned
    FIRST_USE = "first-use"  # pinned now
    KNOWN = "known"  # the pinned key
    ACCEPTED = "accepted"  # another key, accepted by a person now


@dataclass(frozen=True, slots=True)
class AnchorInfo:
    fingerprint: str
    kind: str  # "ca" or "assessor"
    subject: str
    email: str
    source: str
    added_at: datetime


@dataclass(frozen=True, slots=True)
class PinnedKey:
    email: str
    name: str
    fingerprint: str
    certificate_pem: bytes
    pinned_at: datetime


@dataclass(frozen=True, slots=True)
class TrustEvent:
    at: datetime
    kind: EventKind
    actor: str
    email: str
    name: str
    device_id: str | None
    fingerprint: str | None
    old_fingerprint: str | None
    bundle_id: str | None
    visit_id: str | None


@dataclass(frozen=True, slots=True)
class ImportTrust:
    """The trust facts of one import, for the summary the fronts show."""

    status: TrustStatus | None  # None for an unsigned bundle
    key: KeyNote
    old_fingerprint: str | None = None  # the key replaced, when ACCEPTED
    unsigned_override: bool = False
    installed_anchors: int = 0  # certificates of the office's list the invitation installed


def email_key(email: str) -> str:
    """An e-mail as compared here: addresses differ only by case in their domain in
    practice, and an attacker gains nothing from case."""
    return email.strip().casefold()
