"""Editing forms and unsaved changes.

Every form that can hold typed-in work (a dialog such as "Add a person", or the contact
note quick entry) implements ``UnsavedWork``. The family file window, closing, locking and
auto-lock all ask the same questions of it: is anything unsaved, and can it be saved as it is?

``pending_save()`` answers the second without saving: it validates the form with the domain's
models and returns the service call that would save it, or the plain reasons it cannot.
Decisions (step up or down, closure, allocation) return no call: FamilyCase never makes a
decision on someone's behalf, even to avoid losing it (see ``gui/session/auto_lock.py``).

Dialogs here never use ``exec()``: a nested event loop would let the app lock under a
running dialog. They are opened with ``open()`` and report back by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.errors import DomainValidationError, FieldProblem
from familycase.gui.common.forms import FieldErrors, FormBuilder, form_state, general_error_label
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import fit_to_screen
from familycase.services.errors import FamilyCaseError, Locked

ServiceCall = Callable[[], Any]
E = TypeVar("E", bound="EditorDialog")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editing", text)


@dataclass
class PendingSave:
    """What saving a form now would do: ``call`` saves it; without one, ``problems`` say why."""

    description: str
    call: ServiceCall | None
    problems: list[str] = field(default_factory=list)
    on_saved: Callable[[], None] | None = None

    @property
    def can_save(self) -> bool:
        return self.call is not None


@runtime_checkable
class UnsavedWork(Protocol):
    def has_unsaved_changes(self) -> bool: ...

    def pending_save(self) -> PendingSave: ...

    def discard_changes(self) -> None: ...


def problems_text(problems: list[FieldProblem]) -> list[str]:
    return [str(problem) for problem in problems]


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainValidationError):
        return "\n".join(problems_text(error.problems))
    if isinstance(error, FamilyCaseError):
        return str(error)
    return _tr("Something went wrong and nothing was saved ({problem}).").format(
        problem=type(error).__name__
    )


class SavesThroughService:
    """The save flow shared by editor dialogs and the contact note quick entry.

    ``build_call()`` validates what was typed (raising ``DomainValidationError``, whose plain
    problems are shown by their fields) and returns the service call that stores it; saving
    runs that call on the service thread, one save at a time, and shows what went wrong. The
    host widget has ``errors`` and ``save_button``, and says what "saved" means for it:
    ``_mark_saved`` (the form counts as unedited again) and ``_after_save`` (what happens next).
    """

    errors: FieldErrors
    save_button: QPushButton
    _busy: bool = False

    def build_call(self) -> ServiceCall:
        raise NotImplementedError

    def description(self) -> str:
        raise NotImplementedError

    def _mark_saved(self) -> None:
        raise NotImplementedError

    def _after_save(self, result: object) -> None:
        raise NotImplementedError

    def pending_save(self) -> PendingSave:
        try:
            call = self.build_call()
        except DomainValidationError as exc:
            self.errors.show(exc.problems)
            return PendingSave(self.description(), None, problems_text(exc.problems))
        return PendingSave(self.description(), call, on_saved=self._mark_saved)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def save(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            call = self.build_call()
        except DomainValidationError as exc:
            self.errors.show(exc.problems)
            return
        self._set_busy(True)
        run_in_background(call, self, self._saved, self._failed)  # type: ignore[arg-type]

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _saved(self, result: object) -> None:
        self._set_busy(False)
        self._mark_saved()
        self._after_save(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Locked):
            return
        if isinstance(error, DomainValidationError):
            self.errors.show(error.problems)
        else:
            self.errors.show_general(error_text(error))


class EditorDialog(QDialog, SavesThroughService):
    """A form in a dialog that saves through one service call, run off the GUI thread.

    Subclasses build the fields (``self.builder`` adds labelled rows), and implement
    ``build_call()`` (validate, or raise DomainValidationError) and ``description()``.
    Closing with unsaved edits asks Save / Discard / Cancel.
    """

    saved = Signal(object)  # the service call's result
    is_decision = False  # decisions are never saved automatically

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("editorDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._busy = False
        self._discarding = False
        self.question: QMessageBox | None = None

        self.general = general_error_label()
        self.errors = FieldErrors(self.general)
        self.form = QFormLayout()
        self.builder = FormBuilder(self.form, self.errors)

        self.heading = QLabel(title)
        self.heading.setObjectName("dialogHeading")
        self.intro = QLabel()
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        self.intro.hide()

        body = QWidget()
        body.setObjectName("formBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.addLayout(self.form)
        self.body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 560)
        self._initial: tuple[object, ...] = ()

    # --- for subclasses ----------------------------------------------------------------------
    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def finish_building(self) -> None:
        """Call at the end of a subclass's __init__: remembers the form as unedited."""
        self._initial = form_state(self)

    def description(self) -> str:
        return self.windowTitle()

    # --- unsaved work ------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self._discarding or self._busy:  # a save already on its way counts as saved
            return False
        return form_state(self) != self._initial

    def pending_save(self) -> PendingSave:
        if self.is_decision:
            return PendingSave(
                self.description(),
                None,
                [_tr("FamilyCase never makes a decision for you: it was not confirmed.")],
            )
        return super().pending_save()

    def discard_changes(self) -> None:
        self._discarding = True
        self._close_question()
        super().reject()

    def _mark_saved(self) -> None:
        self._initial = form_state(self)

    def _after_save(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    # --- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.has_unsaved_changes():
            self._ask_about_changes()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_changes():
            event.ignore()
            self._ask_about_changes()
            return
        super().closeEvent(event)

    def _ask_about_changes(self) -> None:
        if self.question is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Unsaved changes"),
            _tr("You have changed “{what}”. Save the changes?").format(what=self.description()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._answered)
        self.question = box
        box.open()

    def _answered(self, answer: int) -> None:
        self._close_question()
        if answer == QMessageBox.StandardButton.Save.value:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard.value:
            self.discard_changes()

    def _close_question(self) -> None:
        box, self.question = self.question, None
        if box is not None:
            box.finished.disconnect(self._answered)
            box.close()
            box.deleteLater()


class OpenEditors:
    """The editor dialogs a window has open (its part of the unsaved work). ``on_saved`` runs
    after each one saves; a dialog is forgotten, and deleted, once it closes."""

    def __init__(self, on_saved: Callable[[object], None]) -> None:
        self._dialogs: list[EditorDialog] = []
        self._on_saved = on_saved

    def open(self, dialog: EditorDialog) -> None:
        self._dialogs.append(dialog)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(partial(self._finished, dialog))
        dialog.open()

    def _finished(self, dialog: EditorDialog, _result: int) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def all(self) -> list[EditorDialog]:
        return list(self._dialogs)

    def find(self, kind: type[E]) -> E | None:
        """The open dialog of this kind, if there is one (to bring forward, not open twice)."""
        return next((d for d in self._dialogs if isinstance(d, kind)), None)

    def unsaved_work(self) -> list[PendingSave]:
        return [d.pending_save() for d in self._dialogs if d.has_unsaved_changes()]

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self._dialogs)

    def discard_changes(self) -> None:
        for dialog in list(self._dialogs):
            dialog.discard_changes()
