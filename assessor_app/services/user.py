"""Who is using this installation: the name recorded with every change."""

from __future__ import annotations

from dataclasses import dataclass

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
            raise ValidationError("give your name as it should appear in the visit's history")
        if len(name) > 200:
            raise ValidationError("the name is longer than 200 characters")
        self.db.set_user(name)
