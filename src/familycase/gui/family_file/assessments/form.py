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

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familycase import i18n
from familycase.domain.assessment import (
    Answer,
    Assessment,
    Contributor,
    ContributorKind,
    PersonGroup,
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
    Section,
)
from familycase.gui.common.forms import error_label, hint_label
from familycase.gui.family_file.assessments.inputs import (
    AnswerInput,
    ComboInput,
    DateInput,
    MultiChoiceInput,
    NumberInput,
    StrengthsNeedsInput,
    TextInput,
)
from familycase.gui.family_file.assessments.scale_input import ScaleInput
from familycase.services.assessments import member_names, person_group

_CONTEXT = "AssessmentForm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Person:
    """Someone in the family, as the form names them."""

    member_id: str
    name: str
    group: PersonGroup



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
        self._asked = definition  # the form's own words: validation problems name them
        definition = definition.translated(i18n.language())  # the words shown
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
        self._nav.setWordWrap(True)  # long section titles wrap, never cut off
        self._nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._nav.setResizeMode(QListWidget.ResizeMode.Adjust)
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
            self._body.addWidget(hint_label(definition.guidance))
        note = hint_label(_tr("Questions marked * must be answered before the form is complete."))
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
            row.addWidget(check, index // 2, index % 2)  # two across: fits 1366 and 150%
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
            layout.addWidget(hint_label(section.guidance))
        people = people_for(section, assessment.subjects)
        if not people:
            nobody = _tr("Nobody in this assessment is in this part of the form.")
            layout.addWidget(hint_label(nobody))
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
            layout.addWidget(hint_label(question.guidance))
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
        error = error_label()
        layout.addWidget(error)
        layout.addSpacing(10)
        asked = self._asked.question(question.id)[1].text
        problem_label = asked + (f" ({self._name(member_id)})" if member_id else "")
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
