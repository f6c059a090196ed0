"""Sheet names, column headers and the words of the drop-downs: one table that the writer
lays out and the reader expects, so the two can never drift apart."""

from __future__ import annotations

REQUIREMENTS = "Requirements"
VOLUMES = "Volumes"
CASE_REVIEW = "Case review"
INSTRUCTIONS = "Instructions"
# Hidden and protected: what the workbook belongs to.
ABOUT = "About"
FORMAT = "iasios-application-form-v1"

# Locked template columns, then the facility's columns.
REQUIREMENT_TEMPLATE_COLUMNS = ("Key", "Standard", "Type", "Requirement", "Required evidence")
REQUIREMENT_FACILITY_COLUMNS = ("Self-assessment", "Justification", "Evidence", "Comment")
REQUIREMENT_COLUMNS = REQUIREMENT_TEMPLATE_COLUMNS + REQUIREMENT_FACILITY_COLUMNS
VOLUME_COLUMNS = ("Procedure type", "Annual count")
CASE_COLUMNS = ("Case reference", "Procedure date", "Procedure type")
# Rows left open for the facility's internal review (30 files, with room to spare).
CASE_ROWS = 200

STATUS_WORDS = ("Met", "Partially met", "Not met", "Not applicable")
ANSWER_WORDS = ("Yes", "No", "N/A")

# Keys of the hidden About sheet (column A), values in column B.
ABOUT_KEYS = ("format", "visit_id", "template_id", "template_version", "question_keys")


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(sheet: str, column: int, row: int) -> str:
    """How an error names a cell: Requirements!F12 ('Case review'!B3 when it has a space)."""
    quoted = f"'{sheet}'" if " " in sheet else sheet
    return f"{quoted}!{column_letter(column)}{row}"
