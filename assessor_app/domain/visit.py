"""The record of one accreditation visit, as plain data handed out by the repositories."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from assessor_app.domain.ratings import Rating


class VisitState(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    SIGNED = "signed"


class ProcedureType(StrEnum):
    """Therapeutic IO procedure types that count towards the annual volume."""

    ABLATION = "ablation"
    RADIOEMBOLISATION = "radioembolisation"
    CHEMOEMBOLISATION = "chemoembolisation"
    PAIN_MANAGEMENT = "pain-management"
    MUSCULOSKELETAL = "musculoskeletal"
    OTHER_VASCULAR = "other-vascular"
    OTHER_THERAPEUTIC = "other-therapeutic"

    @property
    def label(self) -> str:
        return _PROCEDURE_LABELS[self]


_PROCEDURE_LABELS = {
    ProcedureType.ABLATION: "Ablation",
    ProcedureType.RADIOEMBOLISATION: "Radioembolisation",
    ProcedureType.CHEMOEMBOLISATION: "Chemoembolisation",
    ProcedureType.PAIN_MANAGEMENT: "Pain management",
    ProcedureType.MUSCULOSKELETAL: "Musculoskeletal interventions",
    ProcedureType.OTHER_VASCULAR: "Other vascular oncology",
    ProcedureType.OTHER_THERAPEUTIC: "Other therapeutic procedures",
}

MIN_ANNUAL_PROCEDURES = 150
# Plausible, not RFC 5322: one @, a dot in the domain, no spaces (catches "bob@" and typos).
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_email(text: str) -> bool:
    return bool(EMAIL.match(text.strip()))


class Severity(StrEnum):
    MAJOR = "major"
    MINOR = "minor"


class ActionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class Facility:
    name: str
    department: str = ""
    address: str = ""
    country: str = ""
    facility_code: str = ""
    authorised_representative: str = ""
    contact_person: str = ""


@dataclass(frozen=True, slots=True)
class Assessor:
    name: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class NewVisit:
    """What it takes to start a visit."""

    facility: Facility
    template_id: str
    template_version: str | None = None
    volumes: dict[ProcedureType, int] = field(default_factory=dict)
    start_date: date | None = None
    end_date: date | None = None
    lead_assessor: Assessor | None = None
    co_assessor: Assessor | None = None


@dataclass(frozen=True, slots=True)
class Visit:
    id: str
    facility: Facility
    template_id: str
    template_version: str
    state: VisitState
    revision: int
    start_date: date | None
    end_date: date | None
    lead_assessor: Assessor
    co_assessor: Assessor
    volumes: dict[ProcedureType, int]
    created_at: datetime
    updated_at: datetime

    @property
    def annual_procedures(self) -> int:
        return sum(self.volumes.values())


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    visit_id: str
    requirement_key: str
    rating: Rating | None
    comment: str
    justification: str
    evidence_seen: frozenset[str]
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class Attachment:
    id: str
    visit_id: str
    requirement_key: str
    sha256: str
    filename: str
    media_type: str
    kind: AttachmentKind
    size: int
    caption: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CorrectiveAction:
    id: str
    visit_id: str
    requirement_key: str
    description: str
    severity: Severity
    owner: str
    due_date: date | None
    status: ActionStatus
    created_at: datetime


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """One row of the visit list."""

    id: str
    facility: str
    department: str
    start_date: date | None
    end_date: date | None
    state: VisitState
    answered: int
    total: int
    core_answered: int
    core_total: int
    tier: str
    updated_at: datetime
