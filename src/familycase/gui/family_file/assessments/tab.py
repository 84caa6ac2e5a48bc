"""The Assessments tab: the family's assessments and outcome readings, starting a new one,
continuing a draft or reading a completed one in the generated form, and (for team leaders)
signing off or returning to draft.

Everything is read and written through ``services.assessments`` on the service thread. The form
dialog takes part in the window's unsaved-changes handling (Save / Discard / Cancel, auto-lock)
like the other editors: it is registered with ``FamilyContext.open_editor``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.assessment import (
    AssessmentStatus,
    Contributor,
    ContributorKind,
    check_answers,
)
from familycase.domain.enums import Role
from familycase.domain.errors import DomainValidationError, FieldProblem
from familycase.domain.instruments import About
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import (
    EditorDialog,
    PendingSave,
    ServiceCall,
    error_text,
    problems_text,
)
from familycase.gui.common.forms import DateField, check_date_on_edit
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.unsaved import ask_about_unsaved
from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    fill_table,
    heading,
    record_table,
    selected_record,
)
from familycase.gui.family_file.assessments.form import AssessmentForm, Person, people_from_members
from familycase.services import assessments
from familycase.services.assessments import AssessmentListItem, AssessmentView, InstrumentChoice
from familycase.services.errors import Locked
from familycase.services.vault import UserSession


@dataclass(frozen=True)
class AssessmentSummary:
    """One line of the list: the plaintext columns, and who it is about and who contributed
    (from the decrypted assessment)."""

    item: AssessmentListItem
    about: str
    contributors: str

    @property
    def id(self) -> str:
        return self.item.id


def _contributor_text(contributor: Contributor, names: dict[str, str]) -> str:
    if contributor.kind is ContributorKind.OTHER_AGENCY:
        return contributor.agency or contributor.name
    if contributor.member_id and contributor.member_id in names:
        return names[contributor.member_id]
    return contributor.name or contributor.kind.label


def load_assessments(session: UserSession, family_id: str) -> list[AssessmentSummary]:
    """The family's assessments, newest first, with who each is about and who contributed."""
    result = []
    for item in assessments.list_assessments(session, family_id):
        view = assessments.open_assessment(session, family_id, item.id)
        names = view.names
        subjects = view.assessment.subjects
        if view.definition.about is About.FAMILY and len(subjects) > 2:
            about = _tr("The household ({n} people)").format(n=len(subjects))
        else:
            about = ", ".join(names.get(s.member_id, "?") for s in subjects)
        contributors = ", ".join(_contributor_text(c, names) for c in view.assessment.contributors)
        result.append(AssessmentSummary(item, about, contributors))
    return result


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentsTab", text)


def status_text(status: AssessmentStatus) -> str:
    return {
        AssessmentStatus.DRAFT: _tr("Draft"),
        AssessmentStatus.COMPLETE: _tr("Complete"),
        AssessmentStatus.SIGNED_OFF: _tr("Signed off"),
    }[status]


class AssessmentsTab(LoadsWhenShown):
    def __init__(self, context: FamilyContext) -> None:
        super().__init__()
        self.setObjectName("assessmentsTab")
        self.context = context
        self.rows: list[AssessmentSummary] = []
        self.table = record_table(
            [
                self.tr("Form"),
                self.tr("About"),
                self.tr("Status"),
                self.tr("Date"),
                self.tr("Completed"),
                self.tr("Signed off"),
                self.tr("Who contributed"),
            ],
            "assessmentList",
            self.tr("Assessments and outcome readings"),
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.start = button(self.tr("&Start a new assessment…"), self.start_new)
        self.open_button = button(self.tr("&Open"), self.open_selected)
        self.sign_off_button = button(self.tr("Si&gn off…"), self.sign_off_selected)
        self.return_button = button(self.tr("&Return to draft…"), self.return_selected)
        is_leader = context.session.worker.role is Role.TEAM_LEADER
        self.sign_off_button.setVisible(is_leader)
        self.return_button.setVisible(is_leader)
        self.empty = empty_note(
            self.tr(
                "No assessments yet. Start an Early Help Assessment with the family, or take an "
                "outcome reading with the Family Progress Measure."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(
            empty_note(
                self.tr(
                    "Assessments stay drafts until they are marked complete; a team leader then "
                    "signs them off. A completed Family Progress Measure is an outcome reading "
                    "(see Outcomes)."
                )
            )
        )
        layout.addLayout(
            button_row(self.start, self.open_button, self.sign_off_button, self.return_button)
        )
        layout.addWidget(heading(self.tr("Assessments and readings")))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._selection_changed()

    # --- showing -----------------------------------------------------------------------------
    def show_data(self, data: object) -> None:
        self._selection_changed()
        super().show_data(data)

    def loader(self) -> ServiceCall:
        return partial(load_assessments, self.context.session, self.context.family_id)

    def load_failed_text(self) -> str:
        return self.tr("Could not list the assessments")

    def loaded(self, rows: list[AssessmentSummary]) -> None:  # type: ignore[override]
        self.rows = rows
        fill_table(
            self.table,
            [
                (
                    row,
                    [
                        row.item.title,
                        row.about,
                        status_text(row.item.status),
                        words.date_text(row.item.assessed_on),
                        words.date_text(row.item.completed_on),
                        words.date_text(row.item.signed_off_on),
                        row.contributors,
                    ],
                )
                for row in rows
            ],
        )
        self.empty.setVisible(not rows)
        if rows and self.selected() is None:
            self.table.selectRow(0)
        self._selection_changed()

    def clear(self) -> None:
        self.rows = []
        self.table.setRowCount(0)

    def selected(self) -> AssessmentSummary | None:
        return selected_record(self.table)

    def _selection_changed(self) -> None:
        row = self.selected()
        is_open = self.context.data.view.current_episode is not None
        self.start.setEnabled(is_open)
        self.open_button.setEnabled(row is not None)
        complete = row is not None and row.item.status is AssessmentStatus.COMPLETE
        self.sign_off_button.setEnabled(complete)
        self.return_button.setEnabled(complete)

    def _people(self) -> list[Person]:
        return people_from_members(self.context.data.view.file.members)

    # --- actions -----------------------------------------------------------------------------
    def start_new(self) -> None:
        session = self.context.session
        run_in_background(
            partial(assessments.available_instruments, session.vault),
            self,
            self._choose_instrument,
            partial(self._failed, self.tr("Could not list the forms")),
        )

    def _choose_instrument(self, found: tuple[list[InstrumentChoice], list[Exception]]) -> None:
        choices, errors = found
        dialog = StartAssessmentDialog(
            self.context.session,
            self.context.family_id,
            self._people(),
            choices,
            [str(e) for e in errors],
            self.window(),
        )
        dialog.saved.connect(self._started)
        self.context.open_editor(dialog)

    def _started(self, view: AssessmentView) -> None:
        self._open_view(view)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.open_assessment(row.id)

    def open_assessment(self, assessment_id: str) -> None:
        session, family_id = self.context.session, self.context.family_id
        run_in_background(
            partial(assessments.open_assessment, session, family_id, assessment_id),
            self,
            self._open_view,
            partial(self._failed, self.tr("Could not open the assessment")),
        )

    def _open_view(self, view: AssessmentView) -> None:
        dialog = AssessmentDialog(
            self.context.session,
            self.context.family_id,
            view,
            self._people(),
            self.window(),
        )
        dialog.sign_off_requested.connect(self.sign_off)
        dialog.return_requested.connect(self.return_to_draft)
        self.context.open_editor(dialog)

    def sign_off_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.sign_off(row.id, row.item.title)

    def sign_off(self, assessment_id: str, title: str) -> None:
        session, family_id = self.context.session, self.context.family_id
        self.context.confirm(
            self.tr("Sign off the assessment"),
            self.tr(
                "Sign off “{form}”? Once signed off it cannot be changed; a new assessment "
                "is needed to record anything different."
            ).format(form=title),
            self.tr("&Sign off"),
            lambda: self.context.run_change(
                partial(assessments.sign_off, session, family_id, assessment_id),
                self.tr("Could not sign off the assessment"),
            ),
        )

    def return_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.return_to_draft(row.id, row.item.title)

    def return_to_draft(self, assessment_id: str, title: str) -> None:
        self.context.open_editor(
            ReturnToDraftDialog(
                self.context.session, self.context.family_id, assessment_id, title, self.window()
            )
        )

    def _failed(self, what: str, error: BaseException) -> None:
        if not isinstance(error, Locked):
            self.context.show_error(what, error)  # type: ignore[attr-defined]


# --- starting --------------------------------------------------------------------------------


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
        self.resize(600, 560)
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


# --- the form in a dialog ---------------------------------------------------------------------


class AssessmentDialog(QDialog):
    """The generated form for one assessment. Implements ``UnsavedWork`` (see ``editor.py``)."""

    saved = Signal(object)
    sign_off_requested = Signal(str, str)  # assessment id, title
    return_requested = Signal(str, str)
    is_decision = False

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        view: AssessmentView,
        people: list[Person],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(view.title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._session = session
        self._family_id = family_id
        self.view = view
        self._busy = False
        self._discarding = False
        self._question = None
        self.form = AssessmentForm(
            view.definition, view.assessment, people, worker_name=session.worker.display_name
        )
        self.form.save_requested.connect(self.save_draft)
        self.form.complete_requested.connect(self.complete)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.saved_note = QLabel()
        self.saved_note.setObjectName("muted")
        is_leader = session.worker.role is Role.TEAM_LEADER
        complete = view.assessment.status is AssessmentStatus.COMPLETE
        self.sign_off_button = button(self.tr("Si&gn off…"), self._sign_off)
        self.return_button = button(self.tr("&Return to draft…"), self._return)
        for push in (self.sign_off_button, self.return_button):
            push.setVisible(is_leader and complete)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_draft)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_note, 1)
        bottom.addWidget(self.sign_off_button)
        bottom.addWidget(self.return_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.message)
        layout.addWidget(self.form, 1)
        layout.addLayout(bottom)
        self.resize(1040, 720)

    # --- unsaved work ------------------------------------------------------------------------
    def description(self) -> str:
        return self.tr("“{form}” (draft)").format(form=self.view.title)

    def has_unsaved_changes(self) -> bool:
        if self._discarding or self._busy:
            return False
        return self.view.assessment.editable and self.form.has_unsaved_changes()

    def pending_save(self) -> PendingSave:
        assessment = self.form.assessment()
        problems = check_answers(
            self.view.definition, assessment, for_completion=False, names=self.view.names
        )
        if problems:
            self.form.show_problems(problems)
            return PendingSave(self.description(), None, problems_text(problems))
        session, family_id, revision = self._session, self._family_id, self.view.revision
        done: list[AssessmentView] = []

        def call() -> AssessmentView:
            result = assessments.save_draft(session, family_id, assessment, revision)
            done.append(result)
            return result

        def on_saved() -> None:
            if done:
                self._draft_saved(done[-1])

        return PendingSave(self.description(), call, on_saved=on_saved)

    def discard_changes(self) -> None:
        self._discarding = True
        super().reject()

    # --- saving ------------------------------------------------------------------------------
    @property
    def is_busy(self) -> bool:
        return self._busy

    def _run(self, call: ServiceCall, on_done) -> None:  # noqa: ANN001
        if self._busy or not self.view.assessment.editable:
            return
        self._busy = True
        self.message.hide()
        self.form.clear_problems()
        run_in_background(call, self, on_done, self._failed)

    def save_draft(self) -> None:
        session, family_id = self._session, self._family_id
        assessment, revision = self.form.assessment(), self.view.revision
        self._run(
            lambda: assessments.save_draft(session, family_id, assessment, revision),
            self._draft_saved,
        )

    def complete(self) -> None:
        session, family_id = self._session, self._family_id
        assessment, revision = self.form.assessment(), self.view.revision
        self._run(
            lambda: assessments.complete_assessment(
                session, family_id, assessment.id, assessment, revision
            ),
            self._completed,
        )

    def _draft_saved(self, view: AssessmentView) -> None:
        self._busy = False
        self.view = view
        self.form.mark_saved(view.assessment)
        self.saved_note.setText(
            self.tr("Draft saved at {time}.").format(time=view.updated_at.strftime("%H:%M"))
        )
        self.saved.emit(view)

    def _completed(self, view: AssessmentView) -> None:
        self._busy = False
        self.view = view
        self.form.mark_saved(view.assessment)
        self.saved.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, Locked):
            return
        if isinstance(error, DomainValidationError):
            self.form.show_problems(error.problems)
        else:
            self.message.setText(error_text(error))
            self.message.show()

    # --- team leader -------------------------------------------------------------------------
    def _sign_off(self) -> None:
        self.sign_off_requested.emit(self.view.id, self.view.title)
        self.accept()

    def _return(self) -> None:
        self.return_requested.emit(self.view.id, self.view.title)
        self.accept()

    # --- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.has_unsaved_changes():
            self._ask()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_changes():
            event.ignore()
            self._ask()
            return
        super().closeEvent(event)

    def _ask(self) -> None:
        if self._question is not None:
            return
        self._question = ask_about_unsaved(
            self, [self.pending_save()], self.tr("Close the assessment"), self._closed_after
        )
        self._question.finished.connect(self._forget_question)

    def _forget_question(self) -> None:
        self._question = None

    def _closed_after(self) -> None:
        self._discarding = True
        super().reject()


class ReturnToDraftDialog(EditorDialog):
    """A team leader sends a complete assessment back, saying why."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        assessment_id: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Return to draft"), parent)
        self.setObjectName("returnToDraftDialog")
        self._session = session
        self._family_id = family_id
        self._assessment_id = assessment_id
        self._title = title
        self.set_intro(
            self.tr(
                "“{form}” goes back to the worker as a draft. Say what needs more work."
            ).format(form=title)
        )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.builder.add(self.tr("&Why"), self.reason, "Reason")
        self.save_button.setText(self.tr("&Return to draft"))
        self.resize(520, 320)
        self.finish_building()

    def description(self) -> str:
        return self.tr("Returning “{form}” to draft").format(form=self._title)

    def build_call(self) -> ServiceCall:
        session, family_id, assessment_id = self._session, self._family_id, self._assessment_id
        reason = self.reason.toPlainText()
        return lambda: assessments.return_to_draft(session, family_id, assessment_id, reason)
