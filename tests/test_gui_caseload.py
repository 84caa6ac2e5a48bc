"""The caseload table: the model (checked with Qt's model tester), sorting, filters, and speed
over 10,000 rows."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import random
import time
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.enums import FamilyStatus, Tier
from familycase.gui.caseload.filters import CaseloadFilterBar
from familycase.gui.caseload.model import CaseloadModel, Column
from familycase.services import team, work
from familycase.services.caseload import CaseloadRow, CaseloadView, NameIndex, caseload
from test_gui_support import new_family

pytest_plugins = ["test_gui_support"]  # the shared fixtures

ON = date.today()
GIVEN = ["Ava", "Ben", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Isla", "Jude", "Kit"]


def synthetic_rows(n: int, seed: int = 7) -> list[CaseloadRow]:
    rng = random.Random(seed)
    workers = [(f"w{i}", f"Worker {i}") for i in range(12)]
    rows = []
    for i in range(n):
        surname = f"Fam{rng.randrange(4000):04d}"
        lead = rng.choice([*workers, (None, "")])
        rows.append(
            CaseloadRow(
                family_id=f"f{i}",
                reference=f"FC-{i:06d}",
                family_name=f"{surname} family",
                member_names=tuple(f"{rng.choice(GIVEN)} {surname}" for _ in range(4)),
                lead_worker_id=lead[0],
                lead_name=lead[1],
                team_id="t",
                tier=rng.choice(list(Tier)),
                status=rng.choice(list(FamilyStatus)),
                next_review_due=ON + timedelta(days=rng.randrange(-40, 90)),
                last_contact_on=ON - timedelta(days=rng.randrange(0, 60)),
                member_count=4,
            )
        )
    return rows


def test_model_passes_the_qt_model_tester_through_resets_and_sorts(qtbot):
    rows = synthetic_rows(300)
    model = CaseloadModel(rows)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for column in Column:
        model.sort(column, Qt.SortOrder.AscendingOrder)
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_rows(rows[:5])
    model.set_rows(rows, ON, "ava")
    model.clear()
    model.set_rows(rows)
    assert model.rowCount() == 300 and model.columnCount() == len(Column)
    assert model.index(0, Column.CONSENT).data() == "None recorded"
    del tester


def test_sorting_orders_by_the_column_and_keeps_the_selection(qtbot):
    from PySide6.QtWidgets import QTableView

    rows = synthetic_rows(200)
    model = CaseloadModel(rows, ON)
    table = QTableView()
    table.setModel(model)
    table.selectRow(17)
    chosen = model.row_at(17).family_id
    model.sort(Column.NEXT_REVIEW, Qt.SortOrder.AscendingOrder)
    dues = [r.next_review_due for r in model.rows()]
    assert dues == sorted(dues)
    model.sort(Column.DAYS_SINCE_CONTACT, Qt.SortOrder.DescendingOrder)
    days = [r.days_since_contact(ON) for r in model.rows()]
    assert days == sorted(days, reverse=True)
    selected = table.selectionModel().selectedRows()
    assert [model.row_at(i.row()).family_id for i in selected] == [chosen]


def test_filter_bar_builds_the_services_filter(qtbot):
    bar = CaseloadFilterBar()
    qtbot.addWidget(bar)
    bar.set_workers([("w1", "Worker 1"), ("w2", "Worker 2")])
    assert bar.current() == team.CaseloadFilter()
    assert not bar.clear_button.isEnabled()
    changes = []
    bar.changed.connect(lambda: changes.append(1))
    bar.status.setCurrentIndex(bar.status.findData(FamilyStatus.CLOSED))
    bar.tier.setCurrentIndex(bar.tier.findData(Tier.TARGETED))
    bar.worker.setCurrentIndex(bar.worker.findData("w2"))
    bar.overdue.setChecked(True)
    assert bar.current() == team.CaseloadFilter(
        statuses=frozenset({FamilyStatus.CLOSED}),
        tier=Tier.TARGETED,
        worker_id="w2",
        overdue_only=True,
    )
    assert len(changes) == 4 and bar.clear_button.isEnabled()
    bar.status.setCurrentIndex(bar.status.findData("any"))
    assert bar.current().statuses is None
    bar.reset()
    assert bar.current() == team.CaseloadFilter()
    bar.set_worker_filter_shown(False)
    bar.worker.setCurrentIndex(bar.worker.findData("w1"))
    assert bar.current().worker_id is None  # hidden in "My caseload": never narrows


def test_ten_thousand_rows_search_filter_and_sort_without_lag(qtbot):
    rows = synthetic_rows(10_000)
    started = time.perf_counter()
    index = NameIndex(rows)
    build = time.perf_counter() - started
    model = CaseloadModel()
    view_filter = team.CaseloadFilter(tier=Tier.TARGETED, overdue_only=True)
    worst = 0.0
    for typed in ["f", "fa", "fam", "fam0", "fam00", "is", "isla", ""]:
        started = time.perf_counter()
        model.set_rows(view_filter.apply(index.search(typed), ON), ON, typed)
        worst = max(worst, time.perf_counter() - started)
    started = time.perf_counter()
    model.set_rows(rows, ON)
    model.sort(Column.FAMILY, Qt.SortOrder.AscendingOrder)
    model.sort(Column.NEXT_REVIEW, Qt.SortOrder.DescendingOrder)
    sort_all = time.perf_counter() - started
    # Generous bounds (shared CI machines): a keystroke well under a tenth of a second here.
    assert build < 0.5, build
    assert worst < 0.25, worst
    assert sort_all < 0.5, sort_all
    assert model.rowCount() == 10_000


def test_caseload_filters_in_the_window_match_the_services(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    allocated = new_family(lead, "Hollowmere", ("Kay", "Lou"), tier=Tier.TARGETED)
    waiting = new_family(lead, "Ivybridge", ("Mo", "Nan"), tier=Tier.UNIVERSAL)
    work.allocate_lead_professional(lead, allocated, gui_team.worker_id("kw2"), "Capacity")
    work.schedule_review(lead, allocated, ON - timedelta(days=2))
    lead.lock()
    controller = start_app("lead")
    window = controller.main_window
    session = gui_team.unlock("lead")
    every = caseload(session, CaseloadView.TEAM, statuses=None)
    session.lock()

    def shown() -> set[str]:
        return {r.family_id for r in window.visible_rows()}

    def expect(f: team.CaseloadFilter) -> set[str]:
        return {r.family_id for r in f.apply(every, ON)}

    assert shown() == expect(team.CaseloadFilter())
    bar = window.filters
    bar.tier.setCurrentIndex(bar.tier.findData(Tier.TARGETED))
    assert allocated in shown() and waiting not in shown()
    assert shown() == expect(team.CaseloadFilter(tier=Tier.TARGETED))
    bar.worker.setCurrentIndex(bar.worker.findData(team.NOT_ALLOCATED))
    assert shown() == expect(team.CaseloadFilter(tier=Tier.TARGETED, worker_id=team.NOT_ALLOCATED))
    bar.reset()
    bar.overdue.setChecked(True)
    assert allocated in shown() and waiting not in shown()
    assert shown() == expect(team.CaseloadFilter(overdue_only=True))
    assert "match the filters" in window.count_label.text()
    qtbot.keyClicks(window.search, "ivybridge")
    assert shown() == set()
    assert "ivybridge" in window.empty.text()
    bar.reset()
    assert shown() == {waiting}
