"""The main window: a caseload list with a view selector, name search and a Lock button."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
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
from familycase.gui import words
from familycase.gui.caseload_model import CaseloadModel, Column
from familycase.gui.family_dialog import FamilyDialog
from familycase.gui.tasks import run_in_background
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
from familycase.services.families import FamilyFileView, open_family
from familycase.services.vault import UserSession


def default_view(role: Role) -> CaseloadView:
    views = views_for(role)
    return CaseloadView.TEAM if CaseloadView.TEAM in views else views[0]


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()  # the person closed the window (not a lock)
    caseload_loaded = Signal(int)  # rows loaded for the current view
    caseload_failed = Signal(str)

    def __init__(
        self, session: UserSession, organisation: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._discarded = False
        self._generation = 0
        self._all_rows: list[CaseloadRow] = []
        self._index = NameIndex([])
        self._loading = False
        self._error = ""
        self.family_dialog: FamilyDialog | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("FamilyCase — {organisation}").format(organisation=organisation)
        )
        self.resize(1280, 760)

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
        views = [view for view in views_for(session.worker.role) if view in labels]
        selector = QFrame()
        selector.setObjectName("viewSelector")
        selector.setAccessibleName(self.tr("Which families to list"))
        selector_layout = QHBoxLayout(selector)
        selector_layout.setContentsMargins(0, 0, 0, 0)
        selector_layout.setSpacing(0)
        for view in views:
            button = QPushButton(labels[view])
            button.setObjectName("viewButton")
            button.setCheckable(True)
            button.setAccessibleName(labels[view].replace("&", ""))
            button.setProperty("position", _position(view, views))
            button.clicked.connect(partial(self.show_view, view))
            self._view_group.addButton(button)
            selector_layout.addWidget(button)
            self.view_buttons[view] = button
        selector.setVisible(len(views) > 1)
        bar.addWidget(selector)
        bar.addStretch(1)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names or reference  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search families by name or reference"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(self._apply_search)
        self.search.returnPressed.connect(self._focus_table)
        bar.addWidget(self.search)

        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(self.tr("Lock FamilyCase"))
        self.lock_button.setToolTip(self.tr("Lock FamilyCase and hide every family (Ctrl+L)"))
        self.lock_button.clicked.connect(self.request_lock)
        bar.addWidget(self.lock_button)

        # --- the list ---------------------------------------------------------------------------
        self.model = CaseloadModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(CaseloadModel.SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = CaseloadTable()
        self.table.setObjectName("caseloadTable")
        self.table.setAccessibleName(self.tr("Families"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._open_family)
        self._size_columns()

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

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
        body_layout.addWidget(self.stack, 1)

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
        worker = session.worker
        who = QLabel(
            self.tr("Signed in as {name}  ·  {role}").format(
                name=worker.display_name, role=words.role_text(worker.role)
            )
        )
        who.setObjectName("muted")
        self.statusBar().addPermanentWidget(who)

        # --- keyboard ---------------------------------------------------------------------------
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        if QKeySequence(QKeySequence.StandardKey.Find) != QKeySequence("Ctrl+F"):
            QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.focus_search)
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.activated.connect(self.request_lock)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search.clear)

        self.current_view = default_view(worker.role)
        self.show_view(self.current_view)

    # --- what is shown ------------------------------------------------------------------------
    def show_view(self, view: CaseloadView) -> None:
        self.current_view = view
        button = self.view_buttons.get(view)
        if button is not None:
            button.setChecked(True)
        self.heading.setText(self._view_title(view))
        self.hint.setText(self._view_hint(view))
        # In "my caseload" the lead is always me, in "unallocated" always nobody.
        self.table.setColumnHidden(
            Column.LEAD, view in (CaseloadView.MINE, CaseloadView.UNALLOCATED)
        )
        self.table.fit_family_column()
        self._load(view)

    def _view_title(self, view: CaseloadView) -> str:
        return {
            CaseloadView.MINE: self.tr("My caseload"),
            CaseloadView.TEAM: self.tr("Team caseload"),
            CaseloadView.UNALLOCATED: self.tr("Unallocated families"),
            CaseloadView.ALL: self.tr("All families"),
        }[view]

    def _view_hint(self, view: CaseloadView) -> str:
        what = {
            CaseloadView.MINE: self.tr("Families you are lead professional for."),
            CaseloadView.TEAM: self.tr("Every family your team is working with."),
            CaseloadView.UNALLOCATED: self.tr(
                "Your team's families that have no lead professional yet."
            ),
            CaseloadView.ALL: self.tr("Every family in the organisation."),
        }[view]
        return (
            what
            + " "
            + self.tr("Closed families are not listed. Double-click a family to see who is in it.")
        )

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
        self._apply_search()
        self.caseload_loaded.emit(len(rows))

    def _on_load_failed(self, error: BaseException) -> None:
        if self._discarded or isinstance(error, Locked):
            return
        self._loading = False
        self._all_rows = []
        self._index = NameIndex([])
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
        self._show_rows(self._index.search(self.search.text()))

    def _show_rows(self, rows: list[CaseloadRow]) -> None:
        on = today()
        text = self.search.text().strip()
        self.model.set_rows(rows, on, text)
        total = len(self._all_rows)
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
        else:
            overdue = len(overdue_reviews(rows, on))
            parts = [words.families_text(len(rows))]
            if overdue:
                parts.append(words.overdue_text(overdue))
            self.count_label.setText("  ·  ".join(parts))
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(self._empty_text(text))
            self.stack.setCurrentWidget(self.empty)

    def _empty_text(self, search: str) -> str:
        if self._loading:
            return self.tr("Opening the families…")
        if self._error:
            return self._error
        if search:
            return self.tr("No family, family member or reference matches “{text}”.").format(
                text=search
            )
        return {
            CaseloadView.MINE: self.tr("You are not the lead professional for any open families."),
            CaseloadView.TEAM: self.tr("Your team has no open families."),
            CaseloadView.UNALLOCATED: self.tr("Every family in your team has a lead professional."),
            CaseloadView.ALL: self.tr("There are no open families."),
        }[self.current_view]

    @property
    def is_loading(self) -> bool:
        return self._loading

    def visible_rows(self) -> list[CaseloadRow]:
        """The rows in the order the table shows them."""
        return [
            self.proxy.index(r, 0).data(CaseloadModel.ROW_ROLE)
            for r in range(self.proxy.rowCount())
        ]

    # --- columns ------------------------------------------------------------------------------
    def _size_columns(self) -> None:
        self.table.ensurePolished()  # so that the style sheet's font is the one measured
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        padding = metrics.horizontalAdvance("M") + 18  # the cell padding in style.qss, and air
        samples = {
            Column.REFERENCE: "FC-000000",
            Column.FAMILY: "Quillfeather family",
            Column.LEAD: "Ayesha Khan (demo)",
            Column.TIER: words.tier_text(Tier.EARLY_HELP),
            Column.STATUS: "Awaiting allocation",
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
            header_width = bold_metrics.horizontalAdvance(longest) + padding + 8  # sort arrow
            self.table.setColumnWidth(column, max(width + padding, header_width))
        header.setMinimumSectionSize(metrics.horizontalAdvance("MMMM"))
        self.table.family_column_minimum = self.table.columnWidth(Column.FAMILY)
        self.table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 2.2))

    # --- actions ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def request_lock(self) -> None:
        self.lock_requested.emit()

    def _open_family(self, index: QModelIndex) -> None:
        row: CaseloadRow = index.data(CaseloadModel.ROW_ROLE)
        if row is None:
            return
        if not self.session.holds_key(row.family_id):
            QMessageBox.information(
                self,
                self.tr("No access"),
                self.tr("You have not been given access to this family file."),
            )
            return
        run_in_background(
            partial(open_family, self.session, row.family_id),
            self,
            partial(self._show_family, row.lead_name),
            self._family_failed,
        )

    def _show_family(self, lead_name: str, view: FamilyFileView) -> None:
        if self._discarded:
            return
        if self.family_dialog is not None:
            self.family_dialog.close()
        self.family_dialog = FamilyDialog(view, lead_name, self)
        self.family_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.family_dialog.destroyed.connect(self._family_dialog_gone)
        self.family_dialog.open()

    def _family_dialog_gone(self) -> None:
        self.family_dialog = None

    def _family_failed(self, error: BaseException) -> None:
        if self._discarded or isinstance(error, Locked):
            return
        QMessageBox.warning(
            self,
            self.tr("Could not open the family"),
            str(error) if isinstance(error, FamilyCaseError) else repr(error),
        )

    # --- locking and closing ------------------------------------------------------------------
    def discard(self) -> None:
        """Forget every family shown and close, without asking (the session is being locked)."""
        self._discarded = True
        self._generation += 1
        if self.family_dialog is not None:
            self.family_dialog.close()
        self._all_rows = []
        self._index = NameIndex([])
        self.model.clear()
        self.search.clear()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discarded:
            self.closed.emit()
        super().closeEvent(event)


def _load_caseload(
    session: UserSession, view: CaseloadView, generation: int
) -> tuple[int, list[CaseloadRow]]:
    return generation, caseload(session, view)


def _position(view: CaseloadView, views: tuple[CaseloadView, ...]) -> str:
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
