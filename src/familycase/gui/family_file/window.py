"""The family file window: the household, the agencies around them, the work, contacts, the
chronology of everything that happened, and the rest of the file's tabs, under a banner of
the family's current risk and alert flags. One window per family; edits go through the
services.

The window is the tabs' ``FamilyContext``: tabs open editors and run changes through it, and
after every change the whole file is opened again from the services (so what is shown is
always what was stored).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.staff import Worker
from familycase.gui.common import words
from familycase.gui.common.editor import (
    EditorDialog,
    OpenEditors,
    PendingSave,
    ServiceCall,
    error_text,
)
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.unsaved import ask_about_unsaved
from familycase.gui.common.widgets import close_if_alive, tell
from familycase.gui.family_file.agencies.tab import AgenciesTab
from familycase.gui.family_file.assessments.tab import AssessmentsTab
from familycase.gui.family_file.consent.tab import ConsentTab
from familycase.gui.family_file.contacts.tab import ContactsTab
from familycase.gui.family_file.costs.tab import CostsTab
from familycase.gui.family_file.documents.tab import DocumentsTab
from familycase.gui.family_file.genogram.tab import FamilyTreeTab
from familycase.gui.family_file.household.tab import HouseholdTab
from familycase.gui.family_file.outcomes.tab import OutcomesTab
from familycase.gui.family_file.oversight.tab import OversightTab
from familycase.gui.family_file.plan.tab import PlanTab
from familycase.gui.family_file.risks.banner import AlertBanner
from familycase.gui.family_file.risks.tab import RisksTab
from familycase.gui.family_file.timeline.tab import ChronologyTab
from familycase.gui.family_file.work.tab import WorkTab
from familycase.services import approvals, people, users
from familycase.services.approvals import FamilyOversight
from familycase.services.errors import Locked
from familycase.services.families import FamilyFileView, open_family
from familycase.services.people import PossibleMatch
from familycase.services.vault import UserSession


@dataclass(frozen=True)
class FamilyData:
    view: FamilyFileView
    workers: list[Worker] = field(default_factory=list)
    # People here who may also be in another family file this worker can open, undecided
    matches: list[PossibleMatch] = field(default_factory=list)
    # The request waiting for a team leader, and the decisions this worker must ask for
    oversight: FamilyOversight = field(default_factory=lambda: FamilyOversight(None, frozenset()))

    @property
    def family_name(self) -> str:
        return self.view.file.details.family_name

    def worker_name(self, worker_id: str | None) -> str:
        for worker in self.workers:
            if worker.id == worker_id:
                return worker.display_name
        return ""


def load_family(session: UserSession, family_id: str) -> FamilyData:
    """Open the file (recorded in the audit log as a view) and what the window shows with it."""
    view = open_family(session, family_id, watch=True)  # edits made here are checked as stale
    return FamilyData(
        view,
        users.list_workers(session),
        people.possible_matches(session, family_id),
        approvals.family_oversight(session, family_id),
    )


class FamilyFileWindow(QMainWindow):
    changed = Signal(str)  # family id: something was saved (the caseload should reload)
    loaded = Signal()
    closed = Signal(str)

    TABS = (
        "household",
        "agencies",
        "work",
        "contacts",
        "timeline",
        "consent",
        "assessments",
        "outcomes",
        "plan",
        "costs",
        "risks",
        "documents",
        "genogram",
        "oversight",
    )

    def __init__(
        self, session: UserSession, data: FamilyData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("familyWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.family_id = data.view.file.id
        self.data = data
        self.editors = OpenEditors(self.after_change)
        self._discarded = False
        self._closing_ok = False
        self._loading = False
        self.question: QMessageBox | None = None
        self.resize(1100, 760)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("subheading")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Close this family file (Ctrl+W)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        header = QFrame()
        header.setObjectName("topBar")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(18, 12, 18, 12)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.facts)
        header_layout.addLayout(titles, 1)
        header_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

        self.household = HouseholdTab(self)
        self.agencies = AgenciesTab(self)
        self.work = WorkTab(self)
        self.contacts = ContactsTab(self)
        self.timeline = ChronologyTab(self)
        self.consent = ConsentTab(self)
        self.assessments = AssessmentsTab(self)
        self.outcomes = OutcomesTab(self)
        self.plan = PlanTab(self)
        self.costs = CostsTab(self)
        self.risks = RisksTab(self)
        self.documents = DocumentsTab(self)
        self.genogram = FamilyTreeTab(self)
        self.oversight = OversightTab(self)
        self.alerts = AlertBanner()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("familyTabs")
        self.tabs.setDocumentMode(True)
        titles_by_tab = [
            (self.household, self.tr("Household")),
            (self.agencies, self.tr("Agencies")),
            (self.work, self.tr("Work and tier")),
            (self.contacts, self.tr("Contacts")),
            (self.timeline, self.tr("Chronology")),
            (self.consent, self.tr("Consent")),
            (self.assessments, self.tr("Assessments")),
            (self.outcomes, self.tr("Outcomes")),
            (self.plan, self.tr("Plan and reviews")),
            (self.costs, self.tr("Costs")),
            (self.risks, self.tr("Alerts")),
            (self.documents, self.tr("Documents")),
            (self.genogram, self.tr("Family tree")),
            (self.oversight, self.tr("Oversight")),
        ]
        for number, (tab, title) in enumerate(titles_by_tab, start=1):
            self.tabs.addTab(tab, title)
            if number > 10:  # Ctrl+Tab and Ctrl+Page Down reach the rest
                continue
            key = number % 10  # the tenth tab (Costs) is Ctrl+0
            self.tabs.setTabToolTip(number - 1, self.tr("Ctrl+{n}").format(n=key))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{key}"), self)
            shortcut.activated.connect(partial(self.show_tab, self.TABS[number - 1]))
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.reload)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        tabs_holder = QWidget()
        tabs_layout = QVBoxLayout(tabs_holder)
        tabs_layout.setContentsMargins(14, 10, 14, 10)
        tabs_layout.addWidget(self.alerts)
        tabs_layout.addWidget(self.tabs)
        layout.addWidget(tabs_holder, 1)
        self.setCentralWidget(body)
        self.show_data(data)

    # --- showing -----------------------------------------------------------------------------
    def show_data(self, data: FamilyData) -> None:
        self.data = data
        view = data.view
        name = data.family_name
        self.setWindowTitle(
            self.tr("{family} – {reference} – FamilyCase").format(  # noqa: RUF001 (typography)
                family=name, reference=view.file.reference
            )
        )
        self.heading.setText(name)
        lead = data.worker_name(view.lead_worker_id)
        facts = [
            view.file.reference,
            words.status_text(view.status),
            self.tr("Tier {tier}").format(tier=words.tier_text(view.tier)),
            self.tr("Lead professional: {name}").format(name=lead or self.tr("not allocated")),
            self.tr("Consent to share: {state}").format(
                state=words.consent_text(view.consent_state)
            ),
        ]
        self.facts.setText(html.escape("  ·  ".join(facts)))
        self.alerts.show_flags(
            view.current_risks, {m.id: m.known_as or m.given_names for m in view.file.members}
        )
        for tab in (self.household, self.agencies, self.work, self.contacts, self.timeline):
            tab.show_data(data)
        self.consent.show_data(data)
        for extra in (self.assessments, self.outcomes, self.plan, self.costs):
            extra.show_data(data)
        for practice in (self.risks, self.documents, self.genogram, self.oversight):
            practice.show_data(data)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.TABS.index(name))

    @property
    def is_loading(self) -> bool:
        return (
            self._loading
            or self.consent.is_loading
            or self.timeline.is_loading
            or self.documents.is_loading
        )

    def reload(self) -> None:
        if self._discarded:
            return
        self._loading = True
        run_in_background(
            partial(load_family, self.session, self.family_id),
            self,
            self._reloaded,
            self._reload_failed,
        )

    def _reloaded(self, data: FamilyData) -> None:
        self._loading = False
        if self._discarded:
            return
        self.show_data(data)
        self.loaded.emit()

    def _reload_failed(self, error: BaseException) -> None:
        self._loading = False
        if not self._discarded and not isinstance(error, Locked):
            self.show_error(self.tr("Could not open the family file again"), error)

    # --- FamilyContext: what the tabs call ---------------------------------------------------
    @property
    def can_allocate(self) -> bool:
        return self.session.worker.can_allocate

    def open_editor(self, dialog: EditorDialog) -> None:
        self.editors.open(dialog)

    def open_editors(self) -> list[EditorDialog]:
        return self.editors.all()

    def run_change(self, call: ServiceCall, what: str) -> None:
        run_in_background(
            call, self, lambda _result: self.after_change(), partial(self._change_failed, what)
        )

    def after_change(self, _result: object = None) -> None:
        self.changed.emit(self.family_id)
        self.reload()

    def _change_failed(self, what: str, error: BaseException) -> None:
        if not isinstance(error, Locked):
            self.show_error(what, error)

    def confirm(self, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> None:
        """Ask before something that cannot be undone; never blocks (see ``common/editor.py``)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is yes:
                on_yes()
            box.deleteLater()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def show_error(self, title: str, error: BaseException) -> None:
        tell(self, title, error_text(error), QMessageBox.Icon.Warning)

    # --- unsaved work ------------------------------------------------------------------------
    def unsaved_work(self) -> list[PendingSave]:
        """Everything typed in this window and not saved, each with the call that would save
        it (or why it cannot be saved as it is)."""
        pending = self.editors.unsaved_work()
        if self.contacts.entry.has_unsaved_changes():
            pending.append(self.contacts.entry.pending_save())
        return pending

    def has_unsaved_changes(self) -> bool:
        return bool(
            self.editors.has_unsaved_changes()
            or self.contacts.entry.has_unsaved_changes()
        )

    def discard_changes(self) -> None:
        self.editors.discard_changes()
        self.contacts.entry.discard_changes()

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discarded and not self._closing_ok and self.has_unsaved_changes():
            event.ignore()
            ask_about_unsaved(
                self,
                self.unsaved_work(),
                self.tr("Close the family file"),
                on_done=self._close_after_saving,
            )
            return
        self.editors.discard_changes()
        if not self._discarded:
            self.closed.emit(self.family_id)
        super().closeEvent(event)

    def _close_after_saving(self) -> None:
        self._closing_ok = True
        self.close()

    def discard(self) -> None:
        """Close at once and forget everything shown (the app is locking)."""
        self._discarded = True
        self.editors.discard_changes()
        close_if_alive(self.question)
        self.question = None
        for tab in (self.household, self.agencies, self.work, self.contacts, self.timeline):
            tab.clear()
        self.consent.clear()
        for extra in (self.assessments, self.outcomes, self.plan, self.costs):
            extra.clear()
        for practice in (self.risks, self.documents, self.genogram, self.oversight):
            practice.clear()
        self.alerts.clear()
        self.closed.emit(self.family_id)
        self.close()
