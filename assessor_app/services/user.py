"""Who is using this installation: the name recorded with every change."""

from __future__ import annotations

from dataclasses import dataclass

from assessor_app.domain.display_text import one_line
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.persistence.database import Database


@dataclass
class UserService:
    db: Database

    @property
    def name(self) -> str | None:
        """The assessor's name as set, or None when only the computer login is known."""
        return self.db.user_name

    @property
    def author(self) -> str:
        """What change records carry: the name, else the computer login."""
        return self.db.author

    def set_name(self, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise ValidationError.coded(ErrorCode.USER_NAME_REQUIRED)
        if len(name) > 200:
            raise ValidationError.coded(ErrorCode.USER_NAME_TOO_LONG)
        # Every change carries this name, and peers refuse a bundle whose author would not
        # show as written (sync/schema.py): refused here, where the assessor can fix it.
        if one_line(name, None) != name:
            raise ValidationError.coded(ErrorCode.USER_NAME_NOT_ONE_LINE)
        self.db.set_user(name)
