"""Errors carry a code and parameters; the GUI words every code in one place, translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from assessor_app.domain.error_codes import ENGLISH, ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.progress import Cancelled
from assessor_app.domain.storage_errors import StorageProblem
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.error_text import error_text, worded_codes
from assessor_app.ui.visit_workspace import VisitWorkspace


def test_every_code_has_a_gui_sentence() -> None:
    codes = {c.value for c in ErrorCode} | {p.value for p in StorageProblem}
    assert codes - worded_codes() == set()


def test_a_coded_error_keeps_its_english_for_the_command_line() -> None:
    exc = ValidationError.coded(ErrorCode.NOT_AN_EMAIL, text="bob@")
    assert str(exc) == "'bob@' is not an e-mail address"
    assert exc.code == "not-an-email" and exc.params == {"text": "bob@"}
    assert error_text(exc) == "“bob@” is not an e-mail address."


def test_every_cancel_is_one_sentence(qtbot) -> None:
    assert error_text(Cancelled("import cancelled; nothing was imported")) == (
        "Cancelled; nothing was changed."
    )


def test_an_uncoded_error_is_its_message_as_a_sentence() -> None:
    assert error_text(ValidationError("bundle refused: no manifest")) == (
        "Bundle refused: no manifest."
    )


class _Pseudo(QTranslator):
    """Translates the error sentences into a recognisable pseudo-language."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if context == "ErrorText":
            return "«" + source + "»"
        return ""


@pytest.mark.gui
def test_a_service_refusal_shows_the_translated_sentence(qtbot, services, visit_id, monkeypatch):
    monkeypatch.setattr(BackgroundRunner, "synchronous", True)
    translator = _Pseudo()
    QCoreApplication.installTranslator(translator)
    try:
        ws = VisitWorkspace(services, visit_id, BackgroundRunner())
        qtbot.addWidget(ws)
        ws.show()
        qtbot.waitExposed(ws)
        ws.tabs.setCurrentWidget(ws.summary)
        edit = ws.summary.fields["lead_assessor_email"]
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "bob@")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        # The service refused it (the view no longer checks e-mail addresses itself) and
        # the sentence came from the code, in the installed language.
        assert ws.summary.detail_error.text() == "«“bob@” is not an e-mail address.»"
        assert services.visits.get(visit_id).lead_assessor.email == ""
        assert edit.text() == "bob@"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_covers_every_code_raised_by_coded() -> None:
    raised = set(ErrorCode) - {
        ErrorCode.CANCELLED,
        ErrorCode.BUNDLE_TOO_NEW,
        ErrorCode.BUNDLE_CLOCK_AHEAD,
    }
    assert raised - set(ENGLISH) == set()


def test_the_identity_layer_refuses_what_the_form_refuses(services) -> None:
    """One rule for a signer's address: the form's sentence and the refusal share a code
    (before, the form refused "bob@" while the identity layer signed with it)."""
    with pytest.raises(ValidationError) as caught:
        services.identities.create("Bob Lead", "bob@", "a long passphrase")
    assert caught.value.code == ErrorCode.SIGNER_EMAIL_INCOMPLETE
    assert str(caught.value) == "'bob@' is not a complete e-mail address"
