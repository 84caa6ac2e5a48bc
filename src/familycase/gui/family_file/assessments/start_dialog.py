"""Starting an assessment: choose the form and who it is about, then the form opens."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from familycase.domain.errors import DomainValidationError, FieldProblem
from familycase.domain.instruments import About
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.family_file.assessments.form import Person
from familycase.services import assessments
from familycase.services.assessments import InstrumentChoice
from familycase.services.vault import UserSession


class StartAssessmentDialog(EditorDialog):
    """Choose the form and who it is about, then the form opens."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        people: list[Person],
        choices: list[InstrumentChoice],
        form_errors: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Start a new assessment"), parent)
        self.setObjectName("startAssessmentDialog")
        self._session = session
        self._family_id = family_id
        self._people = people
        self.set_intro(
            self.tr(
                "Choose the form. A family form is about everyone who lives in the household; "
                "a form about one person needs that person."
            )
        )
        b = self.builder
        self.instrument = QComboBox()
        for choice in choices:
            self.instrument.addItem(choice.title, choice)
        b.add(self.tr("&Form"), self.instrument, "Form")
        self.what = QLabel()
        self.what.setObjectName("hint")
        self.what.setWordWrap(True)
        self.form.addRow("", self.what)
        self.person = QComboBox()
        b.add(self.tr("&About"), self.person, "Who it is about")
        self.on = DateField(date.today())
        self.on.setProperty("past_only", True)
        b.add(self.tr("&Date of the assessment"), self.on, "Date of the assessment")
        check_date_on_edit(self.on, self.errors, "Date of the assessment")
        if form_errors:
            problems = QLabel(
                self.tr("Some of your service's own forms could not be loaded:\n{errors}").format(
                    errors="\n".join(form_errors)
                )
            )
            problems.setObjectName("hint")
            problems.setWordWrap(True)
            self.body_layout.insertWidget(1, problems)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self._instrument_changed()
        self.save_button.setText(self.tr("&Start"))
        fit_to_screen(self, 600, 560)
        self.finish_building()

    def choice(self) -> InstrumentChoice | None:
        return self.instrument.currentData()

    def _instrument_changed(self) -> None:
        choice = self.choice()
        self.person.clear()
        if choice is None:
            return
        self.what.setText(choice.description)
        if choice.about is About.FAMILY:
            self.person.addItem(self.tr("Everyone who lives in the household"), None)
            self.person.setEnabled(False)
            return
        self.person.setEnabled(True)
        wanted = {
            About.CHILD: ("child",),
            About.ADULT: ("adult",),
            About.MEMBER: ("child", "adult"),
        }[choice.about]
        for person in self._people:
            if person.group.value in wanted:
                self.person.addItem(person.name, person.member_id)

    def description(self) -> str:
        return self.tr("Starting an assessment")

    def build_call(self) -> ServiceCall:
        choice = self.choice()
        if choice is None:
            raise DomainValidationError([])
        on = self.on.value()
        if not isinstance(on, date):
            raise DomainValidationError(
                [FieldProblem("Date of the assessment", "is not a date we recognise.")]
            )
        member = self.person.currentData()
        members = [member] if member else None
        if choice.about is not About.FAMILY and not member:
            raise DomainValidationError(
                [FieldProblem("Who it is about", "Nobody in this family file fits this form.")]
            )
        session, family_id = self._session, self._family_id
        return lambda: assessments.start_assessment(
            session, family_id, choice.id, members, assessed_on=on
        )
