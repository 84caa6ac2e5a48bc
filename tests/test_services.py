"""End-to-end use cases through the services, against a real vault on disk."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import referral
from familycase.domain.enums import ClosureReason, ContactKind, FamilyStatus, HouseholdRole, Tier
from familycase.domain.errors import DomainValidationError
from familycase.domain.family import AgencyInvolvement, Member, Relationship
from familycase.domain.work import Closure, ContactNote
from familycase.services import approvals, families, users, work
from familycase.services.caseload import CaseloadView, NameIndex, caseload
from familycase.services.errors import InvalidRequest, NoAccessToFamily, PermissionDenied


def test_family_lifecycle_referral_to_closure(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Brambleford", people=("Jo", "Ruby", "Finn"))
    view = families.open_family(lead, family_id)
    assert view.file.reference == "FC-000001"
    assert [m.given_names for m in view.file.members] == ["Jo", "Ruby", "Finn"]
    assert view.status is FamilyStatus.REFERRED
    assert view.current_episode is not None and view.current_episode.details.current_tier == 2

    kw1 = team.vault.unlock("kw1", "correct horse battery")
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.allocate_lead_professional(lead, family_id, kim.id, "Knows the school")
    kw1 = team.unlock("kw1")  # the new grant is picked up at the next unlock
    view = families.open_family(kw1, family_id)
    assert view.status is FamilyStatus.OPEN
    assert view.lead_worker_id == kim.id
    assert [a.worker_name for a in view.allocations] == ["Kim Worker"]

    parent, child = view.file.members[0], view.file.members[1]
    families.save_relationship(
        kw1,
        family_id,
        Relationship(from_member_id=parent.id, to_member_id=child.id, kind="parent_of"),
    )
    families.save_agency(
        kw1,
        family_id,
        AgencyInvolvement(
            agency_name="Demoford Primary", agency_type="school", member_ids=[child.id]
        ),
    )
    work.add_contact_note(
        kw1,
        family_id,
        ContactNote(
            occurred_on=date.today() - timedelta(days=2),
            kind=ContactKind.HOME_VISIT,
            member_ids=[parent.id, child.id],
            duration_minutes=60,
            text="Talked about mornings.",
        ),
    )
    work.add_contact_note(
        kw1,
        family_id,
        ContactNote(occurred_on=date.today(), kind=ContactKind.NO_ACCESS_VISIT, text="Nobody in."),
    )

    # Steps and closure need a team leader (the default settings): the key worker asks.
    asked = approvals.request_tier_change(kw1, family_id, Tier.COMPLEX, "Disclosure at school")
    assert families.open_family(lead, family_id).status is FamilyStatus.OPEN  # not yet
    approvals.approve(lead, family_id, asked)
    view = families.open_family(kw1, family_id)
    change = view.current_episode.details.tier_history[-1]
    assert change.kind == "step_up" and change.from_tier == 2
    assert (change.decided_by, change.approved_by) == ("Kim Worker", "Lee Leader")
    assert view.status is FamilyStatus.STEPPED_UP
    work.change_tier(lead, family_id, Tier.TARGETED, "Social care assessment: early help fits")
    view = families.open_family(kw1, family_id)
    assert view.status is FamilyStatus.OPEN
    assert [c.kind for c in view.current_episode.details.tier_history] == [
        "initial",
        "step_up",
        "step_down",
    ]

    asked = approvals.request_closure(
        kw1,
        family_id,
        Closure(
            reason=ClosureReason.OUTCOMES_ACHIEVED,
            on=date.today(),
            exit_plan="School keeps an eye; family knows how to come back.",
        ),
    )
    families.open_family(lead, family_id)  # the team leader reads the file as it now is
    approvals.approve(lead, family_id, asked)
    view = families.open_family(kw1, family_id)
    assert view.status is FamilyStatus.CLOSED
    assert view.current_episode is None
    assert view.allocations[0].allocation.ended_on == date.today()
    assert len(view.contacts) == 2 and len(view.file.relationships) == 1
    rows = caseload(kw1, CaseloadView.MINE, statuses=None)
    # A no-access visit is not contact with the family.
    assert rows[0].last_contact_on == date.today() - timedelta(days=2)


def test_step_needs_a_reason_and_a_direction(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    with pytest.raises(DomainValidationError, match="needs a reason"):
        work.change_tier(lead, family_id, Tier.TARGETED, "   ")
    with pytest.raises(InvalidRequest, match="different from the current"):
        work.change_tier(lead, family_id, Tier.EARLY_HELP, "no change")


def test_reopening_after_closure_starts_a_new_episode(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    with pytest.raises(InvalidRequest, match="already has an open episode"):
        work.open_episode(lead, family_id, referral(), Tier.EARLY_HELP)
    work.close_episode(
        lead,
        family_id,
        Closure(reason=ClosureReason.DISENGAGED, on=date.today(), exit_plan="Letter sent."),
    )
    work.open_episode(lead, family_id, referral(days_ago=0, reason="New concerns."), Tier.TARGETED)
    view = families.open_family(lead, family_id)
    assert len(view.episodes) == 2 and view.status is FamilyStatus.REFERRED
    assert view.tier is Tier.TARGETED


def test_editing_and_removing_members_keeps_relationships_consistent(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Copperkettle", people=("Dee", "Max"))
    view = families.open_family(lead, family_id)
    dee, max_ = view.file.members
    families.save_relationship(
        lead, family_id, Relationship(from_member_id=dee.id, to_member_id=max_.id, kind="parent_of")
    )
    renamed = max_.model_copy(update={"known_as": "Maxi"})
    families.save_member(lead, family_id, renamed)
    baby = Member(
        given_names="Baby",
        family_name="Copperkettle",
        household_role=HouseholdRole.UNBORN_CHILD,
        expected_date=date.today() + timedelta(days=60),
    )
    families.save_member(lead, family_id, baby)
    families.remove_member(lead, family_id, max_.id)
    view = families.open_family(lead, family_id)
    assert [m.given_names for m in view.file.members] == ["Dee", "Baby"]
    assert view.file.relationships == []
    row = caseload(lead, CaseloadView.TEAM)[0]
    assert row.member_count == 2
    assert row.member_names == ("Dee Copperkettle", "Baby Copperkettle")
    with pytest.raises(InvalidRequest):
        families.save_relationship(
            lead,
            family_id,
            Relationship(from_member_id=dee.id, to_member_id=max_.id, kind="parent_of"),
        )


def test_caseload_views_and_filters(team, make_family):
    lead = team.unlock("lead")
    ids = {
        name: make_family(lead, name, tier=tier, people=(f"{name[:3]}parent", f"{name[:3]}kid"))
        for name, tier in [
            ("Applewood", Tier.EARLY_HELP),
            ("Dewberry", Tier.TARGETED),
            ("Fernsby", Tier.TARGETED),
        ]
    }
    workers = {w.username: w for w in users.list_workers(lead)}
    work.allocate_lead_professional(lead, ids["Applewood"], workers["kw1"].id)
    work.allocate_lead_professional(lead, ids["Dewberry"], workers["kw2"].id)
    work.close_episode(
        lead,
        ids["Dewberry"],
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=date.today(), exit_plan="Done."),
    )

    team_rows = caseload(lead, CaseloadView.TEAM)
    assert {r.family_name for r in team_rows} == {"Applewood family", "Fernsby family"}
    assert {r.family_name for r in caseload(lead, CaseloadView.TEAM, statuses=None)} == {
        "Applewood family",
        "Dewberry family",
        "Fernsby family",
    }
    assert [r.family_name for r in caseload(lead, CaseloadView.UNALLOCATED)] == ["Fernsby family"]
    assert [r.family_name for r in caseload(lead, CaseloadView.TEAM, tier=Tier.TARGETED)] == [
        "Fernsby family"
    ]
    assert [
        r.lead_name for r in caseload(lead, CaseloadView.TEAM, worker_id=workers["kw1"].id)
    ] == ["Kim Worker"]

    kw1 = team.unlock("kw1")
    assert [r.family_name for r in caseload(kw1)] == ["Applewood family"]
    with pytest.raises(PermissionDenied):
        caseload(kw1, CaseloadView.TEAM)

    # A manager sees the numbers but holds no family keys, so no names.
    boss = team.unlock("boss")
    manager_rows = caseload(boss, CaseloadView.TEAM, statuses=None)
    assert len(manager_rows) == 3
    assert all(r.family_name is None and r.member_names == () for r in manager_rows)
    with pytest.raises(NoAccessToFamily):
        families.open_family(boss, ids["Applewood"])


def test_name_search_matches_any_member_and_reference(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Hazelthorpe", people=("Imogen", "Theo"))
    make_family(lead, "Inkwell", people=("Theodora", "Ivy"))
    index = NameIndex(caseload(lead, CaseloadView.TEAM))
    assert {r.family_name for r in index.search("theo")} == {"Hazelthorpe family", "Inkwell family"}
    assert [r.family_name for r in index.search("Theo  HAZEL")] == ["Hazelthorpe family"]
    assert [r.reference for r in index.search("fc-000002")] == ["FC-000002"]
    assert index.search("nobody-called-this") == []
    assert len(index.search("  ")) == 2


def test_only_team_leaders_allocate_and_only_case_holders_create(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    kw1 = team.unlock("kw1")
    with pytest.raises(PermissionDenied, match="team leader"):
        work.allocate_lead_professional(kw1, family_id, kw1.worker.id)
    boss = team.unlock("boss")
    with pytest.raises(PermissionDenied):
        make_family(boss)
    admin = team.unlock("admin")
    with pytest.raises(InvalidRequest, match="cannot hold cases"):
        work.allocate_lead_professional(lead, family_id, admin.worker.id)


def test_writes_are_transactional(team, make_family):
    """A failure half-way through a use case leaves nothing behind, not even an audit entry."""
    lead = team.unlock("lead")
    family_id = make_family(lead)
    before = families.open_family(lead, family_id)
    from sqlalchemy.orm import Session

    from familycase.services.audit import latest

    with Session(team.vault.engine) as s:
        audit_before = latest(s, 1)[0].seq
    other = before.file.members[0].model_copy(update={"given_names": "Changed"})
    with pytest.raises(RuntimeError), lead.write():
        families.save_member(lead, family_id, other)
        raise RuntimeError("power cut")
    after = families.open_family(lead, family_id)
    assert after.file.members[0].given_names == before.file.members[0].given_names
    with Session(team.vault.engine) as s:
        # Only the view just above was added.
        assert latest(s, 1)[0].seq == audit_before + 1


def test_removing_the_lead_professional_requeues_and_revokes(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    work.allocate_lead_professional(lead, family_id, kim.id)
    with pytest.raises(InvalidRequest, match="Say why"):
        work.remove_lead_professional(lead, family_id, " ")
    work.remove_lead_professional(lead, family_id, "Family moved to another area's team")
    assert [r.family_id for r in caseload(lead, CaseloadView.UNALLOCATED)] == [family_id]
    with pytest.raises(NoAccessToFamily):
        families.open_family(team.unlock("kw1"), family_id)
    view = families.open_family(lead, family_id)
    assert view.status is FamilyStatus.REFERRED and view.lead_worker_id is None
    assert view.allocations[0].allocation.ended_on == date.today()
    with pytest.raises(InvalidRequest, match="no lead professional"):
        work.remove_lead_professional(lead, family_id, "again")


def test_referral_decision_and_feedback_to_the_referrer(team, make_family):
    from familycase.domain.enums import ReferralDecision

    lead = team.unlock("lead")
    family_id = make_family(lead)
    with pytest.raises(InvalidRequest, match="reason for the decision"):
        work.record_referral_decision(lead, family_id, ReferralDecision.ACCEPTED, reason=" ")
    decided = work.record_referral_decision(
        lead,
        family_id,
        ReferralDecision.ACCEPTED,
        feedback_to_referrer_on=date.today(),
        reason="Needs met by early help",
    )
    assert decided.decision is ReferralDecision.ACCEPTED and decided.decided_on == date.today()
    assert decided.decision_reason == "Needs met by early help"
    assert decided.decided_by == "Lee Leader"
    episode = families.open_family(lead, family_id).current_episode
    assert episode.details.referral.feedback_to_referrer_on == date.today()
    assert episode.details.referral.reason == "School worried about attendance."
    with pytest.raises(DomainValidationError, match="decision cannot come before"):
        work.record_referral_decision(
            lead,
            family_id,
            ReferralDecision.SIGNPOSTED,
            decided_on=date.today() - timedelta(days=365),
            reason="Signposted to the family hub",
        )


def test_lists_notice_changes_made_after_the_last_listing(team, make_family):
    """Lists keep decrypted summaries per unlock; a changed record must still show its change."""
    lead = team.unlock("lead")
    family_id = make_family(lead, "Oldname")
    assert caseload(lead, CaseloadView.TEAM)[0].family_name == "Oldname family"
    details = families.open_family(lead, family_id).file.details
    families.save_details(lead, family_id, details.model_copy(update={"family_name": "New"}))
    assert caseload(lead, CaseloadView.TEAM)[0].family_name == "New"
    # A change made by someone else, in their own session, too.
    other = team.unlock("lead")
    person = families.open_family(other, family_id).file.members[0]
    families.save_member(other, family_id, person.model_copy(update={"given_names": "Zed"}))
    assert caseload(lead, CaseloadView.TEAM)[0].member_names[0] == "Zed Oldname"


def test_a_key_worker_who_records_a_family_leads_it_until_reallocated(team, make_family):
    kw1 = team.unlock("kw1")
    family_id = make_family(kw1, "Selfrecorded")
    rows = caseload(kw1)
    assert [r.family_id for r in rows] == [family_id] and rows[0].lead_name == "Kim Worker"
    view = families.open_family(kw1, family_id)
    assert view.status is FamilyStatus.OPEN
    assert view.allocations[0].allocation.reason == "Recorded the referral"
    lead = team.unlock("lead")
    kai = next(w for w in users.list_workers(lead) if w.username == "kw2")
    work.allocate_lead_professional(lead, family_id, kai.id, "Closer to the school")
    assert caseload(team.unlock("kw1")) == []


def test_an_overlong_allocation_reason_is_a_plain_error(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    with pytest.raises(DomainValidationError, match="Reason: is too long"):
        work.allocate_lead_professional(lead, family_id, kim.id, "x" * 500)


def test_changing_a_password_keeps_every_family_open(team, make_family):
    from familycase.services.errors import WrongPassword

    kw1 = team.unlock("kw1")
    family_id = make_family(kw1, "Keepsafe")
    with pytest.raises(WrongPassword, match="current password is not right"):
        users.change_password(kw1, "not my password", "a brand new passphrase")
    with pytest.raises(InvalidRequest, match="at least 10"):
        users.change_password(kw1, "correct horse battery", "short")
    users.change_password(kw1, "correct horse battery", "a brand new passphrase")
    with pytest.raises(WrongPassword):
        team.vault.unlock("kw1", "correct horse battery")
    again = team.vault.unlock("kw1", "a brand new passphrase")
    assert families.open_family(again, family_id).file.details.family_name == "Keepsafe family"
