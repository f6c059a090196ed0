"""The codes of errors a person can act on, with the English sentence of each.

A service raises ``SomeError.coded(ErrorCode.X, name=value)``: the error carries the code
and its parameters, and its message is the English sentence here, which the command line
prints. The GUI words the same code in the user's language, in ``ui/error_text.py``; a
test checks that every code here has a sentence there.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    CANCELLED = "cancelled"
    FACILITY_NAME_REQUIRED = "facility-name-required"
    VISIT_ENDS_BEFORE_START = "visit-ends-before-start"
    NOT_AN_EMAIL = "not-an-email"
    NOT_AN_ASSESSOR_EMAIL = "not-an-assessor-email"
    NEGATIVE_VOLUME = "negative-volume"
    CONFLICT_CHOICE_NEEDED = "conflict-choice-needed"
    NOT_A_RATING = "not-a-rating"
    SIGNER_NAME_REQUIRED = "signer-name-required"
    SIGNER_EMAIL_REQUIRED = "signer-email-required"
    SIGNER_EMAIL_INCOMPLETE = "signer-email-incomplete"
    # Bundle refusals a person can act on; their classes in sync_types word the English.
    BUNDLE_TOO_NEW = "bundle-too-new"
    BUNDLE_CLOCK_AHEAD = "bundle-clock-ahead"


# The English of the codes raised with ``AppError.coded``. Parameters: text (what was
# typed), procedure (a procedure type's label), role (an assessor's role).
ENGLISH: dict[ErrorCode, str] = {
    ErrorCode.CANCELLED: "cancelled; nothing was changed",
    ErrorCode.FACILITY_NAME_REQUIRED: "the facility name is required",
    ErrorCode.VISIT_ENDS_BEFORE_START: "the visit cannot end before it starts",
    ErrorCode.NOT_AN_EMAIL: "{text!r} is not an e-mail address",
    ErrorCode.NOT_AN_ASSESSOR_EMAIL: "{text!r} is not an e-mail address ({role})",
    ErrorCode.NEGATIVE_VOLUME: "the {procedure} count cannot be negative",
    ErrorCode.CONFLICT_CHOICE_NEEDED: "choose one of the competing values or give a new value",
    ErrorCode.NOT_A_RATING: "{text!r} is not a rating",
    ErrorCode.SIGNER_NAME_REQUIRED: "the signer's name is required",
    ErrorCode.SIGNER_EMAIL_REQUIRED: "give the signer's e-mail address",
    ErrorCode.SIGNER_EMAIL_INCOMPLETE: "{text!r} is not a complete e-mail address",
}
