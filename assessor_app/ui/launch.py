"""Start the desktop app: QApplication, translations, error hook, first paint, services."""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from assessor_app import APP_ID, APP_NAME, ORG_NAME, __version__, start_collector
from assessor_app.domain.errors import AppError, DatabaseError, ProtectionError
from assessor_app.domain.storage_errors import StorageError
from assessor_app.paths import AppPaths
from assessor_app.resources import resource_path
from assessor_app.ui.error_dialog import install_excepthook
from assessor_app.ui.first_paint import show_and_paint
from assessor_app.ui.focus_keeper import install_focus_keeper
from assessor_app.ui.look import icon, stylesheet
from assessor_app.ui.plain_imports import without_qt_import_hook
from assessor_app.ui.plain_text import plain

if TYPE_CHECKING:
    from assessor_app.protection.data_key import DataKey
    from assessor_app.services.container import Services
    from assessor_app.services.folder_lock import FolderLock

log = logging.getLogger(__name__)

EXIT_DATABASE = 2
EXIT_QUIT = 0  # quit from the unlock or first-run dialog: nothing opened, nothing changed
TRANSLATION_PREFIX = "assessor"
# Set by scripts/run-app.sh: the first start of a data folder opens on a demo visit.
DEMO_ON_FIRST_RUN = "ASSESSOR_APP_DEMO_ON_FIRST_RUN"
SIGNAL_POLL_MS = 300


def _message_of(exc: AppError) -> str:
    # Imported when a refusal is shown: the sentences for every error code are not needed
    # before the first window paints.
    from assessor_app.ui.formatting import message_of

    return message_of(exc)


def make_application() -> QApplication:
    """The one QApplication (re-used when one exists already, as in tests)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scale factors (125 %, 150 %) drawn as such, not rounded to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(stylesheet())
    install_translator(app)
    return app


def install_translator(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> QTranslator | None:
    """Load resources/translations/assessor_<locale>.qm when one exists for the locale.

    Qt tries the full locale first, then the language alone (assessor_de_AT.qm, then
    assessor_de.qm); without a file the English source strings are shown.
    """
    translator = QTranslator(app)
    where = str(folder or resource_path("translations"))
    if translator.load(locale or QLocale(), TRANSLATION_PREFIX, "_", where):
        app.installTranslator(translator)
        return translator
    return None


def run_gui(paths: AppPaths) -> int:
    """Paint the first window, then open the database and fill it in, then run the app.

    An encrypted folder paints its unlock dialog first (a new folder its first-run dialog)
    while the data layer imports in the background; then, as for any folder, the main
    window paints before the database opens. SQLAlchemy is imported only after the first
    paint; the window's rows come from the database, never from a cache.
    """
    app = make_application()
    install_excepthook(paths.log_file)
    first_run = not paths.database.exists()  # encrypted or not, this start creates it
    # A folder open in another window is said before a passphrase is asked for nothing.
    # Held until the services hold it too, so no other process takes it in between.
    refused, early = hold_folder(paths)
    if refused:
        return EXIT_DATABASE
    try:
        opened = unlock_folder(paths)
        if isinstance(opened, int):
            return opened
        from assessor_app.ui.main_window import MainWindow

        window = MainWindow(paths=paths)
        show_and_paint(window)
        # From here on: dialogs before it (unlock, first run, refusals) have no window to
        # give the keyboard back to, and the keeper stays out of the first paint.
        install_focus_keeper(app)
        window.activateWindow()  # keyboard focus from the start, even without a WM
        services = open_services(paths, opened.key)
    finally:
        # The services hold their own (re-entrant) lock now; this one would refuse the
        # encrypt action, which needs the folder held by nobody else in this process.
        if early is not None:
            early.release()
    if services is None:
        window.hide()
        window.deleteLater()
        return EXIT_DATABASE
    window.attach_services(services)
    start_collector.release()  # start-up is over (see start_collector)
    if first_run and os.environ.get(DEMO_ON_FIRST_RUN) == "1":
        # scripts/run-app.sh asks for it: a new assessor meets a complete visit at once.
        window.list_page.create_demo()
    _close_on_signals(window)
    try:
        return app.exec()
    finally:
        # Work still running (an import, a report) is cancelled and rolls back before the
        # database closes under it.
        from assessor_app.ui.background import BackgroundRunner

        if not BackgroundRunner.shutdown():
            log.error("background work did not stop before the app closed")
        window.protection.stop()
        # The window's services: an encryption conversion replaces the ones opened here.
        window.services.close()


def hold_folder(paths: AppPaths) -> tuple[bool, FolderLock | None]:
    """(refused, lock): refused once "open in another window" has been shown; the lock is
    None for a folder no app has opened yet (no lock file is made before it opens)."""
    from assessor_app.services import folder_lock

    try:
        return False, folder_lock.acquire_if_made(paths.data_dir)
    except ProtectionError as exc:
        log.error("data folder refused at start-up: %s", exc)
        QMessageBox.critical(None, APP_NAME, plain(_message_of(exc)))
        return True, None


class Unlocked:
    """The start may go on: with the data key, or None for an unencrypted folder."""

    def __init__(self, key: DataKey | None) -> None:
        self.key = key


def unlock_folder(paths: AppPaths) -> Unlocked | int:
    """Ask what the folder needs before it opens: its passphrase, or on a new folder a
    passphrase to create it with. An exit code when the assessor quits or the key file
    cannot be read (nothing was changed then)."""
    from assessor_app.protection.key_file import FolderState, folder_state

    try:
        state = folder_state(paths)
    except AppError as exc:
        log.error("key file refused at start-up: %s", exc)
        QMessageBox.critical(None, APP_NAME, plain(_message_of(exc)))
        return EXIT_DATABASE
    if state is FolderState.ENCRYPTED:
        remembered = _remembered(paths)
        return Unlocked(remembered) if remembered is not None else _ask_passphrase(paths)
    if state is FolderState.NEW:
        return _first_run(paths)
    return Unlocked(None)


def _remembered(paths: AppPaths) -> DataKey | None:
    """The keyring's unlock, asked for only when the assessor chose "Remember" before
    (the keyring's import and its D-Bus probe are not paid on every start)."""
    from assessor_app.ui.unlock_dialog import REMEMBER_SETTING, remembered_key
    from assessor_app.ui.window_memory import gui_settings

    if str(gui_settings(paths.config_dir).value(REMEMBER_SETTING, "false")).lower() != "true":
        return None
    return remembered_key(paths)


def _ask_passphrase(paths: AppPaths) -> Unlocked | int:
    from assessor_app.ui.preload import DataLayerPreload
    from assessor_app.ui.unlock_dialog import UnlockDialog, keyring_available

    # SQLAlchemy and the services load while the passphrase is typed; the keyring's
    # presence is asked there too (importing keyring and probing D-Bus take a while).
    # Started once the dialog is on screen, so the imports never delay its first frame.
    preload = DataLayerPreload(probe=keyring_available)

    def keyring_answer() -> bool | None:
        return bool(preload.probed) if preload.done() else None

    dialog = UnlockDialog(paths, keyring_probe=keyring_answer)
    show_and_paint(dialog)
    preload.start()
    dialog.activateWindow()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    key = dialog.key
    dialog.deleteLater()
    preload.wait()  # the GUI thread imports nothing of the data layer before this
    if not accepted or key is None:
        return EXIT_QUIT
    return Unlocked(key)


def _first_run(paths: AppPaths) -> Unlocked | int:
    from assessor_app.ui.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog(paths)
    show_and_paint(dialog)
    dialog.activateWindow()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    key = dialog.key
    dialog.deleteLater()
    if not accepted:
        return EXIT_QUIT  # nothing was written: the next start asks again
    return Unlocked(key)


def open_services(paths: AppPaths, key: DataKey | None = None) -> Services | None:
    """The open database and its services, or None once a refusal has been shown.

    The services the visit list reads from are loaded here too, in the order it needs
    them, with the data layer's imports kept clear of Qt's import hook (see
    ``plain_imports``); everything else loads on first use.
    """
    try:
        with without_qt_import_hook():
            from assessor_app.services.container import build_services

            services = build_services(paths, key)
            services.visits  # noqa: B018 (the list's rows)
            services.sync  # noqa: B018 (the list's sync columns)
        return services
    except DatabaseError as exc:
        log.error("database refused at start-up: %s", exc)
        if isinstance(exc, StorageError):
            # Complete as it stands: what happened, that nothing changed, what to do.
            QMessageBox.critical(None, APP_NAME, plain(_message_of(exc)))
        else:
            show_database_error(str(exc), paths)
        return None
    except ProtectionError as exc:  # the folder is open in another window or process
        log.error("data folder refused at start-up: %s", exc)
        QMessageBox.critical(None, APP_NAME, plain(_message_of(exc)))
        return None


def _close_on_signals(window: QWidget) -> None:
    """Ctrl+C in the terminal or a polite kill closes the window as the user would."""

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, close)
    # Python runs signal handlers only between bytecodes: wake it now and then.
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(SIGNAL_POLL_MS)


def show_database_error(message: str, paths: AppPaths) -> None:
    """A blocking dialog before any window exists: the app then exits, changing nothing."""
    text = QCoreApplication.translate(
        "launch",
        "The database cannot be opened:\n\n{message}\n\nNothing was changed. "
        "The database is {database}.",
    ).format(message=message, database=paths.database)
    QMessageBox.critical(None, APP_NAME, plain(text))


def show_folder_error(folder: Path, exc: OSError) -> None:
    """The data folder cannot be made or written (read-only, full): said before exiting."""
    make_application()
    text = QCoreApplication.translate(
        "launch", "The data folder {folder} cannot be used: {reason}. Nothing was changed."
    ).format(folder=folder, reason=exc.strerror or exc.__class__.__name__)
    QMessageBox.critical(None, APP_NAME, plain(text))
