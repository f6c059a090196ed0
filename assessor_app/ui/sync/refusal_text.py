"""Refusals of a bundle that a person can act on, as sentences in the user's language;
every other refusal is shown as its one-line message."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from assessor_app.domain.sync_types import BundleRefusedError
from assessor_app.ui.formatting import format_date, message_of


def _when(ms: object) -> str:
    """A clock reading in this computer's time zone, or 'after the year 9999'."""
    try:
        moment = datetime.fromtimestamp(int(ms) / 1000, UTC).astimezone()  # type: ignore[call-overload]
    except (OverflowError, OSError, ValueError, TypeError):
        return QCoreApplication.translate("BundleRefusal", "a date after the year 9999")
    return f"{format_date(moment.date())} {moment:%H:%M}"


def refusal_text(exc: BaseException) -> str:
    """The sentence shown for a failed import."""
    if not isinstance(exc, BundleRefusedError):
        return message_of(exc)
    p = exc.params
    if exc.code == "bundle-too-new":
        return QCoreApplication.translate(
            "BundleRefusal",
            "This bundle was made by a newer version of IASIOS Assessor: update the app to "
            "import it. (Bundle format {version}; this app reads format {supported}.)",
        ).format(version=p["version"], supported=p["supported"])
    if exc.code == "bundle-clock-ahead":
        return QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: {bundle} was made on a computer whose clock read {remote}, more "
            "than a day ahead of this computer's clock ({local}). Check the date and time on "
            "both computers. Nothing was imported.",
        ).format(bundle=p["bundle"], remote=_when(p["remote_ms"]), local=_when(p["now_ms"]))
    return message_of(exc)
