"""The locked window: after the idle time, or File › Lock now, no data is on screen.

Locking hides the central widget (visit list or open visit, with the report preview),
the status bar, menus and toolbar, blanks the title, and hides every other window and
dialog of the app. In their place the window shows a panel asking for the passphrase.
Unlocking checks it against the key file, off the GUI thread, and puts everything back as
it was.

A modal dialog cannot stay open under the lock (it could show data, and its event loop
would keep the lock screen from taking the passphrase), so the lock ends its ``exec()``.
A dialog opened through ``exec_dialog`` (the data-entry ones: a new visit, a corrective
action, the application form's preview, the lists and help) is only hidden, with what was
typed in it, and ``exec_dialog`` opens it again, as it was, once the window is unlocked.
Any other modal dialog (a question, a passphrase prompt) is closed as if cancelled; after
the unlock a notice names each one, and says that what was typed in it was not kept.

Only an encrypted folder locks: an unencrypted one has nothing to ask for, and its data
lies readable on disk anyway (the window says so).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from assessor_app.ui.backup_reasons import as_plain_line
from assessor_app.ui.look import icon
from assessor_app.ui.plain_text import PlainLabel

if TYPE_CHECKING:
    from assessor_app.paths import AppPaths
    from assessor_app.protection.data_key import DataKey

BOX_WIDTH = 460
IDLE_SETTING = "security/idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 480
# How often the idle time is compared with the last input (the lock comes at most this
# late); input itself only stores a time stamp.
IDLE_CHECK_MS = 5_000
# Dynamic properties on a dialog: opened by exec_dialog (it comes back after the unlock),
# and hidden by the lock (its exec() returned because of it).
SURVIVES_LOCK = "iasios_survives_lock"
CLOSED_BY_LOCK = "iasios_closed_by_lock"

# The controller that holds the window locked now, if one does (there is one main window).
_active: list[LockController] = []


def exec_dialog(dialog: QDialog) -> int:
    """``dialog.exec()``, kept through a lock: when the lock hides the dialog, this waits
    for the unlock and opens it again with what was typed in it; the result is the one of
    the last opening. A dialog closed by a quit under the lock returns Rejected."""
    dialog.setProperty(SURVIVES_LOCK, True)
    try:
        while True:
            result = dialog.exec()
            if not dialog.property(CLOSED_BY_LOCK):
                return result
            dialog.setProperty(CLOSED_BY_LOCK, False)
            controller = _active[-1] if _active and isValid(_active[-1]) else None
            if controller is not None and controller.locked:
                loop = QEventLoop()
                controller.released.connect(loop.quit)
                controller.destroyed.connect(loop.quit)
                loop.exec()  # quit() (Ctrl+Q on the lock screen) ends this loop too
                if not isValid(controller) or controller.locked:
                    return int(QDialog.DialogCode.Rejected)
                focus = controller.focus_in(dialog)
                if focus is not None:
                    QTimer.singleShot(
                        0, dialog, lambda f=focus: f.setFocus() if isValid(f) else None
                    )
    finally:
        if isValid(dialog):
            dialog.setProperty(SURVIVES_LOCK, False)


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def _focus_later(dialog: QDialog, focus: QWidget | None) -> None:
    """Give ``focus`` the focus once ``dialog`` shows again (it had it when locked)."""
    if focus is not None:
        QTimer.singleShot(0, dialog, lambda: focus.setFocus() if isValid(focus) else None)


class LockScreen(QWidget):
    """What a locked window shows: the app's name, that it is locked, the passphrase."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        # A fixed width: the wrapped prompt and message then get the height they need.
        box.setFixedWidth(BOX_WIDTH)
        inner = QVBoxLayout(box)
        picture = PlainLabel(box)
        picture.setPixmap(icon("app").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        picture.setAccessibleName(self.tr("IASIOS Assessor"))
        inner.addWidget(picture)
        title = PlainLabel(self.tr("IASIOS Assessor is locked"), box)
        title.setObjectName("lock_title")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        inner.addWidget(title)
        # Imported when a window locks: every dialog imports this module for exec_dialog,
        # the main window among them, before its first paint.
        from assessor_app.ui.unlock_dialog import UnlockPanel

        self.panel = UnlockPanel(
            paths,
            box,
            prompt=self.tr("Enter the passphrase of this data folder to go on where you left."),
            offer_keyring=False,
        )
        inner.addWidget(self.panel)
        # Centred by stretches, not an alignment: an aligned item gets its plain size hint,
        # too short for the wrapped lines once a message shows.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


class IdleWatch(QObject):
    """Notes the time of the last keyboard, mouse or touch input anywhere in the app, and
    while the window is locked, hands over any other window that shows itself."""

    def __init__(self, controller: LockController) -> None:
        super().__init__(controller)
        self.last_input = time.monotonic()
        self._controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # App-wide, so kept to a set lookup and a flag: this runs for every event.
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        elif kind == QEvent.Type.Show and self._controller.locked:
            self._controller.shown_while_locked(watched)
        return False


class LockController(QObject):
    """Locks ``window`` after ``idle_minutes`` without input, or when asked; unlocks it."""

    released = Signal()  # unlocked: every dialog exec_dialog keeps may open again

    def __init__(self, window: QMainWindow, paths: AppPaths, key: DataKey) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self._key = key
        self.locked = False
        self.idle_seconds = DEFAULT_IDLE_MINUTES * 60.0
        self.screen: LockScreen | None = None
        self._hidden_windows: list[QWidget] = []
        self._actions: list[tuple[QAction, bool]] = []
        self._visible_bars: list[QWidget] = []
        self._title = ""
        self._focus: QWidget | None = None
        self._kept_dialogs: list[tuple[QDialog, QWidget | None]] = []  # with their focus
        self.closed_dialogs: list[str] = []  # titles of the modal dialogs the lock closed
        self.closed_notice: QMessageBox | None = None
        self.watch = IdleWatch(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.watch)
        self.timer = QTimer(self)
        self.timer.setInterval(IDLE_CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        # While locked, nothing may write a visit's name back into the title.
        window.installEventFilter(self)

    def set_idle_minutes(self, minutes: float) -> None:
        """0 turns the idle lock off (File › Lock now still locks)."""
        self.idle_seconds = max(0.0, minutes) * 60.0
        # A short idle time (tests, a cautious assessor) is checked as often as it needs.
        interval = IDLE_CHECK_MS if minutes <= 0 else min(IDLE_CHECK_MS, self.idle_seconds * 250)
        self.timer.setInterval(max(50, int(interval)))

    def check_idle(self) -> None:
        if self.locked or self.idle_seconds <= 0:
            return
        if time.monotonic() - self.watch.last_input >= self.idle_seconds:
            self.lock()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watch)

    # -- locking ----------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        _active.append(self)
        self.closed_dialogs = []
        window = self.window
        self._focus = QApplication.focusWidget()
        # A field being typed in saves on focus out: let it save before it disappears.
        if self._focus is not None:
            self._focus.clearFocus()
        self._hide_other_windows()
        self._actions = [(a, a.isEnabled()) for a in window.findChildren(QAction)]
        for action, _enabled in self._actions:
            if action.objectName() != "action_quit":
                action.setEnabled(False)
        self._visible_bars = [w for w in self._bars() if w is not None and not w.isHidden()]
        for bar in self._visible_bars:
            bar.hide()
        central = window.centralWidget()
        if central is not None:
            central.hide()
        self._title = window.windowTitle()
        window.setWindowTitle(self.tr("Locked"))
        screen = LockScreen(self.paths, window)
        screen.panel.unlocked.connect(self._unlocked)
        # Quit stays in reach: its shortcut needs a visible widget, and the menus are hidden.
        quit_action = window.findChild(QAction, "action_quit")
        if quit_action is not None:
            screen.addAction(quit_action)
        screen.setGeometry(window.rect())
        screen.show()
        screen.raise_()
        screen.panel.edit.setFocus()
        self.screen = screen

    def unlock_with(self, passphrase: str) -> None:
        """Type ``passphrase`` into the lock screen and press Unlock (as the assessor would)."""
        assert self.screen is not None
        self.screen.panel.edit.setText(passphrase)
        self.screen.panel.try_unlock()

    def _unlocked(self, key: DataKey) -> None:
        if key.raw != self._key.raw:  # another folder's key file under our feet: stay locked
            assert self.screen is not None
            self.screen.panel.message.setText(
                self.tr("This passphrase opens a different data folder.")
            )
            return
        self.restore()

    def restore(self) -> None:
        if not self.locked:
            return
        window = self.window
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None
        central = window.centralWidget()
        if central is not None:
            central.show()
        for bar in self._visible_bars:
            bar.show()
        self._visible_bars = []
        self.locked = False
        window.setWindowTitle(self._title)
        for action, enabled in self._actions:
            action.setEnabled(enabled)
        self._actions = []
        for other in self._hidden_windows:
            other.show()
        self._hidden_windows = []
        if self._focus is not None and isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        self.watch.last_input = time.monotonic()
        while self in _active:
            _active.remove(self)
        self.released.emit()  # the kept dialogs open again, after this returns
        self._kept_dialogs = [(d, f) for d, f in self._kept_dialogs if isValid(d)]
        if self.closed_dialogs:
            self._tell_what_was_closed()

    def focus_in(self, dialog: QDialog) -> QWidget | None:
        """Where the focus was in ``dialog`` when the lock hid it (taken once)."""
        for i, (kept, focus) in enumerate(self._kept_dialogs):
            if kept is dialog:
                del self._kept_dialogs[i]
                return focus if focus is not None and isValid(focus) else None
        return None

    def _tell_what_was_closed(self) -> None:
        """Name the dialogs the lock closed, and that their input was not kept (a window-
        modal notice: it does not block, and no data is in it)."""
        names = "\n".join(f"• {name}" for name in self.closed_dialogs)
        self.closed_dialogs = []
        box = QMessageBox(self.window)
        box.setObjectName("lock_closed_dialogs")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Closed by the lock"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "While the window was locked, these dialogs were closed as if cancelled. "
                "Nothing typed in them was saved; open them again to do what they were "
                "for:\n\n{names}"
            ).format(names=names)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.closed_notice = box
        box.open()

    def _bars(self) -> list[QWidget | None]:
        window = self.window
        return [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar)]

    def _hide_other_windows(self) -> None:
        self._hidden_windows = []
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                self._put_away(widget)

    def _put_away(self, widget: QWidget) -> None:
        if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            widget.hide()  # a menu or tooltip: gone for good, as on any click elsewhere
        elif isinstance(widget, QDialog) and widget.isModal() and not _is_progress(widget):
            if widget.property(SURVIVES_LOCK):
                # Hidden with its contents (no reject: nothing runs as on a cancel); its
                # exec() returns and exec_dialog opens it again after the unlock.
                focus = self._focus
                inside = focus is not None and isValid(focus) and widget.isAncestorOf(focus)
                self._kept_dialogs.append((widget, focus if inside else None))
                widget.setProperty(CLOSED_BY_LOCK, True)
                widget.hide()
            else:
                # Maybe running its own event loop: closing ends it as a cancel would.
                title = widget.windowTitle() or self.tr("A dialog")
                self.closed_dialogs.append(as_plain_line(title, 120))
                widget.reject()
        else:
            widget.hide()  # a progress dialog or a window of its own: back on unlock
            if widget not in self._hidden_windows:
                self._hidden_windows.append(widget)

    def shown_while_locked(self, watched: QObject) -> None:
        """A dialog or window opened under the lock (a background job's result, a progress
        dialog's delayed show) is put away right after it shows. Not within the show: a
        dialog starting exec() must be in its event loop for the hiding to end it.
        Popups and tooltips open only from what is visible, the lock screen itself."""
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return
        if watched is self.window or watched.windowType() in (
            Qt.WindowType.Popup,
            Qt.WindowType.ToolTip,
        ):
            return
        QTimer.singleShot(0, self, lambda: self._put_away(watched) if isValid(watched) else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.locked and watched is self.window:
            if event.type() == QEvent.Type.WindowTitleChange:
                title = self.tr("Locked")
                if self.window.windowTitle() != title:
                    # A page changed its title under the lock: keep it for the unlock, show none.
                    self._title = self.window.windowTitle()
                    QTimer.singleShot(0, self, lambda: self._keep_title_blank(title))
            elif event.type() == QEvent.Type.Resize and self.screen is not None:
                self.screen.setGeometry(self.window.rect())
        return False

    def _keep_title_blank(self, title: str) -> None:
        if self.locked:
            self.window.setWindowTitle(title)


def _is_progress(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QProgressDialog

    return isinstance(widget, QProgressDialog)
