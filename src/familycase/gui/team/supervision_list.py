"""Supervision sessions (File ▸ Supervision): a worker sees their own, a team leader their
team's, newest first, each with what was said about the families the reader can open and the
actions agreed. Team leaders record a new session from here. A session whose stored row no
longer carries its team leader's signature is marked as changed outside FamilyCase."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from familycase.gui.common import words
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    record_at,
    record_table,
    selected_record,
)
from familycase.services.supervision import SessionView


class SupervisionList(QDialog):
    record_requested = Signal(str)  # the worker chosen (or "")

    def __init__(self, sessions: list[SessionView], can_record: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionList")
        self.setWindowTitle(self.tr("Supervision"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = QLabel(self.tr("Supervision"))
        heading.setObjectName("dialogHeading")
        intro = QLabel(
            self.tr(
                "Reflective supervision, newest first. What was said about a family shows only "
                "for families you can open; actions go to their owner's in-tray."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.table = record_table(
            [
                self.tr("Date"),
                self.tr("Worker"),
                self.tr("Team leader"),
                self.tr("Families"),
                self.tr("Next"),
            ],
            "supervisionSessions",
            self.tr("Supervision sessions"),
        )
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QTextBrowser()
        self.detail.setObjectName("supervisionDetail")
        self.detail.setAccessibleName(self.tr("The selected session"))
        self.record = button(
            self.tr("&Record supervision…"), lambda: self.record_requested.emit(self._worker())
        )
        self.record.setVisible(can_record)
        close = button(self.tr("Close"), self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail, 1)
        layout.addLayout(button_row(self.record))
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.show_sessions(sessions)

    def show_sessions(self, sessions: list[SessionView]) -> None:
        fill_table(
            self.table,
            [
                (
                    s,
                    [
                        words.date_text(s.held_on),
                        s.worker_name,
                        s.supervisor_name,
                        str(s.families),
                        words.date_text(s.next_on),
                    ],
                )
                for s in sessions
            ],
        )
        if sessions:
            self.table.selectRow(0)
        else:
            self.detail.setPlainText(self.tr("No supervision has been recorded yet."))

    def _worker(self) -> str:
        chosen = selected_record(self.table)
        return chosen.worker_id if isinstance(chosen, SessionView) else ""

    def select_worker(self, worker_id: str) -> None:
        for row in range(self.table.rowCount()):
            session = record_at(self.table, row)
            if isinstance(session, SessionView) and session.worker_id == worker_id:
                self.table.selectRow(row)
                return

    def _show_selected(self) -> None:
        session = selected_record(self.table)
        if not isinstance(session, SessionView):
            self.detail.clear()
            return
        esc = html.escape
        parts = []
        if not session.signed:
            parts.append(
                "<p><b>"
                + esc(
                    self.tr(
                        "This session's record was changed outside FamilyCase (it no longer "
                        "carries its team leader's signature). Ask an administrator to check."
                    )
                )
                + "</b></p>"
            )
        for discussion in session.discussions:
            parts.append(f"<h3>{esc(discussion.reference)}</h3>")
            parts.append(f"<p>{esc(discussion.note.reflection)}</p>")
            if discussion.actions:
                parts.append("<ul>")
                for action in discussion.actions:
                    state = (
                        self.tr("done {date}").format(date=words.date_text(action.done_on))
                        if action.done_on
                        else self.tr("by {date}").format(date=words.date_text(action.due_on))
                        if action.due_on
                        else self.tr("open")
                    )
                    parts.append(
                        f"<li>{esc(action.action.what)} ({esc(action.action.owner_name)}, "
                        f"{esc(state)})</li>"
                    )
                parts.append("</ul>")
        hidden = session.families - len(session.discussions)
        if hidden:
            parts.append(
                "<p>"
                + esc(
                    self.tr("{n} more families were discussed that you cannot open.").format(
                        n=hidden
                    )
                )
                + "</p>"
            )
        self.detail.setHtml("".join(parts))
