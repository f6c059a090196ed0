"""Reads a filled application-form workbook back into plain cell values, each with the
name of its cell, so every rule checked later can say exactly where it broke."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from assessor_app.domain.cell_problem import CellProblem
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.workbook import layout

# A filled form is a few hundred kilobytes; a far bigger file is something else.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 5000


@dataclass(frozen=True, slots=True)
class Cell:
    name: str  # e.g. Requirements!F12
    value: str | int | float | date | datetime | None

    @property
    def text(self) -> str:
        """The value as text, trimmed ('' when blank); numbers as written (12, not 12.0)."""
        v = self.value
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        if isinstance(v, datetime):
            return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat()
        if isinstance(v, date):
            return v.isoformat()
        return str(v).strip()


@dataclass
class ReadWorkbook:
    about: dict[str, str]
    requirements: list[list[Cell]] = field(default_factory=list)
    volumes: list[list[Cell]] = field(default_factory=list)
    cases: list[list[Cell]] = field(default_factory=list)
    case_headers: list[str] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)  # of the file's shape, cell-named


class WorkbookUnreadableError(ValidationError):
    """Not an Excel workbook, or not one of ours; the message says which."""


def _cell_value(raw: Any) -> str | int | float | date | datetime | None:
    if raw is None or isinstance(raw, (str, int, float, date, datetime)):
        return raw
    return str(raw)


def _rows(ws: Worksheet, width: int, sheet: str) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    for r, values in enumerate(ws.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
        if r > MAX_ROWS:
            break
        cells = [
            Cell(layout.cell_name(sheet, c, r), _cell_value(v))
            for c, v in enumerate(list(values) + [None] * (width - len(values)), start=1)
        ]
        if any(cell.text for cell in cells):
            out.append(cells)
    return out


def _check_header(
    ws: Worksheet, sheet: str, expected: tuple[str, ...], problems: list[CellProblem]
) -> None:
    for c, name in enumerate(expected, start=1):
        found = ws.cell(row=1, column=c).value
        if str(found or "").strip() != name:
            problems.append(
                CellProblem(
                    layout.cell_name(sheet, c, 1),
                    ValidationError.coded(
                        ErrorCode.WORKBOOK_HEADING_CHANGED, name=name, found=str(found or "")[:40]
                    ),
                )
            )


def read_workbook(path: Path) -> ReadWorkbook:
    """Every non-blank row of the three data sheets, and the hidden About sheet."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WorkbookUnreadableError.coded(
            ErrorCode.CANNOT_READ_FILE, path=path.name, reason=exc.strerror
        ) from None
    if size > MAX_FILE_BYTES:
        raise WorkbookUnreadableError.coded(ErrorCode.WORKBOOK_TOO_LARGE, file=path.name)
    try:
        wb = load_workbook(path, data_only=True, read_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise WorkbookUnreadableError.coded(ErrorCode.NOT_AN_XLSX, file=path.name) from None
    if layout.ABOUT not in wb.sheetnames:
        raise WorkbookUnreadableError.coded(
            ErrorCode.WORKBOOK_NOT_OURS, file=path.name, sheet=layout.ABOUT
        )
    about_ws = wb[layout.ABOUT]
    about = {
        str(k or "").strip(): str(v if v is not None else "").strip()
        for k, v in about_ws.iter_rows(min_row=1, max_row=20, max_col=2, values_only=True)
    }
    if about.get("format") != layout.FORMAT:
        raise WorkbookUnreadableError.coded(ErrorCode.WORKBOOK_FORMAT_UNKNOWN, file=path.name)
    book = ReadWorkbook(about=about)
    for sheet in (layout.REQUIREMENTS, layout.VOLUMES, layout.CASE_REVIEW):
        if sheet not in wb.sheetnames:
            book.problems.append(
                CellProblem(sheet, ValidationError.coded(ErrorCode.WORKBOOK_SHEET_MISSING))
            )
    if book.problems:
        return book
    ws = wb[layout.REQUIREMENTS]
    _check_header(ws, layout.REQUIREMENTS, layout.REQUIREMENT_COLUMNS, book.problems)
    book.requirements = _rows(ws, len(layout.REQUIREMENT_COLUMNS), layout.REQUIREMENTS)
    ws = wb[layout.VOLUMES]
    _check_header(ws, layout.VOLUMES, layout.VOLUME_COLUMNS, book.problems)
    book.volumes = _rows(ws, len(layout.VOLUME_COLUMNS), layout.VOLUMES)
    ws = wb[layout.CASE_REVIEW]
    question_keys = [k for k in about.get("question_keys", "").splitlines() if k]
    width = len(layout.CASE_COLUMNS) + len(question_keys)
    _check_header(ws, layout.CASE_REVIEW, layout.CASE_COLUMNS, book.problems)
    book.case_headers = question_keys
    book.cases = _rows(ws, width, layout.CASE_REVIEW)
    return book
