"""The generated form for one assessment, in a dialog that takes part in the family file's
unsaved-changes handling (Save / Discard / Cancel, auto-lock) like the other editors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from familycase.domain.assessment import AssessmentStatus, check_answers
from familycase.domain.enums import Role
from familycase.domain.errors import DomainValidationError
from familycase.gui.common.editor import PendingSave, ServiceCall, error_text, problems_text
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.unsaved import ask_about_unsaved
from familycase.gui.common.widgets import button, fit_to_screen
from familycase.gui.family_file.assessments.form import AssessmentForm, Person
from familycase.services import assessments
from familycase.services.assessments import AssessmentView
from familycase.services.errors import Locked
from familycase.services.vault import UserSession


class AssessmentDialog(QDialog):
    """The generated form for one assessment. Implements ``UnsavedWork`` (``common/editor.py``)."""

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
        fit_to_screen(self, 1040, 680)

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
