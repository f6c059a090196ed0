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


class ListIgnored(StrEnum):
    """Why the trust list an invitation carried was not installed (nothing was)."""

    NOT_FIRST_CONTACT = "not-first-contact"  # a list is installed, or keys are pinned here
    UNSIGNED = "unsigned"  # nobody vouches for it
    NOT_VOUCHING = "not-vouching"  # it does not vouch for the invitation's own signer


class RecipientsIgnored(StrEnum):
    """Why the seal recipients an invitation named were not remembered (none were)."""

    KNOWN_VISIT = "known-visit"  # the visit was on this laptop before this invitation
    UNSIGNED = "unsigned"  # nobody vouches for them
    NOT_THE_LEAD = "not-the-lead"  # its signer is not the visit's lead assessor


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
    list_ignored: ListIgnored | None = None  # the invitation's list, when not installed


def email_key(email: str) -> str:
    """An e-mail as compared here: addresses differ only by case in their domain in
    practice, and an attacker gains nothing from case."""
    return email.strip().casefold()


# The key usage (RFC 5280 name) without which a certificate issues nothing.
ISSUING_USAGE = "key_cert_sign"


def can_issue(is_ca: bool, key_usage: frozenset[str] | None) -> bool:
    """Whether a trust-list entry may vouch for certificates it issued: a CA, that is
    basicConstraints cA=TRUE, with a key usage granting keyCertSign or none at all (RFC
    5280 4.2.1.3: an absent extension restricts nothing; `openssl req -x509` makes such
    CAs). Any other entry (a registered assessor's certificate, self-signed or not, has no
    cA=TRUE) vouches for itself alone."""
    return is_ca and (key_usage is None or ISSUING_USAGE in key_usage)


def may_vouch(
    anchor_is_ca: bool,
    anchor_key_usage: frozenset[str] | None,
    anchor_fingerprint: str,
    cert_fingerprint: str,
) -> bool:
    """Whether one trust-list entry may be a trust root for ``cert``: a CA entry for any
    certificate (the validator then checks the chain); any other entry only when ``cert``
    is that very certificate (same SHA-256 fingerprint). The one rule for bundle imports,
    the import summary, the visit list and ``verify``."""
    return can_issue(anchor_is_ca, anchor_key_usage) or anchor_fingerprint == cert_fingerprint
