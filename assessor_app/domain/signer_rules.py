"""The rules a signer's identity obeys, stated once: the identity layer refuses a name or
e-mail address that breaks one, and the new-identity form says which as it is typed,
worded from the error's code."""

from __future__ import annotations

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import is_email


def signer_problem(name: str, email: str) -> ValidationError | None:
    """The first rule the signer's name and e-mail address break, or None."""
    if not name.strip():
        return ValidationError.coded(ErrorCode.SIGNER_NAME_REQUIRED)
    if not email.strip():
        return ValidationError.coded(ErrorCode.SIGNER_EMAIL_REQUIRED)
    if not is_email(email):
        return ValidationError.coded(ErrorCode.SIGNER_EMAIL_INCOMPLETE, text=email.strip())
    return None
