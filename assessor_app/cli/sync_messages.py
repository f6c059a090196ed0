"""Refusals of a bundle that a person can act on, as the command line words them."""

from __future__ import annotations

from assessor_app.domain.display_text import one_line
from assessor_app.domain.sync_types import BundleRefusedError, utc_text


def refusal_sentence(exc: BundleRefusedError) -> str:
    """The line printed after ``error:`` for a refused import: one line, whatever names
    the bundle or its envelope quote."""
    return one_line(_sentence(exc), None)


def _sentence(exc: BundleRefusedError) -> str:
    p = exc.params
    if exc.code == "bundle-too-new":
        return (
            "bundle refused: it was made by a newer version of IASIOS Assessor: update the app "
            f"(bundle format {p['version']}; this app reads format {p['supported']})"
        )
    if exc.code == "bundle-clock-ahead":
        remote, local = utc_text(int(str(p["remote_ms"]))), utc_text(int(str(p["now_ms"])))
        return (
            f"bundle refused: {p['bundle']} was made on a computer whose clock read {remote}, "
            f"more than a day ahead of this computer's clock ({local}); check the date and "
            "time on both computers; nothing was imported"
        )
    if exc.code == "sealed-for-other-keys":
        return (
            f"bundle refused: it is sealed, and only the private key of one of these "
            f"certificates opens it: {p['needed']}; give that identity with --identity P12 "
            "--passphrase-file F; nothing was imported"
        )
    return str(exc)
