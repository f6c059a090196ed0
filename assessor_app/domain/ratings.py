"""How a requirement is rated, spelled as on the command line and in JSON."""

from __future__ import annotations

from enum import StrEnum

from assessor_app.domain.error_codes import ErrorCode


class Rating(StrEnum):
    MET = "met"
    PARTIAL = "partial"
    NOT_MET = "not-met"
    NA = "na"
    NOT_ASSESSED = "not-assessed"

    @property
    def is_answer(self) -> bool:
        """True when the rating is a judgement; 'not assessed' is an explicit non-answer."""
        return self is not Rating.NOT_ASSESSED

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Rating.MET: "Met",
    Rating.PARTIAL: "Partially met",
    Rating.NOT_MET: "Not met",
    Rating.NA: "Not applicable",
    Rating.NOT_ASSESSED: "Not assessed",
}


def parse_rating(text: str | None) -> Rating | None:
    """Parse a rating as spelled by users ('met', 'partial', ...); None or '' clears it."""
    from assessor_app.domain.errors import ValidationError

    if text is None or text == "":
        return None
    try:
        return Rating(text.strip().lower())
    except ValueError:
        allowed = ", ".join(r.value for r in Rating)
        raise ValidationError.coded(ErrorCode.UNKNOWN_RATING, text=text, allowed=allowed) from None
