"""The one place where the GUI words an error: its code and parameters become a sentence in
the user's language. An error without a code (or of a code not listed here) is shown as its
English message, made into a sentence.

Codes come from ``domain.error_codes.ErrorCode`` and ``domain.storage_errors.StorageProblem``;
a test checks that each has a sentence here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.storage_errors import StorageProblem

Params = Mapping[str, object]


def _when(ms: object) -> str:
    """A clock reading in this computer's time zone, or 'after the year 9999'."""
    # Imported here: formatting words its errors through this module.
    from assessor_app.ui.formatting import format_date

    try:
        moment = datetime.fromtimestamp(int(ms) / 1000, UTC).astimezone()  # type: ignore[call-overload]
    except (OverflowError, OSError, ValueError, TypeError):
        return QCoreApplication.translate("BundleRefusal", "a date after the year 9999")
    return f"{format_date(moment.date())} {moment:%H:%M}"


def _damaged(p: Params) -> str:
    text = QCoreApplication.translate(
        "storage", "{database} cannot be opened: it is damaged. Nothing was changed."
    )
    if p["backup"]:
        advice = QCoreApplication.translate(
            "storage",
            "To go on from the backup copy {backup}, move {database} out of the folder "
            "and put a copy of the backup in its place.",
        )
    else:
        advice = QCoreApplication.translate(
            "storage", "There is no backup copy of it; keep the file."
        )
    return (text + " " + advice).format(**p)


def _sentences() -> dict[str, Callable[[Params], str]]:
    """Code -> its sentence made from the error's parameters (built per call, so a
    translator installed later applies)."""
    t = QCoreApplication.translate
    return {
        ErrorCode.CANCELLED: lambda p: t("ErrorText", "Cancelled; nothing was changed."),
        ErrorCode.FACILITY_NAME_REQUIRED: lambda p: t(
            "ErrorText", "The facility name is required."
        ),
        ErrorCode.VISIT_ENDS_BEFORE_START: lambda p: t(
            "ErrorText", "The visit cannot end before it starts."
        ),
        ErrorCode.NOT_AN_EMAIL: lambda p: t(
            "ErrorText", "“{text}” is not an e-mail address."
        ).format(text=str(p["text"]).strip()),
        # The role is not repeated: the sentence is shown beside the assessor's own field.
        ErrorCode.NOT_AN_ASSESSOR_EMAIL: lambda p: t(
            "ErrorText", "“{text}” is not an e-mail address."
        ).format(text=str(p["text"]).strip()),
        ErrorCode.NEGATIVE_VOLUME: lambda p: t(
            "ErrorText", "A procedure count cannot be negative."
        ),
        ErrorCode.CONFLICT_CHOICE_NEEDED: lambda p: t(
            "ErrorText", "Choose one of the competing values, or give a new value."
        ),
        ErrorCode.NOT_A_RATING: lambda p: t("ErrorText", "“{text}” is not a rating.").format(
            text=p["text"]
        ),
        ErrorCode.SIGNER_NAME_REQUIRED: lambda p: t(
            "ErrorText", "Enter your name as it should appear on signatures."
        ),
        ErrorCode.SIGNER_EMAIL_REQUIRED: lambda p: t("ErrorText", "Enter your e-mail address."),
        ErrorCode.SIGNER_EMAIL_INCOMPLETE: lambda p: t(
            "ErrorText", "This is not a complete e-mail address."
        ),
        ErrorCode.BUNDLE_TOO_NEW: lambda p: t(
            "BundleRefusal",
            "This bundle was made by a newer version of IASIOS Assessor: update the app to "
            "import it. (Bundle format {version}; this app reads format {supported}.)",
        ).format(version=p["version"], supported=p["supported"]),
        ErrorCode.BUNDLE_CLOCK_AHEAD: lambda p: t(
            "BundleRefusal",
            "Bundle refused: {bundle} was made on a computer whose clock read {remote}, more "
            "than a day ahead of this computer's clock ({local}). Check the date and time on "
            "both computers. Nothing was imported.",
        ).format(bundle=p["bundle"], remote=_when(p["remote_ms"]), local=_when(p["now_ms"])),
        StorageProblem.DISK_FULL: lambda p: t(
            "storage",
            "The disk holding {folder} is full. Nothing was changed. "
            "Free some space, then try again.",
        ).format(**p),
        StorageProblem.READ_ONLY: lambda p: t(
            "storage",
            "{database} is read-only. Nothing was changed. "
            "Make it writable, or copy the data folder to a place that can be written to.",
        ).format(**p),
        StorageProblem.IN_USE: lambda p: t(
            "storage",
            "{database} is busy in another program (another copy of the app?). "
            "Nothing was changed. Close it, then try again.",
        ).format(**p),
        StorageProblem.DAMAGED: _damaged,
        StorageProblem.UNREADABLE: lambda p: t(
            "storage", "{database} cannot be opened ({detail}). Nothing was changed."
        ).format(**p),
    }


def worded_codes() -> set[str]:
    """Every code this module has a sentence for (for the test that none is missing)."""
    return {str(code) for code in _sentences()}


def error_text(exc: BaseException) -> str:
    """The sentence shown for an error: translated from its code, else its English message
    as a sentence (the services word messages to be embedded in others, "bundle refused:
    …"; a dialog shows them on their own, "Bundle refused: ….")."""
    code = getattr(exc, "code", "")
    if isinstance(code, str) and code:
        sentence = _sentences().get(code)
        params = getattr(exc, "params", None)
        if sentence is not None and isinstance(params, Mapping):
            return sentence(params)
    text = " ".join(str(exc).split())
    if not text:
        return exc.__class__.__name__
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."
