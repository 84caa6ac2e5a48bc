"""Instrument definitions: the shipped forms load, bad files fail with file, place and reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from familycase.domain.instruments import (
    ADULT_CARER_SUPPORT_PLAN,
    EARLY_HELP_ASSESSMENT,
    FAMILY_PROGRESS_MEASURE,
    FORMAT,
    MY_VIEWS,
    YOUNG_CARER_NEEDS_ASSESSMENT,
    YOUNG_CARER_STATEMENT,
    About,
    AnswerType,
    InstrumentError,
    InstrumentKind,
    InstrumentLibrary,
    OutcomeArea,
    SectionAbout,
    build_library,
    load_file,
    load_folder,
    parse_definition,
    shipped_definitions,
)

FORMS = Path(__file__).resolve().parents[1] / "forms"

# Stage names of Triangle's Outcomes Star family (licensed): ours must not reuse them.
TRIANGLE_STAGE_NAMES = {
    "stuck",
    "accepting help",
    "trying",
    "finding what works",
    "effective",
    "cause for concern",
    "believing",
    "learning",
    "self-reliance",
    "self reliance",
    "exploring",
    "getting help",
}


def _small() -> dict:
    """A valid definition to break in the tests below."""
    return {
        "format": FORMAT,
        "id": "testshire.small",
        "version": 1,
        "title": "Small form",
        "kind": "outcome_measure",
        "scales": [
            {
                "id": "ten",
                "title": "Ten",
                "min": 1,
                "max": 10,
                "stages": [
                    {"id": "low", "label": "Low", "from": 1, "to": 5},
                    {"id": "high", "label": "High", "from": 6, "to": 10},
                ],
            }
        ],
        "sections": [
            {
                "id": "areas",
                "title": "Areas",
                "questions": [
                    {"id": "home", "text": "Home", "type": "scale", "scale": "ten"},
                    {
                        "id": "colour",
                        "text": "Colour",
                        "type": "choice",
                        "choices": [{"id": "red", "label": "Red"}, {"id": "blue", "label": "Blue"}],
                    },
                ],
            }
        ],
    }


def _error(data: dict | str, source: str = "forms/broken.json") -> InstrumentError:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(InstrumentError) as caught:
        parse_definition(text, source)
    return caught.value


# --- shipped instruments ------------------------------------------------------------------------


def test_the_shipped_instruments_are_valid():
    """The three for every nation, and the carers' forms (tests/test_carer_forms.py)."""
    definitions = {d.id: d for d in shipped_definitions()}
    assert set(definitions) == {
        EARLY_HELP_ASSESSMENT,
        FAMILY_PROGRESS_MEASURE,
        MY_VIEWS,
        YOUNG_CARER_NEEDS_ASSESSMENT,
        YOUNG_CARER_STATEMENT,
        ADULT_CARER_SUPPORT_PLAN,
    }
    assert definitions[EARLY_HELP_ASSESSMENT].kind is InstrumentKind.ASSESSMENT
    assert definitions[FAMILY_PROGRESS_MEASURE].kind is InstrumentKind.OUTCOME_MEASURE
    assert definitions[MY_VIEWS].kind is InstrumentKind.VIEWS
    assert definitions[MY_VIEWS].about is About.CHILD
    for path in FORMS.glob("*.json"):  # each file also loads on its own, by path
        assert load_file(path).id in definitions


def test_the_outcome_measure_has_ten_areas_one_per_supporting_families_outcome():
    measure = build_library().latest(FAMILY_PROGRESS_MEASURE)
    areas = measure.scale_questions()
    assert len(areas) == 10
    assert {q.outcome_area for _s, q in areas} == set(OutcomeArea)
    scale = measure.scale("journey")
    assert (scale.min, scale.max) == (1, 10)
    assert [(s.from_score, s.to_score) for s in scale.stages] == [
        (1, 2),
        (3, 4),
        (5, 6),
        (7, 8),
        (9, 10),
    ]
    # Our own stage names and descriptions, not the licensed Outcomes Star ones.
    for stage in scale.stages:
        assert stage.label.lower() not in TRIANGLE_STAGE_NAMES
        assert stage.description
    for _section, question in areas:
        assert set(question.stage_descriptions) == {s.id for s in scale.stages}
        assert question.short_label  # what the radar chart shows


def test_the_early_help_assessment_follows_the_three_caf_domains():
    eha = build_library().latest(EARLY_HELP_ASSESSMENT)
    sections = {s.id: s for s in eha.sections}
    child = sections["child_development"]
    assert child.about is SectionAbout.EACH_CHILD
    assert [q.text for q in child.questions] == [
        "Health",
        "Emotional and social development",
        "Behaviour",
        "Identity and self-esteem",
        "Family and social relationships",
        "Self-care and independence",
        "Learning",
    ]
    assert [q.text for q in sections["parents_carers"].questions] == [
        "Basic care, safety and protection",
        "Emotional warmth and stability",
        "Guidance, boundaries and stimulation",
    ]
    assert len(sections["family_environment"].questions) == 4
    for domain in ("child_development", "parents_carers", "family_environment"):
        assert all(q.type is AnswerType.STRENGTHS_NEEDS for q in sections[domain].questions)
    assert sections["child_view"].about is SectionAbout.EACH_CHILD
    assert {"family_view", "analysis", "reason"} <= set(sections)
    required = {q.id for _s, q in eha.questions() if q.required}
    assert {"family_view", "child_view", "working_well", "significant_harm"} <= required


def test_digest_ignores_layout_but_not_content():
    data = _small()
    compact = parse_definition(json.dumps(data), "a")
    spaced = parse_definition(json.dumps(data, indent=4, sort_keys=True), "b")
    assert compact.digest() == spaced.digest()
    data["title"] = "Small form (changed)"
    assert parse_definition(json.dumps(data), "c").digest() != compact.digest()


# --- bad definitions ----------------------------------------------------------------------------


def test_broken_json_names_the_file_line_and_column():
    error = _error('{\n  "format": "familycase.instrument/1",\n  "id": }')
    assert str(error).startswith("forms/broken.json: line 3, column")
    assert "not valid JSON" in str(error)


def test_unknown_key_names_its_place():
    data = _small()
    data["sections"][0]["questions"][0]["requird"] = True
    error = _error(data)
    assert error.source == "forms/broken.json"
    [problem] = error.problems
    assert problem.place == 'sections[1] "areas" > questions[1] "home" > requird'
    assert "not part of the format" in problem.reason


def test_wrong_answer_type_names_the_question():
    data = _small()
    data["sections"][0]["questions"][1]["type"] = "dropdown"
    [problem] = _error(data).problems
    assert problem.place == 'sections[1] "areas" > questions[2] "colour" > type'
    assert "'choice'" in problem.reason  # pydantic lists the types allowed


def test_scale_question_must_name_an_existing_scale():
    data = _small()
    data["sections"][0]["questions"][0]["scale"] = "tenn"
    error = _error(data)
    assert str(error) == (
        'forms/broken.json: sections[1] "areas" > questions[1] "home" > scale: '
        'there is no scale with id "tenn"'
    )


@pytest.mark.parametrize(
    ("change", "place", "reason"),
    [
        (
            lambda d: d["scales"][0]["stages"][1].update({"from": 7}),
            'scales[1] "ten" > stages[2] "high"',
            "should start at 6",
        ),
        (
            lambda d: d["scales"][0]["stages"][1].update({"to": 9}),
            'scales[1] "ten"',
            "the last stage must end at max (10)",
        ),
        (
            lambda d: d["sections"][0]["questions"][1].update(
                {"choices": [{"id": "red", "label": "Red"}]}
            ),
            'sections[1] "areas" > questions[2] "colour" > choices',
            "at least two choices",
        ),
        (
            lambda d: d["sections"][0]["questions"][1].update({"id": "home"}),
            'sections[1] "areas" > questions[2] "home"',
            "same id",
        ),
        (
            lambda d: d["sections"][0]["questions"][1].update({"outcome_area": "secure_housing"}),
            'sections[1] "areas" > questions[2] "colour" > outcome_area',
            "only a scale question",
        ),
        (lambda d: d.update({"format": "something/2"}), "format", "familycase.instrument/1"),
        (lambda d: d.update({"version": 0}), "version", "greater than or equal to 1"),
        (lambda d: d.update({"id": "Has Spaces"}), "id", "lower-case letters"),
        (lambda d: d.pop("title"), "title", "is required"),
        (
            lambda d: d["sections"][0]["questions"][0].update(
                {"stage_descriptions": {"middle": "x"}}
            ),
            'sections[1] "areas" > questions[1] "home" > stage_descriptions',
            '"middle" is not a stage',
        ),
        (
            lambda d: (
                d.update({"about": "child"}) or d["sections"][0].update({"about": "each_child"})
            ),
            'sections[1] "areas" > about',
            "only an instrument about a family",
        ),
    ],
)
def test_each_rule_reports_place_and_reason(change, place, reason):
    data = copy.deepcopy(_small())
    change(data)
    error = _error(data)
    assert any(p.place == place and reason in p.reason for p in error.problems), error.problems
    assert str(error).startswith("forms/broken.json: ")


def test_an_outcome_measure_needs_a_scale_question():
    data = _small()
    data["sections"][0]["questions"] = [data["sections"][0]["questions"][1]]
    assert any(p.place == "kind" for p in _error(data).problems)


def test_a_folder_with_one_bad_file_still_loads_the_good_ones(tmp_path):
    (tmp_path / "good.json").write_text(json.dumps(_small()))
    bad = _small()
    bad["sections"][0]["questions"][0]["type"] = "slider"
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    (tmp_path / "notes.txt").write_text("not a form")
    report = load_folder(tmp_path)
    assert [d.id for d in report.definitions] == ["testshire.small"]
    [error] = report.errors
    assert error.source == str(tmp_path / "bad.json")
    assert 'questions[1] "home" > type' in str(error)


def test_the_same_version_with_different_content_is_refused(tmp_path):
    library = InstrumentLibrary([parse_definition(json.dumps(_small()), "a")])
    changed = _small()
    changed["title"] = "Small form, edited in place"
    with pytest.raises(InstrumentError, match="new version number"):
        library.add(parse_definition(json.dumps(changed), "b"), "b.json")
    changed["version"] = 2
    library.add(parse_definition(json.dumps(changed), "c"))
    assert library.versions("testshire.small") == [1, 2]
    assert library.latest("testshire.small").title == "Small form, edited in place"
    assert library.get("testshire.small", 1).title == "Small form"


def test_the_readme_documents_every_answer_type_and_key():
    readme = (FORMS / "README.md").read_text(encoding="utf-8")
    for answer_type in AnswerType:
        assert f"`{answer_type.value}`" in readme
    for area in OutcomeArea:
        assert f"`{area.value}`" in readme
    for key in ("stage_descriptions", "short_label", "outcome_area", "about", "required"):
        assert f"`{key}`" in readme


def test_the_example_in_the_readme_is_a_valid_definition():
    readme = (FORMS / "README.md").read_text(encoding="utf-8")
    example = readme.split("```json", 1)[1].split("```", 1)[0]
    definition = parse_definition(example, "README example")
    assert definition.id == "northshire.wellbeing_check"
    assert [s.label for s in definition.scale("five").stages] == ["Hard", "Mixed", "Good"]
