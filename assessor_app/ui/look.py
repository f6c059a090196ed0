"""Icons and the style sheet, loaded from resources/ (in a checkout and in a frozen build)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from assessor_app.domain.ratings import Rating
from assessor_app.resources import resource_path

_STATUS_ICON = {
    Rating.MET: "status-met",
    Rating.PARTIAL: "status-partial",
    Rating.NOT_MET: "status-not-met",
    Rating.NA: "status-na",
    Rating.NOT_ASSESSED: "status-unanswered",
    None: "status-unanswered",
}

# Outcome tiers in the colours the header and the visit list use.
TIER_COLOURS = {"not-yet": "#8a4b00", "accredited": "#1e6b3f", "excellence": "#2c3f9a"}
# Open conflicts ("needs review"): the navigator mark, the header line, the visit list.
CONFLICT_COLOUR = "#7c3aed"


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (an empty icon when the file is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def status_icon(rating: Rating | None) -> QIcon:
    """The coloured dot for a rating; unanswered for None and 'not assessed'."""
    return icon(_STATUS_ICON[rating])


def stylesheet() -> str:
    path = resource_path("styles", "app.qss")
    return path.read_text(encoding="utf-8") if path.is_file() else ""
