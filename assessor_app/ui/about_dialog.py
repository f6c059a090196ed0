"""Name, version, where the data and the log live, and which checklist wording is in use."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from assessor_app import APP_NAME, __version__
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.paths import AppPaths
from assessor_app.ui.look import icon
from assessor_app.ui.plain_text import PlainLabel, RichLabel


def _path_label(text: str, parent: QWidget) -> RichLabel:
    href = html.escape(QUrl.fromLocalFile(text).toString())
    label = RichLabel(f'<a href="{href}">{html.escape(text)}</a>', parent)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setOpenExternalLinks(True)
    return label


class AboutDialog(QDialog):
    def __init__(
        self, paths: AppPaths, template: ChecklistTemplate | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        logo = PlainLabel(self)
        logo.setPixmap(icon("app").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = RichLabel(f"<b style='font-size:15pt'>{html.escape(APP_NAME)}</b>", self)
        version = PlainLabel(self.tr("Version {version}").format(version=__version__), self)
        version.setObjectName("about_version")
        blurb = PlainLabel(
            self.tr(
                "Offline accreditation assessments for interventional oncology services "
                "(IASIOS). Every change is saved as it is made."
            ),
            self,
        )
        blurb.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Data folder:"), _path_label(str(paths.data_dir), self))
        form.addRow(self.tr("Log file:"), _path_label(str(paths.log_file), self))
        if template is not None:
            wording = (
                self.tr("official wording")
                if template.wording == "official"
                else self.tr("working text, not the official IASIOS wording")
            )
            checklist = PlainLabel(
                self.tr("{title}\n{id}, version {version} ({wording})").format(
                    title=template.title, id=template.id, version=template.version, wording=wording
                ),
                self,
            )
            checklist.setObjectName("about_template")
            checklist.setWordWrap(True)
            form.addRow(self.tr("Checklist:"), checklist)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(version)
        text.addSpacing(6)
        text.addWidget(blurb)
        text.addSpacing(6)
        text.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addSpacing(12)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
