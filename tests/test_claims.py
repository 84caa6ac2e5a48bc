"""The claim checker: met / not met worked out by hand, and evidence gathered from the vault."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from conftest import consent_for_monitoring
from familycase.domain.assessment import Answer
from familycase.domain.claims import (
    SUPPORTING_FAMILIES,
    AssessmentEvidence,
    FamilyEvidence,
    LeadEvidence,
    OutcomeEvidence,
    PlanEvidence,
    ResultsFramework,
    SustainFrom,
    add_months,
    check_claim,
)
from familycase.domain.enums import ClosureReason
from familycase.domain.instruments import EARLY_HELP_ASSESSMENT, OutcomeArea
from familycase.domain.plan import FamilyPlan, PlanAction
from familycase.domain.work import Closure
from familycase.reports.claims_csv import claims_csv
from familycase.services import assessments, claims, costs, families, plans, reporting, users, work
from familycase.services import consent as consent_service

HOUSING = OutcomeArea.SECURE_HOUSING
SCHOOL = OutcomeArea.GOOD_EDUCATION
CLOSED = date(2025, 3, 31)
AS_OF = date(2025, 11, 1)


def _outcome(area: OutcomeArea, achieved: date, confirmed: date | None) -> OutcomeEvidence:
    return OutcomeEvidence(area, "realised outcome", "Better", True, achieved, confirmed)


def _family(**changes: object) -> FamilyEvidence:
    base = {
        "family_id": "f1",
        "reference": "FC-000009",
        "lead": LeadEvidence("Kim Worker", date(2024, 9, 1)),
        "assessment": AssessmentEvidence("Early Help Assessment", date(2024, 9, 20), (HOUSING,)),
        "plan": PlanEvidence(2, date(2024, 10, 1)),
        "closed_on": CLOSED,
        "outcomes": (_outcome(HOUSING, date(2025, 1, 10), date(2025, 10, 1)),),
    }
    base.update(changes)
    return FamilyEvidence(**base)  # type: ignore[arg-type]


def test_add_months_keeps_the_day_or_the_month_end():
    assert add_months(date(2025, 3, 31), 6) == date(2025, 9, 30)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 1, 15), 0) == date(2025, 1, 15)


def test_everything_present_and_sustained_six_months_after_closure_is_met():
    # Closed 31/03/2025 + 6 months = 30/09/2025; confirmed 01/10/2025; checked 01/11/2025.
    result = check_claim(_family(), SUPPORTING_FAMILIES, AS_OF)
    assert result.met and result.missing == []
    assert any("Kim Worker" in e for e in result.evidence)
    assert any("needed until 30/09/2025" in e for e in result.evidence)
    assert [n.met for n in result.needs] == [True]


def test_each_missing_piece_is_named():
    result = check_claim(_family(lead=None, plan=None, assessment=None), SUPPORTING_FAMILIES, AS_OF)
    assert not result.met
    assert result.missing == [
        "No lead practitioner has been allocated.",
        "No whole-family assessment has been completed.",
        "There is no family plan.",
    ]


def test_confirmed_one_day_short_of_the_sustain_period_is_not_met():
    family = _family(outcomes=(_outcome(HOUSING, date(2025, 1, 10), date(2025, 9, 29)),))
    result = check_claim(family, SUPPORTING_FAMILIES, AS_OF)
    assert not result.met
    assert "on or after 30/09/2025" in result.missing[0]


def test_a_second_need_without_an_outcome_is_not_met():
    family = _family(
        assessment=AssessmentEvidence("EHA", date(2024, 9, 20), (HOUSING, SCHOOL)),
    )
    result = check_claim(family, SUPPORTING_FAMILIES, AS_OF)
    assert not result.met
    assert [n.met for n in result.needs] == [True, False]
    assert result.missing == ["Getting a good education: no positive outcome has been recorded."]


def test_open_work_cannot_meet_a_closure_based_framework_but_can_an_achieved_based_one():
    open_family = _family(closed_on=None)
    assert not check_claim(open_family, SUPPORTING_FAMILIES, AS_OF).met
    achieved = ResultsFramework(sustain_from=SustainFrom.ACHIEVED, sustain_months=6)
    # Achieved 10/01/2025 + 6 months = 10/07/2025, confirmed 01/10/2025.
    assert check_claim(open_family, achieved, AS_OF).met


def test_checking_before_the_sustain_date_is_not_met_even_if_confirmed_later():
    result = check_claim(_family(), SUPPORTING_FAMILIES, date(2025, 9, 1))
    assert not result.met


def test_a_negative_outcome_does_not_count_and_no_needs_is_not_met():
    negative = OutcomeEvidence(HOUSING, "outcome reading", "Worse", False, CLOSED, AS_OF)
    assert not check_claim(_family(outcomes=(negative,)), SUPPORTING_FAMILIES, AS_OF).met
    no_needs = _family(assessment=AssessmentEvidence("EHA", date(2024, 9, 20), ()))
    result = check_claim(no_needs, SUPPORTING_FAMILIES, AS_OF)
    assert not result.met and "no identified need" in result.missing[0]


def test_a_framework_can_drop_requirements_and_limit_areas():
    lenient = ResultsFramework(
        name="Lead and plan only", require_whole_family_assessment=False,
        require_needs_sustained=False,
    )  # fmt: skip
    assert check_claim(_family(assessment=None, outcomes=()), lenient, AS_OF).met
    only_school = ResultsFramework(outcome_areas=(SCHOOL,))
    family = _family(assessment=AssessmentEvidence("EHA", date(2024, 9, 20), (HOUSING, SCHOOL)))
    result = check_claim(family, only_school, AS_OF)
    assert [n.outcome_area for n in result.needs] == [SCHOOL] and not result.met
    assert "Lead and plan only" in lenient.describe()


def test_evidence_is_gathered_from_the_vault(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Claimwell", people=("Ann", "Bo"))
    none_yet = claims.check_family(lead, family_id)
    assert not none_yet.met
    assert "No lead practitioner has been allocated." in none_yet.missing

    kw1 = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.allocate_lead_professional(lead, family_id, kw1.id)
    view = assessments.start_assessment(lead, family_id, EARLY_HELP_ASSESSMENT)
    a = view.assessment
    for question in (
        "reason", "family_hopes", "family_view", "working_well", "worries", "needs_to_happen",
    ):  # fmt: skip
        a.set_answer(Answer(question_id=question, value="Written with the family."))
    bo = next(
        m for m in families.open_family(lead, family_id).file.members if m.given_names == "Bo"
    )
    a.set_answer(Answer(question_id="child_view", member_id=bo.id, value="Likes school."))
    a.set_answer(Answer(question_id="how_gathered", member_id=bo.id, value="talked_alone"))
    a.set_answer(Answer(question_id="significant_harm", value=False))
    a.set_answer(Answer(question_id="next_step", value="plan_with_taf"))
    a.set_answer(Answer(question_id="outcome_areas", value=["secure_housing"]))
    assessments.save_draft(lead, family_id, view.assessment)
    assessments.complete_assessment(lead, family_id, view.id, view.assessment)
    waiting = claims.check_family(lead, family_id)
    assert any("waits for a team leader's sign-off" in m for m in waiting.missing)
    assessments.sign_off(lead, family_id, view.id)
    plans.save_plan(lead, family_id, FamilyPlan(actions=[PlanAction(what="Call", who="Kim")]))
    today = date.today()
    work.close_episode(
        lead,
        family_id,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=today, exit_plan="Drop-in"),
    )
    costs.record_outcome(
        lead,
        family_id,
        costs.RealisedOutcome(
            outcome_area=HOUSING,
            what_changed="Tenancy kept, arrears cleared",
            achieved_on=today - timedelta(days=20),
            last_confirmed_on=add_months(today, 6) + timedelta(days=1),
        ),
    )
    now_result = claims.check_family(lead, family_id)
    assert not now_result.met  # six months after closure have not passed yet
    later = add_months(today, 7)
    result = claims.check_family(lead, family_id, as_of=later)
    assert result.met, result.missing
    assert any("Kim Worker" in e for e in result.evidence)
    assert any("Early Help Assessment" in e or "assessment" in e.lower() for e in result.evidence)
    # Without consent for monitoring the claim does not name the family: it is withheld.
    report = claims.claims_report(lead, as_of=later)
    rows = list(csv.DictReader(io.StringIO(claims_csv(report).lstrip("\ufeff"))))
    assert [(r["reference"], r["result"]) for r in rows] == [("FC-000001", "withheld")]
    consent_for_monitoring(lead, family_id)
    report = claims.claims_report(lead, as_of=later)
    rows = list(csv.DictReader(io.StringIO(claims_csv(report).lstrip("\ufeff"))))
    assert [(r["reference"], r["result"]) for r in rows] == [("FC-000001", "met")]
    assert "Claimwell" not in claims_csv(report)
    # A manager holds no keys: the same claim, from the reporting layer.
    boss = team.unlock("boss")
    boss_report = claims.claims_report(boss, as_of=later)
    assert [(r.reference, r.met) for r in boss_report.results] == [("FC-000001", True)]
    assert boss_report.results[0].evidence == result.evidence
    # A member withdraws consent for monitoring: the claim no longer lists the family.
    first = consent_service.consents(lead, family_id)[-1]
    consent_service.withdraw_consent(lead, family_id, first.id, "Changed their mind")
    boss_report = claims.claims_report(boss, as_of=later)
    assert boss_report.results == [] and boss_report.withheld[0][0] == "FC-000001"
    claims.record_claims_export(boss, boss_report, "claims.csv")
    (share,) = reporting.report_shares(boss)
    assert share.output == "claims_csv" and share.withheld == 1


def test_claims_csv_neutralises_formula_looking_text():
    import csv as csv_module
    import io
    from datetime import date as day

    from familycase.domain.claims import SUPPORTING_FAMILIES, ClaimResult
    from familycase.reports.claims_csv import claims_csv
    from familycase.services.claims import ClaimsReport

    report = ClaimsReport(
        framework=SUPPORTING_FAMILIES,
        as_of=day(2026, 3, 31),
        produced_by="=cmd|' /C calc'!A0",
        results=[
            ClaimResult(
                family_id="f1",
                reference="FC-000001",
                framework="@SUM(1+1)",
                met=False,
                evidence=['=HYPERLINK("http://evil","click")'],
                missing=["+1 need not met"],
            )
        ],
        skipped=[],
        cohort="every family",
    )
    rows = list(csv_module.reader(io.StringIO(claims_csv(report))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert '\'=HYPERLINK("http://evil","click")' in cells
    assert "'@SUM(1+1)" in cells and "'+1 need not met" in cells
