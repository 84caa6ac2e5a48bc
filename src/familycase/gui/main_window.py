"""The main window: the caseload (views, filters, search as you type), the team leader's view,
"New family", and the family file windows opened from them. Lock button and menus.

Filtering and search run in memory over the rows loaded for the current view (the name index
is built once per load), so 10,000 rows filter as fast as people type.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import Role, Tier
from familycase.gui.admin.audit import AuditWindow
from familycase.gui.admin.password_dialog import PasswordDialog
from familycase.gui.admin.retention import RetentionWindow
from familycase.gui.admin.workers import WorkersWindow
from familycase.gui.caseload.filters import CaseloadFilterBar
from familycase.gui.caseload.model import CaseloadModel, Column
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, PendingSave, error_text
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.unsaved import ask_about_unsaved
from familycase.gui.common.widgets import close_if_alive
from familycase.gui.costs.returns_dialog import ReturnsDialog
from familycase.gui.family_file.new_family_dialog import NewFamilyDialog
from familycase.gui.family_file.window import FamilyData, FamilyFileWindow, load_family
from familycase.gui.sharing.panel_dialog import PanelDialog
from familycase.gui.team.overview import TeamView
from familycase.services import team
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
from familycase.services.exchange import BUNDLE_SUFFIX, export_summaries
from familycase.services.sync import import_bundle
from familycase.services.vault import UserSession

TEAM_PAGE = "team-overview"  # the team leader's view, beside the caseload views


def default_view(role: Role) -> CaseloadView:
    views = views_for(role)
    return CaseloadView.TEAM if CaseloadView.TEAM in views else views[0]


class MainWindow(QMainWindow):
    lock_requested = Signal()
    preferences_requested = Signal()
    closed = Signal()  # the person closed the window (not a lock)
    caseload_loaded = Signal(int)  # rows loaded for the current view
    caseload_failed = Signal(str)
    family_opened = Signal(object)  # FamilyFileWindow

    def __init__(
        self, session: UserSession, organisation: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._discarded = False
        self._closing_ok = False
        self._generation = 0
        self._all_rows: list[CaseloadRow] = []
        self._index = NameIndex([])
        self._counted_filter: object = None
        self._filtered_total = 0
        self._loading = False
        self._error = ""
        self._dialogs: list[EditorDialog] = []
        self.family_windows: dict[str, FamilyFileWindow] = {}
        self.panel_dialog: PanelDialog | None = None
        self.returns_dialog: ReturnsDialog | None = None
        self.audit_window: AuditWindow | None = None
        self.workers_window: WorkersWindow | None = None
        self.retention_window: RetentionWindow | None = None
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("FamilyCase — {organisation}").format(organisation=organisation)
        )
        self.resize(1280, 760)
        worker = session.worker

        # --- top bar --------------------------------------------------------------------------
        top = QFrame()
        top.setObjectName("topBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(16, 10, 16, 10)
        bar.setSpacing(10)

        labels = {
            CaseloadView.MINE: self.tr("&My caseload"),
            CaseloadView.TEAM: self.tr("&Team"),
            CaseloadView.UNALLOCATED: self.tr("&Unallocated"),
        }
        self.view_buttons: dict[CaseloadView, QPushButton] = {}
        self._view_group = QButtonGroup(self)
        self._view_group.setExclusive(True)
        views: list[CaseloadView | str] = [v for v in views_for(worker.role) if v in labels]
        if team.can_see_team_view(worker.role):
            views.append(TEAM_PAGE)
        selector = QFrame()
        selector.setObjectName("viewSelector")
        selector.setAccessibleName(self.tr("Which families to list"))
        selector_layout = QHBoxLayout(selector)
        selector_layout.setContentsMargins(0, 0, 0, 0)
        selector_layout.setSpacing(0)
        self.team_button: QPushButton | None = None
        for view in views:
            text = self.tr("Team &overview") if view == TEAM_PAGE else labels[view]  # type: ignore[index]
            button = QPushButton(text)
            button.setObjectName("viewButton")
            button.setCheckable(True)
            button.setAccessibleName(text.replace("&", ""))
            button.setProperty("position", _position(view, views))
            self._view_group.addButton(button)
            selector_layout.addWidget(button)
            if view == TEAM_PAGE:
                button.clicked.connect(self.show_team)
                self.team_button = button
            else:
                button.clicked.connect(partial(self.show_view, view))
                self.view_buttons[view] = button  # type: ignore[index]
        selector.setVisible(len(views) > 1)
        bar.addWidget(selector)
        bar.addStretch(1)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names or reference  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search families by name or reference"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(self._apply_search)
        self.search.returnPressed.connect(self._focus_table)
        bar.addWidget(self.search)

        self.new_family_button = QPushButton(self.tr("&New family…"))
        self.new_family_button.setObjectName("primary")
        self.new_family_button.setAutoDefault(False)
        self.new_family_button.setToolTip(self.tr("Start a family file from a referral (Ctrl+N)"))
        self.new_family_button.setAccessibleName(self.tr("New family"))
        self.new_family_button.clicked.connect(self.new_family)
        self.new_family_button.setVisible(worker.can_hold_cases)
        bar.addWidget(self.new_family_button)

        self.workers_button = QPushButton(self.tr("Manage &workers…"))
        self.workers_button.setObjectName("primary")
        self.workers_button.setAutoDefault(False)
        self.workers_button.setAccessibleName(self.tr("Manage workers"))
        self.workers_button.setToolTip(self.tr("Add workers and disable their accounts"))
        self.workers_button.clicked.connect(self.open_workers)
        self.workers_button.setVisible(worker.can_manage_users)
        bar.addWidget(self.workers_button)

        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAutoDefault(False)
        self.lock_button.setAccessibleName(self.tr("Lock FamilyCase"))
        self.lock_button.setToolTip(self.tr("Lock FamilyCase and hide every family (Ctrl+L)"))
        self.lock_button.clicked.connect(self.request_lock)
        bar.addWidget(self.lock_button)

        # --- the caseload page ------------------------------------------------------------------
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
        self.filters.changed.connect(self._apply_search)

        caseload_page = QWidget()
        caseload_layout = QVBoxLayout(caseload_page)
        caseload_layout.setContentsMargins(0, 0, 0, 0)
        caseload_layout.setSpacing(6)
        caseload_layout.addWidget(self.filters)
        caseload_layout.addWidget(self.stack, 1)

        self.team_view = TeamView(session, self.open_editor)
        self.team_view.open_family.connect(self.open_family)

        self.pages = QStackedWidget()
        self.pages.addWidget(caseload_page)
        self.pages.addWidget(self.team_view)
        self._caseload_page = caseload_page

        body = QWidget()
        body.setObjectName("body")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 14, 16, 8)
        body_layout.setSpacing(4)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        body_layout.addWidget(self.heading)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        body_layout.addWidget(self.hint)
        body_layout.addSpacing(6)
        body_layout.addWidget(self.pages, 1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

        # --- status bar -------------------------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        who = QLabel(
            self.tr("Signed in as {name}  ·  {role}").format(
                name=worker.display_name, role=words.role_text(worker.role)
            )
        )
        who.setObjectName("muted")
        self.statusBar().addPermanentWidget(who)

        self._build_menus(views)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search.clear)

        self.current_view: CaseloadView | str = default_view(worker.role)
        self.show_view(self.current_view)

    # --- menus: every action has a keyboard route -------------------------------------------------
    def _build_menus(self, views: list[CaseloadView | str]) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_family_action = self._action(
            file_menu, self.tr("&New family…"), self.new_family, "Ctrl+N"
        )
        self.new_family_action.setEnabled(self.session.worker.can_hold_cases)
        self.new_family_action.setVisible(self.session.worker.can_hold_cases)
        open_action = self._action(
            file_menu, self.tr("&Open the selected family"), self._open_current
        )
        self.panel_action = self._action(
            file_menu, self.tr("&Print panel summaries…"), self.print_panel_summaries, "Ctrl+P"
        )
        self.table.addAction(open_action)
        self.table.addAction(self.panel_action)
        file_menu.addSeparator()
        role = self.session.worker.role
        self.export_action = self._action(
            file_menu, self.tr("&Export summaries for my team…"), self.export_summaries
        )
        self.export_action.setVisible(role is Role.KEY_WORKER)
        self.import_action = self._action(
            file_menu, self.tr("&Import summary bundles…"), self.import_bundles
        )
        self.import_action.setVisible(role in (Role.TEAM_LEADER, Role.MANAGER))
        self.returns_action = self._action(
            file_menu, self.tr("&Cost-saving return and claims…"), self.open_returns
        )
        self.returns_action.setVisible(role in (Role.TEAM_LEADER, Role.MANAGER))
        self.audit_action = self._action(file_menu, self.tr("&Audit log…"), self.open_audit)
        self.audit_action.setVisible(self.session.worker.reads_audit)
        self.workers_action = self._action(file_menu, self.tr("Wor&kers…"), self.open_workers)
        self.workers_action.setVisible(self.session.worker.can_manage_users)
        self.retention_action = self._action(file_menu, self.tr("&Retention…"), self.open_retention)
        self.retention_action.setVisible(role in (Role.TEAM_LEADER, Role.ADMINISTRATOR))
        file_menu.addSeparator()
        self.password_action = self._action(
            file_menu, self.tr("Change my pass&word…"), self.change_password
        )
        self._action(file_menu, self.tr("&Preferences…"), self.preferences_requested.emit, "Ctrl+,")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Lock"), self.request_lock, "Ctrl+L")
        self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")

        view_menu = menu.addMenu(self.tr("&View"))
        names = {
            CaseloadView.MINE: self.tr("&My caseload"),
            CaseloadView.TEAM: self.tr("&Team caseload"),
            CaseloadView.UNALLOCATED: self.tr("&Unallocated families"),
            TEAM_PAGE: self.tr("Team &overview"),
        }
        for number, view in enumerate(views, start=1):
            slot = self.show_team if view == TEAM_PAGE else partial(self.show_view, view)
            self._action(view_menu, names[view], slot, f"Ctrl+{number}")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Find a family"), self.focus_search, "Ctrl+F")
        self._action(view_menu, self.tr("&Clear filters"), self.filters.reset)
        self._action(view_menu, self.tr("&Refresh"), self.refresh, "F5")

    def _action(
        self, menu: object, text: str, slot: object, shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # --- what is shown ------------------------------------------------------------------------
    def show_view(self, view: CaseloadView) -> None:
        self.current_view = view
        button = self.view_buttons.get(view)
        if button is not None:
            button.setChecked(True)
        self.pages.setCurrentWidget(self._caseload_page)
        self.search.setEnabled(True)
        self.heading.setText(self._view_title(view))
        self.hint.setText(self._view_hint(view))
        # In "my caseload" the lead is always me, in "unallocated" always nobody.
        single_lead = view in (CaseloadView.MINE, CaseloadView.UNALLOCATED)
        self.table.setColumnHidden(Column.LEAD, single_lead)
        self.filters.set_worker_filter_shown(not single_lead)
        self.table.fit_family_column()
        self._load(view)

    def show_team(self) -> None:
        self.current_view = TEAM_PAGE
        if self.team_button is not None:
            self.team_button.setChecked(True)
        self.pages.setCurrentWidget(self.team_view)
        self.search.setEnabled(False)
        self.heading.setText(self.tr("Team overview"))
        self.hint.setText(self.team_view.weight_hint())
        self.count_label.clear()
        self.team_view.load()

    def refresh(self) -> None:
        if self.current_view == TEAM_PAGE:
            self.team_view.load()
        else:
            self._load(self.current_view)  # type: ignore[arg-type]

    def _view_title(self, view: CaseloadView) -> str:
        return {
            CaseloadView.MINE: self.tr("My caseload"),
            CaseloadView.TEAM: self.tr("Team caseload"),
            CaseloadView.UNALLOCATED: self.tr("Unallocated families"),
            CaseloadView.ALL: self.tr("All families"),
        }[view]

    def _view_hint(self, view: CaseloadView) -> str:
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
        }[view]
        return what + " " + self.tr("Double-click a family, or press Enter, to open its file.")

    def _load(self, view: CaseloadView) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._error = ""
        self._show_rows([])
        run_in_background(
            partial(_load_caseload, self.session, view, generation),
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
        self._apply_search()
        self.caseload_loaded.emit(len(rows))

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
        self.caseload_failed.emit(self._error)

    def _apply_search(self) -> None:
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
        view = self.current_view if isinstance(self.current_view, CaseloadView) else None
        return {
            CaseloadView.MINE: self.tr("You are not the lead professional for any open families."),
            CaseloadView.TEAM: self.tr("Your team has no open families."),
            CaseloadView.UNALLOCATED: self.tr("Every family in your team has a lead professional."),
            CaseloadView.ALL: self.tr("There are no open families."),
            None: "",
        }[view]

    @property
    def is_loading(self) -> bool:
        return self._loading

    def visible_rows(self) -> list[CaseloadRow]:
        """The rows in the order the table shows them."""
        return self.model.rows()

    # --- columns ------------------------------------------------------------------------------
    def _size_columns(self) -> None:
        self.table.ensurePolished()  # so that the style sheet's font is the one measured
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        # The cell padding in style.qss (10 px each side) and a little air: the Family column
        # gets what is left, and needs it when search shows the matching members' names.
        padding = 20 + metrics.horizontalAdvance("n")
        samples = {
            Column.REFERENCE: "FC-000000",
            Column.FAMILY: "Quillfeather family",
            Column.LEAD: "Ayesha Khan (demo)",  # longer names are cut short ("…")
            Column.TIER: words.tier_text(Tier.EARLY_HELP),
            Column.STATUS: "Awaiting allocation",
            Column.CONSENT: words.consent_text(None),  # the longest of the states
            Column.DAYS_SINCE_CONTACT: "No contact yet",
            Column.MEMBERS: "8",
        }
        widths = {column: metrics.horizontalAdvance(text) for column, text in samples.items()}
        overdue = self.model.overdue_text("27/10/2026")
        widths[Column.NEXT_REVIEW] = bold_metrics.horizontalAdvance(overdue)
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

    # --- actions ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.current_view == TEAM_PAGE:
            self.show_view(default_view(self.session.worker.role))
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def request_lock(self) -> None:
        self.lock_requested.emit()

    # --- sharing: panel summaries, summary bundles, the audit log -------------------------------
    def selected_rows(self) -> list[CaseloadRow]:
        if self.current_view == TEAM_PAGE:
            row = (
                self.team_view.current_list().selected()
                if self.team_view.lists.currentWidget() is not self.team_view.all_families
                else None
            )
            return [row] if row is not None else []
        model = self.table.selectionModel()
        rows = [index.data(CaseloadModel.ROW_ROLE) for index in model.selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().data(CaseloadModel.ROW_ROLE)]
        return [row for row in rows if row is not None and row.family_name is not None]

    def print_panel_summaries(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self._inform(
                self.tr("Print panel summaries"),
                self.tr("Choose one or more families in the list first (Ctrl+click for more)."),
            )
            return
        dialog = PanelDialog(self.session, rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "panel_dialog", None))
        self.panel_dialog = dialog
        dialog.open()

    def open_returns(self) -> None:
        """The cost-saving return (and claims check) for the team or the selected families."""
        selected = [(r.family_id, r.reference) for r in self.selected_rows()]
        dialog = ReturnsDialog(self.session, selected, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "returns_dialog", None))
        self.returns_dialog = dialog
        dialog.open()

    def _choose_files(
        self, title: str, mode: QFileDialog.FileMode, on_chosen: Callable[..., None]
    ) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setFileMode(mode)
        if mode is QFileDialog.FileMode.Directory:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(on_chosen)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_summaries(self) -> None:
        self._choose_files(
            self.tr("Folder to put the summary bundle in"),
            QFileDialog.FileMode.Directory,
            lambda paths: paths and self.export_summaries_to(paths[0]),
        )

    def export_summaries_to(self, folder: str) -> None:
        run_in_background(
            partial(export_summaries, self.session, Path(folder)),
            self,
            self._exported,
            partial(self._sharing_failed, self.tr("Could not export the summaries")),
        )

    def _exported(self, path: Path) -> None:
        self.last_bundle = path
        self._inform(
            self.tr("Summaries exported"),
            self.tr(
                "Saved {file}.\n\nIt is encrypted for your team leader and manager and signed "
                "by you: only they can open it. Copy it to the team's shared folder."
            ).format(file=path),
        )

    def import_bundles(self) -> None:
        dialog = self._choose_files(
            self.tr("Choose summary bundles to import"),
            QFileDialog.FileMode.ExistingFiles,
            self.import_bundles_from,
        )
        dialog.setNameFilters(
            [
                self.tr("Summary bundles (*{suffix})").format(suffix=BUNDLE_SUFFIX),
                self.tr("Any file (*)"),
            ]
        )

    def import_bundles_from(self, paths: list[str]) -> None:
        session = self.session

        def import_all() -> list[tuple[str, bool, str]]:
            results = []
            for path in paths:
                try:
                    results.append(
                        (Path(path).name, True, import_bundle(session, Path(path)).describe())
                    )
                except FamilyCaseError as exc:
                    if isinstance(exc, Locked):
                        raise
                    results.append((Path(path).name, False, str(exc)))
            return results

        run_in_background(
            import_all,
            self,
            self._imported,
            partial(self._sharing_failed, self.tr("Could not import the bundles")),
        )

    def _imported(self, results: list[tuple[str, bool, str]]) -> None:
        self.import_results = results
        lines = [
            (self.tr("Imported: {text}") if ok else self.tr("Not imported: {text}")).format(
                text=text
            )
            for _name, ok, text in results
        ]
        self._inform(self.tr("Summary bundles"), "\n\n".join(lines) or self.tr("No files chosen."))
        if self.current_view == TEAM_PAGE:
            self.team_view.load()

    def open_audit(self) -> None:
        if self.audit_window is not None:
            self.audit_window.raise_()
            self.audit_window.activateWindow()
            return
        window = AuditWindow(self.session, self)
        window.destroyed.connect(lambda _obj=None: setattr(self, "audit_window", None))
        self.audit_window = window
        window.show()

    # --- administration: workers, retention, my password ---------------------------------------
    def open_workers(self) -> None:
        if not self.session.worker.can_manage_users:
            return
        if self.workers_window is not None and shiboken6.isValid(self.workers_window):
            self.workers_window.raise_()
            self.workers_window.activateWindow()
            return
        window = WorkersWindow(self.session, self)
        window.destroyed.connect(lambda _obj=None: setattr(self, "workers_window", None))
        self.workers_window = window
        window.show()

    def open_retention(self, on: date | None = None) -> None:
        """``on``: the day retention is measured against (tests; today otherwise)."""
        if self.session.worker.role not in (Role.TEAM_LEADER, Role.ADMINISTRATOR):
            return
        if self.retention_window is not None and shiboken6.isValid(self.retention_window):
            self.retention_window.raise_()
            self.retention_window.activateWindow()
            return
        window = RetentionWindow(self.session, self, on=on)
        window.destroyed.connect(lambda _obj=None: setattr(self, "retention_window", None))
        self.retention_window = window
        window.show()

    def change_password(self) -> None:
        for dialog in self._dialogs:
            if isinstance(dialog, PasswordDialog):
                dialog.raise_()
                dialog.activateWindow()
                return
        dialog = PasswordDialog(self.session, self)
        dialog.saved.connect(
            lambda _result: self._inform(
                self.tr("Password changed"),
                self.tr("Your password has been changed. Use the new one from now on."),
            )
        )
        self.open_editor(dialog)

    def _sharing_failed(self, what: str, error: BaseException) -> None:
        if not isinstance(error, Locked):
            box = QMessageBox(QMessageBox.Icon.Warning, what, error_text(error), parent=self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.question = box
            box.open()

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()

    def _open_current(self) -> None:
        if self.current_view == TEAM_PAGE:
            self.team_view._open_selected()
            return
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        row: CaseloadRow = index.data(CaseloadModel.ROW_ROLE)
        if row is not None:
            self.open_family(row)

    def open_family(self, row: CaseloadRow) -> None:
        self.open_family_id(row.family_id)

    def open_family_id(self, family_id: str) -> None:
        existing = self.family_windows.get(family_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        if not self.session.holds_key(family_id):
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("No access"),
                self.tr("You have not been given access to this family file."),
                parent=self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        self.count_label.setText(self.tr("Opening the family file…"))
        run_in_background(
            partial(load_family, self.session, family_id),
            self,
            self._show_family,
            self._family_failed,
        )

    def _show_family(self, data: FamilyData) -> None:
        if self._discarded:
            return
        if not self._loading:
            self._apply_search()  # the count again, instead of "Opening the family file…"
        family_id = data.view.file.id
        if family_id in self.family_windows:
            self.family_windows[family_id].raise_()
            return
        window = FamilyFileWindow(self.session, data)
        window.changed.connect(self._family_changed)
        window.closed.connect(self._family_closed)
        self.family_windows[family_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.family_opened.emit(window)

    def _family_changed(self, _family_id: str) -> None:
        self.refresh()

    def _family_closed(self, family_id: str) -> None:
        self.family_windows.pop(family_id, None)

    def _family_failed(self, error: BaseException) -> None:
        if self._discarded or isinstance(error, Locked):
            return
        self._apply_search()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Could not open the family"),
            str(error) if isinstance(error, FamilyCaseError) else repr(error),
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def new_family(self) -> None:
        if not self.session.worker.can_hold_cases:
            return
        for dialog in self._dialogs:
            if isinstance(dialog, NewFamilyDialog):
                dialog.raise_()
                dialog.activateWindow()
                return
        dialog = NewFamilyDialog(self.session, self)
        dialog.saved.connect(self._family_created)
        self.open_editor(dialog)

    def _family_created(self, family_id: str) -> None:
        self.refresh()
        self.open_family_id(family_id)

    # --- editors opened from this window (new family, allocation) ------------------------------
    def open_editor(self, dialog: EditorDialog) -> None:
        self._dialogs.append(dialog)
        dialog.saved.connect(lambda _result: self.refresh())
        dialog.finished.connect(partial(self._editor_finished, dialog))
        dialog.open()

    def _editor_finished(self, dialog: EditorDialog, _result: int) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def open_editors(self) -> list[EditorDialog]:
        return list(self._dialogs)

    # --- unsaved work ---------------------------------------------------------------------------
    def unsaved_work(self) -> list[PendingSave]:
        pending = [d.pending_save() for d in self._dialogs if d.has_unsaved_changes()]
        for window in self.family_windows.values():
            pending.extend(window.unsaved_work())
        return pending

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._dialogs) or any(
            w.has_unsaved_changes() for w in self.family_windows.values()
        )

    # --- locking and closing ------------------------------------------------------------------
    def discard(self) -> None:
        """Forget every family shown and close, without asking (the session is being locked)."""
        self._discarded = True
        self._generation += 1
        for dialog in list(self._dialogs):
            dialog.discard_changes()
        for window in list(self.family_windows.values()):
            window.discard()
        self.family_windows.clear()
        close_if_alive(self.panel_dialog)
        close_if_alive(self.returns_dialog)
        close_if_alive(self.file_dialog)
        if self.audit_window is not None and shiboken6.isValid(self.audit_window):
            self.audit_window.discard()
        self.audit_window = None
        for window in (self.workers_window, self.retention_window):
            if window is not None and shiboken6.isValid(window):
                window.discard()
        self.workers_window = self.retention_window = None
        close_if_alive(self.question)
        self.question = None
        self.team_view.clear()
        self._all_rows = []
        self._index = NameIndex([])
        self.model.clear()
        self.search.clear()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discarded and not self._closing_ok and self.has_unsaved_changes():
            event.ignore()
            self.question = ask_about_unsaved(
                self,
                self.unsaved_work(),
                self.tr("Quit FamilyCase"),
                on_done=self._close_after_saving,
            )
            return
        if not self._discarded:
            for window in list(self.family_windows.values()):
                window.discard()
            self.closed.emit()
        super().closeEvent(event)

    def _close_after_saving(self) -> None:
        self.question = None
        self._closing_ok = True
        self.close()


def _load_caseload(
    session: UserSession, view: CaseloadView, generation: int
) -> tuple[int, list[CaseloadRow]]:
    # Every status: the status filter (default "open work") then runs in memory.
    return generation, caseload(session, view, statuses=None)


def _position(view: object, views: list[CaseloadView | str]) -> str:
    if len(views) == 1:
        return "only"
    if view == views[0]:
        return "first"
    return "last" if view == views[-1] else "middle"


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
