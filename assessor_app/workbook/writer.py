"""Writes the application-form workbook from a template: locked template text, open
facility columns with drop-downs, and what the workbook belongs to in a hidden sheet."""

from __future__ import annotations

import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessor_app.workbook import layout


@dataclass(frozen=True, slots=True)
class RequirementLine:
    key: str
    standard: str
    kind: str  # "core" or "extended"
    text: str
    evidence: str


@dataclass(frozen=True, slots=True)
class WorkbookSpec:
    """Everything the workbook shows, in plain values (no domain types needed here)."""

    visit_id: str
    facility: str
    template_id: str
    template_version: str
    template_title: str
    requirements: tuple[RequirementLine, ...]
    procedure_types: tuple[str, ...]  # labels, in order
    questions: tuple[tuple[str, str], ...]  # (key, short text)
    instructions: tuple[str, ...]


_HEADER_FONT = Font(bold=True)
_LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
_OPEN = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _put(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """A cell holding ``value`` as data: openpyxl makes any text starting with "=" a
    formula, so a template's or facility's text like "=HYPERLINK(...)" would run in the
    facility's spreadsheet. Such text is stored as text."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _protect(ws: Worksheet) -> None:
    # No password: protection guards against slips, not against the facility itself.
    ws.protection.sheet = True
    ws.protection.formatRows = False
    ws.protection.formatColumns = False


def _header(ws: Worksheet, names: tuple[str, ...]) -> None:
    for i, name in enumerate(names, start=1):
        cell = _put(ws, 1, i, name)
        cell.font = _HEADER_FONT
        cell.fill = _LOCKED_FILL
    ws.freeze_panes = "A2"


def _list_validation(words: tuple[str, ...], prompt: str) -> DataValidation:
    dv = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
    dv.error = f"Choose one of: {', '.join(words)}."
    dv.errorTitle = "Not in the list"
    dv.prompt = prompt
    dv.showErrorMessage = True
    dv.showInputMessage = True
    return dv


def _requirements(wb: Workbook, spec: WorkbookSpec) -> None:
    ws = wb.active
    assert ws is not None
    ws.title = layout.REQUIREMENTS
    _header(ws, layout.REQUIREMENT_COLUMNS)
    first_open = len(layout.REQUIREMENT_TEMPLATE_COLUMNS) + 1
    for r, req in enumerate(spec.requirements, start=2):
        for c, value in enumerate((req.key, req.standard, req.kind, req.text, req.evidence), 1):
            cell = _put(ws, r, c, value)
            cell.fill = _LOCKED_FILL
            cell.alignment = _WRAP
        for c in range(first_open, len(layout.REQUIREMENT_COLUMNS) + 1):
            cell = ws.cell(row=r, column=c)
            cell.protection = _OPEN
            cell.alignment = _WRAP
    last = len(spec.requirements) + 1
    status = layout.column_letter(first_open)
    dv = _list_validation(layout.STATUS_WORDS, "Met, Partially met, Not met or Not applicable")
    dv.add(f"{status}2:{status}{last}")
    ws.add_data_validation(dv)
    for letter, width in zip("ABCDEFGHI", (8, 9, 10, 60, 40, 16, 40, 30, 40), strict=True):
        ws.column_dimensions[letter].width = width
    _protect(ws)


def _volumes(wb: Workbook, spec: WorkbookSpec) -> None:
    ws = wb.create_sheet(layout.VOLUMES)
    _header(ws, layout.VOLUME_COLUMNS)
    for r, label in enumerate(spec.procedure_types, start=2):
        _put(ws, r, 1, label).fill = _LOCKED_FILL
        ws.cell(row=r, column=2).protection = _OPEN
    last = len(spec.procedure_types) + 1
    dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    dv.error = "The number of procedures in a year: a whole number, 0 or more."
    dv.showErrorMessage = True
    dv.add(f"B2:B{last}")
    ws.add_data_validation(dv)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 14
    _protect(ws)


def _case_review(wb: Workbook, spec: WorkbookSpec) -> None:
    ws = wb.create_sheet(layout.CASE_REVIEW)
    names = layout.CASE_COLUMNS + tuple(short for _key, short in spec.questions)
    _header(ws, names)
    last = layout.CASE_ROWS + 1
    for r in range(2, last + 1):
        for c in range(1, len(names) + 1):
            ws.cell(row=r, column=c).protection = _OPEN
        ws.cell(row=r, column=2).number_format = "yyyy-mm-dd"
    if spec.questions:
        first = layout.column_letter(len(layout.CASE_COLUMNS) + 1)
        end = layout.column_letter(len(names))
        dv = _list_validation(layout.ANSWER_WORDS, "Yes, No or N/A")
        dv.add(f"{first}2:{end}{last}")
        ws.add_data_validation(dv)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 24
    _protect(ws)


def _instructions(wb: Workbook, spec: WorkbookSpec) -> None:
    ws = wb.create_sheet(layout.INSTRUCTIONS)
    ws.column_dimensions["A"].width = 110
    for r, line in enumerate(spec.instructions, start=1):
        _put(ws, r, 1, line).alignment = Alignment(wrap_text=True)
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    _protect(ws)


def _about(wb: Workbook, spec: WorkbookSpec) -> None:
    ws = wb.create_sheet(layout.ABOUT)
    values = {
        "format": layout.FORMAT,
        "visit_id": spec.visit_id,
        "template_id": spec.template_id,
        "template_version": spec.template_version,
        "question_keys": "\n".join(key for key, _short in spec.questions),
    }
    for r, key in enumerate(layout.ABOUT_KEYS, start=1):
        _put(ws, r, 1, key)
        _put(ws, r, 2, values[key])
    ws.sheet_state = "hidden"
    _protect(ws)


def workbook_bytes(spec: WorkbookSpec) -> bytes:
    """The workbook as the bytes of an .xlsx file (the caller writes them atomically)."""
    wb = Workbook()
    _requirements(wb, spec)
    _volumes(wb, spec)
    _case_review(wb, spec)
    _instructions(wb, spec)
    _about(wb, spec)
    # Also in the document properties, where a file manager shows them.
    wb.properties.title = f"Application form: {spec.facility}"[:250]
    wb.properties.subject = f"{spec.template_title} {spec.template_version}"[:250]
    wb.properties.identifier = spec.visit_id
    wb.properties.keywords = f"{spec.template_id} {spec.template_version}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
