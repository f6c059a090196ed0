"""Left side of the checklist page: filter, search and the tree of requirements."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from assessor_app.ui.checklist.navigator_delegate import NavigatorDelegate
from assessor_app.ui.checklist.navigator_model import (
    Filter,
    NavigatorFilter,
    NavigatorModel,
    NodeKind,
    Role,
    filter_label,
)
from assessor_app.ui.search_field import make_search_field

CONTEXT_ROWS = 2  # rows kept in sight above a requirement the list scrolls to


class Navigator(QWidget):
    current_changed = Signal(str)  # requirement key; "" when the filter shows none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NavigatorModel(self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QComboBox(self)
        for which in Filter:
            self.filter_box.addItem(filter_label(which), which.value)
        self.filter_box.setAccessibleName(self.tr("Requirement filter"))
        self.filter_box.setToolTip(self.tr("Show only some requirements"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search texts and comments (Ctrl+F)"))
        make_search_field(self.search)
        self.search.setAccessibleName(self.tr("Search requirements"))
        # Escape gives up the search: without it the list stayed filtered and the next
        # rating key typed into the search box.
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._leave_search)
        leave.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegate(NavigatorDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        # The current row is kept in sight by _reveal (a page at a time), not by the view
        # scrolling one row at every move once it reaches the bottom edge.
        self.tree.setAutoScroll(False)
        self.tree.setIndentation(14)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Requirements"))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        self.setTabOrder(self.search, self.filter_box)
        self.setTabOrder(self.filter_box, self.tree)

        self._current_key = ""
        self._visible: list[str] | None = None  # cached: rows change only on re-filtering
        self.model.modelReset.connect(self._forget_visible)
        self.proxy.layoutChanged.connect(self._forget_visible)
        self.proxy.rowsInserted.connect(self._forget_visible)
        self.proxy.rowsRemoved.connect(self._forget_visible)
        self.filter_box.currentIndexChanged.connect(self._on_filter)
        self.search.textChanged.connect(self._on_search)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

    # -- public ------------------------------------------------------------------------------
    def current_key(self) -> str:
        return self._current_key

    def select_key(self, key: str) -> bool:
        """Make ``key`` current; clears the filter first if it hides the requirement."""
        source = self.model.index_for_key(key)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            self.filter_box.setCurrentIndex(0)
            index = self.proxy.mapFromSource(source)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._reveal(index)
        return True

    def _reveal(self, index: QModelIndex) -> None:
        """Scroll only when the row is not in full view, and then by a page: it lands near
        the top with a little context above, so the requirements that come next are in
        sight. Rating one after another (each key moves on) scrolled at every key once the
        current row reached the bottom edge, redrawing the whole list each time."""
        tree = self.tree
        row, view = tree.visualRect(index), tree.viewport().rect()
        if row.top() >= view.top() and row.bottom() <= view.bottom():  # in full view
            return
        anchor = index
        for _ in range(CONTEXT_ROWS):
            above = tree.indexAbove(anchor)
            if not above.isValid():
                break
            anchor = above
        tree.scrollTo(anchor, QAbstractItemView.ScrollHint.PositionAtTop)

    def visible_keys(self) -> list[str]:
        """Requirement keys the tree shows now, in order."""
        if self._visible is not None:
            return list(self._visible)
        keys: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(Role.KIND) == NodeKind.REQUIREMENT:
                    keys.append(index.data(Role.KEY))
                else:
                    walk(index)

        walk(QModelIndex())
        self._visible = keys
        return list(keys)

    def _forget_visible(self) -> None:
        self._visible = None

    def neighbour(self, step: int) -> str | None:
        """The visible requirement ``step`` rows after (or before) the current one."""
        keys = self.visible_keys()
        if not keys:
            return None
        if self._current_key not in keys:
            return keys[0] if step > 0 else keys[-1]
        at = keys.index(self._current_key) + step
        return keys[at] if 0 <= at < len(keys) else None

    def set_filter(self, which: Filter) -> None:
        self.filter_box.setCurrentIndex(self.filter_box.findData(which.value))

    def _leave_search(self) -> None:
        self.search.clear()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- callbacks ---------------------------------------------------------------------------
    def _refilter(self) -> None:
        """After the filter or search changed: the current requirement stays current only
        while the tree shows it. A hidden one must not stay in the editor, where the next
        rating key would rate what the assessor no longer sees: the first visible one
        becomes current, or none at all (``current_changed("")``)."""
        self._visible = None
        self.tree.expandAll()
        index = QModelIndex()
        if self._current_key:
            index = self.proxy.mapFromSource(self.model.index_for_key(self._current_key))
        if not index.isValid():
            keys = self.visible_keys()
            if keys:
                index = self.proxy.mapFromSource(self.model.index_for_key(keys[0]))
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(index)
        elif self._current_key:
            self.tree.selectionModel().clear()
            self._current_key = ""
            self.current_changed.emit("")

    def _on_filter(self) -> None:
        self.proxy.set_filter(Filter(self.filter_box.currentData()))
        self._refilter()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._refilter()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._reveal(current)  # arrow keys, Page Down, a click, a jump from elsewhere
        if current.isValid() and current.data(Role.KIND) == NodeKind.REQUIREMENT:
            key = str(current.data(Role.KEY))
            if key != self._current_key:
                self._current_key = key
                self.current_changed.emit(key)
