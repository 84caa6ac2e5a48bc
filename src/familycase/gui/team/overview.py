"""The team leader's view: every worker's caseload with counts and weight, the families waiting
for allocation, overdue reviews and families with no recent contact; allocate from here.

The numbers come from ``services/team.py`` (weights and overdue rules are defined there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import FamilyStatus, Tier
from familycase.domain.staff import Worker
from familycase.gui.caseload.model import CaseloadModel, Column
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    record_at,
    record_table,
)
from familycase.gui.team.allocate_dialog import AllocateDialog
from familycase.services import sync, team, users
from familycase.services.caseload import CaseloadRow
from familycase.services.errors import Locked
from familycase.services.vault import UserSession

TEAM_PAGE = "team-overview"  # the main window shows this page beside the caseload views


@dataclass(frozen=True)
class TeamData:
    overview: team.TeamOverview
    workers: list[Worker]
    dashboard: list[sync.TeamDashboardRow] = field(default_factory=list)


def load_team(session: UserSession) -> TeamData:
    return TeamData(
        team.team_overview(session), users.list_workers(session), sync.team_dashboard(session)
    )


class FamilyList(QTableView):
    """A short list of families (a worker's, the queue, overdue ones) over ``CaseloadModel``."""

    def __init__(self, name: str, accessible: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.model_ = CaseloadModel(parent=self)
        self.setModel(self.model_)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.setColumnHidden(Column.CONSENT, True)
        self.setColumnHidden(Column.MEMBERS, True)

    def set_rows(self, rows: list[CaseloadRow] | tuple[CaseloadRow, ...], on: object) -> None:
        self.model_.set_rows(list(rows), on)  # type: ignore[arg-type]
        self.resizeColumnsToContents()
        pad = self.fontMetrics().horizontalAdvance("MM")
        for column in range(self.model_.columnCount()):
            self.setColumnWidth(column, self.columnWidth(column) + pad)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.FAMILY, QHeaderView.ResizeMode.Stretch)

    def selected(self) -> CaseloadRow | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(CaseloadModel.ROW_ROLE)


class TeamView(QWidget):
    loaded = Signal()
    failed = Signal(str)
    open_family = Signal(object)  # CaseloadRow

    def __init__(
        self,
        session: UserSession,
        open_editor: Callable[[EditorDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamView")
        self.session = session
        self._open_editor = open_editor
        self._loading = False
        self._discarded = False
        self.data: TeamData | None = None

        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        self.summary.setWordWrap(True)
        self.workers = record_table(
            [
                self.tr("Worker"),
                self.tr("Role"),
                self.tr("Families"),
                self.tr("Weight"),
                self.tr("By tier (1 · 2 · 3 · 4)"),
                self.tr("Reviews overdue"),
                self.tr("No recent contact"),
            ],
            "workerLoads",
            self.tr("Workers' caseloads"),
        )
        self.workers.itemSelectionChanged.connect(self._worker_selected)

        self.worker_families = FamilyList("workerFamilies", self.tr("The worker's families"))
        self.worker_families.setColumnHidden(Column.LEAD, True)
        self.unallocated = FamilyList("unallocatedFamilies", self.tr("Waiting for allocation"))
        self.unallocated.setColumnHidden(Column.LEAD, True)
        self.reviews = FamilyList("overdueReviews", self.tr("Reviews overdue"))
        self.contacts = FamilyList(
            "overdueContacts",
            self.tr("No contact for more than {days} days").format(days=team.DEFAULT_CONTACT_DAYS),
        )
        self.all_families = record_table(
            [
                self.tr("Reference"),
                self.tr("Family"),
                self.tr("Lead professional"),
                self.tr("Tier"),
                self.tr("Status"),
                self.tr("Consent"),
                self.tr("Next review"),
                self.tr("Last contact"),
                self.tr("Where the file is"),
            ],
            "teamDashboard",
            self.tr("Every team family, with imported summaries"),
        )
        self.all_families.activated.connect(lambda _index: self._open_dashboard_row())
        self.lists = QTabWidget()
        self.lists.setObjectName("teamLists")
        self.lists.setDocumentMode(True)
        for family_list in self._family_lists():
            self.lists.addTab(family_list, family_list.accessibleName())
            family_list.activated.connect(partial(self._open, family_list))
        self.lists.addTab(self.all_families, self.tr("Every family"))

        self.allocate_button = button(
            self.tr("&Allocate or change lead professional…"), self._allocate
        )
        self.allocate_button.setVisible(session.worker.can_allocate)
        self.open_button = button(self.tr("&Open family file"), self.open_selected)
        self.refresh_button = button(self.tr("Refresh"), self.load, self.tr("Refresh (F5)"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.workers, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.lists, 1)
        bottom_layout.addLayout(
            button_row(self.allocate_button, self.open_button, self.refresh_button)
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def weight_hint(self) -> str:
        weights = ", ".join(
            self.tr("tier {n} = {w}").format(n=int(t), w=words.weight_text(w))
            for t, w in team.DEFAULT_TIER_WEIGHTS.items()
        )
        return self.tr(
            "Caseload weight counts each open family by its tier ({weights}). "
            "Choose a worker to see their families."
        ).format(weights=weights)

    def _family_lists(self) -> list[FamilyList]:
        return [self.worker_families, self.unallocated, self.reviews, self.contacts]

    # --- loading -----------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._loading

    def load(self) -> None:
        if self._discarded:
            return
        self._loading = True
        self.summary.setText(self.tr("Loading…"))
        run_in_background(partial(load_team, self.session), self, self._loaded, self._failed)

    def _loaded(self, data: TeamData) -> None:
        self._loading = False
        if self._discarded:
            return
        self.data = data
        self.show_overview(data.overview)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        if self._discarded or isinstance(error, Locked):
            return
        self.summary.setText(str(error))
        self.failed.emit(str(error))

    def show_overview(self, overview: team.TeamOverview) -> None:
        self.summary.setText(
            "  ·  ".join(
                [
                    self.tr("{n} open").format(n=words.families_text(overview.open_families)),
                    self.tr("{n} waiting for allocation").format(n=len(overview.unallocated)),
                    words.overdue_text(len(overview.overdue_reviews)),
                    self.tr("{n} with no contact for more than {days} days").format(
                        n=len(overview.overdue_contacts), days=overview.contact_days
                    ),
                ]
            )
        )
        rows = []
        for load in overview.workers:
            role = words.role_text(load.role) if load.role else self.tr("No longer active")
            rows.append(
                (
                    load.worker_id,
                    [
                        load.name,
                        role,
                        str(load.family_count),
                        words.weight_text(load.weight),
                        "  ·  ".join(str(load.by_tier[tier]) for tier in Tier),
                        str(load.reviews_overdue),
                        str(load.contacts_overdue),
                    ],
                )
            )
        fill_table(self.workers, rows)
        on = overview.on
        self.unallocated.set_rows(overview.unallocated, on)
        self.reviews.set_rows(overview.overdue_reviews, on)
        self.contacts.set_rows(overview.overdue_contacts, on)
        titles = [
            self.tr("Waiting for allocation ({n})").format(n=len(overview.unallocated)),
            self.tr("Reviews overdue ({n})").format(n=len(overview.overdue_reviews)),
            self.tr("No recent contact ({n})").format(n=len(overview.overdue_contacts)),
        ]
        for index, title in enumerate(titles, start=1):
            self.lists.setTabText(index, title)
        self.show_dashboard(self.data.dashboard if self.data else [])
        if self.workers.rowCount() and not self.workers.selectionModel().selectedRows():
            self.workers.selectRow(0)
        self._worker_selected()

    def show_dashboard(self, rows: list[sync.TeamDashboardRow]) -> None:
        """Families in this vault and those known only from imported summary bundles."""
        imported = sum(1 for r in rows if r.as_of is not None)
        fill_table(
            self.all_families,
            [
                (
                    r,
                    [
                        r.reference,
                        r.family_name or self.tr("(no access)"),
                        r.lead_name or self.tr("Not allocated"),
                        words.tier_text(Tier(r.tier)) if r.tier else words.tier_text(None),
                        _status_text(r.status),
                        words.consent_text(r.consent_state),
                        words.date_text(r.next_review_due),
                        words.date_text(r.last_contact_on),
                        self._source_text(r),
                    ],
                )
                for r in rows
            ],
        )
        title = self.tr("Every family ({n})").format(n=len(rows))
        if imported:
            title = self.tr("Every family ({n}, {m} from summaries)").format(
                n=len(rows), m=imported
            )
        self.lists.setTabText(self.lists.indexOf(self.all_families), title)

    def _source_text(self, row: sync.TeamDashboardRow) -> str:
        if row.as_of is None:
            return self.tr("In this vault")
        sender = row.source.removeprefix("bundle from ")
        return self.tr("Summary from {sender}, imported {date}").format(
            sender=sender, date=words.date_text(row.as_of.date())
        )

    def _open_dashboard_row(self) -> None:
        rows = self.all_families.selectionModel().selectedRows()
        if not rows or self.data is None:
            return
        chosen = record_at(self.all_families, rows[0].row())
        if chosen is None or chosen.as_of is not None:
            return  # an imported summary: the file itself is on another laptop
        self.open_family.emit(chosen)  # the receiver needs only its family_id

    def _worker_selected(self) -> None:
        if self.data is None:
            return
        rows = self.workers.selectionModel().selectedRows()
        if not rows:
            self.worker_families.set_rows([], self.data.overview.on)
            self.lists.setTabText(0, self.tr("A worker's families"))
            return
        worker_id = record_at(self.workers, rows[0].row())
        load = self.data.overview.worker(worker_id)
        self.worker_families.set_rows(load.families, self.data.overview.on)
        self.lists.setTabText(
            0, self.tr("{name}'s families ({n})").format(name=load.name, n=load.family_count)
        )

    def select_worker(self, worker_id: str) -> None:
        for r in range(self.workers.rowCount()):
            if record_at(self.workers, r) == worker_id:
                self.workers.selectRow(r)
                return

    def current_list(self) -> FamilyList:
        widget = self.lists.currentWidget()
        assert isinstance(widget, FamilyList)
        return widget

    # --- actions -----------------------------------------------------------------------------
    def _open(self, family_list: FamilyList, _index: object = None) -> None:
        row = family_list.selected()
        if row is not None:
            self.open_family.emit(row)

    def open_selected(self) -> None:
        if self.lists.currentWidget() is self.all_families:
            self._open_dashboard_row()
            return
        self._open(self.current_list())

    def selected_rows(self) -> list[CaseloadRow]:
        """The family chosen in the list on show (none in "Every family": summaries only)."""
        if self.lists.currentWidget() is self.all_families:
            return []
        row = self.current_list().selected()
        return [row] if row is not None else []

    def _allocate(self) -> None:
        if self.lists.currentWidget() is self.all_families:
            return
        row = self.current_list().selected()
        if row is None or self.data is None:
            return
        label = f"{row.display_name} ({row.reference})"
        dialog = AllocateDialog(
            self.session, row.family_id, label, row.lead_worker_id, self.data.workers, self
        )
        dialog.saved.connect(lambda _result: self.load())
        self._open_editor(dialog)

    def clear(self) -> None:
        self._discarded = True
        self.data = None
        self.workers.setRowCount(0)
        self.all_families.setRowCount(0)
        for family_list in self._family_lists():
            family_list.model_.clear()


def _status_text(status: str) -> str:
    try:
        return words.status_text(FamilyStatus(status))
    except ValueError:
        return status.replace("_", " ").capitalize()
