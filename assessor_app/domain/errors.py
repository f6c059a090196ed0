"""Errors a user can cause or meet; fronts show their message, never a traceback."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from assessor_app.domain.display_text import PARAM_LIMIT, one_line
from assessor_app.domain.error_codes import ENGLISH, ErrorCode


def message_params(params: Mapping[str, object]) -> dict[str, object]:
    """``params`` with every text made safe for a one-line message (``one_line``): a
    parameter may quote a certificate's or a bundle's text, which must not forge lines."""
    return {k: one_line(v, PARAM_LIMIT) if isinstance(v, str) else v for k, v in params.items()}


class AppError(Exception):
    """Base of every error whose message is meant for the user.

    ``code`` and ``params`` say what went wrong in a form each front words itself (the GUI
    translates, see ui/error_text.py); the message is the English sentence the command line
    prints. An error without a code ("") is shown as its message."""

    code: str = ""
    params: dict[str, object]

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        # Subclasses may have set their parameters before calling this.
        if params is not None or not hasattr(self, "params"):
            self.params = dict(params or {})

    @classmethod
    def coded(cls, code: ErrorCode, **params: object) -> Self:
        """The error of ``code``, its message the English sentence of the code. Text
        parameters are shown on one line (``message_params``), here and in the GUI."""
        safe = message_params(params)
        return cls(ENGLISH[code].format(**safe), code=code, params=safe)


class ValidationError(AppError):
    """Input that breaks a rule (a bad rating, a missing justification, ...)."""


class NotFoundError(AppError):
    """A visit, requirement or record that does not exist."""


class TemplateError(AppError):
    """A checklist template file that cannot be used; the message names file and field."""


class DatabaseError(AppError):
    """The database cannot be opened safely (corrupt, from a newer app, ...)."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the app."""


class FrozenError(AppError):
    """A signed revision of a visit cannot be changed."""


class ProtectionError(AppError):
    """The data folder's encryption says no: a wrong passphrase, an unreadable key file, ..."""
