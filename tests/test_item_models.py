"""Every Qt item model of the GUI passes QAbstractItemModelTester, filled and after changes.

The tester walks the model after each signal it emits and reports any broken promise
(an index whose parent does not lead back to it, rows that change without the begin/end
calls, data of the wrong type for a role) as a Qt warning; the test collects them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from assessor_app.domain.case_review import CaseAnswer
from assessor_app.domain.ratings import Rating
from assessor_app.ui.actions_overview_page import ActionTableModel
from assessor_app.ui.case_review.case_grid_model import CaseGridModel
from assessor_app.ui.checklist.navigator_model import Filter, NavigatorFilter, NavigatorModel
from assessor_app.ui.visit_table_model import VisitFilterModel, VisitTableModel

pytestmark = pytest.mark.gui

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture
def failures(qapp) -> Iterator[list[str]]:
    """The tester's complaints (qWarning, category qt.modeltest) during the test."""
    found: list[str] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "modeltest" in str(getattr(context, "category", "")) or "FAIL" in message:
            found.append(message)

    previous = qInstallMessageHandler(handler)
    yield found
    qInstallMessageHandler(previous)


def model_tester(model: QAbstractItemModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, Mode.Warning, model)


R = Qt.ItemDataRole
VIEW_ROLES = (R.DisplayRole, R.ToolTipRole, R.DecorationRole, R.ForegroundRole,
              R.TextAlignmentRole, R.AccessibleTextRole)  # fmt: skip


def walk(model: QAbstractItemModel, parent=None) -> int:
    """Ask every cell for every role a view asks for, as a view painting it would."""
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    seen = 0
    for row in range(model.rowCount(parent)):
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            for role in VIEW_ROLES:
                model.data(index, role)
            model.flags(index)
            seen += 1
        seen += walk(model, model.index(row, 0, parent))
    return seen


def test_navigator_model_and_its_filter(failures, services, demo_id):
    detail = services.outcome.detail(demo_id)
    model = NavigatorModel()
    proxy = NavigatorFilter()
    tester = model_tester(model)
    proxy_tester = model_tester(proxy)
    proxy.setSourceModel(model)
    open_keys = {a.requirement_key for a in detail.actions}
    model.set_checklist(detail.template, dict(detail.findings), open_keys)
    assert walk(model) > len(detail.template.requirements)
    finding = dataclasses.replace(detail.findings["6.b"], rating=Rating.MET, comment="Now met")
    model.update_finding(finding)
    model.set_open_actions("6.b", False)
    model.set_open_actions("6.b", True)
    model.set_conflicts({"1.a": 2, "7.b": 1})
    model.set_conflicts({"7.b": 1})
    for which in Filter:
        proxy.set_filter(which)
        walk(proxy)
    proxy.set_filter(Filter.ALL)
    proxy.set_search("board")
    assert 0 < walk(proxy) < walk(model)
    proxy.set_search("")
    model.set_checklist(detail.template, {}, set())  # reopened, as after an import
    walk(proxy)
    assert (tester, proxy_tester) and failures == []


def test_case_grid_model(failures, services, demo_id):
    cr = services.case_review
    cases = cr.cases(demo_id)
    assert cases, "the demo visit has a drawn case review"
    model = CaseGridModel()
    tester = model_tester(model)
    model.set_rows(cr.questions(demo_id), cases)
    assert walk(model) > len(cases)
    question = model.questions[0]
    for answer in (CaseAnswer.NO, None, CaseAnswer.YES):
        model.update_case(model.with_answer(0, question.key, answer), 1)
    model.setData(model.index(0, model.note_column), "Seen twice")
    model.set_rows(model.questions, [])
    walk(model)
    model.set_rows(cr.questions(demo_id), cases)
    walk(model)
    assert tester and failures == []


def test_visit_table_and_filter(failures, services, demo_id, visit_id):
    model = VisitTableModel()
    proxy = VisitFilterModel()
    testers = (model_tester(model), model_tester(proxy))
    proxy.setSourceModel(model)
    model.set_rows(services.visits.list(), services.sync.visit_sync_status())
    assert walk(model) > 0
    for col in range(model.columnCount()):
        proxy.sort(col, Qt.SortOrder.DescendingOrder)
        walk(proxy)
    proxy.set_search("nordstadt")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    model.set_rows(services.visits.list()[:1])
    model.set_rows([])
    walk(proxy)
    assert testers and failures == []


def test_action_table_model(failures, services, demo_id):
    actions = services.actions.list(demo_id)
    assert actions
    model = ActionTableModel()
    tester = model_tester(model)
    model.set_rows(actions)
    assert walk(model) == len(actions) * model.columnCount()
    for col in range(model.columnCount()):
        model.sort(col, Qt.SortOrder.AscendingOrder)
    model.set_rows(actions[:1])
    model.set_rows([])
    assert tester and failures == []
