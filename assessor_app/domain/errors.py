"""Errors a user can cause or meet; fronts show their message, never a traceback."""

from __future__ import annotations


class AppError(Exception):
    """Base of every error whose message is meant for the user."""


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
