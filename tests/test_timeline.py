"""The family timeline: every dated event from an opened family file, newest first."""

from __future__ import annotations

from datetime import date, timedelta

from familycase.domain.enums import ClosureReason, ContactKind, ReferralDecision, Tier
from familycase.domain.work import Closure, ContactNote
from familycase.services import families, users, work
from familycase.services.timeline import EventKind, build_timeline, tier_label

TODAY = date.today()


def test_timeline_merges_referral_tiers_allocations_contacts_and_closure(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Fernsby", people=("Jo", "Ruby"))  # referral 10 days ago
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.record_referral_decision(
        lead,
        family_id,
        ReferralDecision.ACCEPTED,
        decided_on=TODAY - timedelta(days=9),
        feedback_to_referrer_on=TODAY - timedelta(days=8),
        reason="Meets the early help threshold.",
    )
    work.allocate_lead_professional(lead, family_id, kim.id, "Knows the school")
    ruby = families.open_family(lead, family_id).file.members[1]
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(
            occurred_on=TODAY - timedelta(days=5),
            kind=ContactKind.HOME_VISIT,
            member_ids=[ruby.id],
            others_present="Gran",
            duration_minutes=45,
            text="Ruby showed me her reading book.",
        ),
    )
    work.change_tier(lead, family_id, Tier.TARGETED, "Attendance fell", TODAY - timedelta(days=3))
    work.change_tier(lead, family_id, Tier.EARLY_HELP, "Back on track", TODAY - timedelta(days=1))
    work.close_episode(
        lead,
        family_id,
        Closure(
            reason=ClosureReason.OUTCOMES_ACHIEVED,
            on=TODAY,
            exit_plan="School nurse checks in monthly.",
            summary="Attendance 96%.",
        ),
    )

    events = build_timeline(families.open_family(lead, family_id))
    kinds = [e.kind for e in events]
    assert kinds == [
        EventKind.CLOSURE,
        EventKind.ALLOCATION_ENDED,
        EventKind.ALLOCATION,
        EventKind.STEP_DOWN,
        EventKind.STEP_UP,
        EventKind.CONTACT,
        EventKind.FEEDBACK,
        EventKind.DECISION,
        EventKind.TIER,
        EventKind.REFERRAL,
    ]
    assert [e.on for e in events] == sorted((e.on for e in events), reverse=True)
    by_kind = {e.kind: e for e in events}
    assert by_kind[EventKind.REFERRAL].title == "Referral received from School"
    assert by_kind[EventKind.REFERRAL].detail == "School worried about attendance."
    assert by_kind[EventKind.DECISION].title == "Referral decision: Accepted for early help"
    assert by_kind[EventKind.TIER].title == f"Tier set to {tier_label(Tier.EARLY_HELP)}"
    assert by_kind[EventKind.STEP_UP].title == (
        f"Stepped up from tier {tier_label(Tier.EARLY_HELP)} to {tier_label(Tier.TARGETED)}"
    )
    assert by_kind[EventKind.STEP_UP].detail == "Attendance fell"
    assert by_kind[EventKind.STEP_UP].who == "Lee Leader"
    assert by_kind[EventKind.STEP_DOWN].detail == "Back on track"
    assert by_kind[EventKind.ALLOCATION].title == "Kim Worker became lead professional"
    assert by_kind[EventKind.ALLOCATION].detail == "Knows the school"
    assert by_kind[EventKind.ALLOCATION_ENDED].on == TODAY
    contact = by_kind[EventKind.CONTACT]
    assert contact.title == "Home visit (45 min)"
    assert contact.who == "Ruby; Gran"
    assert contact.detail == "Ruby showed me her reading book."
    closure = by_kind[EventKind.CLOSURE]
    assert closure.title == "Episode closed: Outcomes achieved"
    assert "School nurse checks in monthly." in closure.detail
    assert "Attendance 96%." in closure.detail


def test_a_new_family_has_a_referral_and_a_first_tier(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    events = build_timeline(families.open_family(lead, family_id))
    assert [e.kind for e in events] == [EventKind.TIER, EventKind.REFERRAL]
    assert events[0].on == events[1].on == TODAY - timedelta(days=10)
    assert tier_label(None) == "Not set"
