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
# An .xlsx is a zip: a small file can unpack to gigabytes (a zip bomb), and openpyxl
# unpacks everything into memory, so the unpacked size is bounded before it opens.
MAX_UNPACKED_BYTES = 128 * 1024 * 1024
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


def _rows(ws: Worksheet, width: int, sheet: str, problems: list[CellProblem]) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    for r, row in enumerate(ws.iter_rows(min_row=2, max_col=width), start=2):
        if r > MAX_ROWS:
            # Rows past the end are not read, so one holding anything must refuse the
            # form rather than lose what the facility wrote there without a word.
            stray = next((c for c in row if c.value not in (None, "")), None)
            if stray is not None:
                problems.append(
                    CellProblem(
                        layout.cell_name(sheet, stray.column, r),
                        ValidationError.coded(ErrorCode.WORKBOOK_ROW_BEYOND_END, last=MAX_ROWS),
                    )
                )
                break
            continue
        cells: list[Cell] = []
        for c, raw in enumerate(row, start=1):
            name = layout.cell_name(sheet, c, r)
            value = raw.value
            if raw.data_type == "f" or not isinstance(
                value, (str, int, float, date, datetime, type(None))
            ):
                # A formula written by a script has no cached value and one from a
                # spreadsheet may go stale: either way the form would be read as blank
                # or as something the facility never saw, so the value must be typed.
                problems.append(
                    CellProblem(
                        name,
                        ValidationError.coded(
                            ErrorCode.WORKBOOK_FORMULA, text=str(getattr(value, "text", value))[:40]
                        ),
                    )
                )
                value = None
            cells.append(Cell(name, _cell_value(value)))
        cells += [
            Cell(layout.cell_name(sheet, c, r), None) for c in range(len(cells) + 1, width + 1)
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
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise WorkbookUnreadableError.coded(ErrorCode.NOT_AN_XLSX, file=path.name) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookUnreadableError.coded(ErrorCode.WORKBOOK_TOO_LARGE, file=path.name)
    try:
        # Formulas are read as written (not their cached results) so that each one can
        # be refused by its cell instead of being read as a blank.
        wb = load_workbook(path, data_only=False, read_only=False)
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
    # Taken from About before any sheet is read, so that a missing sheet is reported
    # alone and not also as case review questions that differ.
    book.case_headers = [k for k in about.get("question_keys", "").splitlines() if k]
    for sheet in (layout.REQUIREMENTS, layout.VOLUMES, layout.CASE_REVIEW):
        if sheet not in wb.sheetnames:
            book.problems.append(
                CellProblem(sheet, ValidationError.coded(ErrorCode.WORKBOOK_SHEET_MISSING))
            )
    if book.problems:
        return book
    ws = wb[layout.REQUIREMENTS]
    _check_header(ws, layout.REQUIREMENTS, layout.REQUIREMENT_COLUMNS, book.problems)
    book.requirements = _rows(
        ws, len(layout.REQUIREMENT_COLUMNS), layout.REQUIREMENTS, book.problems
    )
    ws = wb[layout.VOLUMES]
    _check_header(ws, layout.VOLUMES, layout.VOLUME_COLUMNS, book.problems)
    book.volumes = _rows(ws, len(layout.VOLUME_COLUMNS), layout.VOLUMES, book.problems)
    ws = wb[layout.CASE_REVIEW]
    width = len(layout.CASE_COLUMNS) + len(book.case_headers)
    _check_header(ws, layout.CASE_REVIEW, layout.CASE_COLUMNS, book.problems)
    book.cases = _rows(ws, width, layout.CASE_REVIEW, book.problems)
    return book
