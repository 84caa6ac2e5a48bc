"""The family plan's versions, reviews and TAF meetings, and the rhythm feeding the caseload."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import member, referral
from familycase.domain.assessment import Answer, StrengthsNeeds
from familycase.domain.enums import AgencyType, ClosureReason, HouseholdRole, Tier
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.family import FamilyDetails
from familycase.domain.instruments import (
    EARLY_HELP_ASSESSMENT,
    FAMILY_PROGRESS_MEASURE,
    OutcomeArea,
)
from familycase.domain.plan import (
    ActionProgress,
    ActionStatus,
    Attendee,
    FamilyPlan,
    NeedLink,
    PlanAction,
    PlanOutcome,
    Review,
    ReviewKind,
)
from familycase.domain.review_rhythm import ReviewRhythm
from familycase.domain.work import Closure
from familycase.services import assessments, families, plans, retention, users, work
from familycase.services.caseload import CaseloadView, caseload, overdue_reviews
from familycase.services.errors import InvalidRequest, PermissionDenied

TODAY = date.today()


def _due(us, family_id):
    return {r.family_id: r for r in caseload(us, CaseloadView.TEAM)}[family_id].next_review_due


def _assessed_family(lead, make_family):
    """A family with an Early Help Assessment that identified two needs."""
    family_id = make_family(lead, "Planwell", people=("Alex", "Sam"))
    alex, sam = families.open_family(lead, family_id).file.members
    view = assessments.start_assessment(lead, family_id, EARLY_HELP_ASSESSMENT)
    a = view.assessment
    a.set_answer(
        Answer(
            question_id="learning",
            member_id=sam.id,
            value=StrengthsNeeds(strengths="Loves reading", needs="Misses Mondays"),
        )
    )
    a.set_answer(
        Answer(
            question_id="housing_work_money",
            value=StrengthsNeeds(needs="Rent arrears of about six weeks"),
        )
    )
    a.set_answer(Answer(question_id="community", value=StrengthsNeeds(strengths="Church")))
    assessments.save_draft(lead, family_id, a)
    return family_id, view.id, alex, sam


def _plan(assessment_id: str, needs, sam_id: str) -> FamilyPlan:
    school_need, rent_need = needs
    attend = PlanOutcome(
        text="Sam goes to school every day",
        member_ids=[sam_id],
        outcome_area=OutcomeArea.GOOD_EDUCATION,
        needs=[NeedLink(**school_need)],
    )
    home = PlanOutcome(
        text="The family keeps their home",
        outcome_area=OutcomeArea.SECURE_HOUSING,
        needs=[NeedLink(**rent_need)],
    )
    return FamilyPlan(
        based_on_assessment_id=assessment_id,
        outcomes=[attend, home],
        actions=[
            PlanAction(
                what="Morning routine chart and a text reminder on Sundays",
                who="Kim Worker",
                agency_type=AgencyType.EARLY_HELP,
                by_when=TODAY + timedelta(days=14),
                outcome_ids=[attend.id],
            ),
            PlanAction(
                what="Arrange a repayment plan with the landlord",
                who="Pat Housing",
                agency_type=AgencyType.HOUSING,
                agency_name="Demoford Homes",
                by_when=TODAY - timedelta(days=1),
                outcome_ids=[home.id],
            ),
        ],
        family_view="Mum wants the rent sorted first.",
        change_note="First plan",
    )


def test_plan_versions_are_kept_and_linked_to_assessment_needs(team, make_family):
    lead = team.unlock("lead")
    family_id, assessment_id, _alex, sam = _assessed_family(lead, make_family)
    needs = assessments.needs_identified(lead, family_id, assessment_id)
    assert [(n.area, n.member_id, n.needs) for n in needs] == [
        ("Learning", sam.id, "Misses Mondays"),
        ("Housing, work and money", None, "Rent arrears of about six weeks"),
    ]
    links = [
        {
            "assessment_id": n.assessment_id,
            "question_id": n.question_id,
            "member_id": n.member_id,
            "area": n.area,
        }
        for n in needs
    ]
    first = plans.save_plan(lead, family_id, _plan(assessment_id, links, sam.id))
    assert (first.version, first.made_by) == (1, "Lee Leader")
    assert [a.what for a in first.plan.overdue_actions(TODAY)] == [
        "Arrange a repayment plan with the landlord"
    ]
    changed = first.plan.model_copy(deep=True)
    changed.actions[0].by_when = TODAY + timedelta(days=21)
    changed.change_note = "More time for the routine"
    second = plans.save_plan(lead, family_id, changed)
    assert second.version == 2
    versions = plans.plan_versions(lead, family_id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].plan.actions[0].by_when == TODAY + timedelta(days=14)  # unchanged
    assert versions[1].plan.actions[0].by_when == TODAY + timedelta(days=21)
    assert plans.current_plan(lead, family_id).version == 2
    assert plans.plan_version(lead, family_id, 1).plan.change_note == "First plan"


def test_a_plan_must_refer_to_this_familys_records(team, make_family):
    lead = team.unlock("lead")
    _family_id, assessment_id, _alex, sam = _assessed_family(lead, make_family)
    other = make_family(lead, "Otherplan")
    with pytest.raises(InvalidRequest, match="assessment that is not in this family"):
        plans.save_plan(lead, other, FamilyPlan(based_on_assessment_id=assessment_id))
    with pytest.raises(InvalidRequest, match="not in this family file"):
        plans.save_plan(
            lead, other, FamilyPlan(outcomes=[PlanOutcome(text="x", member_ids=[sam.id])])
        )
    with pytest.raises(DomainValidationError, match="outcome that is not in the plan"):
        validated(FamilyPlan, {"actions": [{"what": "Call", "who": "Kim", "outcome_ids": ["x"]}]})


def test_a_taf_meeting_updates_the_plan_and_sets_the_next_review(team, make_family):
    lead = team.unlock("lead")
    family_id, _assessment_id, alex, _sam = _assessed_family(lead, make_family)
    plan = plans.save_plan(
        lead,
        family_id,
        FamilyPlan(
            actions=[
                PlanAction(what="Routine chart", who="Kim Worker"),
                PlanAction(what="Repayment plan", who="Pat Housing", agency_type="housing"),
            ]
        ),
    )
    routine, repayment = plan.plan.actions
    reading = assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    reading.assessment.set_answer(Answer(question_id="home", value=3))
    assessments.complete_assessment(lead, family_id, reading.id, reading.assessment)
    meeting = Review(
        kind=ReviewKind.TAF_MEETING,
        held_on=TODAY - timedelta(days=1),
        attendees=[
            Attendee(name="Alex Planwell", member_id=alex.id, role="Mum"),
            Attendee(name="Ms Head", agency_type=AgencyType.SCHOOL, agency_name="Demoford Primary"),
            Attendee(
                name="Pat Housing", agency_type=AgencyType.HOUSING, agency_name="Demoford Homes"
            ),
            Attendee(name="Dr Nurse", agency_type=AgencyType.HEALTH, attended=False),
        ],
        progress=[
            ActionProgress(action_id=routine.id, status=ActionStatus.DONE, note="Chart on fridge"),
            ActionProgress(action_id=repayment.id, status=ActionStatus.IN_PROGRESS),
        ],
        decisions="Carry on; school to report attendance weekly.",
        next_review_on=TODAY + timedelta(weeks=6),
    )
    recorded = plans.record_review(lead, family_id, meeting)
    assert recorded.review.plan_version == 1 and recorded.review.plan_version_after == 2
    assert recorded.review.recorded_by == "Lee Leader"
    assert recorded.review.agencies_present() == ["Demoford Primary", "Demoford Homes"]
    # The meeting's decision sets the date the caseload shows (the first outcome reading has
    # been taken; until it is, its own due date would come first).
    assert recorded.next_review_due == TODAY + timedelta(weeks=6)
    assert _due(lead, family_id) == TODAY + timedelta(weeks=6)
    # The plan at the review (version 1) and after it (version 2) can both be seen.
    before = plans.plan_version(lead, family_id, 1).plan
    after = plans.plan_version(lead, family_id, 2).plan
    assert [a.status for a in before.actions] == [ActionStatus.NOT_STARTED] * 2
    assert [a.status for a in after.actions] == [ActionStatus.DONE, ActionStatus.IN_PROGRESS]
    assert after.actions[0].note == "Chart on fridge"
    assert after.change_note.startswith("Progress recorded at the review on")
    [stored] = plans.reviews(lead, family_id)
    assert stored.review == recorded.review

    # A review that changes no action makes no new plan version.
    quiet = plans.record_review(
        lead,
        family_id,
        Review(held_on=TODAY, attendees=[Attendee(name="Alex Planwell", member_id=alex.id)]),
    )
    assert quiet.review.plan_version == 2 and quiet.review.plan_version_after is None
    assert [v.version for v in plans.plan_versions(lead, family_id)] == [1, 2]
    with pytest.raises(InvalidRequest, match="not in the plan reviewed"):
        plans.record_review(
            lead,
            family_id,
            Review(
                held_on=TODAY,
                attendees=[Attendee(name="Kim")],
                progress=[ActionProgress(action_id="nope", status=ActionStatus.DONE)],
            ),
        )


def test_without_a_decision_the_rhythm_sets_the_next_review(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Rhythmic")  # referral received 10 days ago
    opened = TODAY - timedelta(days=10)
    review = Review(held_on=TODAY - timedelta(days=2), attendees=[Attendee(name="Kim")])
    # No outcome reading yet: the first reading (opened + 4 weeks) is due before the review.
    assert plans.record_review(lead, family_id, review).next_review_due == opened + timedelta(
        weeks=4
    )
    view = assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    view.assessment.set_answer(Answer(question_id="home", value=4))
    assessments.complete_assessment(lead, family_id, view.id, view.assessment)
    # Now the next review is 12 weeks after the last one.
    assert _due(lead, family_id) == TODAY - timedelta(days=2) + timedelta(weeks=12)
    state = plans.rhythm_for_family(lead, family_id)
    assert state.readings == 1 and state.first_reading_due is None
    assert plans.closure_readiness(lead, family_id) == [
        "At least 2 outcome readings should be taken before closing, so that the distance "
        "travelled can be shown; this family has 1."
    ]
    assert plans.default_review_date(lead, family_id, date(2027, 12, 7)) == date(2028, 2, 29)


def test_overdue_first_readings_show_in_the_caseload(team):
    lead = team.unlock("lead")
    family_id = families.create_family(
        lead,
        FamilyDetails(family_name="Latefamily family"),
        referral(days_ago=40),
        Tier.EARLY_HELP,
        [member("Lou", "Latefamily", HouseholdRole.PARENT, age=30)],
    )
    due = plans.apply_review_rhythm(lead, family_id)
    assert due == TODAY - timedelta(days=40) + timedelta(weeks=4)  # 12 days ago
    rows = caseload(lead, CaseloadView.TEAM)
    assert [r.family_id for r in overdue_reviews(rows, TODAY)] == [family_id]
    # Allocation starts the clock again: the first reading is due 4 weeks after it.
    kw1 = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.allocate_lead_professional(lead, family_id, kw1.id)
    assert plans.apply_review_rhythm(lead, family_id) == TODAY + timedelta(weeks=4)
    assert overdue_reviews(caseload(lead, CaseloadView.TEAM), TODAY) == []


def test_the_rhythm_is_a_team_leaders_setting(team, make_family):
    lead = team.unlock("lead")
    with pytest.raises(PermissionDenied):
        plans.set_review_rhythm(team.unlock("kw1"), ReviewRhythm(review_weeks=8))
    plans.set_review_rhythm(
        lead, ReviewRhythm(first_reading_weeks=2, review_weeks=8, readings_before_closure=3)
    )
    assert plans.review_rhythm(team.vault).review_weeks == 8
    family_id = make_family(lead, "Configured")
    assert plans.apply_review_rhythm(lead, family_id) == TODAY - timedelta(days=10) + timedelta(
        weeks=2
    )
    assert "At least 3 outcome readings" in plans.closure_readiness(lead, family_id)[0]


def test_closed_families_take_no_reviews_and_destruction_removes_everything(team, make_family):
    lead = team.unlock("lead")
    family_id, _assessment_id, _alex, _sam = _assessed_family(lead, make_family)
    plans.save_plan(lead, family_id, FamilyPlan(actions=[PlanAction(what="Call", who="Kim")]))
    plans.record_review(lead, family_id, Review(held_on=TODAY, attendees=[Attendee(name="Kim")]))
    work.close_episode(
        lead,
        family_id,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=TODAY, exit_plan="Universal services"),
    )
    with pytest.raises(InvalidRequest, match="closed"):
        plans.record_review(lead, family_id, Review(held_on=TODAY, attendees=[Attendee(name="K")]))
    with pytest.raises(InvalidRequest, match="closed"):
        plans.save_plan(lead, family_id, FamilyPlan())
    later = retention.add_years(TODAY, retention.retention_years(team.vault)) + timedelta(days=1)
    assert retention.destroy_family(lead, family_id, "FC-000001", on=later) == "FC-000001"
    with team.vault.engine.connect() as connection:
        for table in ("assessments", "family_plans", "reviews"):
            count = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            assert count == 0, table


def test_a_new_family_and_an_allocation_show_the_first_reading_due(team, make_family):
    """The caseload's next review date is there from the start: first reading within the
    rhythm's weeks of the work starting (the referral, then the allocation)."""
    from datetime import timedelta

    from familycase.services import plans as plan_service
    from familycase.services import users as user_service
    from familycase.services import work as work_service
    from familycase.services.caseload import CaseloadView, caseload

    lead = team.unlock("lead")
    family_id = make_family(lead)  # referral received 10 days ago
    weeks = plan_service.review_rhythm(team.vault).first_reading_weeks
    row = caseload(lead, CaseloadView.TEAM)[0]
    referral_day = families_opened(lead, family_id)
    assert row.next_review_due == referral_day + timedelta(weeks=weeks)
    kim = next(w for w in user_service.list_workers(lead) if w.username == "kw1")
    work_service.allocate_lead_professional(lead, family_id, kim.id)
    from datetime import date

    assert caseload(lead, CaseloadView.TEAM)[0].next_review_due == date.today() + timedelta(
        weeks=weeks
    )


def families_opened(us, family_id):
    from familycase.services import families as family_service

    return family_service.open_family(us, family_id).episodes[0].opened_on
