"""How dates, states and outcome tiers read on screen (one place, so every page agrees)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from assessor_app.domain.visit import VisitState


def tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def date_range(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return tr("dates not set")
    if start is None or end is None or start == end:
        return (start or end).strftime("%d %b %Y")  # type: ignore[union-attr]
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.strftime('%d %b %Y')}"
    return f"{start.strftime('%d %b %Y')} – {end.strftime('%d %b %Y')}"


def state_label(state: VisitState) -> str:
    return {
        VisitState.PLANNED: tr("Planned"),
        VisitState.IN_PROGRESS: tr("In progress"),
        VisitState.COMPLETED: tr("Completed"),
        VisitState.SIGNED: tr("Signed"),
    }[state]


def tier_label(tier: str) -> str:
    return {
        "not-yet": tr("Not yet"),
        "accredited": tr("Accredited Centre"),
        "excellence": tr("Centre of Excellence"),
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
