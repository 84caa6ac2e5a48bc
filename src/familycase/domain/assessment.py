"""Assessments made with an instrument, outcome readings, and the maths of distance travelled.

An ``Assessment`` records which instrument it used (id, version and digest of the definition),
who it is about (``subjects``), who contributed, each answer (with who reported it and, where
the worker and the family see it differently, both views), and its status: a draft, complete,
or signed off by a team leader. Everything here is encrypted at rest as one payload.

An outcome *reading* is a completed outcome-measure assessment: one score per area. Distance
travelled per area is the latest score minus the first; a stage change is a move from one
stage of the scale's journey to another.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from pydantic import Field, model_validator

from familycase.domain.errors import FieldProblem
from familycase.domain.family import Record
from familycase.domain.instruments import (
    About,
    AnswerType,
    InstrumentDefinition,
    InstrumentKind,
    OutcomeArea,
    Question,
    Scale,
    Section,
    SectionAbout,
)
from familycase.domain.types import LongText, PastDate, RecordId, ShortText


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"
    SIGNED_OFF = "signed_off"

    @property
    def label(self) -> str:
        return {"draft": "Draft", "complete": "Complete", "signed_off": "Signed off"}[self.value]


class PersonGroup(StrEnum):
    CHILD = "child"
    ADULT = "adult"


class ContributorKind(StrEnum):
    WORKER = "worker"
    PARENT_OR_CARER = "parent_or_carer"
    CHILD = "child"  # the child or young person
    OTHER_FAMILY = "other_family"
    OTHER_AGENCY = "other_agency"

    @property
    def label(self) -> str:
        return {
            "worker": "Worker",
            "parent_or_carer": "Parent or carer",
            "child": "Child or young person",
            "other_family": "Other family member",
            "other_agency": "Another agency",
        }[self.value]


class Subject(Record):
    """A person the assessment is about, with the group that decides which sections repeat."""

    member_id: str = Field(min_length=1, max_length=64)
    group: PersonGroup


class Contributor(Record):
    kind: ContributorKind = Field(title="Contributed as")
    member_id: str | None = Field(default=None, title="Family member")
    name: ShortText = Field(default="", title="Name")
    agency: ShortText = Field(default="", title="Agency")


class StrengthsNeeds(Record):
    strengths: LongText = Field(default="", title="What is going well")
    needs: LongText = Field(default="", title="What needs to change")

    @property
    def empty(self) -> bool:
        return not self.strengths and not self.needs


class Disagreement(Record):
    """The worker and the family see an area differently: both views are kept."""

    family_score: int | None = Field(default=None, title="Family's score")
    worker_score: int | None = Field(default=None, title="Worker's score")
    family_view: LongText = Field(default="", title="How the family sees it")
    worker_view: LongText = Field(default="", title="How the worker sees it")


# Order matters: pydantic's smart union keeps exact types (True stays a bool, 7 an int).
AnswerValue = bool | int | float | str | list[str] | StrengthsNeeds | None


class Answer(Record):
    """The answer to one question (for one person, when the section repeats per person).

    Dates are ISO strings (``2026-11-25``); yes/no is a bool; a scale is a whole number; a
    choice is the choice's id; a multi-choice a list of ids."""

    question_id: str = Field(min_length=1, max_length=60)
    member_id: str | None = None
    value: AnswerValue = None
    reported_by: list[ContributorKind] = Field(default_factory=list, title="Who told us")
    comment: LongText = Field(default="", title="Comment")
    disagreement: Disagreement | None = Field(default=None, title="Different views")

    @property
    def key(self) -> str:
        return answer_key(self.question_id, self.member_id)

    @property
    def answered(self) -> bool:
        value = self.value
        if value is None:
            return False
        if isinstance(value, StrengthsNeeds):
            return not value.empty
        if isinstance(value, str | list):
            return bool(value)
        return True


def answer_key(question_id: str, member_id: str | None = None) -> str:
    return question_id if member_id is None else f"{question_id}@{member_id}"


class StatusChange(Record):
    status: AssessmentStatus
    at: datetime
    by_id: str
    by_name: ShortText = ""
    note: LongText = ""


class Assessment(Record):
    """One assessment or outcome reading. Encrypted at rest as one payload."""

    id: RecordId
    instrument_id: str = Field(min_length=1, max_length=80)
    instrument_version: int = Field(ge=1)
    instrument_digest: str = Field(min_length=64, max_length=64)
    status: AssessmentStatus = AssessmentStatus.DRAFT
    assessed_on: PastDate = Field(title="Date of the assessment")
    subjects: list[Subject] = Field(default_factory=list, title="Who it is about")
    contributors: list[Contributor] = Field(default_factory=list, title="Who contributed")
    answers: list[Answer] = Field(default_factory=list)
    completed_on: date | None = None
    signed_off_on: date | None = None
    signed_off_by: ShortText = ""
    history: list[StatusChange] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> Assessment:
        keys = [answer.key for answer in self.answers]
        if len(set(keys)) != len(keys):
            raise ValueError("A question has been answered twice for the same person.")
        people = [subject.member_id for subject in self.subjects]
        if len(set(people)) != len(people):
            raise ValueError("A person is listed twice in who the assessment is about.")
        return self

    @property
    def instrument_key(self) -> str:
        return f"{self.instrument_id}@{self.instrument_version}"

    @property
    def editable(self) -> bool:
        return self.status is AssessmentStatus.DRAFT

    def answer(self, question_id: str, member_id: str | None = None) -> Answer | None:
        key = answer_key(question_id, member_id)
        for answer in self.answers:
            if answer.key == key:
                return answer
        return None

    def set_answer(self, answer: Answer) -> None:
        """Replace (or add) the answer with the same question and person."""
        self.answers = [a for a in self.answers if a.key != answer.key] + [answer]

    def member_ids(self) -> list[str]:
        return [subject.member_id for subject in self.subjects]


# --- checking answers against the definition ---------------------------------------------------


def people_for(section: Section, subjects: Sequence[Subject]) -> list[str | None]:
    """Whose answers a section holds: [None] for a section answered once."""
    if section.about is SectionAbout.WHOLE:
        return [None]
    wanted = {
        SectionAbout.EACH_CHILD: {PersonGroup.CHILD},
        SectionAbout.EACH_ADULT: {PersonGroup.ADULT},
        SectionAbout.EACH_MEMBER: {PersonGroup.CHILD, PersonGroup.ADULT},
    }[section.about]
    return [s.member_id for s in subjects if s.group in wanted]


def _label(question: Question, member_id: str | None, names: Mapping[str, str]) -> str:
    if member_id is None:
        return question.text
    return f"{question.text} ({names.get(member_id, 'a person')})"


def _value_problem(question: Question, value: object, scale: Scale | None) -> str | None:
    """Why ``value`` is not a valid answer to ``question`` (None when it is)."""
    kind = question.type
    if kind in (AnswerType.SHORT_TEXT, AnswerType.LONG_TEXT):
        if not isinstance(value, str):
            return "must be text."
        limit = 200 if kind is AnswerType.SHORT_TEXT else 20000
        if len(value) > limit:
            return "is too long."
    elif kind is AnswerType.YES_NO:
        if not isinstance(value, bool):
            return "must be yes or no."
    elif kind is AnswerType.CHOICE:
        if not isinstance(value, str) or value not in {c.id for c in question.choices}:
            return "is not one of the choices offered."
    elif kind is AnswerType.MULTI_CHOICE:
        if not isinstance(value, list) or not set(value) <= {c.id for c in question.choices}:
            return "is not one of the choices offered."
    elif kind is AnswerType.DATE:
        if not isinstance(value, str):
            return "is not a date we recognise."
        try:
            date.fromisoformat(value)
        except ValueError:
            return "is not a date we recognise."
    elif kind is AnswerType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number."
        if question.min is not None and value < question.min:
            return f"must be at least {question.min:g}."
        if question.max is not None and value > question.max:
            return f"must be at most {question.max:g}."
    elif kind is AnswerType.SCALE:
        assert scale is not None
        return _score_problem(value, scale)
    elif kind is AnswerType.STRENGTHS_NEEDS and not isinstance(value, StrengthsNeeds):
        return "must say what is going well and what needs to change."
    return None


def _score_problem(value: object, scale: Scale) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "must be a whole number."
    if not scale.min <= value <= scale.max:
        return f"must be from {scale.min} to {scale.max}."
    return None


def check_answers(
    definition: InstrumentDefinition,
    assessment: Assessment,
    *,
    for_completion: bool,
    names: Mapping[str, str] | None = None,
) -> list[FieldProblem]:
    """Problems with an assessment's answers, labelled with the question (and the person's
    name from ``names`` where a section repeats). A draft may be incomplete; completion also
    needs every required question answered and, for an outcome measure, at least one score."""
    names = names or {}
    problems: list[FieldProblem] = []
    if (definition.id, definition.version) != (
        assessment.instrument_id,
        assessment.instrument_version,
    ):
        return [FieldProblem("This record", "was made with a different form.")]
    problems.extend(_check_subjects(definition, assessment))
    index = {q.id: (s, q) for s, q in definition.questions()}
    for answer in assessment.answers:
        if answer.question_id not in index:
            problems.append(
                FieldProblem("This record", "has an answer to a question the form does not have.")
            )
            continue
        section, question = index[answer.question_id]
        label = _label(question, answer.member_id, names)
        people = people_for(section, assessment.subjects)
        if answer.member_id not in people:
            problems.append(
                FieldProblem(label, "is about someone this part of the form is not about.")
            )
            continue
        scale = definition.scale(question.scale) if question.scale else None
        if answer.answered:
            reason = _value_problem(question, answer.value, scale)
            if reason:
                problems.append(FieldProblem(label, reason))
        if answer.disagreement is not None and scale is not None:
            for score in (answer.disagreement.family_score, answer.disagreement.worker_score):
                if score is not None and (reason := _score_problem(score, scale)):
                    problems.append(FieldProblem(f"{label}: different views", reason))
    if for_completion:
        for section, question in definition.questions():
            if not question.required:
                continue
            for member_id in people_for(section, assessment.subjects):
                answer = assessment.answer(question.id, member_id)
                if answer is None or not answer.answered:
                    problems.append(
                        FieldProblem(_label(question, member_id, names), "is required.")
                    )
        if definition.kind is InstrumentKind.OUTCOME_MEASURE and not any(
            (a := assessment.answer(q.id, m)) is not None and a.answered
            for s, q in definition.scale_questions()
            for m in people_for(s, assessment.subjects)
        ):
            problems.append(
                FieldProblem("This record", "An outcome reading needs at least one area scored.")
            )
    return problems


def _check_subjects(definition: InstrumentDefinition, assessment: Assessment) -> list[FieldProblem]:
    subjects = assessment.subjects
    label = "Who it is about"
    if definition.about is About.FAMILY:
        if not subjects:
            return [FieldProblem(label, "needs at least one person from the family.")]
        return []
    if len(subjects) != 1:
        return [FieldProblem(label, "must be exactly one person for this form.")]
    group = subjects[0].group
    if definition.about is About.CHILD and group is not PersonGroup.CHILD:
        return [FieldProblem(label, "must be a child or young person for this form.")]
    if definition.about is About.ADULT and group is not PersonGroup.ADULT:
        return [FieldProblem(label, "must be an adult for this form.")]
    return []


# --- needs identified (for linking the family plan) ---------------------------------------------


@dataclass(frozen=True)
class IdentifiedNeed:
    assessment_id: str
    question_id: str
    member_id: str | None
    area: str  # the question's text, e.g. "Health"
    needs: str  # what needs to change, as written


def identified_needs(
    definition: InstrumentDefinition, assessment: Assessment
) -> list[IdentifiedNeed]:
    """Every strengths-and-needs answer with something written under 'needs', in form order."""
    result = []
    for section, question in definition.questions():
        if question.type is not AnswerType.STRENGTHS_NEEDS:
            continue
        for member_id in people_for(section, assessment.subjects):
            answer = assessment.answer(question.id, member_id)
            if answer is None or not isinstance(answer.value, StrengthsNeeds):
                continue
            if answer.value.needs:
                result.append(
                    IdentifiedNeed(
                        assessment.id, question.id, member_id, question.text, answer.value.needs
                    )
                )
    return result


# --- outcome readings and distance travelled ----------------------------------------------------


@dataclass(frozen=True)
class AreaScore:
    key: str  # answer key: the question id (and person, if the area repeats per person)
    question_id: str
    member_id: str | None
    label: str  # short label for charts
    outcome_area: OutcomeArea | None
    score: int
    stage_index: int  # 0-based position of the stage on the scale
    stage_label: str


@dataclass(frozen=True)
class OutcomeReading:
    """The scores of one completed outcome-measure assessment."""

    assessment_id: str
    on: date
    instrument_id: str
    instrument_version: int
    status: AssessmentStatus
    scores: tuple[AreaScore, ...]

    def score(self, key: str) -> AreaScore | None:
        for area in self.scores:
            if area.key == key:
                return area
        return None

    def by_key(self) -> dict[str, AreaScore]:
        return {area.key: area for area in self.scores}


def relabelled(reading: OutcomeReading, definition: InstrumentDefinition | None) -> OutcomeReading:
    """The same reading with its areas' and stages' names taken from ``definition`` (the form
    in another language, ``InstrumentDefinition.translated``); unchanged without one."""
    if definition is None:
        return reading
    scores = []
    for area in reading.scores:
        try:
            _section, question = definition.question(area.question_id)
            scale = definition.scale(question.scale or "")
        except KeyError:
            scores.append(area)
            continue
        scores.append(
            replace(
                area, label=question.label, stage_label=scale.stages[area.stage_index].label
            )
        )
    return replace(reading, scores=tuple(scores))


def reading_from(definition: InstrumentDefinition, assessment: Assessment) -> OutcomeReading:
    """The reading an assessment holds: every scale question answered, in form order."""
    scores = []
    for section, question in definition.scale_questions():
        assert question.scale is not None
        scale = definition.scale(question.scale)
        for member_id in people_for(section, assessment.subjects):
            answer = assessment.answer(question.id, member_id)
            if (
                answer is None
                or not isinstance(answer.value, int)
                or isinstance(answer.value, bool)
            ):
                continue
            index = scale.stage_index(answer.value)
            scores.append(
                AreaScore(
                    key=answer_key(question.id, member_id),
                    question_id=question.id,
                    member_id=member_id,
                    label=question.label,
                    outcome_area=question.outcome_area,
                    score=answer.value,
                    stage_index=index,
                    stage_label=scale.stages[index].label,
                )
            )
    return OutcomeReading(
        assessment_id=assessment.id,
        on=assessment.assessed_on,
        instrument_id=assessment.instrument_id,
        instrument_version=assessment.instrument_version,
        status=assessment.status,
        scores=tuple(scores),
    )


@dataclass(frozen=True)
class AreaChange:
    key: str
    label: str
    outcome_area: OutcomeArea | None
    first: int
    latest: int
    first_stage: str
    latest_stage: str
    stages_moved: int  # positive: moved up the journey; negative: moved back

    @property
    def change(self) -> int:
        """Distance travelled in this area: latest score minus first score."""
        return self.latest - self.first

    @property
    def moved_up_a_stage(self) -> bool:
        return self.stages_moved >= 1


def distance_travelled(first: OutcomeReading, latest: OutcomeReading) -> list[AreaChange]:
    """Per area scored in both readings (in the later reading's order): scores, change and
    the stages moved. Areas scored in only one of the two are left out."""
    before = first.by_key()
    changes = []
    for area in latest.scores:
        start = before.get(area.key)
        if start is None:
            continue
        changes.append(
            AreaChange(
                key=area.key,
                label=area.label,
                outcome_area=area.outcome_area,
                first=start.score,
                latest=area.score,
                first_stage=start.stage_label,
                latest_stage=area.stage_label,
                stages_moved=area.stage_index - start.stage_index,
            )
        )
    return changes


@dataclass(frozen=True)
class DistanceSummary:
    areas: int
    total_change: int
    mean_change: float | None
    areas_up: int
    areas_same: int
    areas_down: int
    areas_up_a_stage: int


def summarise(changes: Sequence[AreaChange]) -> DistanceSummary:
    total = sum(c.change for c in changes)
    return DistanceSummary(
        areas=len(changes),
        total_change=total,
        mean_change=total / len(changes) if changes else None,
        areas_up=sum(c.change > 0 for c in changes),
        areas_same=sum(c.change == 0 for c in changes),
        areas_down=sum(c.change < 0 for c in changes),
        areas_up_a_stage=sum(c.moved_up_a_stage for c in changes),
    )


@dataclass(frozen=True)
class StageChange:
    key: str
    label: str
    on: date  # the date of the reading that showed the new stage
    from_stage: str
    to_stage: str
    steps: int  # stages moved: +1 up one stage, -2 back two


def stage_changes(readings: Sequence[OutcomeReading]) -> list[StageChange]:
    """Every move between stages from one reading to the next (readings in date order)."""
    result = []
    last: dict[str, AreaScore] = {}
    for reading in ordered(readings):
        for area in reading.scores:
            before = last.get(area.key)
            if before is not None and before.stage_index != area.stage_index:
                result.append(
                    StageChange(
                        key=area.key,
                        label=area.label,
                        on=reading.on,
                        from_stage=before.stage_label,
                        to_stage=area.stage_label,
                        steps=area.stage_index - before.stage_index,
                    )
                )
            last[area.key] = area
    return result


def ordered(readings: Iterable[OutcomeReading]) -> list[OutcomeReading]:
    """Oldest first; readings on the same day keep the order given (the order recorded)."""
    return sorted(readings, key=lambda reading: reading.on)
