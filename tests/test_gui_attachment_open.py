"""Opening an attachment in another program from the checklist, in an encrypted folder:
the viewer gets a private decrypted copy that is gone once the app has closed."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from assessor_app.domain.visit import Facility, NewVisit, ProcedureType
from assessor_app.paths import AppPaths
from assessor_app.protection.data_key import DataKey
from assessor_app.services.container import build_services, external_copies
from tests.test_gui_checklist import click_requirement, open_page

pytestmark = pytest.mark.gui


def test_open_gives_the_viewer_a_private_copy_removed_at_close(
    qtbot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = build_services(paths, DataKey.generate())
    visit_id = services.visits.create(
        NewVisit(
            facility=Facility(name="Test Hospital"),
            template_id=services.templates.default().id,
            volumes={ProcedureType.ABLATION: 200},
        )
    )
    doc = tmp_path / "site-policy.pdf"
    doc.write_bytes(b"%PDF-1.4 the site's policy, only inside the app")
    services.attachments.add(visit_id, "5.a", doc)
    opened: list[Path] = []

    def viewer(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(viewer))
    page = open_page(qtbot, services, visit_id)
    click_requirement(qtbot, page, "5.a")
    panel = page.editor.attachments
    panel.list.setCurrentRow(panel.list.count() - 1)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)

    assert len(opened) == 1
    copy = opened[0]
    assert copy.read_bytes() == doc.read_bytes() and copy.name == "site-policy.pdf"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert external_copies(paths) in copy.parents
    stored = services.store.blob_path(services.attachments.list(visit_id, "5.a")[-1].sha256)
    assert b"the site's policy" not in stored.read_bytes()
    page.close()
    services.close()
    assert not copy.exists() and list(external_copies(paths).iterdir()) == []
