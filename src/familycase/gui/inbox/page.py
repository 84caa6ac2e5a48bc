"""The in-tray: what is waiting for this worker today, the page the main window shows first
after sign-in (``services/inbox.py`` decides what is on it). Overdue items come first and say
so in words. Enter or *Open* goes to the right place: the family file at the right section,
the allocation dialog for a family waiting too long, supervision; a team leader approves or
returns a waiting request from here."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from familycase.domain.staff import Worker
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    record_table,
    selected_record,
)
from familycase.gui.family_file.oversight.dialogs import DecideDialog
from familycase.gui.team.allocate_dialog import AllocateDialog
from familycase.services import inbox, users
from familycase.services.errors import Locked
from familycase.services.inbox import Inbox, InboxItem, ItemKind, Place
from familycase.services.vault import UserSession

INBOX_PAGE = "in-tray"  # the main window shows this page first


@dataclass(frozen=True)
class InboxData:
    inbox: Inbox
    workers: list[Worker] = field(default_factory=list)


def load_inbox(session: UserSession) -> InboxData:
    return InboxData(inbox.inbox(session), users.list_workers(session))


class InboxPage(QWidget):
    loaded = Signal(int)  # items shown
    failed = Signal(str)
    open_family = Signal(str, str)  # family id, section
    open_supervision = Signal(str)  # worker id

    def __init__(self, session: UserSession, open_editor: Any) -> None:
        super().__init__()
        self.setObjectName("inboxPage")
        self.session = session
        self._open_editor = open_editor
        self._loading = False
        self._discarded = False
        self.data: InboxData | None = None

        self.summary = QLabel()
        self.summary.setObjectName("subheading")
        self.summary.setWordWrap(True)
        self.table = record_table(
            [self.tr("When"), self.tr("What"), self.tr("Family"), self.tr("Detail")],
            "inboxTable",
            self.tr("What is waiting for you"),
        )
        self.table.setWordWrap(True)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update)
        self.empty = QLabel(self.tr("Nothing is waiting for you today."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.open_button = button(self.tr("Op&en"), self.open_selected)
        self.approve_button = button(self.tr("A&pprove…"), partial(self._decide, True))
        self.return_button = button(self.tr("Return with a rea&son…"), partial(self._decide, False))
        self.refresh_button = button(self.tr("Refresh"), self.load, self.tr("Refresh (F5)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(
            button_row(
                self.open_button, self.approve_button, self.return_button, self.refresh_button
            )
        )
        self._update()

    # --- loading -----------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._loading

    def load(self) -> None:
        if self._discarded or self._loading:
            return
        self._loading = True
        self.summary.setText(self.tr("Loading…"))
        run_in_background(partial(load_inbox, self.session), self, self._loaded, self._failed)

    def _loaded(self, data: InboxData) -> None:
        self._loading = False
        if self._discarded:
            return
        self.data = data
        items = data.inbox.items
        fill_table(self.table, [(item, self._cells(item)) for item in items])
        self.table.resizeRowsToContents()
        self.stack.setCurrentWidget(self.table if items else self.empty)
        overdue = data.inbox.overdue
        if not items:
            self.summary.setText(self.tr("Nothing is waiting for you today."))
        elif overdue:
            self.summary.setText(
                self.tr("{n} things waiting for you, {overdue} of them overdue.").format(
                    n=len(items), overdue=overdue
                )
            )
        else:
            self.summary.setText(self.tr("{n} things waiting for you.").format(n=len(items)))
        if items and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._update()
        self.loaded.emit(len(items))

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        if self._discarded or isinstance(error, Locked):
            return
        self.summary.setText(str(error))
        self.failed.emit(str(error))

    def _cells(self, item: InboxItem) -> list[str]:
        if item.due_on is not None:
            when = (self.tr("Overdue: {date}") if item.overdue else self.tr("Due {date}")).format(
                date=words.date_text(item.due_on)
            )
        elif item.since is not None:
            when = self.tr("Since {date}").format(date=words.date_text(item.since))
        else:
            when = ""
        if item.kind is ItemKind.UNALLOCATED and item.overdue:
            when = self.tr("Overdue: since {date}").format(date=words.date_text(item.since))
        family = f"{item.family_name} ({item.reference})" if item.family_name else item.reference
        return [when, item.title, family, item.detail.replace("\n", " ")]

    # --- acting -------------------------------------------------------------------------------
    def selected(self) -> InboxItem | None:
        record = selected_record(self.table)
        return record if isinstance(record, InboxItem) else None

    def _update(self) -> None:
        item = self.selected()
        deciding = item is not None and item.place is Place.DECISION
        self.open_button.setEnabled(item is not None)
        self.approve_button.setVisible(self.session.worker.can_allocate)
        self.return_button.setVisible(self.session.worker.can_allocate)
        self.approve_button.setEnabled(deciding)
        self.return_button.setEnabled(deciding)

    def open_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.place is Place.ALLOCATION and item.family_id and self.data is not None:
            label = f"{item.family_name} ({item.reference})"
            dialog = AllocateDialog(
                self.session, item.family_id, label, None, self.data.workers, self.window()
            )
            dialog.saved.connect(lambda _result: self.load())
            self._open_editor(dialog)
        elif item.place is Place.SUPERVISION:
            self.open_supervision.emit(item.item_id or "")
        elif item.family_id:
            self.open_family.emit(item.family_id, item.section)

    def _decide(self, approve: bool) -> None:
        item = self.selected()
        if item is None or item.waiting is None:
            return
        dialog: EditorDialog = DecideDialog(self.session, item.waiting, approve, self.window())
        dialog.saved.connect(lambda _result: self.load())
        self._open_editor(dialog)

    def clear(self) -> None:
        self._discarded = True
        self.data = None
        self.table.setRowCount(0)
