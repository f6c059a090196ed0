"""How the checklist speaks of a requirement's open conflicts: which fields, whose values,
and which of them an edit in the editor decides (the rest are decided in Needs review)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assessor_app.domain.merge import ConflictKind
from assessor_app.domain.ratings import Rating
from assessor_app.domain.sync_types import ConflictInfo
from assessor_app.ui.checklist.status import rating_label

# Fields of the requirement editor: editing one of them decides its concurrent-edit conflict.
EDITOR_FIELDS = {
    ("finding", "rating"),
    ("finding", "comment"),
    ("finding", "justification"),
    ("evidence", "seen"),
}
VALUE_CHARS = 40


def is_choice(conflict: ConflictInfo) -> bool:
    """A rating or a tick: decided by picking one of the values, not by typing a new one."""
    return (conflict.entity, conflict.field) in {("finding", "rating"), ("evidence", "seen")}


def decided_here(conflict: ConflictInfo) -> bool:
    return conflict.kind == ConflictKind.CONCURRENT and (
        (conflict.entity, conflict.field) in EDITOR_FIELDS
    )


def rating_conflict(conflicts: list[ConflictInfo]) -> ConflictInfo | None:
    """The open conflict on the rating itself, if any."""
    return next(
        (c for c in conflicts if decided_here(c) and (c.entity, c.field) == ("finding", "rating")),
        None,
    )


def field_label(conflict: ConflictInfo) -> str:
    labels = {
        ("finding", "rating"): QCoreApplication.translate("ReviewNotes", "the rating"),
        ("finding", "comment"): QCoreApplication.translate("ReviewNotes", "the comment"),
        ("finding", "justification"): QCoreApplication.translate(
            "ReviewNotes", "the justification"
        ),
        ("evidence", "seen"): QCoreApplication.translate("ReviewNotes", "an evidence tick"),
    }
    if (conflict.entity, conflict.field) in labels:
        return labels[(conflict.entity, conflict.field)]
    if conflict.entity == "attachment":
        return QCoreApplication.translate("ReviewNotes", "a photo or document")
    if conflict.entity == "action":
        return QCoreApplication.translate("ReviewNotes", "a corrective action")
    if conflict.entity == "volume":
        return QCoreApplication.translate("ReviewNotes", "a procedure count")
    return conflict.field.replace("_", " ")  # a visit detail: "facility name", "end date"


def value_label(conflict: ConflictInfo, value: object, limit: int = VALUE_CHARS) -> str:
    """One competing value as the assessor reads it (long texts cut at ``limit``)."""
    if (conflict.entity, conflict.field) == ("finding", "rating"):
        try:
            return rating_label(Rating(str(value)) if value else None)
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ReviewNotes", "ticked")
            if value
            else QCoreApplication.translate("ReviewNotes", "not ticked")
        )
    if value is None:
        return "—"
    if not isinstance(value, str):
        return str(value)
    text = " ".join(value.split())
    return "“" + (text if len(text) <= limit else text[: limit - 1] + "…") + "”"


def values_text(conflict: ConflictInfo) -> str:
    """'Partially met (Dr. A), Not met (Dr. B)'."""
    return ", ".join(
        QCoreApplication.translate("ReviewNotes", "{value} ({author})").format(
            value=value_label(conflict, o.value), author=o.author
        )
        for o in conflict.options
    )


def notice_text(conflicts: list[ConflictInfo]) -> str:
    """The editor's notice for one requirement's open conflicts ('' when there are none)."""
    here = [c for c in conflicts if decided_here(c)]
    elsewhere = [c for c in conflicts if not decided_here(c)]
    parts = []
    if here:
        parts.append(
            QCoreApplication.translate(
                "ReviewNotes", "Needs review: the assessors gave different values for {fields}."
            ).format(fields="; ".join(f"{field_label(c)}: {values_text(c)}" for c in here))
        )
        parts.append(
            QCoreApplication.translate("ReviewNotes", "Setting the value here decides it for both.")
        )
    if elsewhere:
        fields = ", ".join(sorted({field_label(c) for c in elsewhere}))
        if len(elsewhere) == 1:
            text = QCoreApplication.translate(
                "ReviewNotes", "An open conflict on {fields} is decided in Needs review."
            )
        else:
            text = QCoreApplication.translate(
                "ReviewNotes", "{count} open conflicts ({fields}) are decided in Needs review."
            )
        parts.append(text.format(count=len(elsewhere), fields=fields))
    return " ".join(parts)
