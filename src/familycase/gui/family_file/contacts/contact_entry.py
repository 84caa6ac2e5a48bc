"""Quick entry of a contact note: date (today), type, who was seen, how long, what happened.

Made to be filled in a minute after a visit: the date and type are ready, Tab moves through
the fields in reading order, Ctrl+Enter saves, and after saving the form is ready for the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.enums import ContactKind
from familycase.domain.errors import validated
from familycase.domain.family import Member
from familycase.domain.work import MAX_CONTACT_MINUTES, ContactNote
from familycase.gui.common import words
from familycase.gui.common.editor import SavesThroughService, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    FieldErrors,
    FormBuilder,
    check_date_on_edit,
    checked_values,
    combo_value,
    enum_combo,
    general_error_label,
    member_checklist,
)
from familycase.services import work
from familycase.services.vault import UserSession


class ContactEntry(QFrame, SavesThroughService):
    saved = Signal()

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quickEntry")
        self._session = session
        self._family_id = family_id
        self._family_name = family_name
        self._busy = False

        heading = QLabel(self.tr("Record a contact"))
        heading.setObjectName("sectionHeading")
        self.general = general_error_label()
        self.errors = FieldErrors(self.general)

        left = QFormLayout()
        b = FormBuilder(left, self.errors)
        self.on = b.add(self.tr("Dat&e"), DateField(date.today()), "Date of contact")
        self.on.setProperty("past_only", True)
        self.kind = b.add(
            self.tr("T&ype"),
            enum_combo(ContactKind, words.contact_kind_text, ContactKind.HOME_VISIT),
            "Type of contact",
        )
        self.duration = b.add(self.tr("D&uration"), QSpinBox(), "Duration (minutes)")
        self.duration.setRange(0, MAX_CONTACT_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("Not recorded"))
        self.others = b.add(self.tr("&Others present"), QLineEdit(), "Others present")
        self.others.setPlaceholderText(self.tr("e.g. school nurse, Gran"))

        right = QFormLayout()
        rb = FormBuilder(right, self.errors)
        self.seen = rb.add(self.tr("&Who was seen"), member_checklist([]), "Family members seen")
        self.seen.setFlow(QListView.Flow.LeftToRight)
        self.seen.setWrapping(True)
        self.seen.setSpacing(2)
        self.text = rb.add(self.tr("What &happened"), QPlainTextEdit(), "What happened")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("What you did, what the family said, what happens next. Ctrl+Enter saves.")
        )
        self.text.setMinimumHeight(self.fontMetrics().height() * 5)
        check_date_on_edit(self.on, self.errors, "Date of contact")
        self.child_seen = QCheckBox(self.tr("Chil&d seen"))
        self.seen_alone = QCheckBox(self.tr("Child seen a&lone"))
        self.significant = QCheckBox(self.tr("Si&gnificant: show in the chronology"))
        self.seen_alone.toggled.connect(lambda on: on and self.child_seen.setChecked(True))
        self.child_seen.toggled.connect(lambda on: on or self.seen_alone.setChecked(False))
        marks = QVBoxLayout()
        marks.setSpacing(4)
        for box in (self.child_seen, self.seen_alone, self.significant):
            box.setAccessibleName(box.text().replace("&", ""))
            marks.addWidget(box)
        left.addRow("", marks)

        self.save_button = QPushButton(self.tr("&Save contact note"))
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clea&r"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.discard_changes)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setAccessibleName(self.tr("Contact note status"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        # "Saved." is about the note just saved: it goes as soon as a new one is typed.
        self.text.textChanged.connect(self._edited)
        self.others.textChanged.connect(self._edited)
        self.seen.itemChanged.connect(self._edited)
        self.duration.valueChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left)  # as wide as its words need (longer in Welsh); the note the rest
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.general)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        self.setTabOrder(self.on, self.kind)
        self.setTabOrder(self.kind, self.duration)
        self.setTabOrder(self.duration, self.others)
        self.setTabOrder(self.others, self.seen)
        self.setTabOrder(self.seen, self.text)
        self.setTabOrder(self.text, self.child_seen)
        self.setTabOrder(self.child_seen, self.seen_alone)
        self.setTabOrder(self.seen_alone, self.significant)
        self.setTabOrder(self.significant, self.save_button)

    def set_members(self, members: Sequence[Member]) -> None:
        """Offer the household's people (keeping anyone already ticked)."""
        ticked = set(checked_values(self.seen))
        fresh = member_checklist(members, [m.id for m in members if m.id in ticked])
        self.seen.clear()
        while fresh.count():
            self.seen.addItem(fresh.takeItem(0))
        rows = 1 if len(members) <= 4 else 2
        self.seen.setFixedHeight(self.seen.sizeHintForRow(0) * rows + 12 if members else 32)

    # --- unsaved work ------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self._busy:  # a save already on its way counts as saved
            return False
        return bool(
            self.text.toPlainText().strip()
            or self.others.text().strip()
            or checked_values(self.seen)
            or self.child_seen.isChecked()
            or self.significant.isChecked()
        )

    def note(self) -> ContactNote:
        return validated(
            ContactNote,
            {
                "occurred_on": self.on.value(),
                "kind": combo_value(self.kind),
                "member_ids": checked_values(self.seen),
                "others_present": self.others.text(),
                "duration_minutes": self.duration.value(),
                "text": self.text.toPlainText(),
                "child_seen": self.child_seen.isChecked(),
                "child_seen_alone": self.seen_alone.isChecked(),
                "significant": self.significant.isChecked(),
            },
        )

    def build_call(self) -> ServiceCall:
        note = self.note()
        session, family_id = self._session, self._family_id
        return lambda: work.add_contact_note(session, family_id, note)

    def description(self) -> str:
        return QCoreApplication.translate("ContactEntry", "Contact note for {family}").format(
            family=self._family_name
        )

    def discard_changes(self) -> None:
        self._reset()
        self.errors.clear()
        self.status.clear()

    def _reset(self) -> None:
        self.text.clear()
        self.others.clear()
        for i in range(self.seen.count()):
            self.seen.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.duration.setValue(0)
        for box in (self.child_seen, self.seen_alone, self.significant):
            box.setChecked(False)

    # --- saving (the flow is SavesThroughService's) -------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if busy:
            self.status.setText(self.tr("Saving…"))
        else:
            self.status.clear()

    def _edited(self, *_args: object) -> None:
        if not self._busy and self.status.text() == self.tr("Saved."):
            self.status.clear()

    def _mark_saved(self) -> None:
        self._reset()  # ready for the next note

    def _after_save(self, _result: object) -> None:
        self.status.setText(self.tr("Saved."))
        self.text.setFocus()
        self.saved.emit()
