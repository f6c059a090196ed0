"""The checklist as a Qt tree (sections > standards > requirements) over domain data.

A thin adapter: the template gives the shape, findings and open corrective actions give
each requirement row its status, open conflicts from imported bundles a "needs review" mark.
One edit updates one row through ``dataChanged``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from assessor_app.domain.ratings import Rating
from assessor_app.domain.self_assessment import SelfAssessment, claims_met_unrated, disagrees
from assessor_app.domain.template import ChecklistTemplate, Requirement
from assessor_app.domain.visit import Finding
from assessor_app.ui.checklist.status import rating_label, status_icon
from assessor_app.ui.plain_text import plain

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2
    REQUIREMENT = Qt.ItemDataRole.UserRole + 3
    RATING = Qt.ItemDataRole.UserRole + 4
    CORE = Qt.ItemDataRole.UserRole + 5
    SHORT_TEXT = Qt.ItemDataRole.UserRole + 6
    OPEN_ACTIONS = Qt.ItemDataRole.UserRole + 7
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 8
    CONFLICTS = Qt.ItemDataRole.UserRole + 9  # open conflicts of the requirement (int)
    FACILITY_STATUS = Qt.ItemDataRole.UserRole + 10  # the facility's claim, spelled as ratings


class NodeKind(IntEnum):
    SECTION = 0
    STANDARD = 1
    REQUIREMENT = 2


@dataclass(eq=False)
class _Node:
    kind: NodeKind
    title: str
    row: int
    parent: _Node | None = None
    requirement: Requirement | None = None
    children: list[_Node] = field(default_factory=list)


class NavigatorModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[_Node] = []
        self._by_key: dict[str, _Node] = {}
        self._findings: dict[str, Finding] = {}
        self._open_actions: set[str] = set()
        self._conflicts: dict[str, int] = {}
        self._facility: dict[str, Rating | None] = {}

    # -- feeding it --------------------------------------------------------------------------
    def set_checklist(
        self,
        template: ChecklistTemplate,
        findings: dict[str, Finding],
        open_action_keys: set[str],
    ) -> None:
        """Replace everything (opening a visit, or after an import)."""
        self.beginResetModel()
        self._roots, self._by_key = [], {}
        for s_row, section in enumerate(template.sections):
            s_node = _Node(NodeKind.SECTION, section.title, s_row)
            for st_row, standard in enumerate(section.standards):
                title = QCoreApplication.translate("Navigator", "{number}. {title}").format(
                    number=standard.number, title=standard.title
                )
                st_node = _Node(NodeKind.STANDARD, title, st_row, s_node)
                for r_row, req in enumerate(standard.requirements):
                    r_node = _Node(NodeKind.REQUIREMENT, req.short_text, r_row, st_node, req)
                    st_node.children.append(r_node)
                    self._by_key[req.key] = r_node
                s_node.children.append(st_node)
            self._roots.append(s_node)
        self._findings = dict(findings)
        self._open_actions = set(open_action_keys)
        self.endResetModel()

    def update_finding(self, finding: Finding) -> None:
        """One requirement's finding changed: repaint that row only."""
        self._findings[finding.requirement_key] = finding
        self._row_changed(finding.requirement_key)

    def set_open_actions(self, key: str, has_open: bool) -> None:
        if (key in self._open_actions) != has_open:
            if has_open:
                self._open_actions.add(key)
            else:
                self._open_actions.discard(key)
            self._row_changed(key)

    def set_facility_claims(self, statuses: dict[str, Rating | None]) -> None:
        """Requirement key -> the facility's self-assessed status (after a form import)."""
        old, self._facility = self._facility, dict(statuses)
        for key in set(old) | set(self._facility):
            if old.get(key) != self._facility.get(key):
                self._row_changed(key)

    def set_conflicts(self, keys: dict[str, int]) -> None:
        """Requirement key -> open conflicts (after an import or a resolution)."""
        old, self._conflicts = self._conflicts, {k: n for k, n in keys.items() if n > 0}
        for key in set(old) | set(self._conflicts):
            if old.get(key) != self._conflicts.get(key):
                self._row_changed(key)

    def conflict_count(self, key: str) -> int:
        return self._conflicts.get(key, 0)

    def _row_changed(self, key: str) -> None:
        index = self.index_for_key(key)
        if index.isValid():
            last = index.siblingAtColumn(self.columnCount() - 1)
            self.dataChanged.emit(index, last)

    # -- lookups -----------------------------------------------------------------------------
    def index_for_key(self, key: str) -> QModelIndex:
        node = self._by_key.get(key)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def keys(self) -> list[str]:
        return list(self._by_key)

    def finding(self, key: str) -> Finding | None:
        return self._findings.get(key)

    # -- QAbstractItemModel ------------------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children(parent)
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def _children(self, parent: AnyIndex) -> list[_Node]:
        node = self._node(parent)
        return self._roots if node is None else node.children

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        if node.kind is NodeKind.REQUIREMENT:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self._node(index)
        if node is None:
            return None
        if role == Role.KIND:
            return int(node.kind)
        req = node.requirement
        if req is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return node.title
            return None
        finding = self._findings.get(req.key)
        rating = finding.rating if finding else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{req.key}  {node.title}"
        if role == Role.KEY:
            return req.key
        if role == Role.REQUIREMENT:
            return req
        if role == Role.RATING:  # plain text: enums do not survive a trip through QVariant
            return rating.value if rating else ""

        if role == Role.CORE:
            return req.core
        if role == Role.SHORT_TEXT:
            return node.title
        if role == Role.OPEN_ACTIONS:
            return req.key in self._open_actions
        if role == Role.CONFLICTS:
            return self._conflicts.get(req.key, 0)
        if role == Role.FACILITY_STATUS:
            status = self._facility.get(req.key)
            return status.value if status else ""
        if role == Role.SEARCH_TEXT:
            comment = finding.comment if finding else ""
            return f"{req.key}\n{req.text}\n{req.guidance}\n{comment}".casefold()
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(rating)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{req.key}: {req.text}\n\n{rating_label(rating)}"
            return plain(tip + self._conflict_note(req.key, "\n"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            core = QCoreApplication.translate("Navigator", "core") if req.core else ""
            text = f"{req.key} {core} {node.title}, {rating_label(rating)}"
            return text + self._conflict_note(req.key, ", ")
        return None

    def _conflict_note(self, key: str, separator: str) -> str:
        n = self._conflicts.get(key, 0)
        if not n:
            return ""
        note = (
            QCoreApplication.translate("Navigator", "needs review: 1 open conflict")
            if n == 1
            else QCoreApplication.translate("Navigator", "needs review: {n} open conflicts").format(
                n=n
            )
        )
        return separator + note


class Filter(StrEnum):
    ALL = "all"
    CORE = "core"
    UNANSWERED = "unanswered"
    NOT_MET = "not-met"
    OPEN_ACTIONS = "open-actions"
    CONFLICTS = "conflicts"
    FACILITY_MET_UNRATED = "facility-met-unrated"
    FACILITY_DISAGREES = "facility-disagrees"


def filter_label(which: Filter) -> str:
    return {
        Filter.ALL: QCoreApplication.translate("Navigator", "All requirements"),
        Filter.CORE: QCoreApplication.translate("Navigator", "Core only"),
        Filter.UNANSWERED: QCoreApplication.translate("Navigator", "Unanswered"),
        Filter.NOT_MET: QCoreApplication.translate("Navigator", "Not met or partially met"),
        Filter.OPEN_ACTIONS: QCoreApplication.translate(
            "Navigator", "With open corrective actions"
        ),
        Filter.CONFLICTS: QCoreApplication.translate("Navigator", "With open conflicts"),
        Filter.FACILITY_MET_UNRATED: QCoreApplication.translate(
            "Navigator", "Facility says met, not yet rated"
        ),
        Filter.FACILITY_DISAGREES: QCoreApplication.translate(
            "Navigator", "Facility and assessor disagree"
        ),
    }[which]


class NavigatorFilter(QSortFilterProxyModel):
    """Filter and search over requirement rows; sections and standards show when a child does.

    Rows are re-filtered only when the filter or search changes, not on every edit: a
    requirement the assessor just rated must not vanish from under the cursor.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = Filter.ALL
        self._search = ""
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)

    def set_filter(self, which: Filter) -> None:
        self.beginFilterChange()
        self._filter = which
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return self._filter is not Filter.ALL or bool(self._search)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, Role.KIND) != NodeKind.REQUIREMENT:
            # Recursive filtering shows a parent when a child matches; alone it never does,
            # except with no filter at all (so empty standards still appear).
            return not self.is_filtering()
        if self._search and self._search not in model.data(index, Role.SEARCH_TEXT):
            return False
        rating = parse_rating_role(model.data(index, Role.RATING))
        match self._filter:
            case Filter.CORE:
                return bool(model.data(index, Role.CORE))
            case Filter.UNANSWERED:
                return rating is None or rating is Rating.NOT_ASSESSED
            case Filter.NOT_MET:
                return rating in (Rating.NOT_MET, Rating.PARTIAL)
            case Filter.OPEN_ACTIONS:
                return bool(model.data(index, Role.OPEN_ACTIONS))
            case Filter.CONFLICTS:
                return bool(model.data(index, Role.CONFLICTS))
            case Filter.FACILITY_MET_UNRATED | Filter.FACILITY_DISAGREES:
                claimed = parse_rating_role(model.data(index, Role.FACILITY_STATUS))
                claim = SelfAssessment("", claimed) if claimed else None
                if self._filter is Filter.FACILITY_MET_UNRATED:
                    return claims_met_unrated(claim, rating)
                return disagrees(claim, rating)
        return True


def parse_rating_role(value: object) -> Rating | None:
    """The rating back from the ``Role.RATING`` text."""
    return Rating(value) if isinstance(value, str) and value else None
