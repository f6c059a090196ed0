"""A problem found in one place of a file a person sent (a workbook cell, a sheet): where,
and the coded error saying what is wrong there, so each front words it in its language."""

from __future__ import annotations

from dataclasses import dataclass

from assessor_app.domain.errors import AppError


@dataclass(frozen=True, slots=True)
class CellProblem:
    where: str  # "Requirements!C4", "About", ... ("" when it is the whole file)
    error: AppError

    def __str__(self) -> str:
        """The English line the command line prints: "Requirements!C4: ..."."""
        return f"{self.where}: {self.error}" if self.where else str(self.error)
