"""Plain data and errors shared by the sync package, the services and the fronts."""

from __future__ import annotations

from dataclasses import dataclass

from assessor_app.domain.errors import AppError, ValidationError

BUNDLE_EXTENSION = ".iasios"


class BundleRefusedError(ValidationError):
    """A bundle that failed validation; the message is one line saying why."""

    def __init__(self, reason: str) -> None:
        # One line whatever the cause: messages may quote names taken from the bundle.
        super().__init__("bundle refused: " + " ".join(reason.split()))


class OperationCancelledError(AppError):
    """The user cancelled a long operation; nothing half-done was kept."""


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


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    bundle_id: str
    changes: int
    attachments: int
    size: int
    signed: bool
    invitation: bool


@dataclass(frozen=True, slots=True)
class VisitSyncStatus:
    """Sync facts for one row of the visit list (the office view)."""

    visit_id: str
    sources: tuple[str, ...]  # assessors whose bundles brought changes of this visit
    last_import: str | None  # ISO time
    open_conflicts: int
