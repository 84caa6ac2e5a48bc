"""Team leader approvals through the services: request, approve, return, withdraw; the signed
settings that reserve them; assessment sign-off; follow-up after closure; the claim checker's
lead when two allocations start on the same day."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from conftest import consent_for_monitoring, member, referral
from familycase.domain.approvals import ApprovalStatus
from familycase.domain.assessment import Answer
from familycase.domain.claims import add_months
from familycase.domain.enums import ClosureReason, FamilyStatus, HouseholdRole, Tier
from familycase.domain.family import FamilyDetails
from familycase.domain.follow_up import AreaCheck, CheckMethod, FollowUpCheck, due_after
from familycase.domain.instruments import EARLY_HELP_ASSESSMENT, OutcomeArea
from familycase.domain.settings import ApprovalKind, Jurisdiction, OrganisationSettings
from familycase.domain.work import Closure
from familycase.services import (
    approvals,
    assessments,
    audit_log,
    claims,
    costs,
    families,
    follow_ups,
    org_settings,
    users,
    work,
)
from familycase.services.directory import DirectoryError
from familycase.services.errors import (
    ApprovalNeeded,
    InvalidRequest,
    PermissionDenied,
    StaleEdit,
)


def _worker_id(us, username: str) -> str:
    return next(w.id for w in users.list_workers(us) if w.username == username)


def _allocated(team, make_family, surname: str = "Askwith", referred_on: date | None = None):
    """A family led by kw1 (key worker), with lead (team leader) holding its key."""
    lead = team.unlock("lead")
    if referred_on is None:
        family_id = make_family(lead, surname)
    else:
        family_id = families.create_family(
            lead,
            FamilyDetails(family_name=f"{surname} family"),
            referral(days_ago=(date.today() - referred_on).days),
            Tier.EARLY_HELP,
            [member("Ann", surname, HouseholdRole.PARENT, age=33), member("Ben", surname)],
        )
    work.allocate_lead_professional(lead, family_id, _worker_id(lead, "kw1"), "Capacity")
    kw1 = team.unlock("kw1")
    return lead, kw1, family_id


def _closure(on: date | None = None) -> Closure:
    return Closure(
        reason=ClosureReason.OUTCOMES_ACHIEVED,
        on=on or date.today(),
        exit_plan="School keeps an eye; the family knows how to come back.",
    )


def _actions(lead, family_id: str) -> list[tuple[str, str]]:
    return [
        (e.action, e.detail.get("kind", ""))
        for e in sorted(audit_log.query_audit(lead), key=lambda e: e.seq)
        if e.detail and e.detail.get("family") == family_id and e.object_type == "approval"
    ]


def test_a_step_up_waits_for_a_team_leader_then_takes_effect(team, make_family):
    lead, kw1, family_id = _allocated(team, make_family)
    with pytest.raises(ApprovalNeeded, match="team leader's approval"):
        work.change_tier(kw1, family_id, Tier.COMPLEX, "Disclosure at school")
    outcome = approvals.change_tier_or_ask(kw1, family_id, Tier.COMPLEX, "Disclosure at school")
    assert not outcome.applied and outcome.approval_id
    view = families.open_family(lead, family_id)
    assert view.tier is Tier.EARLY_HELP and view.status is FamilyStatus.OPEN  # pending
    [waiting] = approvals.waiting(lead)
    assert (waiting.kind, waiting.what, waiting.requested_by) == (
        ApprovalKind.STEP_UP,
        "Step up from tier 2 to tier 4",
        "Kim Worker",
    )
    assert waiting.family_name == "Askwith family" and waiting.reason == "Disclosure at school"
    assert approvals.waiting(kw1) == []  # a key worker decides nothing
    with pytest.raises(PermissionDenied):
        approvals.approve(kw1, family_id, outcome.approval_id)
    with pytest.raises(InvalidRequest, match="already waiting"):
        approvals.request_closure(kw1, family_id, _closure())

    decided = approvals.approve(lead, family_id, outcome.approval_id, "Agreed at the huddle")
    assert decided.status is ApprovalStatus.APPROVED
    view = families.open_family(lead, family_id)
    assert (view.tier, view.status) == (Tier.COMPLEX, FamilyStatus.STEPPED_UP)
    step = view.current_episode.details.tier_history[-1]
    assert (step.decided_by, step.approved_by, step.approved_on) == (
        "Kim Worker",
        "Lee Leader",
        date.today(),
    )
    assert approvals.waiting(lead) == []
    with pytest.raises(InvalidRequest, match="no longer waiting"):
        approvals.approve(lead, family_id, outcome.approval_id)
    assert _actions(lead, family_id) == [
        ("approval_requested", "step_up"),
        ("approved", "step_up"),
    ]


def test_a_returned_closure_changes_nothing_and_keeps_the_reason(team, make_family):
    lead, kw1, family_id = _allocated(team, make_family, "Returnley")
    outcome = approvals.close_or_ask(kw1, family_id, _closure())
    assert not outcome.applied
    families.open_family(lead, family_id)
    with pytest.raises(InvalidRequest, match="Say why"):
        approvals.return_request(lead, family_id, outcome.approval_id, "  ")
    returned = approvals.return_request(
        lead, family_id, outcome.approval_id, "Two readings first, please"
    )
    assert returned.status is ApprovalStatus.RETURNED
    assert returned.request.decision_note == "Two readings first, please"
    view = families.open_family(kw1, family_id)
    assert view.status is FamilyStatus.OPEN and view.current_episode is not None
    assert follow_ups.follow_ups(kw1, family_id) == []  # nothing scheduled
    [history] = approvals.for_family(kw1, family_id)
    assert (history.status, history.request.decided_by_name) == (
        ApprovalStatus.RETURNED,
        "Lee Leader",
    )
    assert _actions(lead, family_id) == [
        ("approval_requested", "closure"),
        ("returned", "closure"),
    ]
    # Asked again, and withdrawn by the worker who asked.
    again = approvals.request_closure(kw1, family_id, _closure())
    assert approvals.pending(kw1, family_id).id == again
    approvals.withdraw(kw1, family_id, again)
    assert approvals.pending(kw1, family_id) is None


def test_an_approved_closure_closes_and_schedules_the_follow_up(team, make_family):
    lead, kw1, family_id = _allocated(team, make_family, "Closewell")
    closed_on = date.today() - timedelta(days=2)
    asked = approvals.request_closure(kw1, family_id, _closure(closed_on))
    families.open_family(lead, family_id)
    approvals.approve(lead, family_id, asked)
    view = families.open_family(kw1, family_id)
    assert view.status is FamilyStatus.CLOSED
    closure = view.episodes[-1].details.closure
    assert (closure.requested_by, closure.approved_by) == ("Kim Worker", "Lee Leader")
    [check] = follow_ups.follow_ups(kw1, family_id)
    assert check.due_on == add_months(closed_on, 6) and check.owner_id == _worker_id(lead, "kw1")


def test_a_team_leaders_own_decision_takes_effect_and_settings_can_release_it(team, make_family):
    lead, kw1, family_id = _allocated(team, make_family, "Leaderson")
    work.change_tier(lead, family_id, Tier.TARGETED, "Strategy discussion")  # no request
    assert families.open_family(kw1, family_id).tier is Tier.TARGETED
    admin = team.unlock("admin")
    changed = org_settings.change(
        admin, approvals=frozenset({ApprovalKind.CLOSURE}), jurisdiction=Jurisdiction.SCOTLAND
    )
    assert changed.approvals == frozenset({ApprovalKind.CLOSURE})
    kw1 = team.unlock("kw1")
    assert org_settings.current(kw1).jurisdiction is Jurisdiction.SCOTLAND
    outcome = approvals.change_tier_or_ask(kw1, family_id, Tier.EARLY_HELP, "Things settled")
    assert outcome.applied and outcome.change.kind == "step_down"
    with pytest.raises(ApprovalNeeded):
        work.close_episode(kw1, family_id, _closure())
    with pytest.raises(PermissionDenied):
        org_settings.change(lead, follow_up_months=3)
    with pytest.raises(InvalidRequest, match="Nothing has changed"):
        org_settings.change(admin, jurisdiction=Jurisdiction.SCOTLAND)


def test_settings_cannot_be_switched_off_by_editing_the_database(team, make_family):
    """An attacker with write access forges a settings entry with no approvals: the directory
    refuses it, so nobody signs in on top of it."""
    admin = team.unlock("admin")
    org_settings.change(admin, follow_up_months=9)
    admin.lock()
    seq = team.scalar("SELECT max(seq) FROM directory")
    body = json.loads(team.scalar("SELECT body FROM directory WHERE seq = :s", {"s": seq}))
    assert body["settings"]["approvals"]  # all four, as signed
    forged = OrganisationSettings(approvals=frozenset()).body()
    team.execute(
        "INSERT INTO directory (seq, at, kind, body, prev_hash, entry_hash, signer, signature) "
        "SELECT seq + 1, at, 'settings', :body, entry_hash, entry_hash, signer, signature "
        "FROM directory WHERE seq = :s",
        {"body": json.dumps({"settings": forged}), "s": seq},
    )
    with pytest.raises(DirectoryError, match="organisation settings"):
        team.unlock("kw1")


def test_assessment_sign_off_is_a_decision_waiting_for_the_team_leader(team, make_family):
    lead, kw1, family_id = _allocated(team, make_family, "Signoff")
    view = assessments.start_assessment(kw1, family_id, EARLY_HELP_ASSESSMENT)
    for question in (
        "reason", "family_hopes", "family_view", "working_well", "worries", "needs_to_happen",
    ):  # fmt: skip
        view.assessment.set_answer(Answer(question_id=question, value="With the family."))
    child = families.open_family(kw1, family_id).file.members[1]
    view.assessment.set_answer(Answer(question_id="child_view", member_id=child.id, value="Ok"))
    view.assessment.set_answer(
        Answer(question_id="how_gathered", member_id=child.id, value="talked_alone")
    )
    view.assessment.set_answer(Answer(question_id="significant_harm", value=False))
    view.assessment.set_answer(Answer(question_id="next_step", value="plan_with_taf"))
    assessments.complete_assessment(kw1, family_id, view.id, view.assessment)
    [waiting] = approvals.waiting(lead)
    assert waiting.source is approvals.Source.ASSESSMENT
    assert waiting.what == "Sign off: Early Help Assessment"
    approvals.decide_waiting(lead, waiting, approve_it=False, note="Add the school's view")
    assert approvals.waiting(lead) == []
    assert assessments.open_assessment(kw1, family_id, view.id).assessment.status == "draft"
    families.open_family(kw1, family_id)  # the worker sees the file as it now is
    assessments.complete_assessment(kw1, family_id, view.id)
    [waiting] = approvals.waiting(lead)
    approvals.decide_waiting(lead, waiting, approve_it=True)
    assert assessments.open_assessment(kw1, family_id, view.id).assessment.status == "signed_off"


# --- follow-up after closure ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("closed", "months", "due"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),  # February is shorter
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # a leap year
        (date(2026, 6, 30), 6, date(2026, 12, 30)),
        (date(2026, 10, 31), 4, date(2027, 2, 28)),
        (date(2026, 12, 15), 3, date(2027, 3, 15)),  # across the year end
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
    ],
)
def test_follow_up_due_dates_keep_the_day_or_take_the_months_last(closed, months, due):
    assert due_after(closed, months) == due


def test_the_follow_up_check_feeds_the_claim_checkers_sustained_evidence(team, make_family):
    lead, kw1, family_id = _allocated(team, make_family, "Sustain", date(2026, 5, 1))
    admin = team.unlock("admin")
    org_settings.change(admin, follow_up_months=3, approvals=frozenset())
    kw1 = team.unlock("kw1")
    closed_on = date(2026, 8, 31)
    work.close_episode(kw1, family_id, _closure(closed_on))
    [due] = follow_ups.follow_ups(kw1, family_id)
    assert due.due_on == date(2026, 11, 30) and not due.done
    with pytest.raises(InvalidRequest, match="before the family was closed"):
        follow_ups.record_check(
            kw1, family_id, due.id,
            FollowUpCheck(checked_on=date(2026, 8, 1), method=CheckMethod.PHONE_CALL),
        )  # fmt: skip
    done = follow_ups.record_check(
        kw1,
        family_id,
        due.id,
        FollowUpCheck(
            checked_on=date(2026, 11, 30),
            method=CheckMethod.HOME_VISIT,
            areas=[
                AreaCheck(outcome_area=OutcomeArea.SECURE_HOUSING, held=True, note="Rent paid"),
                AreaCheck(outcome_area=OutcomeArea.GOOD_EDUCATION, held=False),
            ],
        ),
    )
    assert done.done_on == date(2026, 11, 30) and done.follow_up.check.checked_by == "Kim Worker"
    evidence = claims.family_evidence(lead, family_id)
    found = {(o.outcome_area, o.positive, o.last_confirmed_on) for o in evidence.outcomes}
    assert found == {
        (OutcomeArea.SECURE_HOUSING, True, date(2026, 11, 30)),
        (OutcomeArea.GOOD_EDUCATION, False, date(2026, 11, 30)),
    }


def test_a_follow_up_that_found_the_change_gone_counts_against_it():
    from familycase.domain.claims import (
        SUPPORTING_FAMILIES,
        AssessmentEvidence,
        FamilyEvidence,
        LeadEvidence,
        OutcomeEvidence,
        PlanEvidence,
        check_claim,
    )

    area = OutcomeArea.SECURE_HOUSING
    closed = date(2025, 3, 1)
    held = OutcomeEvidence(
        area, "realised outcome", "Kept", True, date(2025, 2, 1), date(2025, 10, 1)
    )
    gone = OutcomeEvidence(
        area, "follow-up check", "no longer held", False, closed, date(2025, 11, 1), follow_up=True
    )
    family = FamilyEvidence(
        "f", "FC-1", LeadEvidence("Kim", date(2025, 1, 1)),
        AssessmentEvidence("EHA", date(2025, 1, 5), (area,)), PlanEvidence(1, date(2025, 1, 6)),
        closed, (held,),
    )  # fmt: skip
    as_of = date(2026, 1, 1)
    assert check_claim(family, SUPPORTING_FAMILIES, as_of).met
    against = FamilyEvidence(**{**family.__dict__, "outcomes": (held, gone)})
    result = check_claim(against, SUPPORTING_FAMILIES, as_of)
    assert not result.met and "had not held" in result.missing[0]
    recovered = OutcomeEvidence(
        area, "follow-up check", "held again", True, closed, date(2025, 12, 1), follow_up=True
    )
    again = FamilyEvidence(**{**family.__dict__, "outcomes": (held, gone, recovered)})
    assert check_claim(again, SUPPORTING_FAMILIES, as_of).met


# --- the claim checker's lead ----------------------------------------------------------------


def test_the_claim_names_the_current_lead_when_two_allocations_start_the_same_day(
    team, make_family
):
    kw1 = team.unlock("kw1")
    family_id = make_family(kw1, "Sameday")  # kw1 records it: kw1 leads from today
    lead = team.unlock("lead")
    work.allocate_lead_professional(lead, family_id, _worker_id(lead, "kw2"), "Closer to home")
    for _ in range(3):  # and back and forth, all on the same day
        work.allocate_lead_professional(lead, family_id, _worker_id(lead, "kw1"), "Back")
        work.allocate_lead_professional(lead, family_id, _worker_id(lead, "kw2"), "Again")
    evidence = claims.family_evidence(lead, family_id)
    assert evidence.lead is not None and evidence.lead.worker == "Kai Other"
    view = families.open_family(lead, family_id)
    assert [a.worker_name for a in view.allocations][-2:] == ["Kim Worker", "Kai Other"]
    assert view.allocations[-1].allocation.ended_on is None


def test_claims_from_the_reporting_layer_follow_the_same_rules(team, make_family):
    """A manager's claim is built from the family's summary (no family key): the lead is the
    last allocation made, an assessment counts only once signed off (sign-off reserved), and a
    follow-up check that found the change gone counts against it; at every step it says what
    the team leader's claim from the family file says."""
    admin = team.unlock("admin")
    org_settings.change(
        admin, follow_up_months=3, approvals=frozenset({ApprovalKind.ASSESSMENT_SIGN_OFF})
    )
    today = date.today()
    lead, _kw1, family_id = _allocated(team, make_family, "Layered", today - timedelta(300))
    for _ in range(3):  # back and forth on the same day: Kai Other is the lead
        work.allocate_lead_professional(lead, family_id, _worker_id(lead, "kw2"), "Closer")
        work.allocate_lead_professional(lead, family_id, _worker_id(lead, "kw1"), "Back")
    work.allocate_lead_professional(lead, family_id, _worker_id(lead, "kw2"), "Again")
    consent_for_monitoring(lead, family_id)
    boss = team.unlock("boss")

    def both_say() -> claims.ClaimResult:
        own = claims.check_family(lead, family_id)
        report = claims.claims_report(boss)
        assert report.source == "reporting layer"
        [layer] = report.results
        assert (layer.met, layer.evidence, layer.missing) == (own.met, own.evidence, own.missing)
        return layer

    assert any("Kai Other" in e for e in both_say().evidence)
    view = assessments.start_assessment(lead, family_id, EARLY_HELP_ASSESSMENT)
    for question in (
        "reason", "family_hopes", "family_view", "working_well", "worries", "needs_to_happen",
    ):  # fmt: skip
        view.assessment.set_answer(Answer(question_id=question, value="With the family."))
    child = families.open_family(lead, family_id).file.members[1]
    view.assessment.set_answer(Answer(question_id="child_view", member_id=child.id, value="Ok"))
    view.assessment.set_answer(
        Answer(question_id="how_gathered", member_id=child.id, value="talked_alone")
    )
    view.assessment.set_answer(Answer(question_id="significant_harm", value=False))
    view.assessment.set_answer(Answer(question_id="next_step", value="plan_with_taf"))
    view.assessment.set_answer(Answer(question_id="outcome_areas", value=["secure_housing"]))
    assessments.complete_assessment(lead, family_id, view.id, view.assessment)
    assert any("waits for a team leader's sign-off" in m for m in both_say().missing)
    assessments.sign_off(lead, family_id, view.id)
    assert any("Early Help Assessment" in e for e in both_say().evidence)
    costs.record_outcome(
        lead,
        family_id,
        costs.RealisedOutcome(
            outcome_area=OutcomeArea.SECURE_HOUSING,
            what_changed="Tenancy kept",
            achieved_on=today - timedelta(250),
            last_confirmed_on=today - timedelta(220),
        ),
    )
    work.close_episode(lead, family_id, _closure(today - timedelta(200)))
    [due] = follow_ups.follow_ups(lead, family_id)
    follow_ups.record_check(
        lead,
        family_id,
        due.id,
        FollowUpCheck(
            checked_on=today - timedelta(10),
            method=CheckMethod.HOME_VISIT,
            areas=[AreaCheck(outcome_area=OutcomeArea.SECURE_HOUSING, held=False, note="Evicted")],
        ),
    )
    result = both_say()
    assert not result.met and any("had not held" in m for m in result.missing)


def test_a_batch_of_changes_to_a_family_this_worker_opened_is_not_a_stale_edit(
    team, make_family
):
    """In one transaction the family's row is locked to the session: the revisions it adds are
    its own (someone else's change before the batch is still refused)."""
    lead, kw1, family_id = _allocated(team, make_family, "Batchley")
    families.open_family(lead, family_id, watch=True)  # open in the family window
    with lead.write():
        work.schedule_review(lead, family_id, date.today() + timedelta(days=20))
        work.schedule_review(lead, family_id, date.today() + timedelta(days=21))
    assert families.open_family(kw1, family_id).next_review_due == date.today() + timedelta(21)
    work.schedule_review(kw1, family_id, date.today() + timedelta(days=22))
    with pytest.raises(StaleEdit), lead.write():
        work.schedule_review(lead, family_id, date.today() + timedelta(days=23))
