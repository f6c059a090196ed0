"""Help › Check data…: the database's integrity and every attachment's bytes, summed up.

The check reads (and decrypts) every attachment, so it runs off the GUI thread with a
progress bar; the summary says what is wrong and which backup to go back to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from assessor_app.ui.error_dialog import report_error
from assessor_app.ui.plain_text import plain

if TYPE_CHECKING:
    from assessor_app.services.backups import BackupInfo, CheckReport
    from assessor_app.ui.main_window import MainWindow


def check_summary(report: CheckReport, good: BackupInfo | None) -> str:
    """The check's result in a few plain lines."""
    lines = []
    if report.database_problems:
        lines.append(
            QCoreApplication.translate(
                "CheckDialog", "The database is damaged ({problem})."
            ).format(problem=report.database_problems[0])
        )
    else:
        lines.append(
            QCoreApplication.translate("CheckDialog", "The database passed its integrity check.")
        )
    bad = len(report.missing) + len(report.damaged)
    lines.append(
        QCoreApplication.translate(
            "CheckDialog",
            "Attachments: {ok} of {total} intact, {missing} missing, {damaged} damaged.",
        ).format(
            ok=report.attachments_checked - bad,
            total=report.attachments_checked,
            missing=len(report.missing),
            damaged=len(report.damaged),
        )
    )
    if report.ok:
        lines.append(QCoreApplication.translate("CheckDialog", "All is well."))
    elif good is not None:
        lines.append(
            QCoreApplication.translate(
                "CheckDialog",
                "The newest good backup is {id}: File › Restore from backup puts it back.",
            ).format(id=good.id)
        )
    else:
        lines.append(
            QCoreApplication.translate("CheckDialog", "There is no good backup to go back to.")
        )
    return "\n".join(lines)


def check_data(window: MainWindow) -> None:
    if not window.has_services():
        return
    backups = window.services.backups

    def work(progress: object, _cancel: object) -> tuple[CheckReport, BackupInfo | None]:
        report = backups.check(progress)  # type: ignore[arg-type]
        return report, (None if report.ok else backups.newest_good())

    def done(result: tuple[CheckReport, BackupInfo | None]) -> None:
        report, good = result
        box = QMessageBox(window)
        box.setObjectName("check_result")
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("CheckDialog", "Check data"))
        box.setText(plain(check_summary(report, good)))
        box.open()

    def failed(exc: BaseException) -> None:
        report_error(exc, window)

    window.runner.run(
        work,
        done,
        failed,
        label=QCoreApplication.translate("CheckDialog", "Checking the data…"),
        owner=window,
    )
