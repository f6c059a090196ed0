"""CSV cells a spreadsheet shows as text, never runs as a formula.

A comment or a facility name can come from a co-assessor's bundle; opened in a spreadsheet,
a cell such as ``=HYPERLINK(...)`` or ``=cmd|...`` would run. OWASP's rule: a cell that
begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'``.
"""

from __future__ import annotations

# The ASCII starters, their fullwidth forms (some spreadsheets fold them to ASCII), and
# the minus sign: an office's locale settings decide what a spreadsheet accepts.
FORMULA_STARTERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20\u2212\ufe62\ufe63\ufe66")
# A spreadsheet may trim these before it looks for a formula.
_LEADING_BLANKS = " \t\r\n\x0b\x0c\u00a0\u3000\ufeff"


def spreadsheet_safe(value: object) -> object:
    """``value`` as a CSV cell that cannot start a formula (non-text values unchanged)."""
    if not isinstance(value, str) or not value:
        return value
    if value[0] in FORMULA_STARTERS or value.lstrip(_LEADING_BLANKS)[:1] in FORMULA_STARTERS:
        return "'" + value
    return value
