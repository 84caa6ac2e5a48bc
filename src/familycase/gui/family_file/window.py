"""The family file window: the household, the agencies around them, the work, contacts, the
chronology of everything that happened, and the rest of the file's tabs, under a banner of
the family's current risk and alert flags. One window per family; edits go through the
services.

The window is the sections' ``FamilyContext``: sections open editors and run changes through it,
and after every change the whole file is opened again from the services (so what is shown is
always what was stored). Sections are listed at the side, grouped (``sections.py`` is the
table); each is built the first time it is shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
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
from familycase.gui.common.widgets import close_if_alive, fit_to_screen, is_alive, tell
from familycase.gui.family_file import sections
from familycase.gui.family_file.risks.banner import AlertBanner
from familycase.gui.replicas.actions import on_replica, open_conflicts
from familycase.gui.replicas.family_strip import ReplicaStrip
from familycase.services import approvals, checkouts, conflicts, people, users
from familycase.services.approvals import FamilyOversight
from familycase.services.checkouts import CheckoutInfo
from familycase.services.errors import Locked
from familycase.services.families import FamilyFileView, open_family
from familycase.services.people import PossibleMatch
from familycase.services.vault import UserSession

SECTION_KEY = Qt.ItemDataRole.UserRole + 1  # the section an item of the side list shows


@dataclass(frozen=True)
class FamilyData:
    view: FamilyFileView
    workers: list[Worker] = field(default_factory=list)
    # People here who may also be in another family file this worker can open, undecided
    matches: list[PossibleMatch] = field(default_factory=list)
    # The request waiting for a team leader, and the decisions this worker must ask for
    oversight: FamilyOversight = field(default_factory=lambda: FamilyOversight(None, frozenset()))
    away: CheckoutInfo | None = None  # checked out to a laptop (or, on a replica, to this one)
    conflicts: int = 0  # conflicting versions from a laptop still to resolve

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
        checkouts.of_family(session, family_id),
        conflicts.unresolved_counts(session, [family_id]).get(family_id, 0),
    )


class FamilyFileWindow(QMainWindow):
    changed = Signal(str)  # family id: something was saved (the caseload should reload)
    loaded = Signal()
    closed = Signal(str)

    TABS = tuple(spec.key for spec in sections.ordered())  # in the order shown

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
        self.built: dict[str, QWidget] = {}  # the sections built so far, by key
        self.conflicts_dialog: QWidget | None = None
        fit_to_screen(self, 1366, 700)  # a 1366 px laptop's width: Welsh needs the room

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("subheading")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)  # names are shown, never markup
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

        # --- the side list: sections in groups; Ctrl+1 ... Ctrl+0 for the first ten ------------
        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        self.section_list.setAccessibleName(self.tr("Sections of the family file"))
        self.section_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        group_font = QFont(self.section_list.font())
        group_font.setBold(True)
        self._items: dict[str, QListWidgetItem] = {}
        self.pages = QStackedWidget()
        self.pages.setObjectName("familySections")
        self._placeholders: dict[str, QWidget] = {}
        number = 0
        for group in sections.GROUPS:
            members = [spec for spec in sections.SECTIONS if spec.group == group]
            if not members:
                continue
            title = QListWidgetItem(sections.group_title(group))
            title.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable, skipped by arrows
            title.setFont(group_font)
            title.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Group"))
            self.section_list.addItem(title)
            for spec in members:
                number += 1
                item = QListWidgetItem(spec.shown_title())
                item.setData(SECTION_KEY, spec.key)
                if number <= 10:
                    key = number % 10  # the tenth section is Ctrl+0
                    item.setToolTip(self.tr("Ctrl+{n}").format(n=key))
                    shortcut = QShortcut(QKeySequence(f"Ctrl+{key}"), self)
                    shortcut.activated.connect(partial(self.show_tab, spec.key))
                self.section_list.addItem(item)
                self._items[spec.key] = item
                placeholder = QWidget()
                self._placeholders[spec.key] = placeholder
                self.pages.addWidget(placeholder)
        self.section_list.currentItemChanged.connect(self._section_chosen)
        self.section_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.section_list.ensurePolished()  # the style sheet's font and item padding
        bold_metrics = QFontMetrics(group_font)
        widest = max(
            bold_metrics.horizontalAdvance(self.section_list.item(i).text())
            for i in range(self.section_list.count())
        )
        self.section_list.setFixedWidth(
            max(widest + 56, self.section_list.sizeHintForColumn(0) + 24)
        )
        self.alerts = AlertBanner()  # the family's current risk and alert flags
        self.replica_strip = ReplicaStrip(self.open_conflicts)  # on a laptop; conflicts
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.reload)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(10, 10, 14, 10)
        holder_layout.setSpacing(8)
        holder_layout.addWidget(self.alerts)
        holder_layout.addWidget(self.replica_strip)
        side_by_side = QHBoxLayout()
        side_by_side.setSpacing(10)
        side_by_side.addWidget(self.section_list)
        side_by_side.addWidget(self.pages, 1)
        holder_layout.addLayout(side_by_side, 1)
        layout.addWidget(holder, 1)
        self.setCentralWidget(body)
        self.show_data(data)
        self.show_tab(self.TABS[0])

    # --- sections ------------------------------------------------------------------------------
    def section(self, key: str) -> QWidget:
        """The section, built now if it has not been shown yet."""
        built = self.built.get(key)
        if built is not None:
            return built
        spec = sections.spec(key)
        widget_class = getattr(importlib.import_module(spec.module), spec.widget_class)
        widget: QWidget = widget_class(self)
        self.built[key] = widget
        placeholder = self._placeholders.pop(key)
        index = self.pages.indexOf(placeholder)
        self.pages.insertWidget(index, widget)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        widget.show_data(self.data)  # type: ignore[attr-defined]
        return widget

    def __getattr__(self, name: str) -> Any:
        # ``window.consent``, ``window.contacts``...: the section (built if need be).
        if name in FamilyFileWindow.TABS:
            return self.section(name)
        raise AttributeError(name)

    def show_tab(self, name: str) -> None:
        widget = self.section(name)
        self.pages.setCurrentWidget(widget)
        item = self._items[name]
        if self.section_list.currentItem() is not item:
            self.section_list.setCurrentItem(item)

    def current_section(self) -> str:
        item = self.section_list.currentItem()
        return str(item.data(SECTION_KEY)) if item is not None else self.TABS[0]

    def _section_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None or self._discarded:
            return
        key = item.data(SECTION_KEY)
        if key:
            self.show_tab(str(key))

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
            self.tr("Consent to share: {state}").format(state=words.consent_text(view.consent)),
        ]
        self.facts.setText("  ·  ".join(facts))
        self.alerts.show_flags(
            view.current_risks, {m.id: m.known_as or m.given_names for m in view.file.members}
        )
        self.replica_strip.show_state(data.away, on_replica(self.session), data.conflicts)
        for widget in self.built.values():
            widget.show_data(data)  # type: ignore[attr-defined]

    def open_conflicts(self) -> None:
        if self.conflicts_dialog is not None and is_alive(self.conflicts_dialog):
            self.conflicts_dialog.raise_()
            return

        def run(call: ServiceCall, done: Callable[[Any], None], failed: str) -> None:
            run_in_background(call, self, done, lambda error: self._failed(failed, error))

        self.conflicts_dialog = open_conflicts(
            self.session,
            self.family_id,
            self.data.view.file.reference,
            run,
            self.reload,
            self,
        )

    def _failed(self, title: str, error: BaseException) -> None:
        if not isinstance(error, Locked):
            self.show_error(title, error)

    @property
    def is_loading(self) -> bool:
        return self._loading or any(
            getattr(widget, "is_loading", False) for widget in self.built.values()
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
        entry = self._contact_entry()
        if entry is not None and entry.has_unsaved_changes():
            pending.append(entry.pending_save())
        return pending

    def has_unsaved_changes(self) -> bool:
        entry = self._contact_entry()
        return bool(
            self.editors.has_unsaved_changes()
            or (entry is not None and entry.has_unsaved_changes())
        )

    def discard_changes(self) -> None:
        self.editors.discard_changes()
        entry = self._contact_entry()
        if entry is not None:
            entry.discard_changes()

    def _contact_entry(self) -> Any:
        """The contact note being typed, if the Contacts section has been opened."""
        contacts = self.built.get("contacts")
        return getattr(contacts, "entry", None)

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
        close_if_alive(self.conflicts_dialog)
        self.conflicts_dialog = None
        for widget in self.built.values():
            widget.clear()  # type: ignore[attr-defined]
        self.alerts.clear()
        self.closed.emit(self.family_id)
        self.close()
