"""Outside text made safe for a one-line message.

A certificate's subject, an envelope's issuer, a bundle's assessor name: text somebody else
chose reaches refusal messages, the command line and the GUI. Raw, a CR or LF in it forges a
second line ("FAKE: imported OK"), ESC sequences drive the terminal, and Unicode format
characters (U+202E RIGHT-TO-LEFT OVERRIDE and the other bidi controls, zero-width joiners)
make it read as something else. ``one_line`` is the one function that every such name goes
through before it is shown (the coded errors apply it to their parameters too).
"""

from __future__ import annotations

import unicodedata

PLACEHOLDER = "\N{REPLACEMENT CHARACTER}"  # visible: the reader sees something was there
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
NAME_LIMIT = 120  # a person's or certificate's name in a message
PARAM_LIMIT = 1000  # any parameter of a coded message (paths, reasons): a safety cap only

# Characters that break or move a line: shown as a space.
_LINE_BREAKING = frozenset("\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029")


# Zero-width (non-)joiners are format characters that Persian, Indic and emoji spelling
# need; they neither move text nor break lines, so a name keeps them.
_JOINERS = frozenset("\u200c\u200d")


def _safe_char(ch: str) -> str:
    if ch in _LINE_BREAKING:
        return " "
    if ch in _JOINERS:
        return ch
    # Cc: C0/C1 controls and DEL; Cf: format (bidi overrides and isolates, zero-width
    # characters, soft hyphen...); Cs: lone surrogates; Zl/Zp are in _LINE_BREAKING.
    if unicodedata.category(ch) in ("Cc", "Cf", "Cs"):
        return PLACEHOLDER
    return ch


def one_line(text: object, limit: int | None = NAME_LIMIT) -> str:
    """``text`` on one line: line breaks and tabs become spaces, other control, format
    and bidi characters a visible placeholder, and at most ``limit`` characters (cut with
    an ellipsis; None: no cap)."""
    value = str(text)
    if value.isascii() and value.isprintable():  # the common case, untouched
        shown = value
    else:
        shown = "".join(_safe_char(ch) for ch in value)
    if limit is not None and len(shown) > limit:
        shown = shown[: max(limit - 1, 0)] + ELLIPSIS
    return shown
