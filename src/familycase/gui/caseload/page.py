"""The caseload page of the main window: the filters, the table of families and its empty state.

Filtering and search run in memory over the rows loaded for the current view (the name index
is built once per load), so 10,000 rows filter as fast as people type. The search field and
the count of families are the window's (they sit in its top bar and status bar); the page
fills them.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.consent import FamilyConsent
from familycase.domain.enums import FamilyStatus, Role, Tier
from familycase.gui.caseload.filters import CaseloadFilterBar
from familycase.gui.caseload.model import CaseloadModel, Column
from familycase.gui.common import words
from familycase.gui.common.tasks import run_in_background
from familycase.services.caseload import (
    CaseloadRow,
    CaseloadView,
    NameIndex,
    caseload,
    overdue_reviews,
    views_for,
)
from familycase.services.clock import today
from familycase.services.errors import FamilyCaseError, Locked
from familycase.services.vault import UserSession


def default_view(role: Role) -> CaseloadView:
    views = views_for(role)
    return CaseloadView.TEAM if CaseloadView.TEAM in views else views[0]


class CaseloadPage(QWidget):
    loaded = Signal(int)  # rows loaded for the current view
    failed = Signal(str)
    open_requested = Signal(object)  # CaseloadRow: Enter or a double-click on a row
    allocate_requested = Signal(object)  # CaseloadRow: allocate from the Unallocated view

    def __init__(self, session: UserSession, search: QLineEdit, count_label: QLabel) -> None:
        super().__init__()
        self.session = session
        self.search = search
        self.count_label = count_label
        self.view = default_view(session.worker.role)
        self._discarded = False
        self._generation = 0
        self._all_rows: list[CaseloadRow] = []
        self._index = NameIndex([])
        self._counted_filter: object = None
        self._filtered_total = 0
        self._loading = False
        self._error = ""

        self.model = CaseloadModel(parent=self)
        self.table = CaseloadTable()
        self.table.setObjectName("caseloadTable")
        self.table.setAccessibleName(self.tr("Families"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._open_index)
        self.table.setColumnHidden(Column.MEMBERS, True)  # room for the columns at 1280
        self._size_columns()

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.filters = CaseloadFilterBar()
        self.filters.changed.connect(self.apply_search)
        self.search.textChanged.connect(self.apply_search)
        self.search.returnPressed.connect(self.focus_table)

        # Team leaders allocate straight from the Unallocated view (the status column says how
        # long each family has waited).
        self.allocate_button = QPushButton(self.tr("Allo&cate a lead professional…"))
        self.allocate_button.setAutoDefault(False)
        self.allocate_button.setAccessibleName(self.tr("Allocate a lead professional"))
        self.allocate_button.clicked.connect(self._allocate)
        self.allocate_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.allocate_button, 0, Qt.AlignmentFlag.AlignLeft)

    # --- what is shown ------------------------------------------------------------------------
    def show_view(self, view: CaseloadView) -> None:
        self.view = view
        # In "my caseload" the lead is always me, in "unallocated" always nobody.
        single_lead = view in (CaseloadView.MINE, CaseloadView.UNALLOCATED)
        self.table.setColumnHidden(Column.LEAD, single_lead)
        self.filters.set_worker_filter_shown(not single_lead)
        self.table.fit_family_column()
        self.allocate_button.setVisible(
            view is CaseloadView.UNALLOCATED and self.session.worker.can_allocate
        )
        self.load()

    def title(self) -> str:
        return {
            CaseloadView.MINE: self.tr("My caseload"),
            CaseloadView.TEAM: self.tr("Team caseload"),
            CaseloadView.UNALLOCATED: self.tr("Unallocated families"),
            CaseloadView.ALL: self.tr("All families"),
        }[self.view]

    def hint(self) -> str:
        if self.session.worker.role is Role.ADMINISTRATOR:
            return self.tr(
                "As an administrator you manage workers' accounts (Manage workers, or "
                "File ▸ Workers) and how long closed files are kept (File ▸ Retention). To keep "
                "families' details private, you cannot open family files."
            )
        what = {
            CaseloadView.MINE: self.tr("Families you are lead professional for."),
            CaseloadView.TEAM: self.tr("Every family your team is working with."),
            CaseloadView.UNALLOCATED: self.tr(
                "Your team's families that have no lead professional yet."
            ),
            CaseloadView.ALL: self.tr("Every family in the organisation."),
        }[self.view]
        return what + " " + self.tr("Double-click a family, or press Enter, to open its file.")

    def load(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._error = ""
        self._show_rows([])
        run_in_background(
            partial(_load_caseload, self.session, self.view, generation),
            self,
            self._on_loaded,
            self._on_load_failed,
        )

    def _on_loaded(self, result: tuple[int, list[CaseloadRow]]) -> None:
        generation, rows = result
        if generation != self._generation or self._discarded:
            return  # a later request (or a lock) overtook this one
        self._loading = False
        self._all_rows = rows
        self._index = NameIndex(rows)
        self._counted_filter = None
        self.filters.set_workers(
            sorted({(r.lead_worker_id, r.lead_name) for r in rows if r.lead_worker_id})
        )
        self.apply_search()
        self.loaded.emit(len(rows))

    def _on_load_failed(self, error: BaseException) -> None:
        if self._discarded or isinstance(error, Locked):
            return
        self._loading = False
        self._all_rows = []
        self._index = NameIndex([])
        self._counted_filter = None
        self._error = (
            str(error)
            if isinstance(error, FamilyCaseError)
            else self.tr("The families could not be loaded: {problem}").format(problem=error)
        )
        self._show_rows([])
        self.failed.emit(self._error)

    def apply_search(self) -> None:
        """Show the loaded rows that match the search and the filters (and count them)."""
        if self._loading or self._discarded:
            return
        current = self.filters.current()
        on = today()
        if self._counted_filter != (current, on):
            self._counted_filter = (current, on)
            self._filtered_total = len(current.apply(self._all_rows, on))
        found = self._index.search(self.search.text())
        self._show_rows(current.apply(found, on))

    def _show_rows(self, rows: list[CaseloadRow]) -> None:
        on = today()
        text = self.search.text().strip()
        self.model.set_rows(rows, on, text)
        total = self._filtered_total
        filtered = not self.filters.current().is_default
        if self._loading:
            self.count_label.setText(self.tr("Loading…"))
        elif self._error:
            self.count_label.setText(self._error)
        elif text:
            self.count_label.setText(
                self.tr("{shown} of {total} match “{text}”").format(
                    shown=len(rows), total=words.families_text(total), text=text
                )
            )
        elif filtered:
            self.count_label.setText(
                self.tr("{shown} match the filters").format(shown=words.families_text(len(rows)))
            )
        else:
            overdue = len(overdue_reviews(rows, on))
            parts = [words.families_text(len(rows))]
            if overdue:
                parts.append(words.overdue_text(overdue))
            self.count_label.setText("  ·  ".join(parts))
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(self._empty_text(text, filtered))
            self.stack.setCurrentWidget(self.empty)

    def _empty_text(self, search: str, filtered: bool = False) -> str:
        if self._loading:
            return self.tr("Opening the families…")
        if self._error:
            return self._error
        if search:
            return self.tr("No family, family member or reference matches “{text}”.").format(
                text=search
            )
        if filtered and self._all_rows:
            return self.tr("No family matches the filters. Clear the filters to see them all.")
        return {
            CaseloadView.MINE: self.tr("You are not the lead professional for any open families."),
            CaseloadView.TEAM: self.tr("Your team has no open families."),
            CaseloadView.UNALLOCATED: self.tr("Every family in your team has a lead professional."),
            CaseloadView.ALL: self.tr("There are no open families."),
        }[self.view]

    @property
    def is_loading(self) -> bool:
        return self._loading

    def visible_rows(self) -> list[CaseloadRow]:
        """The rows in the order the table shows them."""
        return self.model.rows()

    def selected_rows(self) -> list[CaseloadRow]:
        """The families chosen in the table (or the current one), whose names can be read."""
        model = self.table.selectionModel()
        rows = [index.data(CaseloadModel.ROW_ROLE) for index in model.selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().data(CaseloadModel.ROW_ROLE)]
        return [row for row in rows if row is not None and row.family_name is not None]

    # --- opening --------------------------------------------------------------------------------
    def focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _allocate(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.allocate_requested.emit(rows[0])

    def _open_index(self, index: QModelIndex) -> None:
        row: CaseloadRow = index.data(CaseloadModel.ROW_ROLE)
        if row is not None and self.session.worker.can_hold_cases:  # managers read reports
            self.open_requested.emit(row)

    def discard(self) -> None:
        """Forget every row (the session is being locked); results on their way are dropped."""
        self._discarded = True
        self._generation += 1
        self._all_rows = []
        self._index = NameIndex([])
        self.model.clear()
        self.search.clear()

    # --- columns ------------------------------------------------------------------------------
    def _size_columns(self) -> None:
        self.table.ensurePolished()  # so that the style sheet's font is the one measured
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        # The cell padding in style.qss (7 px each side) and a little air: the Family column
        # gets what is left, and needs it when search shows the matching members' names.
        padding = 14 + metrics.horizontalAdvance("n")
        samples = {
            Column.REFERENCE: "FC-000000",
            Column.FAMILY: "Gingerbread family",
            Column.LEAD: "Ayesha Khan (demo)",  # longer names are cut short ("…")
            Column.TIER: words.tier_text(Tier.EARLY_HELP),
            Column.STATUS: max(
                (words.status_text(s) for s in FamilyStatus), key=metrics.horizontalAdvance
            ),
            Column.CONSENT: max(  # shown on two lines, in the language in use
                FamilyConsent(people=12, valid=10, withdrawn=2, expired=1)
                .text(short=True)
                .split(", ", 1),
                key=metrics.horizontalAdvance,
            ),
            Column.DAYS_SINCE_CONTACT: max(
                (self.model.no_contact_text(), self.model.contact_overdue_text(999)),
                key=metrics.horizontalAdvance,
            ),
            Column.MEMBERS: "8",
        }
        widths = {column: metrics.horizontalAdvance(text) for column, text in samples.items()}
        overdue = self.model.overdue_text("27/10/2026").split(" ", 1)  # shown on two lines
        widths[Column.NEXT_REVIEW] = max(map(bold_metrics.horizontalAdvance, overdue))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in widths.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            longest = max(title.split("\n"), key=bold_metrics.horizontalAdvance)
            header_width = bold_metrics.horizontalAdvance(longest) + padding + 12  # sort arrow
            self.table.setColumnWidth(column, max(width + padding, header_width))
        header.setMinimumSectionSize(metrics.horizontalAdvance("MMMM"))
        self.table.family_column_minimum = self.table.columnWidth(Column.FAMILY)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(int(metrics.height() * 2.2))


def _load_caseload(
    session: UserSession, view: CaseloadView, generation: int
) -> tuple[int, list[CaseloadRow]]:
    # Every status: the status filter (default "open work") then runs in memory.
    return generation, caseload(session, view, statuses=None)


class CaseloadTable(QTableView):
    """A table whose Family column takes whatever width the other columns leave."""

    family_column_minimum = 160

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window, or a scroll bar coming or going
            self.fit_family_column()
        return super().viewportEvent(event)

    def fit_family_column(self) -> None:
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != Column.FAMILY and not header.isSectionHidden(c)
        )
        spare = self.viewport().width() - others
        header.resizeSection(Column.FAMILY, max(self.family_column_minimum, spare))
