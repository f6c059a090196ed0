"""How the case review's panels report a refused or failed edit: one box, one sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assessor_app.domain.errors import AppError
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import plain


def show_error(parent: QWidget, exc: BaseException) -> None:
    title = QCoreApplication.translate("CaseReviewPage", "Case review")
    if isinstance(exc, AppError):
        QMessageBox.warning(parent, title, plain(message_of(exc)))
    else:
        QMessageBox.critical(
            parent,
            title,
            plain(
                QCoreApplication.translate("CaseReviewPage", "Unexpected error: {0}").format(exc)
            ),
        )
