"""The Assessments tab: the family's assessments and outcome readings, starting a new one,
continuing a draft or reading a completed one in the generated form, and (for team leaders)
signing off or returning to draft.

Everything is read and written through ``services.assessments`` on the service thread. The form
dialog takes part in the window's unsaved-changes handling (Save / Discard / Cancel, auto-lock)
like the other editors: it is registered with ``FamilyContext.open_editor``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from familycase.domain.assessment import AssessmentStatus, Contributor, ContributorKind
from familycase.domain.enums import Role
from familycase.domain.instruments import About
from familycase.gui.common import words
from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.lazy_tab import LoadsWhenShown
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import (
    button,
    button_row,
    empty_note,
    fill_table,
    heading,
    record_table,
    selected_record,
)
from familycase.gui.family_file.assessments.assessment_dialog import AssessmentDialog
from familycase.gui.family_file.assessments.form import Person, people_from_members
from familycase.gui.family_file.assessments.return_to_draft_dialog import ReturnToDraftDialog
from familycase.gui.family_file.assessments.start_dialog import StartAssessmentDialog
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
            partial(assessments.instruments_offered, session),
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
