"""File › Request evidence…: ask where, write the letter to the facility off the GUI thread,
and say what it lists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assessor_app.domain.progress import CancelToken, ProgressFn
from assessor_app.services.container import Services
from assessor_app.services.request_letter import RequestLetterService, WrittenLetter
from assessor_app.ui import folders
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.formatting import message_of
from assessor_app.ui.plain_text import plain


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestLetter", text)


def write_request_letter(
    parent: QWidget,
    services: Services,
    runner: BackgroundRunner,
    visit_id: str,
    on_written: Callable[[WrittenLetter], None] | None = None,
) -> None:
    """Ask for a file name, then write the letter listing every open request there."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save the evidence request letter"),
        folders.start_in(file_name="evidence-requests.pdf"), "PDF (*.pdf)",
    )  # fmt: skip
    if not name:
        return
    folders.remember(folders.DOCUMENTS, name)
    target = Path(name)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    letters = RequestLetterService(services.outcome)

    def work(_progress: ProgressFn, _cancel: CancelToken) -> WrittenLetter:
        return letters.generate(visit_id, target)

    def done(letter: WrittenLetter) -> None:
        if letter.requests:
            text = _tr("The letter lists {n} open evidence requests.").format(n=letter.requests)
            if letter.requests == 1:
                text = _tr("The letter lists 1 open evidence request.")
        else:
            text = _tr("No request is open: the letter says no evidence is requested.")
        QMessageBox.information(parent, _tr("Request evidence"), plain(f"{text}\n{letter.path}"))
        if on_written is not None:
            on_written(letter)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, _tr("Request evidence"), plain(message_of(exc)))

    runner.run(work, done, failed, label=_tr("Writing the letter…"), owner=parent)
