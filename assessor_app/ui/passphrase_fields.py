"""A new passphrase typed twice, with its strength shown as it is typed.

Used wherever a data folder gets a passphrase: the first start, the encryption of a
plaintext folder and a passphrase change. The rule and the score come from
protection/passphrase_strength (the command line applies the same); this widget only shows
them and says what is missing before the dialog may go on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar, QWidget

from assessor_app.protection.passphrase_strength import (
    MIN_LENGTH,
    Strength,
    StrengthReason,
    strength,
)
from assessor_app.ui.plain_text import PlainLabel

MAX_SCORE = 4


def score_words(score: int) -> str:
    """The strength as a word, for the bar's label."""
    words = (
        QCoreApplication.translate("PassphraseFields", "Very weak"),
        QCoreApplication.translate("PassphraseFields", "Weak"),
        QCoreApplication.translate("PassphraseFields", "Fair"),
        QCoreApplication.translate("PassphraseFields", "Strong"),
        QCoreApplication.translate("PassphraseFields", "Very strong"),
    )
    return words[max(0, min(score, MAX_SCORE))]


def reason_words(reason: StrengthReason) -> str:
    """Why the score is what it is, in the assessor's language."""
    match reason:
        case StrengthReason.TOO_SHORT:
            return QCoreApplication.translate(
                "PassphraseFields", "use at least {n} characters"
            ).format(n=MIN_LENGTH)
        case StrengthReason.COMMON_WORD:
            return QCoreApplication.translate(
                "PassphraseFields", "it contains a common word or sequence"
            )
        case StrengthReason.REPEATED:
            return QCoreApplication.translate("PassphraseFields", "it repeats too few characters")
        case StrengthReason.FEW_KINDS:
            return QCoreApplication.translate(
                "PassphraseFields", "make it longer, or mix words, digits and signs"
            )
        case StrengthReason.FAIR:
            return QCoreApplication.translate("PassphraseFields", "a few more words make it strong")
        case _:
            return ""


class PassphraseFields(QWidget):
    """Two password fields, a strength bar and a line saying what the passphrase lacks;
    with ``with_current``, the current passphrase first, in the same form (so its field
    lines up with the others)."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, label: str = "", with_current: bool = False
    ) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.current: QLineEdit | None = None
        if with_current:
            self.current = QLineEdit(self)
            self.current.setObjectName("current_passphrase")
            self.current.setEchoMode(QLineEdit.EchoMode.Password)
            self.current.setAccessibleName(self.tr("Current passphrase"))
            layout.addRow(self.tr("C&urrent passphrase:"), self.current)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("new_passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("New passphrase"))
        layout.addRow(label or self.tr("&New passphrase:"), self.edit)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat_passphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        layout.addRow(self.tr("&Repeat it:"), self.repeat)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("passphrase_strength")
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.words = PlainLabel(self)
        self.words.setObjectName("passphrase_strength_words")
        self.words.setAccessibleName(self.tr("Passphrase strength in words"))
        layout.addRow(self.tr("Strength:"), self.bar)
        layout.addRow("", self.words)
        self.edit.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.edit.text()

    def rating(self) -> Strength:
        return strength(self.edit.text())

    def problem(self) -> str | None:
        """Why the dialog may not go on yet, or None when the passphrase can be used."""
        text = self.edit.text()
        if not text:
            return self.tr("Type a passphrase, then type it again below.")
        rated = self.rating()
        if not rated.acceptable:
            return self.tr("Too short: {advice}.").format(advice=reason_words(rated.reason))
        if self.repeat.text() != text:
            return self.tr("The two passphrases differ.")
        return None

    def clear(self) -> None:
        if self.current is not None:
            self.current.clear()
        self.edit.clear()
        self.repeat.clear()

    def _update(self) -> None:
        text = self.edit.text()
        rated = self.rating()
        self.bar.setValue(rated.score if text else 0)
        if not text:
            self.words.setText("")
        else:
            advice = reason_words(rated.reason)
            words = score_words(rated.score)
            self.words.setText(
                self.tr("{words}: {advice}").format(words=words, advice=advice) if advice else words
            )
        self.bar.setAccessibleDescription(self.words.text())
        self.changed.emit()


ERROR_STYLE = "color: #b3261e"  # the passphrase dialogs' problem line (unlock, lock too)


def problem_label(parent: QWidget, object_name: str) -> PlainLabel:
    """The red, wrapped line where a passphrase dialog says what is wrong (read out as
    "Problem"); empty until there is one."""
    label = PlainLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(QCoreApplication.translate("PassphraseFields", "Problem"))
    return label
