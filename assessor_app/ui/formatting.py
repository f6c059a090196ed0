"""How dates, states and outcome tiers read on screen (one place, so every page agrees)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from assessor_app.ui.error_text import error_text

if TYPE_CHECKING:
    # Imported where the labels are made: the visit list's frame paints (and error
    # dialogs work) before the dataclass-heavy visit records load.
    from assessor_app.domain.visit import ProcedureType, VisitState

# Every date field shows dates one way, as the visit list and the header write them.
DATE_EDIT_FORMAT = "dd MMM yyyy"


def format_date(day: date) -> str:
    """'1 Dec 2026': how the app writes a date wherever it is read, not typed."""
    return f"{day.day} {day:%b %Y}"


def date_range(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return QCoreApplication.translate("formatting", "dates not set")
    if start is None or end is None or start == end:
        return format_date(start or end)  # type: ignore[arg-type]
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def state_label(state: VisitState) -> str:
    from assessor_app.domain.visit import VisitState

    return {
        VisitState.PLANNED: QCoreApplication.translate("formatting", "Planned"),
        VisitState.IN_PROGRESS: QCoreApplication.translate("formatting", "In progress"),
        VisitState.COMPLETED: QCoreApplication.translate("formatting", "Completed"),
        VisitState.SIGNED: QCoreApplication.translate("formatting", "Signed"),
    }[state]


def procedure_label(ptype: ProcedureType) -> str:
    """The procedure type in the user's language (the domain names it in English)."""
    from assessor_app.domain.visit import ProcedureType

    return {
        ProcedureType.ABLATION: QCoreApplication.translate("ProcedureType", "Ablation"),
        ProcedureType.RADIOEMBOLISATION: QCoreApplication.translate(
            "ProcedureType", "Radioembolisation"
        ),
        ProcedureType.CHEMOEMBOLISATION: QCoreApplication.translate(
            "ProcedureType", "Chemoembolisation"
        ),
        ProcedureType.PAIN_MANAGEMENT: QCoreApplication.translate(
            "ProcedureType", "Pain management"
        ),
        ProcedureType.MUSCULOSKELETAL: QCoreApplication.translate(
            "ProcedureType", "Musculoskeletal interventions"
        ),
        ProcedureType.OTHER_VASCULAR: QCoreApplication.translate(
            "ProcedureType", "Other vascular oncology"
        ),
        ProcedureType.OTHER_THERAPEUTIC: QCoreApplication.translate(
            "ProcedureType", "Other therapeutic procedures"
        ),
    }[ptype]


def tier_label(tier: str) -> str:
    return {
        "not-yet": QCoreApplication.translate("formatting", "Not yet"),
        "accredited": QCoreApplication.translate("formatting", "Accredited Centre"),
        "excellence": QCoreApplication.translate("formatting", "Centre of Excellence"),
    }.get(tier, tier)


def local_time(iso: str) -> str:
    """An ISO time (naive means UTC, as the database keeps it) in this computer's time zone."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d %b %Y %H:%M")


def message_of(exc: BaseException) -> str:
    """An error as the sentence a dialog shows; worded in one place, ui/error_text."""
    return error_text(exc)


def counted(text: str, n: int) -> str:
    """A ``tr("%n thing(s)", "", n)`` result with English plurals when no translation
    gave its own forms: "1 visit", "2 visits". A translation's numerus forms carry no
    "(s)" and pass unchanged."""
    return text.replace("(s)", "" if n == 1 else "s")
