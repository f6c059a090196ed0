"""The editor's notice of open conflicts, worded for the assessor."""

from __future__ import annotations

from assessor_app.domain.sync_types import ConflictInfo, ConflictOption
from assessor_app.ui.checklist.review_notes import notice_text


def conflict(entity: str, field: str, values: list[object], kind: str = "concurrent-edit"):
    options = tuple(
        ConflictOption(f"c{i}", field, v, author, "dev", f"h{i}", "2026-11-26T08:00")
        for i, (v, author) in enumerate(zip(values, ["Dr. A", "Dr. B"], strict=False))
    )
    return ConflictInfo(
        "id", "visit", kind, entity, "e1", "5.a", field, "open", options, None, "2026-11-26"
    )


def test_a_rating_conflict_names_both_values_and_who_gave_them(qapp):
    text = notice_text([conflict("finding", "rating", ["partial", "not-met"])])
    assert text == (
        "Needs review: the assessors gave different values for the rating: "
        "Partially met (Dr. A), Not met (Dr. B). Setting the value here decides it for both."
    )


def test_conflicts_the_editor_cannot_decide_point_to_needs_review(qapp):
    photo = conflict("attachment", "caption", ["x", "y"], kind="delete-edit")
    assert notice_text([photo]) == (
        "An open conflict on a photo or document is decided in Needs review."
    )
    action = conflict("action", "description", ["a", "b"])
    assert notice_text([photo, action]) == (
        "2 open conflicts (a corrective action, a photo or document) are decided in Needs review."
    )
    assert notice_text([]) == ""
