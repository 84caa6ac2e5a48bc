"""Record a reflective supervision session (team leaders): the worker, the date, the families
discussed (from the worker's caseload) each with a reflection and up to three actions (what,
whose, by when), and the next session. Saved with ``supervision.record_session``: each
family's part is sealed to that family."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.errors import validated
from familycase.domain.staff import Worker
from familycase.domain.supervision import SupervisionRecord
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit
from familycase.gui.common.tasks import run_in_background
from familycase.services import supervision
from familycase.services.supervision import FamilyChoice
from familycase.services.vault import UserSession

ACTION_ROWS = 3


class FamilyPart(QGroupBox):
    """One family discussed: whether it was, the reflection, and its actions."""

    def __init__(self, family: FamilyChoice, owners: list[tuple[str, str]]) -> None:
        super().__init__()
        self.family = family
        self.setObjectName("supervisionFamily")
        title = f"{family.name} ({family.reference})" if family.name else family.reference
        self.discussed = QCheckBox(title)
        self.discussed.setAccessibleName(title)
        self.reflection = QPlainTextEdit()
        self.reflection.setTabChangesFocus(True)
        self.reflection.setAccessibleName(self.tr("Reflection on {family}").format(family=title))
        self.reflection.setPlaceholderText(
            self.tr("What is happening for the family; what is working, what is stuck, and why.")
        )
        self.reflection.setFixedHeight(self.fontMetrics().height() * 4)
        grid = QGridLayout()
        for column, heading in enumerate([self.tr("Action"), self.tr("Whose"), self.tr("By when")]):
            label = QLabel(heading)
            label.setObjectName("caption")
            grid.addWidget(label, 0, column)
        self.actions: list[tuple[QLineEdit, QComboBox, DateField]] = []
        for row in range(1, ACTION_ROWS + 1):
            what = QLineEdit()
            what.setAccessibleName(self.tr("Action {n}").format(n=row))
            whose = QComboBox()
            whose.setAccessibleName(self.tr("Whose action {n}").format(n=row))
            for owner_id, name in owners:
                whose.addItem(name, owner_id)
            due = DateField()
            due.setAccessibleName(self.tr("Action {n} by when").format(n=row))
            grid.addWidget(what, row, 0)
            grid.addWidget(whose, row, 1)
            grid.addWidget(due, row, 2)
            self.actions.append((what, whose, due))
        grid.setColumnStretch(0, 1)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(18, 0, 0, 0)
        body.addWidget(self.reflection)
        body.addLayout(grid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.discussed)
        layout.addWidget(self.body)
        self.discussed.toggled.connect(self.body.setVisible)
        self.body.hide()

    def value(self) -> dict[str, object] | None:
        if not self.discussed.isChecked():
            return None
        return {
            "family_id": self.family.family_id,
            "reflection": self.reflection.toPlainText(),
            "actions": [
                {"what": what.text(), "owner_id": whose.currentData(), "due_on": due.value()}
                for what, whose, due in self.actions
                if what.text().strip()
            ],
        }


class SupervisionDialog(EditorDialog):
    """A record of supervision is kept as it was said; it is not a decision about a family."""

    def __init__(
        self,
        session: UserSession,
        workers: list[Worker],
        worker_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record supervision"), parent)
        self.setObjectName("supervisionDialog")
        self._session = session
        self.set_intro(
            self.tr(
                "Reflective supervision with a worker of your team. What you write about each "
                "family is kept in that family's file (sealed to it); actions go to their "
                "owner's in-tray until they are done."
            )
        )
        b = self.builder
        self.worker = QComboBox()
        for worker in workers:
            if worker.id != session.worker.id and worker.can_hold_cases:
                self.worker.addItem(worker.display_name, worker.id)
        if worker_id is not None and self.worker.findData(worker_id) >= 0:
            self.worker.setCurrentIndex(self.worker.findData(worker_id))
        b.add(self.tr("&Worker"), self.worker, "Worker")
        self.held_on = b.add(
            self.tr("&Date of supervision"), DateField(date.today()), "Date of supervision"
        )
        self.held_on.setProperty("past_only", True)
        self.next_on = b.add(
            self.tr("&Next supervision"),
            DateField(date.today() + timedelta(weeks=4)),
            "Next supervision",
        )
        b.section(self.tr("Families discussed"))
        self.families_note = QLabel(self.tr("Reading the worker's families…"))
        self.families_note.setObjectName("muted")
        self.families_note.setWordWrap(True)
        self.form.addRow(self.families_note)
        self.parts_holder = QVBoxLayout()
        self.form.addRow(self.parts_holder)
        self.parts: list[FamilyPart] = []
        check_date_on_edit(self.held_on, self.errors, "Date of supervision")
        check_date_on_edit(self.next_on, self.errors, "Next supervision")
        self.worker.currentIndexChanged.connect(self._load_families)
        self.save_button.setText(self.tr("&Record the session"))
        self.resize(760, 620)
        self._load_families()
        self.finish_building()

    def _load_families(self) -> None:
        worker_id = self.worker.currentData()
        for part in self.parts:
            part.setParent(None)
            part.deleteLater()
        self.parts = []
        if worker_id is None:
            self.families_note.setText(self.tr("There is nobody in your team to supervise."))
            return
        self.families_note.setText(self.tr("Reading the worker's families…"))
        run_in_background(
            partial(supervision.families_to_discuss, self._session, worker_id),
            self,
            partial(self._show_families, worker_id),
            lambda error: self.families_note.setText(str(error)),
        )

    def _show_families(self, worker_id: str, found: list[FamilyChoice]) -> None:
        if worker_id != self.worker.currentData():
            return  # another worker was chosen meanwhile
        owners = [(worker_id, self.worker.currentText())]
        owners.append((self._session.worker.id, self._session.worker.display_name))
        for family in found:
            part = FamilyPart(family, owners)
            self.parts_holder.addWidget(part)
            self.parts.append(part)
        self.families_note.setText(
            self.tr("Tick each family you talked about.")
            if found
            else self.tr("This worker leads no open family you can open.")
        )
        self.finish_building()

    def description(self) -> str:
        return self.tr("Supervision with {name}").format(name=self.worker.currentText())

    def build_call(self) -> ServiceCall:
        record = validated(
            SupervisionRecord,
            {
                "worker_id": self.worker.currentData() or "",
                "held_on": self.held_on.value(),
                "next_on": self.next_on.value(),
                "families": [value for part in self.parts if (value := part.value())],
            },
        )
        session = self._session
        return lambda: supervision.record_session(session, record)
