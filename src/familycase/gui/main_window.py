"""The main window: it composes the places. The caseload page (``caseload/page.py``) and the
team leader's overview (``team/overview.py``) are its pages; its menus are one table
(``menus.py``) whose actions belong to their places (``sharing/``, ``costs/``, ``admin/``); it
opens family file windows (``family_file/``) and editors, and answers what those places ask
(``MainContext``). It also keeps what locking and quitting need: unsaved work, and closing
everything it opened.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import Role
from familycase.gui.admin.actions import AdminActions
from familycase.gui.admin.home import AdminHome
from familycase.gui.caseload.page import CaseloadPage, default_view
from familycase.gui.common import words
from familycase.gui.common.actions import build_menus
from familycase.gui.common.app_shortcuts import help_lines
from familycase.gui.common.editor import EditorDialog, OpenEditors, PendingSave, error_text
from familycase.gui.common.unsaved import ask_about_unsaved
from familycase.gui.common.widgets import close_if_alive, fit_to_screen, raise_if_open, tell
from familycase.gui.costs.actions import CostsActions
from familycase.gui.family_file.new_family_dialog import NewFamilyDialog
from familycase.gui.family_file.windows import FamilyWindows
from familycase.gui.inbox.page import INBOX_PAGE, InboxPage
from familycase.gui.menus import ADMIN_PAGE, main_menu
from familycase.gui.replicas.actions import ReplicaActions, on_replica
from familycase.gui.reporting.actions import ReportingActions
from familycase.gui.sharing.actions import SharingActions
from familycase.gui.team.actions import TeamActions
from familycase.gui.team.overview import TEAM_PAGE, TeamView
from familycase.services import team
from familycase.services.caseload import CaseloadRow, CaseloadView, views_for
from familycase.services.vault import UserSession


@dataclass(frozen=True)
class Place:
    """Where someone was in FamilyCase: the list on screen, the family files open (each with
    the section shown) and the one in front. Locking keeps it; unlocking goes back there."""

    view: CaseloadView | str
    families: list[tuple[str, str]] = field(default_factory=list)  # (family id, section)
    in_front: str | None = None  # the family file that was active


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
        self.editors = OpenEditors(lambda _result: self.refresh())
        self.families = FamilyWindows(session, self)
        self.families.opened.connect(self.family_opened)
        self.families.changed.connect(lambda _family_id: self.refresh())
        self.family_windows = self.families.windows  # the same dict: open windows by family id
        self.question: QMessageBox | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("FamilyCase — {organisation}").format(organisation=organisation)
        )
        fit_to_screen(self, 1280, 720)
        worker = session.worker

        # --- the places' actions (wired into the menus by menus.py) ---------------------------
        self.sharing = SharingActions(self)
        self.costs = CostsActions(self)
        self.admin = AdminActions(self)
        self.team_actions = TeamActions(self)
        self.replicas = ReplicaActions(self)
        self.reporting = ReportingActions(self)

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
        if worker.can_hold_cases:  # the in-tray comes first: what is waiting today
            views.insert(0, INBOX_PAGE)
        if team.can_see_team_view(worker.role):
            views.append(TEAM_PAGE)
        if worker.role is Role.ADMINISTRATOR:
            views.insert(0, ADMIN_PAGE)
        selector = QFrame()
        selector.setObjectName("viewSelector")
        selector.setAccessibleName(self.tr("Which families to list"))
        selector_layout = QHBoxLayout(selector)
        selector_layout.setContentsMargins(0, 0, 0, 0)
        selector_layout.setSpacing(0)
        self.team_button: QPushButton | None = None
        self.admin_button: QPushButton | None = None
        self.inbox_button: QPushButton | None = None
        for view in views:
            if view == ADMIN_PAGE:
                text = self.tr("Admi&nistration")
            elif view == INBOX_PAGE:
                text = self.tr("&In-tray")
            elif view == TEAM_PAGE:
                text = self.tr("Team &overview")
            else:
                text = labels[view]  # type: ignore[index]
            button = QPushButton(text)
            button.setObjectName("viewButton")
            button.setCheckable(True)
            button.setAccessibleName(text.replace("&", ""))
            button.setProperty("position", _position(view, views))
            self._view_group.addButton(button)
            selector_layout.addWidget(button)
            if view == ADMIN_PAGE:
                button.clicked.connect(self.show_admin)
                self.admin_button = button
            elif view == INBOX_PAGE:
                button.clicked.connect(self.show_inbox)
                self.inbox_button = button
            elif view == TEAM_PAGE:
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
        self.workers_button.clicked.connect(self.admin.open_workers)
        # An administrator's first page has it (gui/admin/home.py).
        self.workers_button.setVisible(
            worker.can_manage_users and worker.role is not Role.ADMINISTRATOR
        )
        bar.addWidget(self.workers_button)

        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAutoDefault(False)
        self.lock_button.setAccessibleName(self.tr("Lock FamilyCase"))
        self.lock_button.setToolTip(self.tr("Lock FamilyCase and hide every family (Ctrl+L)"))
        self.lock_button.clicked.connect(self.request_lock)
        bar.addWidget(self.lock_button)

        # --- the pages: the caseload, the team overview ------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.caseload = CaseloadPage(session, self.search, self.count_label)
        self.caseload.loaded.connect(self.caseload_loaded)
        self.caseload.loaded.connect(self._caseload_behind)
        self.caseload.failed.connect(self.caseload_failed)
        self.caseload.open_requested.connect(self.open_family)
        self.caseload.allocate_requested.connect(self.team_actions.allocate)
        self.families.opening.connect(
            lambda: self.count_label.setText(self.tr("Opening the family file…"))
        )
        self.families.settled.connect(self.caseload.apply_search)  # the count again
        # The caseload's parts, as the window's (tests and the screenshot script use them).
        self.table = self.caseload.table
        self.model = self.caseload.model
        self.filters = self.caseload.filters
        self.stack = self.caseload.stack
        self.empty = self.caseload.empty

        self.team_view = TeamView(session, self.open_editor)
        self.team_view.open_family.connect(self.open_family)

        self.inbox = InboxPage(session, self.open_editor)
        self.inbox.open_family.connect(self.families.open)
        self.inbox.open_supervision.connect(self.team_actions.open_supervision)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.caseload)
        self.pages.addWidget(self.team_view)
        self.pages.addWidget(self.inbox)
        self.admin_home: AdminHome | None = None
        if worker.role is Role.ADMINISTRATOR:
            self.admin_home = AdminHome(self.admin)
            self.pages.addWidget(self.admin_home)

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
        self.statusBar().addWidget(self.count_label, 1)
        who = QLabel(
            self.tr("Signed in as {name}  ·  {role}").format(
                name=worker.display_name, role=words.role_text(worker.role)
            )
        )
        who.setObjectName("muted")
        self.statusBar().addPermanentWidget(who)

        # --- menus: every action has a keyboard route (the table is in menus.py) ---------------
        build_menus(self, main_menu(views), worker, self.table)
        # On a laptop replica families are brought back; on the team store, taken offline.
        offline = on_replica(session)
        self.bring_back_action.setVisible(offline)
        self.bring_back_action.setEnabled(offline)
        for action in (self.take_offline_action, self.laptops_action):
            if offline:
                action.setVisible(False)
                action.setEnabled(False)
        self.search.textEdited.connect(self._searching)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search.clear)

        self.current_view: CaseloadView | str = default_view(worker.role)
        if self.admin_home is not None:
            self.show_admin()
        else:
            self.show_view(self.current_view)  # the caseload loads behind the in-tray
            if INBOX_PAGE in views:
                self.show_inbox()

    # --- what is shown ------------------------------------------------------------------------
    def show_view(self, view: CaseloadView) -> None:
        self._show_caseload_page(view)
        self.caseload.show_view(view)
        self.heading.setText(self.caseload.title())
        self.hint.setText(self.caseload.hint())

    def _show_caseload_page(self, view: CaseloadView) -> None:
        """The caseload page on screen (as last loaded), without reading it again."""
        self.current_view = view
        button = self.view_buttons.get(view)
        if button is not None:
            button.setChecked(True)
        self.pages.setCurrentWidget(self.caseload)
        self.search.setEnabled(True)
        self.heading.setText(self.caseload.title())
        self.hint.setText(self.caseload.hint())

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

    def show_inbox(self) -> None:
        self.current_view = INBOX_PAGE
        if self.inbox_button is not None:
            self.inbox_button.setChecked(True)
        self.pages.setCurrentWidget(self.inbox)
        self.search.setEnabled(True)  # typing a name goes to the caseload (see _searching)
        self.heading.setText(self.tr("In-tray"))
        self.hint.setText(
            self.tr(
                "What is waiting for you today, overdue first. Press Enter on an item to go "
                "where it is dealt with."
            )
        )
        self.count_label.clear()
        self.inbox.load()

    def _caseload_behind(self, _rows: int) -> None:
        """The caseload loaded behind another page: its count is not what is on screen."""
        if self.current_view in (INBOX_PAGE, TEAM_PAGE, ADMIN_PAGE):
            self.count_label.clear()

    def _searching(self, _text: str) -> None:
        """A name typed on the in-tray or the administration page: show the caseload it
        searches."""
        if self.current_view == INBOX_PAGE:
            self._show_caseload_page(self.caseload.view)
        elif self.current_view == ADMIN_PAGE:
            self.show_view(default_view(self.session.worker.role))

    def show_admin(self) -> None:
        if self.admin_home is None:
            return
        self.current_view = ADMIN_PAGE
        if self.admin_button is not None:
            self.admin_button.setChecked(True)
        self.pages.setCurrentWidget(self.admin_home)
        self.search.setEnabled(True)  # Ctrl+F still finds families (in the list of all)
        self.heading.setText(self.tr("Administration"))
        self.hint.clear()
        self.count_label.clear()

    def show_keys(self) -> None:
        """The keyboard help (F1): the keys that work everywhere, and the usual ones."""
        rows = "".join(
            f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
            for keys, what in help_lines()
        )
        self.question = tell(self, self.tr("Keyboard help"), f"<table>{rows}</table>")

    # --- where the person is (kept across a lock) ------------------------------------------------
    def place(self) -> Place:
        front = next((fid for fid, w in self.family_windows.items() if w.isActiveWindow()), None)
        return Place(
            self.current_view,
            [(fid, w.current_section()) for fid, w in self.family_windows.items()],
            front,
        )

    def go_back_to(self, place: Place) -> None:
        """After unlocking as the same person: the same list, the same family files open at
        the same sections, the one in front last."""
        if place.view == TEAM_PAGE and self.team_button is not None:
            self.show_team()
        elif place.view == ADMIN_PAGE:
            self.show_admin()
        elif place.view == INBOX_PAGE and self.inbox_button is not None:
            self.show_inbox()
        elif isinstance(place.view, CaseloadView) and place.view in self.view_buttons:
            self.show_view(place.view)
        behind = [f for f in place.families if f[0] != place.in_front]
        front = [f for f in place.families if f[0] == place.in_front]
        for family_id, section in behind + front:
            self.families.open(family_id, section)

    def refresh(self) -> None:
        if self.current_view == ADMIN_PAGE:
            return
        if self.current_view == TEAM_PAGE:
            self.team_view.load()
        elif self.current_view == INBOX_PAGE:
            self.inbox.load()
            self.caseload.load()
        else:
            self.caseload.load()

    def refresh_team_overview(self) -> None:
        if self.current_view == TEAM_PAGE:
            self.team_view.load()

    @property
    def is_loading(self) -> bool:
        return self.caseload.is_loading or self.inbox.is_loading

    def visible_rows(self) -> list[CaseloadRow]:
        """The rows in the order the table shows them."""
        return self.caseload.visible_rows()

    def selected_rows(self) -> list[CaseloadRow]:
        if self.current_view == INBOX_PAGE:
            return []
        if self.current_view == TEAM_PAGE:
            return self.team_view.selected_rows()
        return self.caseload.selected_rows()

    def focus_search(self) -> None:
        if self.current_view in (TEAM_PAGE, INBOX_PAGE, ADMIN_PAGE):
            self.show_view(default_view(self.session.worker.role))
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def request_lock(self) -> None:
        self.lock_requested.emit()

    # --- messages (MainContext) -------------------------------------------------------------------
    def inform(self, title: str, text: str) -> None:
        self.question = tell(self, title, text)

    def show_error(self, title: str, error: BaseException) -> None:
        self.question = tell(self, title, error_text(error), QMessageBox.Icon.Warning)

    # --- family files -----------------------------------------------------------------------------
    def open_current(self) -> None:
        if self.current_view == INBOX_PAGE:
            self.inbox.open_selected()
        elif self.current_view == TEAM_PAGE:
            self.team_view.open_selected()
        else:
            self.caseload.open_current()

    def open_family(self, row: CaseloadRow) -> None:
        self.families.open(row.family_id)

    def open_family_id(self, family_id: str) -> None:
        self.families.open(family_id)

    def new_family(self) -> None:
        if not self.session.worker.can_hold_cases:
            return
        if raise_if_open(self.editors.find(NewFamilyDialog)):
            return
        dialog = NewFamilyDialog(self.session, self)
        dialog.saved.connect(self._family_created)
        self.open_editor(dialog)

    def _family_created(self, family_id: str) -> None:
        self.refresh()
        self.families.open(family_id)

    # --- editors opened from this window (new family, allocation, my password) -----------------
    def open_editor(self, dialog: EditorDialog) -> None:
        self.editors.open(dialog)

    def open_editors(self) -> list[EditorDialog]:
        return self.editors.all()

    # --- unsaved work ---------------------------------------------------------------------------
    def unsaved_work(self) -> list[PendingSave]:
        return self.editors.unsaved_work() + self.families.unsaved_work()

    def has_unsaved_changes(self) -> bool:
        return self.editors.has_unsaved_changes() or self.families.has_unsaved_changes()

    # --- locking and closing ------------------------------------------------------------------
    def discard(self) -> None:
        """Forget every family shown and close, without asking (the session is being locked)."""
        self._discarded = True
        self.editors.discard_changes()
        self.families.discard()
        places = (self.sharing, self.costs, self.admin, self.team_actions, self.replicas)
        for place in (*places, self.reporting):
            place.discard()
        close_if_alive(self.question)
        self.question = None
        self.team_view.clear()
        self.inbox.clear()
        self.caseload.discard()
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
            self.families.close_all()
            self.closed.emit()
        super().closeEvent(event)

    def _close_after_saving(self) -> None:
        self.question = None
        self._closing_ok = True
        self.close()


def _position(view: object, views: list[CaseloadView | str]) -> str:
    if len(views) == 1:
        return "only"
    if view == views[0]:
        return "first"
    return "last" if view == views[-1] else "middle"
