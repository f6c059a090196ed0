"""Bundles in and out of the main window: export, the import queue and dropped files.

The flows' own modules (file dialogs, signing choice, refusal texts) are imported on first
use, so the window's first paint does not wait for them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assessor_app.domain.sync_types import ImportResult
    from assessor_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class BundleFlows:
    """Export and import for one main window; never two imports at once."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def export_target(self) -> str | None:
        """The open visit, else the one selected in the list."""
        w = self._window
        if w.workspace is not None:
            return w.workspace.visit_id
        return w.list_page.selected_id()

    def export_visit(self, invitation: bool = False, *, choose_recipients: bool = False) -> None:
        """Export the open (or selected) visit as a bundle, signed if the assessor wants;
        ``choose_recipients``: also sealed to certificates the assessor picks."""
        from assessor_app.ui.sync.export_signing import choose_signing
        from assessor_app.ui.sync.sync_flows import export_visit_flow

        w = self._window
        visit_id = self.export_target()
        if visit_id is None:
            return
        if w.workspace is not None:
            w.workspace.checklist.flush()  # text still waiting for its pause goes along
        seal_to: list[bytes] = []
        if choose_recipients:
            from assessor_app.ui.sync.seal_recipients import choose_seal_recipients

            chosen = choose_seal_recipients(w)
            if chosen is None:
                return
            seal_to = chosen
        signing = choose_signing(w, w.services)
        if signing is None:
            return
        export_visit_flow(
            w, w.services, w.runner, visit_id, invitation=invitation,
            identity_path=signing.identity_path, passphrase=signing.passphrase, seal_to=seal_to,
            on_exported=lambda result: w.statusBar().showMessage(
                w.tr("Exported to {path}").format(path=result.path), 8000
            ),
        )  # fmt: skip

    def import_bundles(self, paths: list[Path | None]) -> None:
        """Import these bundle files one after the other (None: ask for a file)."""
        self._import_next(list(paths))

    def _import_next(self, queue: list[Path | None]) -> None:
        from assessor_app.ui.sync.sync_flows import import_bundle_flow

        if not queue:
            return
        w = self._window
        path = queue.pop(0)
        if w.workspace is not None:
            w.workspace.checklist.flush()  # a pending comment is saved before the merge

        def imported(result: ImportResult) -> None:
            self._after_import(result)
            self._import_next(queue)

        import_bundle_flow(
            w, w.services, w.runner, None if path is None else str(path),
            on_imported=imported, on_failed=lambda _exc: self._import_next(queue),
        )  # fmt: skip

    def _after_import(self, result: ImportResult) -> None:
        from assessor_app.ui.plain_text import window_title

        if result.already_imported:
            return
        w = self._window
        if w.workspace is not None:
            w.workspace.reload()
            w.setWindowTitle(window_title(w.workspace.facility_name()))
        select = result.visit_ids[0] if result.visit_ids and w.workspace is None else None
        w.list_page.refresh(select_id=select)
        w.update_actions()
        w.show_saved()  # the result itself was in the import's message

    def handle_dropped_files(self, paths: list[Path]) -> None:
        """Files dropped on the window: bundles are imported, anything else is ignored."""
        from assessor_app.ui.sync.sync_flows import is_bundle_path

        w = self._window
        log.info("files dropped on the window: %s", [str(p) for p in paths])
        bundles: list[Path | None] = [p for p in paths if is_bundle_path(str(p))]
        ignored = len(paths) - len(bundles)
        if ignored:
            w.statusBar().showMessage(
                w.tr("Only assessor bundles can be dropped here: %n file(s) ignored", "", ignored),
                8000,
            )
        self.import_bundles(bundles)
