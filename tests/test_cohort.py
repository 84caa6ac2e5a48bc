"""Cohort outcomes: per area mean first and latest scores, mean change, moved up a stage."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from familycase.domain.assessment import (
    Answer,
    Assessment,
    AssessmentStatus,
    PersonGroup,
    Subject,
    reading_from,
)
from familycase.domain.cohort import cohort_outcomes
from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE, build_library
from familycase.reports.cohort_csv import COLUMNS, cohort_csv, cohort_summary
from familycase.services import assessments, users, work
from familycase.services.audit_log import query_audit
from familycase.services.cohort import cohort_report, record_cohort_export
from familycase.services.errors import InvalidRequest

MEASURE = build_library().latest(FAMILY_PROGRESS_MEASURE)
ORDER = [(q.id, q.label) for _s, q in MEASURE.scale_questions()]
TODAY = date.today()


def _reading(on: date, **scores: int):
    assessment = Assessment(
        instrument_id=MEASURE.id,
        instrument_version=MEASURE.version,
        instrument_digest=MEASURE.digest(),
        status=AssessmentStatus.COMPLETE,
        assessed_on=on,
        subjects=[Subject(member_id="m", group=PersonGroup.ADULT)],
        answers=[Answer(question_id=k, value=v) for k, v in scores.items()],
    )
    return reading_from(MEASURE, assessment)


JAN, APR, JUL = date(2026, 1, 12), date(2026, 4, 6), date(2026, 7, 6)

# Stages of the journey: 1-2 | 3-4 | 5-6 | 7-8 | 9-10 (index 0..4).
FAMILIES = [
    # F1: home 2 -> 4 -> 7 (first 2, latest 7: stage 0 -> 3, up); money 5 -> 4 -> 6 (first 5,
    # latest 6: stage 2 -> 2, not up a stage). The middle reading does not count.
    [
        _reading(APR, home=4, money_work=4),
        _reading(JUL, home=7, money_work=6),
        _reading(JAN, home=2, money_work=5),
    ],
    # F2: home 5 -> 5 (same); learning 3 -> 5 (stage 1 -> 2, up).
    [_reading(JAN, home=5, learning=3), _reading(APR, home=5, learning=5)],
    # F3: a single reading (a baseline waiting for its second reading).
    [_reading(JAN, home=1)],
    # F4: no reading yet.
    [],
    # F5: home 3 -> 4 (stage 1 -> 1, +1 but no stage move); learning only in the second
    # reading, so it is not counted; health 8 -> 4 (stage 3 -> 1, down two stages).
    [_reading(JAN, home=3, health=8), _reading(APR, home=4, learning=8, health=4)],
]


def test_cohort_maths_against_hand_computed_figures():
    result = cohort_outcomes(FAMILIES, ORDER)
    areas = {a.key: a for a in result.areas}
    assert [a.key for a in result.areas] == [key for key, _ in ORDER]  # the form's order
    assert (result.families, result.with_two_or_more_readings) == (5, 3)
    assert (result.with_one_reading, result.without_readings) == (1, 1)

    home = areas["home"]
    # F1 2 -> 7, F2 5 -> 5, F5 3 -> 4: mean first (2 + 5 + 3) / 3 = 3.333...,
    # mean latest (7 + 5 + 4) / 3 = 5.333..., mean change 2.0; only F1 moved up a stage.
    assert home.families == 3
    assert home.mean_first == pytest.approx(10 / 3)
    assert home.mean_latest == pytest.approx(16 / 3)
    assert home.mean_change == pytest.approx(2.0)
    assert (home.moved_up_a_stage, home.moved_down_a_stage) == (1, 0)
    assert home.share_moved_up == pytest.approx(1 / 3)

    money = areas["money_work"]  # F1 only: 5 -> 6, same stage
    assert (money.families, money.mean_first, money.mean_latest, money.mean_change) == (
        1,
        5.0,
        6.0,
        1.0,
    )
    assert money.share_moved_up == 0.0

    learning = areas["learning"]  # F2 only (F5 scored it once): 3 -> 5, up a stage
    assert (learning.families, learning.mean_change, learning.share_moved_up) == (1, 2.0, 1.0)

    health = areas["health"]  # F5: 8 -> 4, change -4, down two stages (counted once)
    assert (health.mean_change, health.moved_up_a_stage, health.moved_down_a_stage) == (
        -4.0,
        0,
        1,
    )
    alcohol = areas["alcohol_drugs"]  # nobody scored it twice
    assert (alcohol.families, alcohol.mean_first, alcohol.share_moved_up) == (0, None, None)


def test_cohort_csv_has_one_row_per_area_with_rounded_figures():
    from familycase.services.cohort import CohortReport

    report = CohortReport(
        instrument_id=MEASURE.id,
        title=MEASURE.title,
        made_on=date(2026, 7, 31),
        readings_from=None,
        readings_to=date(2026, 7, 31),
        result=cohort_outcomes(FAMILIES, ORDER),
    )
    rows = list(csv.DictReader(io.StringIO(cohort_csv(report))))
    assert list(rows[0]) == COLUMNS
    assert len(rows) == 10
    home = next(r for r in rows if r["area_id"] == "home")
    assert home == {
        "area_id": "home",
        "area": "Home",
        "supporting_families_outcome": "Secure housing",
        "families_counted": "3",
        "mean_first_score": "3.33",
        "mean_latest_score": "5.33",
        "mean_change": "2.00",
        "moved_up_a_stage": "1",
        "share_moved_up_a_stage_percent": "33.3",
        "moved_down_a_stage": "0",
    }
    alcohol = next(r for r in rows if r["area_id"] == "alcohol_drugs")
    assert alcohol["mean_first_score"] == "" and alcohol["share_moved_up_a_stage_percent"] == ""
    summary = dict(cohort_summary(report))
    assert summary["Families in the cohort"] == "5"
    assert summary["Readings taken"] == "the start to 31/07/2026"


def _record(us, family_id, on, **scores):
    view = assessments.start_assessment(us, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=on)
    for key, score in scores.items():
        view.assessment.set_answer(Answer(question_id=key, value=score))
    assessments.complete_assessment(us, family_id, view.id, view.assessment)


def test_cohort_report_through_the_services(team, make_family):
    lead = team.unlock("lead")
    one = make_family(lead, "Cohortone")
    two = make_family(lead, "Cohorttwo")
    three = make_family(lead, "Cohortthree")
    _record(lead, one, TODAY - timedelta(days=9), home=2, money_work=3)
    _record(lead, one, TODAY, home=6, money_work=3)
    _record(lead, two, TODAY - timedelta(days=9), home=4)
    _record(lead, two, TODAY - timedelta(days=1), home=5)
    # A draft is not a reading.
    assessments.start_assessment(lead, three, FAMILY_PROGRESS_MEASURE)

    report = cohort_report(lead)
    home = next(a for a in report.result.areas if a.key == "home")
    # one: 2 -> 6 (stage 0 -> 2); two: 4 -> 5 (stage 1 -> 2): means 3.0 -> 5.5, +2.5, both up.
    assert (home.families, home.mean_first, home.mean_latest, home.mean_change) == (
        2,
        3.0,
        5.5,
        2.5,
    )
    assert home.share_moved_up == 1.0
    assert report.result.without_readings == 1
    assert report.title == "Family Progress Measure"

    # Only readings within the period: two's first reading (9 days ago) is left out.
    recent = cohort_report(lead, [two], readings_from=TODAY - timedelta(days=2))
    assert recent.result.with_one_reading == 1

    # A key worker sees only the families they hold keys for; the rest are named, not read.
    kw1 = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.allocate_lead_professional(lead, one, kw1.id)
    worker = team.unlock("kw1")
    mine = cohort_report(worker, [one, two])
    assert mine.references_without_access == ("FC-000002",)
    assert mine.result.families == 1

    record_cohort_export(lead, report)
    actions = [(e.action, e.object_type) for e in query_audit(lead)]
    assert ("export", "cohort_report") in actions and ("view", "cohort_report") in actions
    with pytest.raises(InvalidRequest, match="end of the period"):
        cohort_report(lead, readings_from=TODAY, readings_to=TODAY - timedelta(days=1))
