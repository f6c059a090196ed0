"""File › Restore from backup…, and the rolling backups of a desktop session.

The dialog lists the backups, newest first, and shows what the selected one holds (its
visits, their last change, their counts, read from the backup itself) before anything
changes; restoring asks once more, backs the current data up, sets it aside and closes
the app, which starts again on the restored data. The folder that also gets a copy of
every backup is chosen here too.

The rolling backups and the two menu actions are in ui/rolling_backups.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor_app.domain.errors import AppError
from assessor_app.ui.backup_reasons import as_plain_line, reason_text
from assessor_app.ui.error_dialog import report_error
from assessor_app.ui.formatting import counted, local_time
from assessor_app.ui.lock_screen import exec_dialog
from assessor_app.ui.plain_text import PlainLabel, plain
from assessor_app.ui.rolling_backups import show_backup_warnings

if TYPE_CHECKING:
    from assessor_app.services.backups import BackupContents, BackupInfo, RestoreLoss
    from assessor_app.services.container import Services
    from assessor_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The backup list takes the width its entries need, within these bounds (pixels).
MIN_LIST_WIDTH, MAX_LIST_WIDTH = 280, 520


def visits_text(n: int) -> str:
    return counted(QCoreApplication.translate("BackupDialogs", "%n visit(s)", "", n), n)


def describe_contents(held: BackupContents) -> str:
    """What a backup holds, one visit a line (plain text)."""
    info = held.info
    lines = [
        QCoreApplication.translate(
            "BackupDialogs", "Made {created} ({reason}), {kind}, {visits}."
        ).format(
            created=info.created.replace("T", " ")[:19],
            reason=reason_text(info.reason),
            kind=QCoreApplication.translate("BackupDialogs", "encrypted")
            if info.encrypted
            else QCoreApplication.translate("BackupDialogs", "unencrypted"),
            visits=visits_text(len(held.contents.visits)),
        ),
        "",
    ]
    for v in held.contents.visits:
        lines.append(
            QCoreApplication.translate(
                "BackupDialogs",
                "{facility}: last change {last_change}; {findings} rated, {attachments}, {actions}",
            ).format(
                facility=as_plain_line(v.facility, None),
                last_change=local_time(v.last_change),
                findings=v.findings,
                attachments=counted(
                    QCoreApplication.translate(
                        "BackupDialogs", "%n attachment(s)", "", v.attachments
                    ),
                    v.attachments,
                ),
                actions=counted(
                    QCoreApplication.translate(
                        "BackupDialogs", "%n corrective action(s)", "", v.actions
                    ),
                    v.actions,
                ),
            )
        )
    if not info.with_attachments:
        lines.append(
            QCoreApplication.translate(
                "BackupDialogs", "(Database only: the current attachments stay as they are.)"
            )
        )
    return "\n".join(lines)


def describe_loss(loss: RestoreLoss) -> str:
    """What the current data holds that the backup does not (plain text, one visit a line)."""
    if loss.unknown:
        return QCoreApplication.translate(
            "BackupDialogs",
            "The current data could not be read, so it was not compared with the backup.",
        )
    if loss.nothing:
        return QCoreApplication.translate(
            "BackupDialogs", "The current data holds nothing that this backup lacks."
        )
    lines: list[str] = []
    if loss.missing:
        n = len(loss.missing)
        lines.append(
            counted(
                QCoreApplication.translate(
                    "BackupDialogs",
                    "%n visit(s) there now would be gone (not in this backup):",
                    "",
                    n,
                ),
                n,
            )
        )
        lines += [f"  • {as_plain_line(v.facility, None)}" for v in loss.missing]
    if loss.newer:
        n = len(loss.newer)
        lines.append(
            counted(
                QCoreApplication.translate(
                    "BackupDialogs",
                    "%n visit(s) changed since this backup would lose those changes:",
                    "",
                    n,
                ),
                n,
            )
        )
        lines += [
            "  • "
            + QCoreApplication.translate(
                "BackupDialogs", "{facility} (last change now {now})"
            ).format(facility=as_plain_line(v.facility, None), now=local_time(v.last_change))
            for v in loss.newer
        ]
    return "\n".join(lines)


class RestoreDialog(QDialog):
    """Pick a backup, see what it holds, restore it (after a confirmation)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.restored_aside: Path | None = None
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(940, 480)
        intro = PlainLabel(
            self.tr(
                "Choose a backup to see what it holds. Restoring sets the current data aside "
                "(it is kept, never overwritten) and closes the app."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setObjectName("backup_list")
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.backups.setTextElideMode(Qt.TextElideMode.ElideRight)
        list_label = PlainLabel(self.tr("&Backups, newest first:"), self)
        list_label.setBuddy(self.backups)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("backup_contents")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What the selected backup holds"))
        details_label = PlainLabel(self.tr("&What it holds:"), self)
        details_label.setBuddy(self.details)
        self.folder_label = PlainLabel(self)
        self.folder_label.setObjectName("backup_extra_folder")
        self.folder_label.setWordWrap(True)
        # An extra copy that failed (the stick is unplugged): said here, never in the way.
        self.notice = PlainLabel(self)
        self.notice.setObjectName("backup_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        choose = QPushButton(self.tr("&Also copy backups to…"), self)
        choose.setObjectName("backup_choose_folder")
        choose.clicked.connect(self.choose_folder)
        self.back_up_now = QPushButton(self.tr("Back &up now"), self)
        self.back_up_now.setObjectName("backup_now")
        self.back_up_now.clicked.connect(self.create_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("backup_restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.backups, 1)
        right = QVBoxLayout()
        right.addWidget(details_label)
        right.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        folder_row.addWidget(self.back_up_now)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.backups.currentItemChanged.connect(self._show_selected)
        self._infos: list[BackupInfo] = []
        self._shown: BackupContents | None = None
        self.refresh()

    @staticmethod
    def entry_text(info: BackupInfo) -> str:
        """A backup's line in the list: its id, why it was made, how many visits."""
        return QCoreApplication.translate("RestoreDialog", "{id}  {reason}  ({visits})").format(
            id=as_plain_line(info.id),
            reason=reason_text(info.reason),
            visits=visits_text(len(info.visits)),
        )

    def refresh(self) -> None:
        self.backups.clear()
        self._infos = self.services.backups.newest_first()
        widest = 0
        metrics = self.backups.fontMetrics()
        for info in self._infos:
            text = self.entry_text(info)
            item = QListWidgetItem(text)
            item.setToolTip(plain(text))
            self.backups.addItem(item)
            widest = max(widest, metrics.horizontalAdvance(text))
        # The list is as wide as its widest entry needs (within reason): no side scrolling.
        margin = 2 * self.backups.frameWidth() + self.backups.verticalScrollBar().sizeHint().width()
        self.backups.setMinimumWidth(min(MAX_LIST_WIDTH, max(MIN_LIST_WIDTH, widest + margin + 16)))
        if not self._infos:
            self.details.setPlainText(self.tr("There are no backups yet."))
        folder = self.services.backups.extra_folder()
        self.folder_label.setText(
            self.tr("Backups are also copied to {folder}.").format(folder=folder)
            if folder
            else self.tr("Backups are kept in the data folder only.")
        )
        if self._infos:
            self.backups.setCurrentRow(0)

    def selected(self) -> BackupInfo | None:
        row = self.backups.currentRow()
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def _show_selected(self, *_args: object) -> None:
        info = self.selected()
        self._shown = None
        self.restore_button.setEnabled(False)
        if info is None:
            return
        try:
            self._shown = self.services.backups.contents(info)
        except AppError as exc:
            from assessor_app.ui.error_dialog import short_message

            self.details.setPlainText(short_message(exc))
            return
        self.details.setPlainText(describe_contents(self._shown))
        self.restore_button.setEnabled(True)

    def choose_folder(self) -> None:
        current = self.services.backups.extra_folder()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder that also gets every backup"), str(current or Path.home())
        )
        if chosen:
            try:
                self.services.backups.set_extra_folder(Path(chosen))
            except (AppError, OSError) as exc:
                report_error(exc, self)
                return
            self.refresh()

    def create_now(self) -> None:
        try:
            self.services.backups.create("manual")
        except (AppError, OSError) as exc:
            report_error(exc, self)
            return
        self.refresh()
        show_backup_warnings(self.services, self.notice.setText)
        self.notice.setVisible(bool(self.notice.text()))

    def confirmation(self, held: BackupContents) -> QMessageBox:
        """The question asked before a restore: it names the backup and what the current
        data holds that the backup lacks; Cancel is the default and Escape's button."""
        box = QMessageBox(self)
        box.setObjectName("restore_confirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from backup"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Restore backup {id}? The current data is backed up and set aside "
                "first, then the app closes; start it again to work on the restored data."
            ).format(id=as_plain_line(held.info.id))
        )
        box.setInformativeText(plain(describe_loss(self.services.backups.what_restore_loses(held))))
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_confirm_yes")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("restore_confirm_cancel")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    def confirm(self, held: BackupContents) -> bool:
        """Asked once more, naming the backup (a test replaces this)."""
        box = self.confirmation(held)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return chosen is not None and chosen.objectName() == "restore_confirm_yes"

    def restore_selected(self) -> None:
        held = self._shown
        if held is None or not self.confirm(held):
            return
        try:
            self.restored_aside = self.services.backups.restore(held.info)
        except (AppError, OSError) as exc:
            report_error(exc, self)
            return
        self.accept()


def restore_from_backup(window: MainWindow) -> None:
    if not window.has_services():
        return
    dialog = RestoreDialog(window.services, window)
    exec_dialog(dialog)
    if dialog.restored_aside is not None:
        QMessageBox.information(
            window,
            window.tr("Restore from backup"),
            plain(
                QCoreApplication.translate(
                    "BackupDialogs",
                    "The backup is in place. The data it replaced is kept in {folder}. "
                    "The app closes now: start it again.",
                ).format(folder=dialog.restored_aside)
            ),
        )
        QApplication.quit()
