"""A form generated from an instrument definition: one input per question, by answer type.

``AssessmentForm`` shows an ``Assessment`` (from ``services.assessments``) with the definition
of the instrument version it was made with. Sections that repeat for each child (or adult) get
one block per person. Scales are a row of score buttons grouped by stage, with the stage's name
and description (the area's own description where the form gives one) shown for the score
chosen; "We see this differently" records the family's and the worker's scores and views.
Strengths-and-needs questions have two boxes and "who told us". Required questions are marked
with an asterisk (and "required" for screen readers); they are checked only on completion.

The form holds no business rule and calls no service: the window that embeds it calls
``services.assessments.save_draft`` / ``complete_assessment`` with ``form.assessment()`` when
``save_requested`` / ``complete_requested`` fire, and hands validation problems back with
``show_problems``. A form for an assessment that is not a draft is read-only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.assessment import (
    Answer,
    Assessment,
    Contributor,
    ContributorKind,
    Disagreement,
    PersonGroup,
    StrengthsNeeds,
    answer_key,
    people_for,
)
from familycase.domain.errors import FieldProblem
from familycase.domain.family import Member
from familycase.domain.instruments import (
    AnswerType,
    InstrumentDefinition,
    InstrumentKind,
    Question,
    Scale,
    Section,
)
from familycase.gui.common.forms import DateField
from familycase.services.assessments import member_names, person_group

_CONTEXT = "AssessmentForm"
NOT_ANSWERED = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Person:
    """Someone in the family, as the form names them."""

    member_id: str
    name: str
    group: PersonGroup


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def _text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(int(box.fontMetrics().lineSpacing() * lines + 14))
    return box


# --- inputs -------------------------------------------------------------------------------------


class AnswerInput(QWidget):
    """The input for one question (for one person). ``value()`` is an answer value or None."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def reported_by(self) -> list[ContributorKind]:
        return []

    def set_reported_by(self, kinds: Sequence[ContributorKind]) -> None:
        del kinds

    def disagreement(self) -> Disagreement | None:
        return None

    def set_disagreement(self, disagreement: Disagreement | None) -> None:
        del disagreement

    def focus_widget(self) -> QWidget:
        return self


class TextInput(AnswerInput):
    def __init__(self, question: Question, long: bool) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit: QLineEdit | QPlainTextEdit
        if long:
            self._edit = _text_box()
            self._edit.textChanged.connect(self.changed)
        else:
            self._edit = QLineEdit()
            self._edit.setMaxLength(200)
            self._edit.textChanged.connect(self.changed)
        layout.addWidget(self._edit)

    def value(self) -> object:
        edit = self._edit
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return text.strip() or None

    def set_value(self, value: object) -> None:
        text = value if isinstance(value, str) else ""
        if isinstance(self._edit, QPlainTextEdit):
            self._edit.setPlainText(text)
        else:
            self._edit.setText(text)

    def focus_widget(self) -> QWidget:
        return self._edit


class ComboInput(AnswerInput):
    """Yes / no, or one of the choices; the first entry is "Not answered"."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._combo = QComboBox()
        self._combo.addItem(_tr("Not answered"), None)
        if question.type is AnswerType.YES_NO:
            self._combo.addItem(_tr("Yes"), True)
            self._combo.addItem(_tr("No"), False)
        else:
            for choice in question.choices:
                self._combo.addItem(choice.label, choice.id)
        self._combo.currentIndexChanged.connect(self.changed)
        layout.addWidget(self._combo)

    def value(self) -> object:
        return self._combo.currentData()

    def set_value(self, value: object) -> None:
        for index in range(self._combo.count()):
            data = self._combo.itemData(index)
            if data is value or (data == value and type(data) is type(value)):
                self._combo.setCurrentIndex(index)
                return
        self._combo.setCurrentIndex(0)

    def focus_widget(self) -> QWidget:
        return self._combo


class MultiChoiceInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[tuple[str, QCheckBox]] = []
        columns = 2 if len(question.choices) > 4 else 1
        for index, choice in enumerate(question.choices):
            box = QCheckBox(choice.label)
            box.toggled.connect(self.changed)
            layout.addWidget(box, index // columns, index % columns)
            self._boxes.append((choice.id, box))

    def value(self) -> object:
        chosen = [choice_id for choice_id, box in self._boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice_id, box in self._boxes:
            box.setChecked(choice_id in chosen)

    def focus_widget(self) -> QWidget:
        return self._boxes[0][1] if self._boxes else self


class DateInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._field = DateField()
        self._field.textChanged.connect(self.changed)
        layout.addWidget(self._field)

    def value(self) -> object:
        value = self._field.value()
        if isinstance(value, date):
            return value.isoformat()
        return value or None  # text that is not a date: validation names it

    def set_value(self, value: object) -> None:
        try:
            day = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        self._field.set_value(day)

    def focus_widget(self) -> QWidget:
        return self._field


class NumberInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._edit = QLineEdit()
        validator = QDoubleValidator(self._edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self._edit.setValidator(validator)
        self._edit.textChanged.connect(self.changed)
        layout.addWidget(self._edit)

    def value(self) -> object:
        text = self._edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else number

    def set_value(self, value: object) -> None:
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        self._edit.setText(f"{value:g}" if is_number else "")  # type: ignore[str-format]

    def focus_widget(self) -> QWidget:
        return self._edit


class StrengthsNeedsInput(AnswerInput):
    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._strengths = _text_box(3)
        self._needs = _text_box(3)
        self._strengths.setAccessibleName(f"{question.text}: " + _tr("what is going well"))
        self._needs.setAccessibleName(f"{question.text}: " + _tr("what needs to change"))
        layout.addWidget(QLabel(_tr("What is going well")), 0, 0)
        layout.addWidget(QLabel(_tr("What needs to change")), 0, 1)
        layout.addWidget(self._strengths, 1, 0)
        layout.addWidget(self._needs, 1, 1)
        told = QGridLayout()
        told.setContentsMargins(0, 0, 0, 0)
        told.addWidget(QLabel(_tr("Who told us:")), 0, 0)
        self._told: list[tuple[ContributorKind, QCheckBox]] = []
        for index, kind in enumerate(ContributorKind):
            box = QCheckBox(_tr(kind.label))
            box.setAccessibleName(f"{question.text}: " + _tr("told us: ") + _tr(kind.label))
            box.toggled.connect(self.changed)
            told.addWidget(box, index // 3, 1 + index % 3)
            self._told.append((kind, box))
        told.setColumnStretch(4, 1)
        layout.addLayout(told, 2, 0, 1, 2)
        self._strengths.textChanged.connect(self.changed)
        self._needs.textChanged.connect(self.changed)

    def value(self) -> object:
        value = StrengthsNeeds(
            strengths=self._strengths.toPlainText(), needs=self._needs.toPlainText()
        )
        return None if value.empty else value

    def set_value(self, value: object) -> None:
        value = value if isinstance(value, StrengthsNeeds) else StrengthsNeeds()
        self._strengths.setPlainText(value.strengths)
        self._needs.setPlainText(value.needs)

    def reported_by(self) -> list[ContributorKind]:
        return [kind for kind, box in self._told if box.isChecked()]

    def set_reported_by(self, kinds: Sequence[ContributorKind]) -> None:
        for kind, box in self._told:
            box.setChecked(kind in kinds)

    def focus_widget(self) -> QWidget:
        return self._strengths


class ScaleInput(AnswerInput):
    """Score buttons grouped by stage, the stage shown for the score chosen, and the worker's
    and family's scores when they see the area differently. Clicking the chosen score again
    clears it (an area can be left unscored)."""

    def __init__(self, question: Question, scale: Scale, different_views: bool = True) -> None:
        super().__init__(question)
        self.scale = scale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(10)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[int, QToolButton] = {}
        for stage in scale.stages:
            column = QVBoxLayout()
            column.setSpacing(2)
            buttons = QHBoxLayout()
            buttons.setSpacing(2)
            for score in range(stage.from_score, stage.to_score + 1):
                button = QToolButton()
                button.setText(str(score))
                button.setCheckable(True)
                button.setMinimumSize(34, 30)
                button.setObjectName("scoreButton")
                button.setAccessibleName(f"{question.label}: {score}, {stage.label}")
                button.setToolTip(f"{score}: {stage.label}")
                self._group.addButton(button, score)
                self._buttons[score] = button
                buttons.addWidget(button)
            column.addLayout(buttons)
            name = QLabel(stage.label)
            name.setObjectName("hint")
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            name.setWordWrap(True)
            column.addWidget(name)
            row.addLayout(column)
        row.addStretch(1)
        layout.addLayout(row)
        self._stage = QLabel()
        self._stage.setWordWrap(True)
        self._stage.setObjectName("stageDescription")
        layout.addWidget(self._stage)
        self._group.buttonClicked.connect(self._clicked)
        # The chosen score must stand out in any theme (and in greyscale): filled, bold.
        self.setStyleSheet(
            "QToolButton:checked { background: #1d5c8c; color: #ffffff; font-weight: 600;"
            " border: 1px solid #1d5c8c; border-radius: 3px; }"
        )

        self._differ = QCheckBox(_tr("We see this differently"))
        self._differ.toggled.connect(self._show_views)
        self._differ.toggled.connect(self.changed)
        layout.addWidget(self._differ)
        self._views = QFrame()
        views = QGridLayout(self._views)
        views.setContentsMargins(18, 0, 0, 0)
        self._family_score = self._score_box()
        self._worker_score = self._score_box()
        self._family_view = _text_box(2)
        self._worker_view = _text_box(2)
        views.addWidget(QLabel(_tr("Family's score")), 0, 0)
        views.addWidget(self._family_score, 0, 1)
        views.addWidget(QLabel(_tr("How the family sees it")), 0, 2)
        views.addWidget(self._family_view, 0, 3)
        views.addWidget(QLabel(_tr("Worker's score")), 1, 0)
        views.addWidget(self._worker_score, 1, 1)
        views.addWidget(QLabel(_tr("How the worker sees it")), 1, 2)
        views.addWidget(self._worker_view, 1, 3)
        views.setColumnStretch(3, 1)
        for widget, text in (
            (self._family_score, _tr("Family's score")),
            (self._worker_score, _tr("Worker's score")),
            (self._family_view, _tr("How the family sees it")),
            (self._worker_view, _tr("How the worker sees it")),
        ):
            widget.setAccessibleName(f"{question.label}: {text}")
        self._family_view.textChanged.connect(self.changed)
        self._worker_view.textChanged.connect(self.changed)
        layout.addWidget(self._views)
        self._views.hide()
        self._differ.setVisible(different_views)
        self._show_stage(None)

    def _score_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(self.scale.min - 1, self.scale.max)
        box.setSpecialValueText(_tr("not given"))
        box.setValue(self.scale.min - 1)
        box.valueChanged.connect(self.changed)
        return box

    def _clicked(self, button: QAbstractButton) -> None:
        score = self._group.id(button)
        for other, each in self._buttons.items():
            if other != score:
                each.setChecked(False)
        self._show_stage(score if button.isChecked() else None)
        self.changed.emit()

    def _show_stage(self, score: int | None) -> None:
        if score is None:
            self._stage.setText(_tr("Not scored yet."))
            return
        stage = self.scale.stage_for(score)
        description = self.question.stage_descriptions.get(stage.id) or stage.description
        self._stage.setText(f"<b>{score} \N{EN DASH} {stage.label}.</b> {description}")

    def _show_views(self, on: bool) -> None:
        self._views.setVisible(on)

    def value(self) -> object:
        for score, button in self._buttons.items():
            if button.isChecked():
                return score
        return None

    def set_value(self, value: object) -> None:
        chosen = value if isinstance(value, int) and not isinstance(value, bool) else None
        for score, button in self._buttons.items():
            button.setChecked(score == chosen)
        self._show_stage(chosen if chosen in self._buttons else None)

    def choose(self, score: int | None) -> None:
        """As if the score button were clicked (for keyboard shortcuts and tests)."""
        self.set_value(score)
        self.changed.emit()

    def disagreement(self) -> Disagreement | None:
        if not self._differ.isChecked():
            return None

        def score(box: QSpinBox) -> int | None:
            return None if box.value() < self.scale.min else box.value()

        return Disagreement(
            family_score=score(self._family_score),
            worker_score=score(self._worker_score),
            family_view=self._family_view.toPlainText(),
            worker_view=self._worker_view.toPlainText(),
        )

    def set_disagreement(self, disagreement: Disagreement | None) -> None:
        self._differ.setChecked(disagreement is not None)
        d = disagreement or Disagreement()
        self._family_score.setValue(
            d.family_score if d.family_score is not None else self.scale.min - 1
        )
        self._worker_score.setValue(
            d.worker_score if d.worker_score is not None else self.scale.min - 1
        )
        self._family_view.setPlainText(d.family_view)
        self._worker_view.setPlainText(d.worker_view)

    def focus_widget(self) -> QWidget:
        return next(iter(self._buttons.values()))


def make_input(definition: InstrumentDefinition, question: Question) -> AnswerInput:
    kind = question.type
    if kind in (AnswerType.SHORT_TEXT, AnswerType.LONG_TEXT):
        return TextInput(question, long=kind is AnswerType.LONG_TEXT)
    if kind in (AnswerType.YES_NO, AnswerType.CHOICE):
        return ComboInput(question)
    if kind is AnswerType.MULTI_CHOICE:
        return MultiChoiceInput(question)
    if kind is AnswerType.DATE:
        return DateInput(question)
    if kind is AnswerType.NUMBER:
        return NumberInput(question)
    if kind is AnswerType.SCALE:
        return ScaleInput(
            question,
            definition.scale(question.scale or ""),
            different_views=definition.kind is InstrumentKind.OUTCOME_MEASURE,
        )
    return StrengthsNeedsInput(question)


# --- the form -----------------------------------------------------------------------------------


@dataclass
class _Slot:
    question: Question
    member_id: str | None
    input: AnswerInput
    error: QLabel
    label: str  # as validation problems name it


class AssessmentForm(QWidget):
    """The whole instrument as a form. Signals: ``changed`` on any edit, ``save_requested``
    (Save draft) and ``complete_requested`` (Mark as complete)."""

    changed = Signal()
    save_requested = Signal()
    complete_requested = Signal()

    def __init__(
        self,
        definition: InstrumentDefinition,
        assessment: Assessment,
        people: Sequence[Person] = (),
        *,
        worker_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentForm")
        self.definition = definition
        self._stored = assessment
        self._people = {p.member_id: p for p in people}
        self._worker_name = worker_name
        self._slots: dict[str, _Slot] = {}
        self._section_boxes: list[QGroupBox] = []
        self._loading = False

        outer = QVBoxLayout(self)
        title = QLabel(f"{definition.title}")
        title.setObjectName("heading")
        outer.addWidget(title)
        about = ", ".join(self._name(s.member_id) for s in assessment.subjects)
        status = QLabel(
            _tr("{status} \N{EM DASH} about {people} \N{EM DASH} version {version}").format(
                status=_tr(assessment.status.label), people=about, version=definition.version
            )
        )
        status.setObjectName("muted")
        outer.addWidget(status)
        self._general = QLabel()
        self._general.setObjectName("errorMessage")
        self._general.setWordWrap(True)
        self._general.hide()
        outer.addWidget(self._general)

        splitter = QSplitter()
        self._nav = QListWidget()
        self._nav.setAccessibleName(_tr("Sections"))
        self._nav.setWordWrap(True)
        self._nav.setMinimumWidth(170)
        self._nav.setMaximumWidth(230)
        self._nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self._nav)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._scroll.setWidget(body)
        splitter.addWidget(self._scroll)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)

        if definition.guidance:
            self._body.addWidget(_hint(definition.guidance))
        note = _hint(_tr("Questions marked * must be answered before the form is complete."))
        self._body.addWidget(note)
        self._build_contributors(assessment)
        for section in definition.sections:
            self._build_section(section, assessment)
        self._body.addStretch(1)
        self._nav.currentRowChanged.connect(self._go_to)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._save = QPushButton(_tr("&Save draft"))
        self._save.clicked.connect(self.save_requested)
        self._complete = QPushButton(_tr("Mark as &complete"))
        self._complete.clicked.connect(self.complete_requested)
        buttons.addWidget(self._save)
        buttons.addWidget(self._complete)
        outer.addLayout(buttons)

        self.set_assessment(assessment)
        self.changed.connect(self._hide_general)

    # --- building ---------------------------------------------------------------------------

    def _name(self, member_id: str | None) -> str:
        if member_id is None:
            return ""
        person = self._people.get(member_id)
        return person.name if person else _tr("someone no longer in the family file")

    def _build_contributors(self, assessment: Assessment) -> None:
        box = QGroupBox(_tr("Who contributed"))
        layout = QVBoxLayout(box)
        self._contributor_boxes: list[tuple[Contributor, QCheckBox]] = []
        # Everyone already recorded (as recorded), the worker using the form, and each person
        # in the family file who is not yet listed.
        candidates = [
            c for c in assessment.contributors if c.kind is not ContributorKind.OTHER_AGENCY
        ]
        if self._worker_name and not any(
            c.kind is ContributorKind.WORKER and c.name == self._worker_name for c in candidates
        ):
            candidates.append(Contributor(kind=ContributorKind.WORKER, name=self._worker_name))
        listed = {c.member_id for c in candidates if c.member_id}
        candidates += [
            Contributor(
                kind=(
                    ContributorKind.CHILD
                    if person.group is PersonGroup.CHILD
                    else ContributorKind.PARENT_OR_CARER
                ),
                member_id=person.member_id,
                name=person.name,
            )
            for person in self._people.values()
            if person.member_id not in listed
        ]
        row = QGridLayout()
        for index, candidate in enumerate(candidates):
            text = candidate.name or _tr(candidate.kind.label)
            if candidate.kind is not ContributorKind.WORKER or candidate.name:
                text += f" ({_tr(candidate.kind.label).lower()})"
            check = QCheckBox(text)
            check.toggled.connect(self._edited)
            row.addWidget(check, index // 3, index % 3)
            self._contributor_boxes.append((candidate, check))
        layout.addLayout(row)
        self._agencies = QLineEdit()
        self._agencies.setPlaceholderText(_tr("e.g. Demoford Primary School, health visitor"))
        self._agencies.setAccessibleName(_tr("Other agencies that contributed"))
        self._agencies.textChanged.connect(self._edited)
        layout.addWidget(QLabel(_tr("Other agencies that contributed (separate with commas)")))
        layout.addWidget(self._agencies)
        self._body.addWidget(box)
        self._nav.addItem(QListWidgetItem(_tr("Who contributed")))
        self._section_boxes.append(box)

    def _build_section(self, section: Section, assessment: Assessment) -> None:
        box = QGroupBox(section.title)
        box.setObjectName("assessmentSection")
        layout = QVBoxLayout(box)
        if section.guidance:
            layout.addWidget(_hint(section.guidance))
        people = people_for(section, assessment.subjects)
        if not people:
            layout.addWidget(_hint(_tr("Nobody in this assessment is in this part of the form.")))
        for member_id in people:
            target = layout
            if member_id is not None:
                person_box = QGroupBox(_tr("About {name}").format(name=self._name(member_id)))
                person_box.setObjectName("assessmentPerson")
                target = QVBoxLayout(person_box)
                layout.addWidget(person_box)
            for question in section.questions:
                self._add_question(target, question, member_id)
        self._body.addWidget(box)
        self._nav.addItem(QListWidgetItem(section.title))
        self._section_boxes.append(box)

    def _add_question(self, layout: QVBoxLayout, question: Question, member_id: str | None) -> None:
        star = " *" if question.required else ""
        if question.short_label and question.short_label != question.text:
            label = QLabel(
                f"<b>{_escape(question.short_label)}{star}</b> \N{EM DASH} {_escape(question.text)}"
            )
        else:
            label = QLabel(f"<b>{_escape(question.text)}{star}</b>")
        label.setWordWrap(True)
        layout.addWidget(label)
        if question.guidance:
            layout.addWidget(_hint(question.guidance))
        widget = make_input(self.definition, question)
        widget.setObjectName(f"answer_{answer_key(question.id, member_id)}")
        focus = widget.focus_widget()
        if not focus.accessibleName():
            focus.setAccessibleName(question.text)
        if question.required:
            focus.setAccessibleDescription(_tr("Required"))
        label.setBuddy(focus)
        widget.changed.connect(self._edited)
        layout.addWidget(widget)
        error = _error_label()
        layout.addWidget(error)
        layout.addSpacing(10)
        problem_label = question.text + (f" ({self._name(member_id)})" if member_id else "")
        self._slots[answer_key(question.id, member_id)] = _Slot(
            question, member_id, widget, error, problem_label
        )

    def _go_to(self, row: int) -> None:
        if 0 <= row < len(self._section_boxes):  # the section's heading at the top
            self._scroll.verticalScrollBar().setValue(self._section_boxes[row].y())

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _hide_general(self) -> None:
        self._general.hide()

    # --- values -----------------------------------------------------------------------------

    def set_assessment(self, assessment: Assessment) -> None:
        """Show ``assessment`` (for example after a save returned a newer revision)."""
        self._loading = True
        try:
            self._stored = assessment
            for key, slot in self._slots.items():
                answer = next((a for a in assessment.answers if a.key == key), None)
                slot.input.set_value(answer.value if answer else None)
                slot.input.set_reported_by(answer.reported_by if answer else [])
                slot.input.set_disagreement(answer.disagreement if answer else None)
            present = {(c.kind, c.member_id, c.name) for c in assessment.contributors}
            for candidate, check in self._contributor_boxes:
                check.setChecked((candidate.kind, candidate.member_id, candidate.name) in present)
            self._agencies.setText(
                ", ".join(
                    c.agency or c.name
                    for c in assessment.contributors
                    if c.kind is ContributorKind.OTHER_AGENCY
                )
            )
            self.set_read_only(not assessment.editable)
        finally:
            self._loading = False
        self._saved_state = self._state()

    def answers(self) -> list[Answer]:
        result = []
        kept = {a.key: a for a in self._stored.answers}
        for key, slot in self._slots.items():
            value = slot.input.value()
            reported = slot.input.reported_by()
            disagreement = slot.input.disagreement()
            if value is None and not reported and disagreement is None:
                continue
            previous = kept.get(key)
            result.append(
                Answer(
                    question_id=slot.question.id,
                    member_id=slot.member_id,
                    value=value,  # type: ignore[arg-type]
                    reported_by=reported,
                    comment=previous.comment if previous else "",
                    disagreement=disagreement,
                )
            )
        return result

    def contributors(self) -> list[Contributor]:
        chosen = [candidate for candidate, check in self._contributor_boxes if check.isChecked()]
        agencies = [part.strip() for part in self._agencies.text().split(",") if part.strip()]
        return chosen + [
            Contributor(kind=ContributorKind.OTHER_AGENCY, agency=agency) for agency in agencies
        ]

    def assessment(self) -> Assessment:
        """The assessment as shown: the stored one with the form's answers and contributors.
        Raises DomainValidationError-like pydantic errors only for impossible values (the
        service reports the rest)."""
        return self._stored.model_copy(
            update={"answers": self.answers(), "contributors": self.contributors()}
        )

    def _state(self) -> tuple[object, ...]:
        return (
            tuple(a.model_dump_json() for a in self.answers()),
            tuple(c.model_dump_json() for c in self.contributors()),
        )

    def has_unsaved_changes(self) -> bool:
        return self._state() != self._saved_state

    def input_for(self, question_id: str, member_id: str | None = None) -> AnswerInput:
        return self._slots[answer_key(question_id, member_id)].input

    def required_marked(self) -> list[str]:
        """The keys of the questions marked as required (as shown)."""
        return [key for key, slot in self._slots.items() if slot.question.required]

    # --- state and problems -----------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        for slot in self._slots.values():
            slot.input.setEnabled(not read_only)
        for _candidate, check in self._contributor_boxes:
            check.setEnabled(not read_only)
        self._agencies.setReadOnly(read_only)
        self._save.setVisible(not read_only)
        self._complete.setVisible(not read_only)

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Show each problem under its question; others (and a count) at the top."""
        self.clear_problems()
        by_label: Mapping[str, _Slot] = {slot.label: slot for slot in self._slots.values()}
        general: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            base = problem.field.removesuffix(": different views")
            slot = by_label.get(base)
            if slot is None:
                general.append(
                    problem.message
                    if problem.field == "This record"
                    else f"{problem.field}: {problem.message}"
                )
                continue
            text = problem.message
            if text[:1].islower():
                text = _tr("This {message}").format(message=text)
            if not slot.error.isHidden():
                text = f"{slot.error.text()}\n{text}"
            slot.error.setText(text)
            slot.error.show()
            focus = slot.input.focus_widget()
            focus.setProperty("invalid", True)
            focus.setAccessibleDescription(text)
            focus.style().unpolish(focus)
            focus.style().polish(focus)
            if first is None:
                first = focus
        count = len(problems)
        summary = (
            _tr("1 question needs attention.")
            if count == 1
            else _tr("{n} questions need attention.").format(n=count)
        )
        self._general.setText("\n".join([summary, *general]))
        self._general.show()
        if first is not None:
            self._scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        self._general.hide()
        for slot in self._slots.values():
            slot.error.hide()
            focus = slot.input.focus_widget()
            if focus.property("invalid"):
                focus.setProperty("invalid", False)
                focus.setAccessibleDescription(_tr("Required") if slot.question.required else "")
                focus.style().unpolish(focus)
                focus.style().polish(focus)

    def problem_text(self, question_id: str, member_id: str | None = None) -> str:
        error = self._slots[answer_key(question_id, member_id)].error
        return "" if error.isHidden() else error.text()

    def mark_saved(self, assessment: Assessment) -> None:
        self.set_assessment(assessment)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def people_from_members(members: Sequence[Member]) -> list[Person]:
    """``Person`` entries for the form from the family file's members."""
    names = member_names(members)
    return [Person(m.id, names[m.id], person_group(m)) for m in members]
