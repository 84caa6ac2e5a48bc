"""The Contacts tab: quick entry of a contact note above the contact log; a note can be
corrected (its earlier version is kept and shown)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from familycase.domain.work import ContactNote
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.widgets import (
    ELIDED_COLUMNS,
    button,
    fill_table,
    heading,
    record_table,
    selected_record,
)
from familycase.gui.family_file.contacts.contact_entry import ContactEntry
from familycase.gui.family_file.contacts.note_dialog import NoteDialog, history_html


class ContactsTab(QWidget):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("contactsTab")
        self.context = context
        data = context.data
        self.entry = ContactEntry(context.session, context.family_id, data.family_name)
        self.entry.saved.connect(self._saved)
        self.log = record_table(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Who was seen"),
                self.tr("Duration"),
                self.tr("Marks"),
                self.tr("What happened"),
            ],
            "contactLog",
            self.tr("Contact log"),
        )
        self.log.setProperty(ELIDED_COLUMNS, [5])  # the whole note is shown beside the log
        self.log.itemSelectionChanged.connect(self._show_note)
        self.note = QTextBrowser()
        self.note.setObjectName("noteView")
        self.note.setAccessibleName(self.tr("The selected contact note"))
        self.note.setOpenLinks(False)

        self.correct = button(self.tr("&Correct the note…"), self._correct)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note, 1)
        right_layout.addWidget(self.correct, 0, Qt.AlignmentFlag.AlignRight)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.log)
        lower.addWidget(right)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.entry)
        layout.addWidget(heading(self.tr("Contact log")))
        layout.addWidget(lower, 1)
        self._names: dict[str, str] = {}

    def _saved(self) -> None:
        self.context.after_change()

    def show_data(self, data: object) -> None:
        view = data.view  # type: ignore[attr-defined]
        self.entry.set_members(view.file.members)
        self._names = {m.id: m.known_as or m.given_names for m in view.file.members}
        rows = []
        for note in view.contacts:
            rows.append(
                (
                    note,
                    [
                        words.date_text(note.occurred_on),
                        words.contact_kind_text(note.kind),
                        self._seen(note),
                        words.minutes_text(note.duration_minutes),
                        self._marks(note),
                        note.text.replace("\n", " "),
                    ],
                )
            )
        fill_table(self.log, rows)
        if rows and not self.log.selectionModel().selectedRows():
            self.log.selectRow(0)
        self._show_note()

    def _seen(self, note: ContactNote) -> str:
        seen = [self._names.get(m, "?") for m in note.member_ids]
        if note.others_present:
            seen.append(note.others_present)
        return ", ".join(seen)

    def _marks(self, note: ContactNote) -> str:
        marks = [
            text
            for on, text in (
                (note.significant, self.tr("Significant")),
                (note.child_seen_alone, self.tr("Child seen alone")),
                (note.child_seen and not note.child_seen_alone, self.tr("Child seen")),
                (note.edited, self.tr("Corrected")),
            )
            if on
        ]
        return ", ".join(marks)

    def _correct(self) -> None:
        note: ContactNote | None = selected_record(self.log)
        if note is None:
            return
        self.context.open_editor(
            NoteDialog(
                self.context.session,
                self.context.family_id,
                self.context.data.view.file.members,
                note,
                self.window(),
            )
        )

    def _show_note(self) -> None:
        note: ContactNote | None = selected_record(self.log)
        self.correct.setEnabled(note is not None)
        if note is None:
            self.note.setHtml("<p>" + html.escape(self.tr("No contacts recorded yet.")) + "</p>")
            return
        facts = "  ·  ".join(
            x
            for x in (
                words.date_text(note.occurred_on),
                words.contact_kind_text(note.kind),
                words.minutes_text(note.duration_minutes),
            )
            if x
        )
        seen = self._seen(note)
        body = html.escape(note.text).replace("\n", "<br>")
        who = "<p>" + html.escape(self.tr("Seen: {who}").format(who=seen)) + "</p>" if seen else ""
        marks = self._marks(note)
        marks_html = f"<p><i>{html.escape(marks)}</i></p>" if marks else ""
        self.note.setHtml(
            f"<p><b>{html.escape(facts)}</b></p>{who}{marks_html}<p>{body}</p>"
            + history_html(note, self._names)
        )

    def clear(self) -> None:
        self.entry.discard_changes()
        self.log.setRowCount(0)
        self.note.clear()
