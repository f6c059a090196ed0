"""File › Export application form… and File › Import application form…: the facility's
workbook out and back in. Before anything is stored, a preview shows what the form claims
and which sent documents match which requirement; the assessor then imports or cancels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.errors import AppError
from assessor_app.domain.self_assessment import FacilityAccount
from assessor_app.services.container import Services
from assessor_app.services.self_assessment import DocumentMatch, WorkbookRefusedError
from assessor_app.ui import folders
from assessor_app.ui.error_dialog import report_error
from assessor_app.ui.error_text import problem_line
from assessor_app.ui.lock_screen import exec_dialog
from assessor_app.ui.plain_text import PlainLabel, plain


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationForm", text)


class FormImportPreview(QDialog):
    """What the form holds and how the documents match, shown before anything changes."""

    def __init__(
        self, account: FacilityAccount, match: DocumentMatch | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formImportPreview")
        self.setWindowTitle(self.tr("Import application form"))
        claimed = sum(1 for c in account.claims.values() if c.status is not None)
        self.summary = PlainLabel(
            self.tr(
                "The form self-assesses {claims} requirements, gives {volumes} volumes and "
                "{cases} cases of the facility's internal review. It replaces the facility's "
                "previous form; your own ratings stay as they are."
            ).format(claims=claimed, volumes=len(account.volumes), cases=len(account.cases)),
            self,
        )
        self.summary.setWordWrap(True)
        self.documents = QPlainTextEdit(self)
        self.documents.setReadOnly(True)
        self.documents.setAccessibleName(self.tr("Documents matched to requirements"))
        self.documents.setPlainText(self._match_text(match))
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.documents)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def _match_text(self, match: DocumentMatch | None) -> str:
        if match is None:
            return self.tr("No documents were chosen; none will be attached.")
        lines = [self.tr("Will be attached ({n}):").format(n=len(match.matched))]
        lines += [f"  {key}: {name}" for key, name in match.matched]
        if match.missing:
            lines.append(
                self.tr("Named in the form but not sent ({n}):").format(n=len(match.missing))
            )
            lines += [f"  {key}: {name}" for key, name in match.missing]
        if match.unnamed:
            lines.append(
                self.tr("Sent but named under no requirement, not attached ({n}):").format(
                    n=len(match.unnamed)
                )
            )
            lines += [f"  {name}" for name in match.unnamed]
        return "\n".join(lines)


class DocumentsSourceBox(QMessageBox):
    """Asks how the facility sent its documents: a folder, a zip file, or none at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Question, _tr("Documents sent with the form"), "", parent=parent
        )
        self.setObjectName("documentsSource")
        self.setText(
            self.tr(
                "Did the facility send documents with the form? They are matched to the "
                "requirements the form names them under, and you see the match before "
                "anything is attached."
            )
        )
        self.folder_button = self.addButton(self.tr("A folder…"), QMessageBox.ButtonRole.AcceptRole)
        self.zip_button = self.addButton(self.tr("A zip file…"), QMessageBox.ButtonRole.AcceptRole)
        self.none_button = self.addButton(
            self.tr("No documents"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.folder_button)
        self.setEscapeButton(self.none_button)


def choose_documents(parent: QWidget) -> Path | None:
    """The folder or zip file of documents the assessor picks, or None for none."""
    box = DocumentsSourceBox(parent)
    box.exec()
    clicked = box.clickedButton()
    if clicked is box.folder_button:
        folder = QFileDialog.getExistingDirectory(
            parent, _tr("Folder of documents sent with the form"), folders.start_in()
        )
        return Path(folder) if folder else None
    if clicked is box.zip_button:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Zip file of documents sent with the form"),
            folders.start_in(),
            _tr("Zip file (*.zip)"),
        )
        return Path(path) if path else None
    return None


def export_application_form(parent: QWidget, services: Services, visit_id: str) -> Path | None:
    """Ask where to save and write the visit's application form."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Export application form"),
        folders.start_in(file_name=f"application-form-{visit_id[:8]}.xlsx"),
        _tr("Excel workbook (*.xlsx)"),
    )
    if not path:
        return None
    folders.remember(folders.DOCUMENTS, path)
    try:
        return services.self_assessment.export(visit_id, Path(path))
    except AppError as exc:
        report_error(exc, parent)
        return None


def _refused(parent: QWidget, exc: WorkbookRefusedError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, _tr("Application form not imported"), "", parent=parent
    )
    box.setObjectName("formRefused")
    box.setText(
        plain(_tr("The form was not imported; nothing changed. Each problem names its cell:"))
    )
    # Each line worded from its code, in the user's language (not the services' English).
    lines = [problem_line(p) for p in exc.cell_problems]
    box.setDetailedText(plain("\n".join(lines)))
    box.setInformativeText(plain("\n".join(lines[:8])))
    box.open()


def import_application_form(
    parent: QWidget,
    services: Services,
    visit_id: str,
    on_imported: Callable[[], None],
    *,
    preview: Callable[[FacilityAccount, DocumentMatch | None], bool] | None = None,
) -> bool:
    """Ask for the form (and, optionally, the folder or zip of documents sent with it), preview,
    then import and attach. Returns True when something was imported."""
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Import application form"), folders.start_in(), _tr("Excel workbook (*.xlsx)")
    )
    if not path:
        return False
    sa = services.self_assessment
    try:
        account = sa.check(visit_id, Path(path))
    except WorkbookRefusedError as exc:
        _refused(parent, exc)
        return False
    except AppError as exc:
        report_error(exc, parent)
        return False
    source = choose_documents(parent)

    def confirm(match: DocumentMatch | None) -> bool:
        if preview is not None:
            return preview(account, match)
        dialog = FormImportPreview(account, match, parent)
        return exec_dialog(dialog) == QDialog.DialogCode.Accepted

    imported = False
    try:
        if source is not None:
            # A zip's documents are read from the archive as they are attached (never
            # unpacked to disk); a folder is read where it is.
            with sa.open_documents(source) as docs:
                match = sa.match_documents(account, docs)
                if not confirm(match):
                    return False
                sa.import_workbook(visit_id, Path(path))
                imported = True
                sa.attach_documents(visit_id, docs, match)
        else:
            if not confirm(None):
                return False
            sa.import_workbook(visit_id, Path(path))
    except WorkbookRefusedError as exc:
        _refused(parent, exc)
        return False
    except AppError as exc:
        report_error(exc, parent)
        # The form itself may be stored already (a document failed to attach): the views
        # must show what the database now holds, not what they showed before.
        if imported:
            on_imported()
        return imported
    on_imported()
    return True
