"""People in this family who may also be in another family file the worker can open: decide,
pair by pair, whether they are the same person (the two files are linked and each shows the
other's reference) or not (the warning stops). Also used for the team leader's duplicates."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from familycase.gui.common import words
from familycase.gui.common.widgets import (
    button,
    button_row,
    fill_table,
    record_table,
    selected_record,
)
from familycase.services import people
from familycase.services.people import PossibleMatch
from familycase.services.vault import UserSession

Run = Callable[[Callable[[], object], str], None]


class MatchesDialog(QDialog):
    def __init__(
        self,
        session: UserSession,
        matches: Sequence[PossibleMatch],
        run_change: Run,
        title: str,
        intro: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchesDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.run_change = run_change
        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        explain = QLabel(intro)
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        self.table = record_table(
            [
                self.tr("Person"),
                self.tr("Born"),
                self.tr("In"),
                self.tr("May be"),
                self.tr("Born"),
                self.tr("In"),
                self.tr("Why"),
            ],
            "possibleMatches",
            self.tr("Possible matches"),
        )
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. lives between parents"))
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        self.same = button(self.tr("The &same person"), lambda: self._decide(True))
        self.different = button(self.tr("&Different people"), lambda: self._decide(False))
        close = button(self.tr("Close"), self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addLayout(button_row(self.same, self.different, close))
        self.resize(980, 440)
        self.show_matches(matches)

    def show_matches(self, matches: Sequence[PossibleMatch]) -> None:
        self.matches = list(matches)
        fill_table(
            self.table,
            [
                (
                    match,
                    [
                        match.here.full_name,
                        words.date_text(match.here.date_of_birth),
                        match.here.reference,
                        match.there.full_name,
                        words.date_text(match.there.date_of_birth),
                        match.there.reference,
                        words.match_reason_text(match.reason),
                    ],
                )
                for match in self.matches
            ],
        )
        if self.matches:
            self.table.selectRow(0)
        for push in (self.same, self.different):
            push.setEnabled(bool(self.matches))

    def _decide(self, same: bool) -> None:
        match: PossibleMatch | None = selected_record(self.table)
        if match is None:
            return
        session, note = self.session, self.note.text()
        self.run_change(
            lambda: people.decide(
                session,
                match.here.family_id,
                match.here.member_id,
                match.there.family_id,
                match.there.member_id,
                same,
                note,
            ),
            self.tr("Could not record the decision"),
        )
        self.show_matches([m for m in self.matches if m.pair != match.pair])
        self.note.clear()
