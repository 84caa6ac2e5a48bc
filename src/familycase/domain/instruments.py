"""Assessment and outcome instruments as data: the definition format, its checks and a loader.

An instrument (an Early Help Assessment, an outcome measure, a "my views" form) is a JSON file
in ``forms/`` (shipped, package ``familycase.forms``) or in a service's own folder (for example
``<vault>/forms/``, for an instrument the service holds a licence for). The format is documented
for form authors in ``forms/README.md``; this module is its single source of truth.

A definition is identified by ``id`` and ``version``. A published version never changes: a
changed form gets a new version number and a new file, and the old file stays, so assessments
made with it still open (they record the id, the version and a digest of the definition).

Problems with a definition are reported for the person who wrote it: the file, the place inside
it (``sections[2] "home" > questions[1] "safe_home" > scale``) and the reason. Loading reads
package data and one folder of JSON files; nothing else here touches the disk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from familycase.domain.settings import Jurisdiction

FORMAT = "familycase.instrument/1"
SHIPPED_PACKAGE = "familycase.forms"
MAX_DEFINITION_BYTES = 2 * 1024 * 1024

# The instruments FamilyCase ships (ids are stable; versions are in the files).
EARLY_HELP_ASSESSMENT = "familycase.early_help_assessment"
FAMILY_PROGRESS_MEASURE = "familycase.family_progress"
MY_VIEWS = "familycase.my_views"
YOUNG_CARER_NEEDS_ASSESSMENT = "familycase.young_carer_needs_assessment"  # England
YOUNG_CARER_STATEMENT = "familycase.young_carer_statement"  # Scotland
ADULT_CARER_SUPPORT_PLAN = "familycase.adult_carer_support_plan"  # Scotland

_ID_PATTERN = r"^[a-z][a-z0-9_]*$"
_INSTRUMENT_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"

Ident = Annotated[str, StringConstraints(pattern=_ID_PATTERN, min_length=1, max_length=60)]
InstrumentId = Annotated[
    str, StringConstraints(pattern=_INSTRUMENT_ID_PATTERN, min_length=1, max_length=80)
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Guidance = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]


class InstrumentKind(StrEnum):
    ASSESSMENT = "assessment"  # an assessment of needs and strengths (e.g. the EHA)
    OUTCOME_MEASURE = "outcome_measure"  # scored areas read over time (radar, distance travelled)
    VIEWS = "views"  # a person's own views (e.g. "my views" for a child)


class About(StrEnum):
    """Who a whole instrument is about."""

    FAMILY = "family"  # the household; sections may repeat for each child or adult
    CHILD = "child"  # one child or young person
    ADULT = "adult"  # one adult
    MEMBER = "member"  # any one person


class SectionAbout(StrEnum):
    """Whether a section is answered once, or once for each person it is about."""

    WHOLE = "whole"
    EACH_CHILD = "each_child"
    EACH_ADULT = "each_adult"
    EACH_MEMBER = "each_member"


class AnswerType(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    YES_NO = "yes_no"
    CHOICE = "choice"  # one of ``choices``
    MULTI_CHOICE = "multi_choice"  # any of ``choices``
    DATE = "date"
    NUMBER = "number"  # with optional ``min`` / ``max``
    SCALE = "scale"  # a whole number on a named scale with stages
    STRENGTHS_NEEDS = "strengths_needs"  # two texts: what is going well, what needs to change


class OutcomeArea(StrEnum):
    """The Supporting Families outcome areas (2022-25 framework), for linking questions,
    plan outcomes and claims. Worklessness is part of financial stability."""

    GOOD_EDUCATION = "good_education"
    EARLY_YEARS = "early_years"
    HEALTH = "health"
    SUBSTANCE_USE = "substance_use"
    FAMILY_RELATIONSHIPS = "family_relationships"
    SAFE_FROM_ABUSE_AND_EXPLOITATION = "safe_from_abuse_and_exploitation"
    CRIME_PREVENTION = "crime_prevention"
    SAFE_FROM_DOMESTIC_ABUSE = "safe_from_domestic_abuse"
    SECURE_HOUSING = "secure_housing"
    FINANCIAL_STABILITY = "financial_stability"

    @property
    def label(self) -> str:
        return _AREA_LABELS[self]


_AREA_LABELS = {
    OutcomeArea.GOOD_EDUCATION: "Getting a good education",
    OutcomeArea.EARLY_YEARS: "Good early years development",
    OutcomeArea.HEALTH: "Improved mental and physical health",
    OutcomeArea.SUBSTANCE_USE: "Less harm from drugs and alcohol",
    OutcomeArea.FAMILY_RELATIONSHIPS: "Improved family relationships",
    OutcomeArea.SAFE_FROM_ABUSE_AND_EXPLOITATION: "Children safe from abuse and exploitation",
    OutcomeArea.CRIME_PREVENTION: "Crime prevention and tackling crime",
    OutcomeArea.SAFE_FROM_DOMESTIC_ABUSE: "Safe from domestic abuse",
    OutcomeArea.SECURE_HOUSING: "Secure housing",
    OutcomeArea.FINANCIAL_STABILITY: "Financial stability",
}


class _Part(BaseModel):
    """A piece of a definition: unknown keys are errors (a typo must not pass silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Choice(_Part):
    id: Ident
    label: Text


class Stage(_Part):
    """A band of scores on a scale, e.g. 3-4 "Getting ready"."""

    id: Ident
    label: Text
    description: Guidance = ""
    from_score: int = Field(alias="from")
    to_score: int = Field(alias="to")

    def contains(self, score: int) -> bool:
        return self.from_score <= score <= self.to_score


class Scale(_Part):
    id: Ident
    title: Text
    min: int = Field(ge=0, le=100)
    max: int = Field(ge=1, le=100)
    stages: list[Stage] = Field(min_length=1)
    low_label: Guidance = ""  # what the lowest score means, in a few words
    high_label: Guidance = ""

    def stage_index(self, score: int) -> int:
        for index, stage in enumerate(self.stages):
            if stage.contains(score):
                return index
        raise ValueError(f"{score} is not on the scale {self.id} ({self.min}-{self.max})")

    def stage_for(self, score: int) -> Stage:
        return self.stages[self.stage_index(score)]


class Question(_Part):
    id: Ident
    text: Text
    type: AnswerType
    short_label: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    required: bool = False
    guidance: Guidance = ""
    scale: Ident | None = None
    choices: list[Choice] = Field(default_factory=list)
    min: float | None = None
    max: float | None = None
    outcome_area: OutcomeArea | None = None
    stage_descriptions: dict[str, Guidance] = Field(default_factory=dict)

    @property
    def label(self) -> str:
        """A short name for charts and tables."""
        return self.short_label or self.text

    def choice_label(self, choice_id: str) -> str:
        for choice in self.choices:
            if choice.id == choice_id:
                return choice.label
        return choice_id


class Section(_Part):
    id: Ident
    title: Text
    guidance: Guidance = ""
    about: SectionAbout = SectionAbout.WHOLE
    questions: list[Question] = Field(min_length=1)


class InstrumentDefinition(_Part):
    format: str
    id: InstrumentId
    version: int = Field(ge=1)
    title: Text
    kind: InstrumentKind
    about: About = About.FAMILY
    description: Guidance = ""
    guidance: Guidance = ""
    licence: Guidance = ""
    # The nations whose law the form is written for (empty: every one). The organisation's
    # jurisdiction (its signed settings) chooses which forms are offered.
    jurisdictions: list[Jurisdiction] = Field(default_factory=list)
    scales: list[Scale] = Field(default_factory=list)
    sections: list[Section] = Field(min_length=1)

    @property
    def key(self) -> str:
        return instrument_key(self.id, self.version)

    def offered_in(self, jurisdiction: Jurisdiction) -> bool:
        return not self.jurisdictions or jurisdiction in self.jurisdictions

    def scale(self, scale_id: str) -> Scale:
        for scale in self.scales:
            if scale.id == scale_id:
                return scale
        raise KeyError(scale_id)

    def questions(self) -> Iterator[tuple[Section, Question]]:
        for section in self.sections:
            for question in section.questions:
                yield section, question

    def question(self, question_id: str) -> tuple[Section, Question]:
        for section, question in self.questions():
            if question.id == question_id:
                return section, question
        raise KeyError(question_id)

    def scale_questions(self) -> list[tuple[Section, Question]]:
        return [(s, q) for s, q in self.questions() if q.type is AnswerType.SCALE]

    def digest(self) -> str:
        return definition_digest(self)

    def canonical_json(self) -> str:
        """The form as asked, for its digest and the vault's copy. A form for every
        jurisdiction leaves the key out, so forms written before it keep their digests."""
        left_out = set() if self.jurisdictions else {"jurisdictions"}
        return json.dumps(
            self.model_dump(mode="json", by_alias=True, exclude=left_out),
            sort_keys=True,
            separators=(",", ":"),
        )


def instrument_key(instrument_id: str, version: int) -> str:
    return f"{instrument_id}@{version}"


def definition_digest(definition: InstrumentDefinition) -> str:
    """SHA-256 of the canonical JSON: the same for any layout or key order of the same form."""
    return hashlib.sha256(definition.canonical_json().encode()).hexdigest()


# --- problems -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class InstrumentProblem:
    place: str  # e.g. 'sections[2] "home" > questions[1] "safe_home" > scale'
    reason: str

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}" if self.place else self.reason


class InstrumentError(ValueError):
    """A definition that cannot be used. ``source`` names the file; each problem its place."""

    def __init__(self, source: str, problems: Sequence[InstrumentProblem]) -> None:
        self.source = source
        self.problems = list(problems)
        lines = [f"{source}: {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


def _place(data: object, loc: Sequence[int | str]) -> str:
    """A readable path through the raw data: list positions count from 1 and carry the id."""
    parts: list[str] = []
    current: Any = data
    for step in loc:
        if isinstance(step, int):
            label = f"[{step + 1}]"
            item = current[step] if isinstance(current, list) and step < len(current) else None
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                label += f' "{item["id"]}"'
            if parts:
                parts[-1] += label
            else:
                parts.append(label)
            current = item
        else:
            parts.append(str(step))
            current = current.get(step) if isinstance(current, dict) else None
    return " > ".join(parts)


def _problems_from(error: ValidationError, data: object) -> list[InstrumentProblem]:
    problems = []
    for item in error.errors(include_url=False):
        loc = [step for step in item["loc"] if not (isinstance(step, str) and "[" in step)]
        reason = item["msg"]
        if item["type"] == "extra_forbidden":
            reason = "is not part of the format (a typing mistake?)"
        elif item["type"] == "missing":
            reason = "is required"
        elif item["type"] == "string_pattern_mismatch":
            reason = (
                "must be lower-case letters, digits, dots, dashes and underscores"
                if list(loc) == ["id"]
                else "must be lower-case letters, digits and underscores, starting with a letter"
            )
        problems.append(InstrumentProblem(_place(data, loc), reason))
    return problems


def _sq(section_index: int, section: Section, question_index: int, question: Question) -> str:
    return (
        f'sections[{section_index + 1}] "{section.id}" > '
        f'questions[{question_index + 1}] "{question.id}"'
    )


def check_definition(definition: InstrumentDefinition) -> list[InstrumentProblem]:
    """The rules that join parts of a definition together (pydantic checks each part)."""
    problems: list[InstrumentProblem] = []

    def add(place: str, reason: str) -> None:
        problems.append(InstrumentProblem(place, reason))

    if definition.format != FORMAT:
        add("format", f'must be "{FORMAT}" (this version of FamilyCase reads only that format)')

    scale_ids: set[str] = set()
    for index, scale in enumerate(definition.scales):
        where = f'scales[{index + 1}] "{scale.id}"'
        if scale.id in scale_ids:
            add(where, "another scale has the same id")
        scale_ids.add(scale.id)
        if scale.min >= scale.max:
            add(where, "min must be smaller than max")
            continue
        expected = scale.min
        stage_ids: set[str] = set()
        for stage_index, stage in enumerate(scale.stages):
            stage_where = f'{where} > stages[{stage_index + 1}] "{stage.id}"'
            if stage.id in stage_ids:
                add(stage_where, "another stage of this scale has the same id")
            stage_ids.add(stage.id)
            if stage.from_score != expected:
                add(
                    stage_where,
                    f"should start at {expected} (stages must follow on from each other, "
                    "lowest first, with no gaps or overlaps)",
                )
            if stage.to_score < stage.from_score:
                add(stage_where, '"to" must not be smaller than "from"')
            expected = stage.to_score + 1
        if expected != scale.max + 1:
            add(where, f"the last stage must end at max ({scale.max})")

    section_ids: set[str] = set()
    question_ids: set[str] = set()
    for s_index, section in enumerate(definition.sections):
        where = f'sections[{s_index + 1}] "{section.id}"'
        if section.id in section_ids:
            add(where, "another section has the same id")
        section_ids.add(section.id)
        if definition.about is not About.FAMILY and section.about is not SectionAbout.WHOLE:
            add(
                f"{where} > about",
                f"only an instrument about a family can repeat a section for each person (this "
                f'one is about one {definition.about.value}); use "whole"',
            )
        for q_index, question in enumerate(section.questions):
            qwhere = _sq(s_index, section, q_index, question)
            if question.id in question_ids:
                add(qwhere, "another question has the same id (ids must be unique in the form)")
            question_ids.add(question.id)
            _check_question(definition, question, qwhere, scale_ids, add)

    if definition.kind is InstrumentKind.OUTCOME_MEASURE and not definition.scale_questions():
        add("kind", "an outcome measure needs at least one question of type scale")
    if len(set(definition.jurisdictions)) != len(definition.jurisdictions):
        add("jurisdictions", "a jurisdiction is named twice")
    return problems


def _check_question(
    definition: InstrumentDefinition,
    question: Question,
    where: str,
    scale_ids: set[str],
    add: Any,
) -> None:
    kind = question.type
    if kind is AnswerType.SCALE:
        if question.scale is None:
            add(f"{where} > scale", "a scale question must name one of the form's scales")
        elif question.scale not in scale_ids:
            add(f"{where} > scale", f'there is no scale with id "{question.scale}"')
        else:
            stages = {stage.id for stage in definition.scale(question.scale).stages}
            for stage_id in question.stage_descriptions:
                if stage_id not in stages:
                    add(
                        f"{where} > stage_descriptions",
                        f'"{stage_id}" is not a stage of the scale "{question.scale}"',
                    )
    else:
        if question.scale is not None:
            add(f"{where} > scale", f"only a scale question has a scale (this one is {kind})")
        if question.stage_descriptions:
            add(f"{where} > stage_descriptions", "only a scale question has stage descriptions")
        if question.outcome_area is not None:
            add(f"{where} > outcome_area", "only a scale question can be linked to an outcome area")
    if kind in (AnswerType.CHOICE, AnswerType.MULTI_CHOICE):
        if len(question.choices) < 2:
            add(f"{where} > choices", "give at least two choices")
        ids = [choice.id for choice in question.choices]
        if len(set(ids)) != len(ids):
            add(f"{where} > choices", "two choices have the same id")
    elif question.choices:
        add(f"{where} > choices", f"only choice and multi_choice questions have choices ({kind})")
    if kind is AnswerType.NUMBER:
        if question.min is not None and question.max is not None and question.min > question.max:
            add(where, "min must not be larger than max")
    elif question.min is not None or question.max is not None:
        add(where, "only a number question has min and max (a scale has its own)")


# --- loading ------------------------------------------------------------------------------------


def parse_definition(text: str | bytes, source: str) -> InstrumentDefinition:
    """Read one definition. Raises InstrumentError naming ``source``, the place and reason."""
    if len(text) > MAX_DEFINITION_BYTES:
        raise InstrumentError(source, [InstrumentProblem("", "the file is larger than 2 MB")])
    try:
        data = json.loads(text)
    except UnicodeDecodeError:
        raise InstrumentError(
            source, [InstrumentProblem("", "the file is not UTF-8 text")]
        ) from None
    except json.JSONDecodeError as exc:
        raise InstrumentError(
            source,
            [
                InstrumentProblem(
                    f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}"
                )
            ],
        ) from None
    if not isinstance(data, dict):
        raise InstrumentError(
            source, [InstrumentProblem("", "the file must hold one JSON object { ... }")]
        )
    try:
        definition = InstrumentDefinition.model_validate(data)
    except ValidationError as exc:
        raise InstrumentError(source, _problems_from(exc, data)) from None
    problems = check_definition(definition)
    if problems:
        raise InstrumentError(source, problems)
    return definition


def load_file(path: Path) -> InstrumentDefinition:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InstrumentError(
            str(path), [InstrumentProblem("", f"cannot be read ({exc.strerror})")]
        ) from None
    return parse_definition(raw, str(path))


@dataclass
class LoadReport:
    """What a folder held: the definitions that loaded, and the files that did not."""

    loaded: list[tuple[Path, InstrumentDefinition]] = field(default_factory=list)
    errors: list[InstrumentError] = field(default_factory=list)

    @property
    def definitions(self) -> list[InstrumentDefinition]:
        return [definition for _path, definition in self.loaded]


def load_folder(folder: Path) -> LoadReport:
    """Every ``*.json`` in ``folder`` (not recursive). A bad file is reported, not fatal: the
    other forms stay usable."""
    report = LoadReport()
    if not folder.is_dir():
        return report
    for path in sorted(folder.glob("*.json")):
        try:
            report.loaded.append((path, load_file(path)))
        except InstrumentError as exc:
            report.errors.append(exc)
    return report


def shipped_definitions() -> list[InstrumentDefinition]:
    """The instruments installed with FamilyCase (``forms/*.json``). A broken shipped file is
    a bug in FamilyCase, so it raises."""
    folder = resources.files(SHIPPED_PACKAGE)
    definitions = []
    for item in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if item.name.endswith(".json"):
            definitions.append(parse_definition(item.read_bytes(), f"forms/{item.name}"))
    return definitions


class InstrumentLibrary:
    """Every version of every instrument available, by id and version."""

    def __init__(self, definitions: Iterable[InstrumentDefinition] = ()) -> None:
        self._by_key: dict[str, InstrumentDefinition] = {}
        self.errors: list[InstrumentError] = []
        for definition in definitions:
            self.add(definition)

    def add(self, definition: InstrumentDefinition, source: str = "") -> None:
        existing = self._by_key.get(definition.key)
        if existing is not None and existing.digest() != definition.digest():
            raise InstrumentError(
                source or definition.key,
                [
                    InstrumentProblem(
                        "version",
                        f"{definition.id} version {definition.version} is already defined with "
                        "different content; a changed form needs a new version number",
                    )
                ],
            )
        self._by_key[definition.key] = definition

    def get(self, instrument_id: str, version: int) -> InstrumentDefinition:
        try:
            return self._by_key[instrument_key(instrument_id, version)]
        except KeyError:
            raise KeyError(instrument_key(instrument_id, version)) from None

    def versions(self, instrument_id: str) -> list[int]:
        return sorted(d.version for d in self._by_key.values() if d.id == instrument_id)

    def latest(self, instrument_id: str) -> InstrumentDefinition:
        versions = self.versions(instrument_id)
        if not versions:
            raise KeyError(instrument_id)
        return self.get(instrument_id, versions[-1])

    def latest_of_each(self) -> list[InstrumentDefinition]:
        ids = sorted({d.id for d in self._by_key.values()})
        return [self.latest(instrument_id) for instrument_id in ids]

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[InstrumentDefinition]:
        return iter(self._by_key.values())


def build_library(extra_folders: Iterable[Path] = ()) -> InstrumentLibrary:
    """The shipped instruments plus any in ``extra_folders``. Files in an extra folder that
    fail to load, or clash with another definition, are listed in ``library.errors``."""
    library = InstrumentLibrary(shipped_definitions())
    for folder in extra_folders:
        report = load_folder(folder)
        library.errors.extend(report.errors)
        for path, definition in report.loaded:
            try:
                library.add(definition, str(path))
            except InstrumentError as exc:
                library.errors.append(exc)
    return library
