"""The in-tray on a seeded vault, against expectations worked out by hand (across a month end),
and supervision: sessions, actions in the right worker's in-tray, signatures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import member, referral
from familycase.domain.consent import ConsentRecord
from familycase.domain.enums import (
    ClosureReason,
    HouseholdRole,
    ReferralDecision,
    Tier,
)
from familycase.domain.family import FamilyDetails
from familycase.domain.supervision import ActionAgreed, FamilyDiscussion, SupervisionRecord
from familycase.domain.work import Closure
from familycase.services import (
    approvals,
    consent,
    families,
    inbox,
    supervision,
    users,
    work,
)
from familycase.services.errors import InvalidRequest, NoAccessToFamily, PermissionDenied
from familycase.services.inbox import ItemKind, Place

REFERRED = date(2026, 5, 1)


def _id(us, username: str) -> str:
    return next(w.id for w in users.list_workers(us) if w.username == username)


def _family(lead, surname: str) -> str:
    return families.create_family(
        lead,
        FamilyDetails(family_name=f"{surname} family"),
        referral(days_ago=(date.today() - REFERRED).days),
        Tier.EARLY_HELP,
        [member("Ann", surname, HouseholdRole.PARENT, age=33), member("Ben", surname)],
    )


@pytest.fixture
def seeded(team):
    """Families A-E (FC-000001..5): A, B, C, E led by Kim (kw1), D waiting for allocation.

    A: review due 1 March 2027. B: Ann's consent expires 10 March 2027. C: closed 31 August
    2026, so its follow-up is due 28 February 2027. D: unallocated since the referral (the day
    it was received), decided but the referrer not told. E: decided, referrer not told; a step
    up waits for the team leader. Supervision on 30 November 2026: next on 25 February 2027;
    about A, an action for Kim due 15 February and one for Lee due 31 March.
    """
    lead = team.unlock("lead")
    kim = _id(lead, "kw1")
    a, b, c, d, e = (_family(lead, name) for name in ("Ashdown", "Birch", "Cole", "Dunn", "Eden"))
    for family_id in (a, b, c, e):
        work.allocate_lead_professional(lead, family_id, kim, "Capacity")
    work.close_episode(
        lead,
        c,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=date(2026, 8, 31), exit_plan="School"),
    )
    work.record_referral_decision(lead, d, ReferralDecision.ACCEPTED, reason="Needs early help")
    kw1 = team.unlock("kw1")
    work.schedule_review(kw1, a, date(2027, 3, 1))
    for family_id in (b, e):
        work.schedule_review(kw1, family_id, date(2027, 4, 30))
    ann = families.open_family(kw1, b).file.members[0]
    consent.record_consent(
        kw1,
        b,
        ConsentRecord(
            member_id=ann.id,
            given_by="the_person",
            method="written",
            agencies=["school"],
            purposes=["panel"],
            categories=["basic_details"],
            given_on=date(2026, 11, 1),
            review_on=date(2027, 3, 10),
        ),
    )
    work.record_referral_decision(kw1, e, ReferralDecision.ACCEPTED, reason="Agreed with school")
    approvals.request_tier_change(kw1, e, Tier.TARGETED, "Attendance worse")
    lead = team.unlock("lead")
    supervision.record_session(
        lead,
        SupervisionRecord(
            worker_id=kim,
            held_on=date(2026, 11, 30),
            next_on=date(2027, 2, 25),
            families=[
                FamilyDiscussion(
                    family_id=a,
                    reflection="Kim is stuck with the mornings; try the school's breakfast club.",
                    actions=[
                        ActionAgreed(
                            what="Ask school about the breakfast club",
                            owner_id=kim,
                            due_on=date(2027, 2, 15),
                        ),
                        ActionAgreed(
                            what="Chase the housing referral",
                            owner_id=_id(lead, "lead"),
                            due_on=date(2027, 3, 31),
                        ),
                    ],
                )
            ],
        ),
    )
    return {"A": a, "B": b, "C": c, "D": d, "E": e}


def _seen(box: inbox.Inbox) -> list[tuple[str, str, date | None, bool]]:
    return [(i.kind.value, i.reference, i.due_on or i.since, i.overdue) for i in box.items]


def test_a_key_workers_in_tray_across_the_end_of_february(team, seeded):
    kw1 = team.unlock("kw1")
    # 21 February: what is due by 28 February (7 days). A's review on 1 March is not yet shown.
    assert _seen(inbox.inbox(kw1, date(2027, 2, 21))) == [
        ("supervision_action", "FC-000001", date(2027, 2, 15), True),
        ("referral_feedback", "FC-000005", date.today(), False),
        ("supervision_due", "", date(2027, 2, 25), False),
        ("follow_up_due", "FC-000003", date(2027, 2, 28), False),
        ("consent_expiring", "FC-000002", date(2027, 3, 10), False),
    ]
    # 22 February: 1 March is within 7 days.
    box = inbox.inbox(kw1, date(2027, 2, 22))
    assert ("review_due", "FC-000001", date(2027, 3, 1), False) in _seen(box)
    assert len(box.items) == 6
    # 1 March: the follow-up (28 Feb) and supervision (25 Feb) are overdue; the review is due
    # today (not overdue).
    assert _seen(inbox.inbox(kw1, date(2027, 3, 1))) == [
        ("supervision_action", "FC-000001", date(2027, 2, 15), True),
        ("supervision_due", "", date(2027, 2, 25), True),
        ("follow_up_due", "FC-000003", date(2027, 2, 28), True),
        ("referral_feedback", "FC-000005", date.today(), False),
        ("review_due", "FC-000001", date(2027, 3, 1), False),
        ("consent_expiring", "FC-000002", date(2027, 3, 10), False),
    ]
    # 10 March: Ann's consent has expired (it ended that day).
    [expired] = inbox.inbox(kw1, date(2027, 3, 10)).of(ItemKind.CONSENT_EXPIRING)
    assert expired.overdue and expired.title == "Consent to share has expired"
    assert expired.detail == "Ann Birch" and expired.section == "consent"


def test_each_item_opens_the_right_place(team, seeded):
    kw1 = team.unlock("kw1")
    box = inbox.inbox(kw1, date(2027, 3, 1))
    where = {i.kind: (i.place, i.section, i.family_id) for i in box.items}
    assert where[ItemKind.FOLLOW_UP_DUE] == (Place.FAMILY, "oversight", seeded["C"])
    assert where[ItemKind.REVIEW_DUE] == (Place.FAMILY, "plan", seeded["A"])
    assert where[ItemKind.REFERRAL_FEEDBACK] == (Place.FAMILY, "work", seeded["E"])
    assert where[ItemKind.SUPERVISION_DUE][0] is Place.SUPERVISION
    [action] = box.of(ItemKind.SUPERVISION_ACTION)
    assert action.detail == "Ask school about the breakfast club"
    assert action.family_name == "Ashdown family"


def test_a_team_leaders_in_tray(team, seeded):
    lead = team.unlock("lead")
    box = inbox.inbox(lead, date(2027, 2, 21))
    assert _seen(box) == [
        ("unallocated", "FC-000004", REFERRED, True),  # 296 days, over 5
        ("approval_waiting", "FC-000005", date.today(), False),
        ("referral_feedback", "FC-000004", date.today(), False),
        ("supervision_due", "", date(2027, 2, 25), False),
        ("supervision_action", "FC-000001", date(2027, 3, 31), False),
    ]
    [waiting] = box.of(ItemKind.APPROVAL_WAITING)
    assert waiting.place is Place.DECISION and waiting.waiting is not None
    assert waiting.title == "Waiting for your approval: Step up from tier 2 to tier 3"
    assert waiting.detail == "Asked by Kim Worker: Attendance worse"
    [unallocated] = box.of(ItemKind.UNALLOCATED)
    assert unallocated.title == "Waiting for allocation for 296 days"
    assert unallocated.place is Place.ALLOCATION
    [due] = box.of(ItemKind.SUPERVISION_DUE)
    assert due.title == "Supervision with Kim Worker"
    # Within the threshold, an unallocated family is not yet listed.
    assert inbox.inbox(lead, REFERRED + timedelta(days=5)).of(ItemKind.UNALLOCATED) == []
    assert len(inbox.inbox(lead, REFERRED + timedelta(days=6)).of(ItemKind.UNALLOCATED)) == 1
    # Someone with nothing waiting has an empty in-tray.
    assert inbox.inbox(team.unlock("kw2"), date(2027, 2, 21)).items == []


def test_returned_requests_and_a_lead_who_left(team, seeded):
    lead = team.unlock("lead")
    families.open_family(lead, seeded["E"])
    [waiting] = approvals.waiting(lead)
    approvals.return_request(lead, seeded["E"], waiting.item_id, "Talk to school first")
    kw1 = team.unlock("kw1")
    [returned] = inbox.inbox(kw1).of(ItemKind.REQUEST_RETURNED)
    assert returned.title == "Returned: Step up from tier 2 to tier 3"
    assert returned.detail == "Lee Leader: Talk to school first"
    later = date.today() + timedelta(days=inbox.RETURNED_SHOWN_DAYS + 1)
    assert inbox.inbox(kw1, later).of(ItemKind.REQUEST_RETURNED) == []
    # Kim leaves: her follow-up check and her families come to the team leader.
    users.disable_user(team.unlock("admin"), "kw1")
    lead = team.unlock("lead")
    box = inbox.inbox(lead, date(2027, 2, 21))
    [check] = box.of(ItemKind.FOLLOW_UP_DUE)
    assert check.reference == "FC-000003"
    assert check.detail == "The lead professional at closure has left"
    waiting = {i.reference: i.since for i in box.of(ItemKind.UNALLOCATED)}
    assert waiting == {
        "FC-000001": date.today(),  # since Kim was disabled
        "FC-000002": date.today(),
        "FC-000004": REFERRED,
        "FC-000005": date.today(),
    }


# --- supervision ---------------------------------------------------------------------------


def test_supervision_actions_appear_for_their_owner_only(team, seeded):
    kw1, kw2, lead = team.unlock("kw1"), team.unlock("kw2"), team.unlock("lead")
    [mine] = supervision.open_actions(kw1)
    assert mine.action.what == "Ask school about the breakfast club"
    assert mine.action.owner_name == "Kim Worker"
    [leads] = supervision.open_actions(lead)
    assert leads.action.what == "Chase the housing referral"
    assert supervision.open_actions(kw2) == []
    with pytest.raises(PermissionDenied):
        supervision.complete_action(kw2, seeded["A"], mine.id)  # no key, and not theirs
    with pytest.raises(PermissionDenied, match="owner"):
        supervision.complete_action(kw1, seeded["A"], leads.id)
    done = supervision.complete_action(kw1, seeded["A"], mine.id, "Booked from Monday")
    assert done.done_on == date.today() and done.action.done_note == "Booked from Monday"
    assert supervision.open_actions(kw1) == []
    assert inbox.inbox(kw1, date(2027, 2, 21)).of(ItemKind.SUPERVISION_ACTION) == []


def test_sessions_are_signed_and_read_by_key_holders(team, seeded):
    kw1, kw2, lead = team.unlock("kw1"), team.unlock("kw2"), team.unlock("lead")
    [session] = supervision.sessions(kw1)
    assert (session.worker_name, session.supervisor_name) == ("Kim Worker", "Lee Leader")
    assert session.signed and session.families == 1
    [discussion] = session.discussions
    assert discussion.reference == "FC-000001" and "breakfast club" in discussion.note.reflection
    assert [a.action.what for a in discussion.actions] == [
        "Ask school about the breakfast club",
        "Chase the housing referral",
    ]
    assert supervision.sessions(kw2) == []
    with pytest.raises(PermissionDenied):
        supervision.sessions(kw2, worker_id=session.worker_id)
    [on_file] = supervision.for_family(lead, seeded["A"])
    assert on_file.note.supervisor_name == "Lee Leader"
    # Someone edits the date in the database: the session no longer carries a valid signature.
    team.execute("UPDATE supervision_sessions SET next_on = '2027-06-01'")
    [edited] = supervision.sessions(lead)
    assert not edited.signed
    assert supervision.next_sessions(lead) == []  # an unsigned date is not trusted


def test_recording_supervision_checks_who_and_what(team, seeded):
    lead, kw1 = team.unlock("lead"), team.unlock("kw1")
    kim = _id(lead, "kw1")
    with pytest.raises(PermissionDenied):
        supervision.record_session(kw1, SupervisionRecord(worker_id=kim, held_on=date.today()))
    with pytest.raises(InvalidRequest, match="someone who can open"):
        supervision.record_session(
            lead,
            SupervisionRecord(
                worker_id=kim,
                held_on=date.today(),
                families=[
                    FamilyDiscussion(
                        family_id=seeded["D"],
                        reflection="Who should take this family?",
                        actions=[ActionAgreed(what="Take it on", owner_id=kim)],  # no key
                    )
                ],
            ),
        )
    with pytest.raises(NoAccessToFamily):
        supervision.record_session(
            lead,
            SupervisionRecord(
                worker_id=kim,
                held_on=date.today(),
                families=[FamilyDiscussion(family_id="f" * 32, reflection="Not ours")],
            ),
        )
    assert len(supervision.sessions(lead)) == 1  # nothing half-recorded
