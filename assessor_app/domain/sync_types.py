"""Plain data and errors shared by the sync package, the services and the fronts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from assessor_app.domain.display_text import NAME_LIMIT, PARAM_LIMIT, one_line
from assessor_app.domain.error_codes import ENGLISH, ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.trust_types import ImportTrust, RecipientsIgnored

BUNDLE_EXTENSION = ".iasios"


class BundleRefusedError(ValidationError):
    """A bundle that failed validation; the message is one line saying why.

    Refusals a person can act on carry a ``code`` and ``params`` too, which the fronts turn
    into their own (translated) sentences; the message stays the English fallback."""

    def __init__(self, reason: str) -> None:
        # One line whatever the cause: messages may quote names taken from the bundle.
        super().__init__("bundle refused: " + one_line(" ".join(reason.split()), None))


class BundleTooNewError(BundleRefusedError):
    """A bundle of a format version above the one this app reads."""

    code = ErrorCode.BUNDLE_TOO_NEW

    def __init__(self, version: int, supported: int) -> None:
        shown = str(version)[:20]
        super().__init__(
            "it was made by a newer version of IASIOS Assessor: update the app "
            f"(bundle format version {shown} is not supported; this app reads version "
            f"{supported})"
        )
        self.params = {"version": shown, "supported": supported}


def utc_text(ms: int) -> str:
    """A wall time in ms as 'YYYY-MM-DD HH:MM UTC' (or past the year 9999, which a
    datetime cannot hold)."""
    try:
        moment = datetime.fromtimestamp(ms / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return "a date after the year 9999" if ms > 0 else "a date before 1970"
    return moment.strftime("%Y-%m-%d %H:%M UTC")


class BundleClockAheadError(BundleRefusedError):
    """A bundle whose changes are stamped more than a day ahead of this computer's clock:
    accepting it would drag every later edit here into its future."""

    code = ErrorCode.BUNDLE_CLOCK_AHEAD

    def __init__(self, bundle: str, remote_ms: int, now_ms: int) -> None:
        super().__init__(
            f"{bundle} was made on a computer whose clock read {utc_text(remote_ms)}, more "
            f"than a day ahead of this computer's clock ({utc_text(now_ms)}); check the "
            "date and time on both computers"
        )
        self.params = {"bundle": bundle, "remote_ms": remote_ms, "now_ms": now_ms}


class BundleSealedError(BundleRefusedError):
    """A sealed bundle that no key given here opens; names the keys it is sealed to."""

    code = ErrorCode.SEALED_FOR_OTHER_KEYS

    def __init__(self, needed: str) -> None:
        needed = one_line(needed, PARAM_LIMIT)  # issuers named by the envelope itself
        super().__init__(ENGLISH[ErrorCode.SEALED_FOR_OTHER_KEYS].format(needed=needed))
        self.params = {"needed": needed}


class BundleEnvelopeDamagedError(BundleRefusedError):
    """A sealed bundle whose envelope cannot be opened: damaged or changed on the way."""

    code = ErrorCode.SEALED_ENVELOPE_DAMAGED

    def __init__(self) -> None:
        super().__init__(ENGLISH[ErrorCode.SEALED_ENVELOPE_DAMAGED])
        self.params = {}


class BundleEnvelopeUnsupportedError(BundleRefusedError):
    """A sealed bundle in an envelope of a kind this app cannot open (DES3 content, RSA-OAEP
    keys, AES-GCM...): refused naming the algorithm, like a damaged one."""

    code = ErrorCode.SEALED_ALGORITHM_UNSUPPORTED

    def __init__(self, algorithm: str) -> None:
        algorithm = one_line(algorithm, NAME_LIMIT)
        super().__init__(
            ENGLISH[ErrorCode.SEALED_ALGORITHM_UNSUPPORTED].format(algorithm=algorithm)
        )
        self.params = {"algorithm": algorithm}


@dataclass(frozen=True, slots=True)
class SignerInfo:
    """Who signed a bundle's manifest, as read from the certificate inside the bundle."""

    name: str
    email: str
    fingerprint: str  # SHA-256 of the DER certificate, colon-separated hex


@dataclass(frozen=True, slots=True)
class ConflictOption:
    """One competing value of a conflict: the change that set it, who and when."""

    change_id: str
    field: str
    value: object
    author: str
    device_id: str
    hlc: str
    recorded_at: str


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    """A conflict as the fronts show it ("needs review")."""

    id: str
    visit_id: str
    kind: str  # "concurrent-edit" or "delete-edit"
    entity: str
    entity_id: str
    requirement_key: str | None
    field: str
    status: str  # "open" or "resolved"
    options: tuple[ConflictOption, ...]
    resolved_by_change_id: str | None
    detected_at: str


@dataclass(frozen=True, slots=True)
class ReportReceived:
    """A signed report a bundle carried, verified here: the evidence of the visit's
    signatures and signed revision on this laptop."""

    report_id: str
    visit_id: str
    revision: int
    signers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one bundle did."""

    bundle_id: str
    visit_ids: tuple[str, ...]
    already_imported: bool
    invitation: bool
    new_changes: int
    new_attachments: int
    conflicts: tuple[ConflictInfo, ...]  # open conflicts of the bundle's visits after import
    signer: SignerInfo | None
    assessor: str
    device_id: str
    sealed: bool = False  # it came as a sealed envelope, opened with this laptop's key
    reports: tuple[ReportReceived, ...] = ()  # signed reports verified and derived from
    trust: ImportTrust | None = None  # None when already imported
    # The seal recipients an invitation named that this laptop now seals the visit to (their
    # certificates' names), or why it took none of them.
    recipients_taken: tuple[str, ...] = ()
    recipients_ignored: RecipientsIgnored | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    bundle_id: str
    changes: int
    attachments: int
    size: int
    signed: bool
    invitation: bool
    sealed_to: tuple[str, ...] = ()  # the recipients' names when the bundle is sealed
    # The office's certificates (CA entries of its trust list) the bundle is not sealed to.
    seal_skipped: tuple[SkippedRecipient, ...] = ()


class SealSkip(StrEnum):
    """Why an office certificate of the trust list is not a recipient of an export."""

    NOT_RSA = "not-rsa"  # an envelope can be sealed to RSA keys only
    UNREADABLE = "unreadable"  # the certificate cannot be read as a recipient
    # An invitation sealed to the office alone would not open for the co-assessor.
    INVITATION_OFFICE_ONLY = "invitation-office-only"


@dataclass(frozen=True, slots=True)
class SkippedRecipient:
    name: str  # the certificate's name, one line
    reason: SealSkip

    def describe(self) -> str:
        return f"{self.name} ({SKIP_ENGLISH[self.reason]})"


SKIP_ENGLISH = {
    SealSkip.NOT_RSA: "its key is not RSA, and a bundle can be sealed to RSA keys only",
    SealSkip.UNREADABLE: "its certificate cannot be read",
    SealSkip.INVITATION_OFFICE_ONLY: (
        "an invitation sealed to the office alone would not open for the co-assessor: "
        "seal it to the co-assessor too (--seal-to)"
    ),
}


@dataclass(frozen=True, slots=True)
class VisitSyncStatus:
    """Sync facts for one row of the visit list (the office view)."""

    visit_id: str
    sources: tuple[str, ...]  # assessors whose bundles brought changes of this visit
    last_import: str | None  # ISO time
    open_conflicts: int
    # Who sent the last bundle and what is known of its signer: "registered", "untrusted",
    # "no-list" (signed, no trust list here) or None (unsigned, or nothing imported).
    last_sender: str | None = None
    last_trust: str | None = None
    last_signed: bool = False
    unsigned_overrides: int = 0  # unsigned bundles a person let in by override (logged)
