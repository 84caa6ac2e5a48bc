"""The form generated from an instrument definition (offscreen, pytest-qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest

from familycase.domain.assessment import (
    Answer,
    Assessment,
    AssessmentStatus,
    ContributorKind,
    Disagreement,
    PersonGroup,
    StrengthsNeeds,
    Subject,
)
from familycase.domain.errors import FieldProblem
from familycase.domain.instruments import (
    EARLY_HELP_ASSESSMENT,
    FAMILY_PROGRESS_MEASURE,
    MY_VIEWS,
    build_library,
)
from familycase.gui.family_file.assessments.form import AssessmentForm, Person
from familycase.gui.family_file.assessments.inputs import (
    ComboInput,
    MultiChoiceInput,
    StrengthsNeedsInput,
    TextInput,
)
from familycase.gui.family_file.assessments.scale_input import ScaleInput

LIBRARY = build_library()
PEOPLE = [
    Person("mum", "Alex", PersonGroup.ADULT),
    Person("kid", "Sam", PersonGroup.CHILD),
    Person("baby", "Jo", PersonGroup.CHILD),
]


def _assessment(instrument_id: str, **extra) -> Assessment:
    definition = LIBRARY.latest(instrument_id)
    subjects = (
        [Subject(member_id="kid", group=PersonGroup.CHILD)]
        if instrument_id == MY_VIEWS
        else [Subject(member_id=p.member_id, group=p.group) for p in PEOPLE]
    )
    return Assessment(
        instrument_id=definition.id,
        instrument_version=definition.version,
        instrument_digest=definition.digest(),
        assessed_on=date.today(),
        subjects=subjects,
        **extra,
    )


@pytest.mark.parametrize(
    "instrument_id", [EARLY_HELP_ASSESSMENT, FAMILY_PROGRESS_MEASURE, MY_VIEWS]
)
def test_one_input_per_question_and_person(qtbot, instrument_id):
    definition = LIBRARY.latest(instrument_id)
    form = AssessmentForm(definition, _assessment(instrument_id), PEOPLE, worker_name="Kim")
    qtbot.addWidget(form)
    expected = 0
    for section, _question in definition.questions():
        if section.about.value == "each_child":
            expected += 2 if instrument_id != MY_VIEWS else 1
        else:
            expected += 1
    assert len(form._slots) == expected
    required = {q.id for _s, q in definition.questions() if q.required}
    assert {key.split("@")[0] for key in form.required_marked()} == required
    assert form.answers() == []  # nothing answered yet
    assert not form.has_unsaved_changes()


def test_answers_typed_into_the_form_come_back_as_answers(qtbot):
    definition = LIBRARY.latest(EARLY_HELP_ASSESSMENT)
    form = AssessmentForm(definition, _assessment(EARLY_HELP_ASSESSMENT), PEOPLE, worker_name="Kim")
    qtbot.addWidget(form)
    changes = []
    form.changed.connect(lambda: changes.append(1))
    reason = form.input_for("reason")
    assert isinstance(reason, TextInput)
    reason._edit.setPlainText("School worried about attendance")
    health = form.input_for("health", "kid")
    assert isinstance(health, StrengthsNeedsInput)
    health._strengths.setPlainText("Sleeps well")
    health._needs.setPlainText("Asthma check overdue")
    health.set_reported_by([ContributorKind.PARENT_OR_CARER])
    harm = form.input_for("significant_harm")
    assert isinstance(harm, ComboInput)
    harm._combo.setCurrentIndex(2)  # "No"
    areas = form.input_for("outcome_areas")
    assert isinstance(areas, MultiChoiceInput)
    areas._boxes[0][1].setChecked(True)
    assert changes and form.has_unsaved_changes()
    by_key = {a.key: a for a in form.answers()}
    assert by_key["reason"].value == "School worried about attendance"
    assert by_key["health@kid"].value == StrengthsNeeds(
        strengths="Sleeps well", needs="Asthma check overdue"
    )
    assert by_key["health@kid"].reported_by == [ContributorKind.PARENT_OR_CARER]
    assert by_key["significant_harm"].value is False
    assert by_key["outcome_areas"].value == ["good_education"]
    assert "health@mum" not in {k for k in form._slots}  # child sections repeat for children


def test_a_scale_shows_its_stage_and_records_different_views(qtbot):
    definition = LIBRARY.latest(FAMILY_PROGRESS_MEASURE)
    stored = _assessment(
        FAMILY_PROGRESS_MEASURE,
        answers=[
            Answer(
                question_id="home",
                value=3,
                disagreement=Disagreement(family_score=6, worker_score=3, family_view="Fine"),
            )
        ],
    )
    form = AssessmentForm(definition, stored, PEOPLE)
    qtbot.addWidget(form)
    home = form.input_for("home")
    assert isinstance(home, ScaleInput)
    assert home.value() == 3
    assert "Getting ready" in home._stage.text()
    assert "talking with housing or the landlord" in home._stage.text()  # the area's own words
    home._buttons[8].click()
    assert home.value() == 8 and "Keeping it going" in home._stage.text()
    home._buttons[8].click()  # clicking the chosen score again clears it
    assert home.value() is None and home._stage.text() == "Not scored yet."
    home.choose(9)
    answer = {a.key: a for a in form.answers()}["home"]
    assert answer.value == 9
    assert answer.disagreement == Disagreement(family_score=6, worker_score=3, family_view="Fine")
    home._differ.setChecked(False)
    assert {a.key: a for a in form.answers()}["home"].disagreement is None


def test_problems_are_shown_under_their_question(qtbot):
    definition = LIBRARY.latest(EARLY_HELP_ASSESSMENT)
    form = AssessmentForm(definition, _assessment(EARLY_HELP_ASSESSMENT), PEOPLE)
    qtbot.addWidget(form)
    form.show_problems(
        [
            FieldProblem("Health (Sam)", "is required."),
            FieldProblem("What the family would most like to be different", "is required."),
            FieldProblem("This record", "An outcome reading needs at least one area scored."),
        ]
    )
    assert form.problem_text("health", "kid") == "This is required."
    assert form.problem_text("health", "baby") == ""
    assert form.problem_text("family_hopes") == "This is required."
    assert "3 questions need attention." in form._general.text()
    assert "at least one area scored" in form._general.text()
    form.clear_problems()
    assert form.problem_text("health", "kid") == ""


def test_a_completed_assessment_is_read_only(qtbot):
    definition = LIBRARY.latest(MY_VIEWS)
    done = _assessment(
        MY_VIEWS,
        status=AssessmentStatus.COMPLETE,
        answers=[Answer(question_id="at_home", value=4)],
    )
    form = AssessmentForm(definition, done, PEOPLE)
    qtbot.addWidget(form)
    assert not form.input_for("at_home").isEnabled()
    assert form._save.isHidden() and form._complete.isHidden()
    assert form.assessment().answers == done.answers


def test_save_and_complete_buttons_ask_the_host(qtbot):
    definition = LIBRARY.latest(FAMILY_PROGRESS_MEASURE)
    form = AssessmentForm(
        definition, _assessment(FAMILY_PROGRESS_MEASURE), PEOPLE, worker_name="Kim Worker"
    )
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.save_requested, timeout=1000):
        form._save.click()
    with qtbot.waitSignal(form.complete_requested, timeout=1000):
        form._complete.click()
    alex = next(box for who, box in form._contributor_boxes if who.member_id == "mum")
    alex.setChecked(True)  # Alex took part
    form._agencies.setText("Demoford Primary, Health visitor")
    kinds = [(c.kind, c.member_id, c.agency) for c in form.contributors()]
    assert (ContributorKind.PARENT_OR_CARER, "mum", "") in kinds
    assert (ContributorKind.OTHER_AGENCY, None, "Health visitor") in kinds
    assert not any(kind is ContributorKind.WORKER for kind, _m, _a in kinds)  # starts unticked
    kim = next(box for who, box in form._contributor_boxes if who.name == "Kim Worker")
    kim.setChecked(True)
    # Reopened by someone else, the first worker stays listed (and ticked) as recorded.
    saved = form.assessment()
    other = AssessmentForm(definition, saved, PEOPLE, worker_name="Lee Leader")
    qtbot.addWidget(other)
    names = {(who.name, box.isChecked()) for who, box in other._contributor_boxes}
    assert {("Kim Worker", True), ("Lee Leader", False), ("Alex", True)} <= names
    form.mark_saved(form.assessment())
    assert not form.has_unsaved_changes()
