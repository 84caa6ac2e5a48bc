"""Assessments and outcome readings: round trips, status, versions, and the scoring maths."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from familycase.domain.assessment import (
    Answer,
    Assessment,
    AssessmentStatus,
    Contributor,
    ContributorKind,
    Disagreement,
    PersonGroup,
    StrengthsNeeds,
    Subject,
    check_answers,
    distance_travelled,
    people_for,
    reading_from,
    stage_changes,
    summarise,
)
from familycase.domain.errors import DomainValidationError
from familycase.domain.instruments import (
    EARLY_HELP_ASSESSMENT,
    FAMILY_PROGRESS_MEASURE,
    FORMAT,
    MY_VIEWS,
    YOUNG_CARER_NEEDS_ASSESSMENT,
    AnswerType,
    InstrumentDefinition,
    build_library,
)
from familycase.domain.settings import Jurisdiction
from familycase.services import assessments, families
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import (
    ConcurrentChange,
    InvalidRequest,
    PermissionDenied,
    UnknownRecord,
)

TODAY = date.today()
ENGLAND = Jurisdiction.ENGLAND
LIBRARY = build_library()


def _fill(definition: InstrumentDefinition, assessment: Assessment) -> Assessment:
    """A valid answer to every question, for every person a section repeats for."""
    answers = []
    first_scale = True
    for section, question in definition.questions():
        for member_id in people_for(section, assessment.subjects):
            tag = f"{question.id}/{member_id or 'all'}"
            extra: dict = {}
            kind = question.type
            if kind is AnswerType.SHORT_TEXT:
                value: object = f"Short {tag}"
            elif kind is AnswerType.LONG_TEXT:
                value = f"Long answer for {tag}.\nSecond line."
            elif kind is AnswerType.YES_NO:
                value = False
            elif kind is AnswerType.CHOICE:
                value = question.choices[-1].id
            elif kind is AnswerType.MULTI_CHOICE:
                value = [c.id for c in question.choices[:2]]
            elif kind is AnswerType.DATE:
                value = (TODAY - timedelta(days=3)).isoformat()
            elif kind is AnswerType.NUMBER:
                value = 3
            elif kind is AnswerType.SCALE:
                scale = definition.scale(question.scale)
                value = scale.max - 1
                if first_scale:
                    extra["disagreement"] = Disagreement(
                        family_score=scale.min, worker_score=scale.max - 1, family_view="Harder."
                    )
                    first_scale = False
            else:
                value = StrengthsNeeds(strengths=f"Going well: {tag}", needs=f"To change: {tag}")
                extra["reported_by"] = [ContributorKind.PARENT_OR_CARER, ContributorKind.WORKER]
            answers.append(
                Answer(question_id=question.id, member_id=member_id, value=value, **extra)
            )
    return assessment.model_copy(update={"answers": answers})


def _people(us, family_id):
    return families.open_family(us, family_id).file.members


@pytest.mark.parametrize(
    "instrument_id", [EARLY_HELP_ASSESSMENT, FAMILY_PROGRESS_MEASURE, MY_VIEWS]
)
def test_every_shipped_instrument_round_trips(team, make_family, instrument_id):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Roundtrip", people=("Alex", "Sam", "Jo"))
    alex, sam, jo = _people(lead, family_id)
    member_ids = [sam.id] if instrument_id == MY_VIEWS else None
    view = assessments.start_assessment(lead, family_id, instrument_id, member_ids=member_ids)
    assert view.assessment.status is AssessmentStatus.DRAFT
    if instrument_id != MY_VIEWS:  # the whole household by default
        assert {s.member_id: s.group for s in view.assessment.subjects} == {
            alex.id: PersonGroup.ADULT,
            sam.id: PersonGroup.CHILD,
            jo.id: PersonGroup.CHILD,
        }
    filled = _fill(view.definition, view.assessment)
    filled = filled.model_copy(
        update={
            "contributors": [
                Contributor(kind=ContributorKind.WORKER, name="Lee Leader"),
                Contributor(kind=ContributorKind.CHILD, member_id=sam.id, name="Sam"),
                Contributor(kind=ContributorKind.OTHER_AGENCY, agency="Demoford Primary"),
            ]
        }
    )
    saved = assessments.save_draft(lead, family_id, filled, view.revision)
    done = assessments.complete_assessment(lead, family_id, view.id)
    assert done.assessment.status is AssessmentStatus.COMPLETE
    opened = assessments.open_assessment(lead, family_id, view.id)
    assert opened.definition.key == f"{instrument_id}@1"
    assert opened.revision == done.revision == saved.revision + 1

    def dumped(a: Assessment) -> list:
        return sorted((x.model_dump(mode="json") for x in a.answers), key=json.dumps)

    assert dumped(opened.assessment) == dumped(filled)
    assert opened.assessment.contributors == filled.contributors
    assert [h.status for h in opened.assessment.history] == [
        AssessmentStatus.DRAFT,
        AssessmentStatus.COMPLETE,
    ]
    if instrument_id == EARLY_HELP_ASSESSMENT:  # sections repeat for each child only
        keys = {a.key for a in opened.assessment.answers if a.question_id == "health"}
        assert keys == {f"health@{sam.id}", f"health@{jo.id}"}
    listed = assessments.list_assessments(lead, family_id)
    assert [(i.id, i.status, i.title) for i in listed] == [
        (view.id, AssessmentStatus.COMPLETE, view.definition.title)
    ]


def test_answers_are_encrypted_at_rest(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Secretive")
    view = assessments.start_assessment(lead, family_id, EARLY_HELP_ASSESSMENT)
    assessment = view.assessment
    assessment.set_answer(Answer(question_id="reason", value="Worried about zebra crossings"))
    assessments.save_draft(lead, family_id, assessment)
    assert b"zebra crossings" not in team.bytes_at_rest()


def test_drafts_may_be_incomplete_but_completion_names_what_is_missing(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Halfway", people=("Alex", "Sam"))
    view = assessments.start_assessment(lead, family_id, EARLY_HELP_ASSESSMENT)
    draft = view.assessment
    draft.set_answer(Answer(question_id="reason", value="School attendance"))
    assessments.save_draft(lead, family_id, draft)  # incomplete is fine for a draft
    with pytest.raises(DomainValidationError) as caught:
        assessments.complete_assessment(lead, family_id, view.id)
    problems = {(p.field, p.message) for p in caught.value.problems}
    assert ("What the family would most like to be different", "is required.") in problems
    told = "What the child or young person told us, in their own words where possible"
    assert (f"{told} (Sam)", "is required.") in problems  # per child, named
    assert ("Health (Sam)", "is required.") not in problems  # areas are filled as relevant
    assert ("Reason", "is required.") not in problems
    assert assessments.open_assessment(lead, family_id, view.id).assessment.editable


def test_wrong_answers_are_refused_even_in_a_draft(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Wrongly")
    view = assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    draft = view.assessment
    draft.set_answer(Answer(question_id="home", value=11))
    draft.set_answer(
        Answer(question_id="money_work", value=4, disagreement=Disagreement(family_score=0))
    )
    draft.set_answer(Answer(question_id="no_such_question", value="x"))
    with pytest.raises(DomainValidationError) as caught:
        assessments.save_draft(lead, family_id, draft)
    assert {(p.field, p.message) for p in caught.value.problems} == {
        (
            "Having a safe, stable home that is warm and in good repair, and keeping the tenancy",
            "must be from 1 to 10.",
        ),
        (
            "Income, benefits, debts and bills; work, training or volunteering for the adults: "
            "different views",
            "must be from 1 to 10.",
        ),
        ("This record", "has an answer to a question the form does not have."),
    }


def test_an_outcome_reading_needs_at_least_one_score(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Unscored")
    view = assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    with pytest.raises(DomainValidationError, match="at least one area scored"):
        assessments.complete_assessment(lead, family_id, view.id)


def test_a_form_about_one_child_needs_one_child(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Viewsy", people=("Alex", "Sam"))
    alex, sam = _people(lead, family_id)
    with pytest.raises(InvalidRequest, match="Choose the person"):
        assessments.start_assessment(lead, family_id, MY_VIEWS)
    with pytest.raises(DomainValidationError, match="must be a child"):
        assessments.start_assessment(lead, family_id, MY_VIEWS, member_ids=[alex.id])
    other = make_family(lead, "Elsewhere")
    with pytest.raises(InvalidRequest, match="people in this family file"):
        assessments.start_assessment(lead, other, MY_VIEWS, member_ids=[sam.id])
    view = assessments.start_assessment(lead, family_id, MY_VIEWS, member_ids=[sam.id])
    assert view.assessment.subjects == [Subject(member_id=sam.id, group=PersonGroup.CHILD)]
    with pytest.raises(UnknownRecord):
        assessments.start_assessment(lead, family_id, "familycase.no_such_form")


def test_only_a_team_leader_signs_off_and_signed_off_is_final(team, make_family):
    from familycase.services import users, work

    lead = team.unlock("lead")
    family_id = make_family(lead, "Signed")
    kw1 = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.allocate_lead_professional(lead, family_id, kw1.id)
    worker = team.unlock("kw1")
    view = assessments.start_assessment(worker, family_id, FAMILY_PROGRESS_MEASURE)
    reading = view.assessment
    reading.set_answer(Answer(question_id="home", value=3))
    with pytest.raises(InvalidRequest, match="only a complete"):
        assessments.sign_off(lead, family_id, view.id)  # a draft cannot be signed off
    assessments.complete_assessment(worker, family_id, view.id, reading)
    with pytest.raises(PermissionDenied, match="team leader"):
        assessments.sign_off(worker, family_id, view.id)
    with pytest.raises(InvalidRequest, match="no longer a draft"):
        assessments.save_draft(worker, family_id, reading)
    back = assessments.return_to_draft(lead, family_id, view.id, "Add the family's comment")
    assert back.assessment.status is AssessmentStatus.DRAFT
    assert back.assessment.completed_on is None
    assessments.complete_assessment(worker, family_id, view.id)
    signed = assessments.sign_off(lead, family_id, view.id, "Good work")
    assert signed.assessment.status is AssessmentStatus.SIGNED_OFF
    assert signed.assessment.signed_off_by == "Lee Leader"
    assert signed.assessment.signed_off_on == TODAY
    assert [(h.status, h.by_name) for h in signed.assessment.history] == [
        (AssessmentStatus.DRAFT, "Kim Worker"),
        (AssessmentStatus.COMPLETE, "Kim Worker"),
        (AssessmentStatus.DRAFT, "Lee Leader"),
        (AssessmentStatus.COMPLETE, "Kim Worker"),
        (AssessmentStatus.SIGNED_OFF, "Lee Leader"),
    ]
    with pytest.raises(InvalidRequest, match="signed off"):
        assessments.return_to_draft(lead, family_id, view.id, "Too late")
    with pytest.raises(InvalidRequest, match="no longer a draft"):
        assessments.save_draft(lead, family_id, reading)


def test_a_stale_save_is_refused(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Stale")
    view = assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    first = view.assessment.model_copy(deep=True)
    first.set_answer(Answer(question_id="home", value=5))
    assessments.save_draft(lead, family_id, first, view.revision)
    second = view.assessment.model_copy(deep=True)
    second.set_answer(Answer(question_id="home", value=2))
    with pytest.raises(ConcurrentChange):
        assessments.save_draft(lead, family_id, second, view.revision)


# --- versions of a form -------------------------------------------------------------------------


def _local_form(version: int, areas: list[tuple[str, str]], title: str = "Local check") -> dict:
    return {
        "format": FORMAT,
        "id": "testshire.local_check",
        "version": version,
        "title": title,
        "kind": "outcome_measure",
        "scales": [
            {
                "id": "five",
                "title": "Five",
                "min": 1,
                "max": 5,
                "stages": [
                    {"id": "hard", "label": "Hard", "from": 1, "to": 2},
                    {"id": "mixed", "label": "Mixed", "from": 3, "to": 3},
                    {"id": "good", "label": "Good", "from": 4, "to": 5},
                ],
            }
        ],
        "sections": [
            {
                "id": "areas",
                "title": "Areas",
                "questions": [
                    {"id": qid, "text": text, "type": "scale", "scale": "five", "required": True}
                    for qid, text in areas
                ],
            }
        ],
    }


def test_an_assessment_made_with_an_older_version_still_opens(team, make_family):
    forms = team.forms_dir
    forms.mkdir()
    v1_file = forms / "local-check.v1.json"
    v1_file.write_text(json.dumps(_local_form(1, [("home", "Home"), ("money", "Money")])))
    lead = team.unlock("lead")
    family_id = make_family(lead, "Versioned")
    old = assessments.start_assessment(lead, family_id, "testshire.local_check")
    reading = old.assessment
    reading.set_answer(Answer(question_id="home", value=2))
    reading.set_answer(Answer(question_id="money", value=4))
    assessments.complete_assessment(lead, family_id, old.id, reading)

    # The service replaces version 1 with version 2: "money" is gone, "school" is new and
    # required. The version 1 file is even deleted.
    v1_file.unlink()
    (forms / "local-check.v2.json").write_text(
        json.dumps(
            _local_form(2, [("home", "Our home"), ("school", "School")], "Local check (2027)")
        )
    )
    reopened = assessments.open_assessment(lead, family_id, old.id)
    assert reopened.definition.version == 1
    assert [q.id for _s, q in reopened.definition.questions()] == ["home", "money"]
    assert reopened.assessment.answer("money").value == 4
    assert reopened.title == "Local check"

    new = assessments.start_assessment(lead, family_id, "testshire.local_check")
    assert new.definition.version == 2
    reading = new.assessment
    reading.set_answer(Answer(question_id="home", value=5))
    with pytest.raises(DomainValidationError, match="School"):
        assessments.complete_assessment(lead, family_id, new.id, reading)
    reading.set_answer(Answer(question_id="school", value=3))
    assessments.complete_assessment(lead, family_id, new.id, reading)

    history = assessments.outcome_history(lead, family_id, "testshire.local_check")
    assert [r.instrument_version for r in history.readings] == [1, 2]
    # Areas are compared by id across versions: only "home" is in both readings.
    [home] = history.distance
    assert (home.key, home.first, home.latest, home.change, home.stages_moved) == (
        "home",
        2,
        5,
        3,
        2,
    )
    assert home.label == "Our home"  # labels from the newer version


def test_a_form_changed_without_a_new_version_is_refused(team, make_family):
    forms = team.forms_dir
    forms.mkdir()
    path = forms / "local.json"
    path.write_text(json.dumps(_local_form(1, [("home", "Home")])))
    lead = team.unlock("lead")
    family_id = make_family(lead, "Edited")
    assessments.start_assessment(lead, family_id, "testshire.local_check")
    path.write_text(json.dumps(_local_form(1, [("home", "Home, edited in place")])))
    with pytest.raises(InvalidRequest, match="new version number"):
        assessments.start_assessment(lead, family_id, "testshire.local_check")


def test_broken_and_reserved_local_forms_are_listed_not_fatal(team):
    forms = team.forms_dir
    forms.mkdir()
    (forms / "broken.json").write_text("{")
    impostor = _local_form(1, [("home", "Home")])
    impostor["id"] = "familycase.family_progress"
    impostor["version"] = 7
    (forms / "impostor.json").write_text(json.dumps(impostor))
    (forms / "good.json").write_text(json.dumps(_local_form(1, [("home", "Home")])))
    choices, errors = assessments.available_instruments(team.vault, jurisdiction=ENGLAND)
    assert {c.id for c in choices} == {
        EARLY_HELP_ASSESSMENT,
        FAMILY_PROGRESS_MEASURE,
        MY_VIEWS,
        YOUNG_CARER_NEEDS_ASSESSMENT,
        "testshire.local_check",
    }
    messages = sorted(str(e) for e in errors)
    assert messages[0].startswith(f"{forms / 'broken.json'}: line 1, column 2: not valid JSON")
    assert "belong to the forms shipped with FamilyCase" in messages[1]


# --- readings over time -------------------------------------------------------------------------


def test_outcome_history_through_the_services_and_the_next_review(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Journey")  # referral received 10 days ago
    opened_on = TODAY - timedelta(days=10)
    rows = {r.family_id: r for r in caseload(lead, CaseloadView.TEAM)}
    # From the start, the first reading is due within four weeks of the referral.
    assert rows[family_id].next_review_due == opened_on + timedelta(weeks=4)

    def reading(on: date, scores: dict[str, int]) -> str:
        view = assessments.start_assessment(
            lead, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=on
        )
        for key, score in scores.items():
            view.assessment.set_answer(Answer(question_id=key, value=score))
        assessments.complete_assessment(lead, family_id, view.id, view.assessment)
        return view.id

    first = reading(TODAY - timedelta(days=8), {"home": 2, "money_work": 5, "health": 9})
    # After the first reading: next review = start + 12 weeks (no review held yet).
    rows = {r.family_id: r for r in caseload(lead, CaseloadView.TEAM)}
    assert rows[family_id].next_review_due == opened_on + timedelta(weeks=12)
    latest = reading(TODAY, {"home": 4, "money_work": 5, "health": 7, "learning": 6})
    history = assessments.outcome_history(lead, family_id)
    assert [r.assessment_id for r in history.readings] == [first, latest]
    # home 2 -> 4 (+2, stage 1 -> 2), money 5 -> 5, health 9 -> 7 (-2, stage 5 -> 4);
    # learning only in the latest reading, so it has no distance yet.
    assert [(c.key, c.change, c.stages_moved) for c in history.distance] == [
        ("health", -2, -1),
        ("home", 2, 1),
        ("money_work", 0, 0),
    ]
    assert history.summary.total_change == 0
    assert [(s.key, s.from_stage, s.to_stage) for s in history.stage_changes] == [
        ("health", "Steady on our own", "Keeping it going"),
        ("home", "Under pressure", "Getting ready"),
    ]
    # Any pair can be compared, in either direction (areas in the form's order).
    assert [(c.key, c.change) for c in history.compare(latest, first)] == [
        ("health", 2),
        ("home", -2),
        ("money_work", 0),
    ]


# --- the maths, against hand-computed cases -----------------------------------------------------

MEASURE = LIBRARY.latest(FAMILY_PROGRESS_MEASURE)


def _reading(on: date, scores: dict[str, int], assessment_id: str):
    assessment = Assessment(
        id=assessment_id,
        instrument_id=MEASURE.id,
        instrument_version=MEASURE.version,
        instrument_digest=MEASURE.digest(),
        status=AssessmentStatus.COMPLETE,
        assessed_on=on,
        subjects=[Subject(member_id="m1", group=PersonGroup.ADULT)],
        answers=[Answer(question_id=k, value=v) for k, v in scores.items()],
    )
    assert check_answers(MEASURE, assessment, for_completion=True) == []
    return reading_from(MEASURE, assessment)


def test_stages_of_the_journey():
    scale = MEASURE.scale("journey")
    # Stages: 1-2 Under pressure, 3-4 Getting ready, 5-6 Making changes, 7-8 Keeping it
    # going, 9-10 Steady on our own.
    assert [scale.stage_index(score) for score in range(1, 11)] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert scale.stage_for(7).label == "Keeping it going"
    with pytest.raises(ValueError):
        scale.stage_index(11)


def test_distance_travelled_and_stage_moves():
    a = _reading(date(2026, 1, 5), {"learning": 2, "health": 5, "home": 9}, "a")
    b = _reading(date(2026, 3, 30), {"learning": 3, "health": 5, "home": 7, "money_work": 6}, "b")
    changes = {c.key: c for c in distance_travelled(a, b)}
    # learning 2 -> 3: +1 point but a whole stage (Under pressure -> Getting ready).
    assert (changes["learning"].change, changes["learning"].stages_moved) == (1, 1)
    assert changes["learning"].first_stage == "Under pressure"
    assert changes["learning"].latest_stage == "Getting ready"
    # health 5 -> 5: no change.
    assert (changes["health"].change, changes["health"].stages_moved) == (0, 0)
    # home 9 -> 7: -2, from Steady on our own (stage 5) to Keeping it going (stage 4).
    assert (changes["home"].change, changes["home"].stages_moved) == (-2, -1)
    assert "money_work" not in changes  # not scored in the first reading
    summary = summarise(list(changes.values()))
    # total = 1 + 0 - 2 = -1 over 3 areas: mean -1/3; up 1, same 1, down 1; up a stage 1.
    assert summary.total_change == -1
    assert summary.mean_change == pytest.approx(-1 / 3)
    assert (summary.areas_up, summary.areas_same, summary.areas_down) == (1, 1, 1)
    assert summary.areas_up_a_stage == 1


def test_stage_changes_across_three_readings_in_date_order():
    a = _reading(date(2026, 1, 5), {"home": 2, "health": 4}, "a")
    b = _reading(date(2026, 3, 30), {"home": 4, "health": 4}, "b")
    c = _reading(date(2026, 6, 22), {"home": 5, "health": 2}, "c")
    # home: 2 (stage 1) -> 4 (stage 2) on 30/03 -> 5 (stage 3) on 22/06: two moves up.
    # health: 4 (stage 2) -> 4 -> 2 (stage 1) on 22/06: one move down.
    # Oldest reading first; within a reading, areas in the form's order (health before home).
    moves = [(m.key, m.on, m.steps) for m in stage_changes([c, a, b])]  # any order given
    assert moves == [
        ("home", date(2026, 3, 30), 1),
        ("health", date(2026, 6, 22), -1),
        ("home", date(2026, 6, 22), 1),
    ]


def test_an_altered_copy_of_a_form_in_the_vault_is_detected(team, make_family):
    from familycase.services.errors import TamperedData

    lead = team.unlock("lead")
    family_id = make_family(lead, "Altered")
    view = assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    key = {"k": view.definition.key}
    stored = str(team.scalar("SELECT definition FROM instrument_definitions WHERE key = :k", key))
    team.execute(
        "UPDATE instrument_definitions SET definition = :d WHERE key = :k",
        {**key, "d": stored.replace("Under pressure", "Doing great")},
    )
    assessments._parsed.clear()  # as in a fresh start of the app
    with pytest.raises(TamperedData, match="does not match"):
        assessments.open_assessment(lead, family_id, view.id)
