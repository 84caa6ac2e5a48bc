"""Recording a review or Team Around the Family meeting: who came, progress on each action,
decisions and the next review date (``services.plans.record_review``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from familycase.domain.enums import AgencyType
from familycase.domain.errors import validated
from familycase.domain.plan import PlanAction, Review, ReviewKind
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField
from familycase.gui.common.widgets import button, fit_to_screen
from familycase.gui.family_file.plan.fields import (
    agency_combo,
    choice_combo,
    review_kind_text,
    status_combo,
)
from familycase.services import plans
from familycase.services.plans import PlanVersionView
from familycase.services.vault import UserSession

_CONTEXT = "PlanTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _attendee_grid() -> QGridLayout:
    """One grid for every person at the meeting, with column captions on its first row."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    captions = (_tr("Name"), _tr("Role"), _tr("Agency"), _tr("Agency name"), "")
    for column, caption in enumerate(captions):
        label = QLabel(caption)
        label.setObjectName("caption")
        grid.addWidget(label, 0, column)
    for column, stretch in enumerate((3, 3, 2, 3, 0)):
        grid.setColumnStretch(column, stretch)
    return grid


class _AttendeeRow:
    """One person at the meeting: a row of the dialog's attendee grid."""

    def __init__(
        self,
        grid: QGridLayout,
        number: int,
        name: str = "",
        role: str = "",
        agency: AgencyType | None = None,
    ) -> None:
        self.name = QLineEdit(name)
        self.name.setAccessibleName(_tr("Person {n}: name").format(n=number))
        self.name.setPlaceholderText(_tr("Name"))
        self.role = QLineEdit(role)
        self.role.setAccessibleName(_tr("Person {n}: role").format(n=number))
        self.role.setPlaceholderText(_tr("e.g. Mum"))
        self.agency_type = agency_combo(agency, _tr("Person {n}: agency").format(n=number))
        self.agency = QLineEdit()
        self.agency.setAccessibleName(_tr("Person {n}: agency name").format(n=number))
        self.agency.setPlaceholderText(_tr("Optional"))
        self.attended = QCheckBox(_tr("Came"))
        self.attended.setChecked(True)
        self.attended.setAccessibleName(
            _tr("Person {n} came (untick: sent apologies)").format(n=number)
        )
        for column, widget in enumerate(
            (self.name, self.role, self.agency_type, self.agency, self.attended)
        ):
            grid.addWidget(widget, number, column)
        self.name.setCursorPosition(0)

    def data(self) -> dict[str, object] | None:
        if not self.name.text().strip():
            return None
        return {
            "name": self.name.text(),
            "role": self.role.text(),
            "agency_type": self.agency_type.currentData(),
            "agency_name": self.agency.text(),
            "attended": self.attended.isChecked(),
        }


class ReviewDialog(EditorDialog):
    """Record a review or TAF meeting: who came, progress on each action, decisions and the
    next review date."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        family_name: str,
        plan: PlanVersionView | None,
        next_on: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record a review"), parent)
        self.setObjectName("reviewDialog")
        self._session = session
        self._family_id = family_id
        self._family_name = family_name
        self._plan = plan
        self.set_intro(
            self.tr(
                "A review with {family}, or a Team Around the Family meeting. Progress on the "
                "actions updates the plan (as a new version)."
            ).format(family=family_name)
        )
        b = self.builder
        self.held_on = b.add(self.tr("&Date held"), DateField(date.today()), "Date held")
        self.held_on.setProperty("past_only", True)
        self.kind = b.add(
            self.tr("&Kind of meeting"),
            choice_combo([(review_kind_text(k), k) for k in ReviewKind], "Kind of meeting"),
            "Kind of meeting",
        )
        b.section(self.tr("Who came"))
        self.attendee_rows: list[_AttendeeRow] = []
        self.attendees_grid = _attendee_grid()
        holder = QWidget()
        holder.setLayout(self.attendees_grid)
        self.form.addRow(holder)
        self.add_person = button(self.tr("Add a &person"), lambda: self._add_attendee())
        self.form.addRow("", self.add_person)
        self._add_attendee(
            session.worker.display_name, self.tr("Lead professional"), AgencyType.EARLY_HELP
        )
        self._add_attendee()
        self.progress_rows: list[tuple[PlanAction, QComboBox, QLineEdit]] = []
        if plan is not None and plan.plan.actions:
            b.section(self.tr("Progress on the actions (plan version {n})").format(n=plan.version))
            for number, action in enumerate(plan.plan.actions, start=1):
                status = status_combo(action.status, _tr("Action {n}: status").format(n=number))
                note = QLineEdit()
                note.setAccessibleName(_tr("Action {n}: progress").format(n=number))
                note.setPlaceholderText(self.tr("Progress (optional)"))
                cell = QWidget()
                grid = QGridLayout(cell)
                grid.setContentsMargins(0, 0, 0, 0)
                grid.addWidget(status, 0, 0)
                grid.addWidget(note, 0, 1)
                grid.setColumnStretch(1, 1)
                label = QLabel(f"{action.what} ({action.who})")
                label.setWordWrap(True)
                label.setBuddy(status)
                self.form.addRow(label, cell)
                self.progress_rows.append((action, status, note))
        b.section(self.tr("What was decided"))
        self.decisions = b.add(self.tr("De&cisions"), QPlainTextEdit(), "Decisions")
        self.family_view = b.add(
            self.tr("What the &family said"), QPlainTextEdit(), "What the family said"
        )
        for edit in (self.decisions, self.family_view):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.next_on = b.add(
            self.tr("&Next review"),
            DateField(next_on),
            "Next review",
            hint=self.tr("Agreed at the meeting; left blank, the review rhythm sets it."),
        )
        self.save_button.setText(self.tr("&Record the review"))
        fit_to_screen(self, 820, 680)
        self.finish_building()

    def _add_attendee(
        self, name: str = "", role: str = "", agency: AgencyType | None = None
    ) -> None:
        row = _AttendeeRow(self.attendees_grid, len(self.attendee_rows) + 1, name, role, agency)
        self.attendee_rows.append(row)
        if self.isVisible():
            row.name.setFocus()

    def description(self) -> str:
        return self.tr("The review for {family}").format(family=self._family_name)

    def build_call(self) -> ServiceCall:
        attendees = [d for row in self.attendee_rows if (d := row.data()) is not None]
        progress = [
            {"action_id": action.id, "status": status.currentData(), "note": note.text()}
            for action, status, note in self.progress_rows
        ]
        review = validated(
            Review,
            {
                "kind": self.kind.currentData(),
                "held_on": self.held_on.value(),
                "attendees": attendees,
                "plan_version": self._plan.version if self._plan else None,
                "progress": progress,
                "decisions": self.decisions.toPlainText(),
                "family_view": self.family_view.toPlainText(),
                "next_review_on": self.next_on.value(),
            },
        )
        session, family_id = self._session, self._family_id
        return lambda: plans.record_review(session, family_id, review)

