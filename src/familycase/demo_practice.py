"""Demo practice records, so that every screen for them has something to show: risk and alert
flags (current and ended), a few people who appear in two families (one pair linked, the rest
waiting to be checked), feedback letters, consent for some families, significant events, and a
document or two.

``add_practice_records`` runs with the demo team leader's session (who holds every key) after
the families exist; ``note_flags`` and ``correct_a_note`` are used by the key workers as they
record their contacts; ``DECISION_REASONS`` give the reasons for the demo's decisions. Each
uses its own random generator, so the rest of a demo made from the same seed is unchanged.
Every text says it is demo data.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from familycase.domain.chronology import ChronologyEntry, EntryKind
from familycase.domain.consent import ConsentRecord, InfoCategory, Purpose
from familycase.domain.enums import AgencyType, ContactKind, HouseholdRole
from familycase.domain.risk import RiskFlag, RiskKind
from familycase.domain.work import ContactNote
from familycase.services import (
    chronology_log,
    consent,
    documents,
    families,
    people,
    referrals,
    risks,
    work,
)
from familycase.services.vault import UserSession

# family id, what happens to it, days since referral, its members' ids (as demo.Plan)
Plan = tuple[str, str, int, list[str]]

MAX_FLAGGED = 200
LETTERS = 6
DECISION_REASONS = [
    "DEMO DATA. Needs across school and home; the family want help with routines.",
    "DEMO DATA. Several agencies worried; a whole-family plan is the right next step.",
    "DEMO DATA. Meets the early help threshold; parents agreed to a family assessment.",
]
FLAGS = [
    (RiskKind.DOMESTIC_ABUSE, AgencyType.POLICE, "DEMO DATA. Police call-out; MARAC on the 3rd."),
    (RiskKind.YOUNG_CARER, AgencyType.SCHOOL, "DEMO DATA. Cares for mum most evenings."),
    (
        RiskKind.CHILD_IN_NEED_PLAN,
        AgencyType.SOCIAL_CARE,
        "DEMO DATA. s17 plan; review in 3 months.",
    ),
    (RiskKind.MISSING_FROM_HOME, AgencyType.POLICE, "DEMO DATA. Missing overnight twice."),
    (RiskKind.EXPLOITATION, AgencyType.YOUTH_JUSTICE, "DEMO DATA. Concerns about older peers."),
]
EVENTS = [
    ("Fixed-term exclusion (2 days)", InfoCategory.EDUCATION),
    ("A&E visit after a fall", InfoCategory.HEALTH),
    ("Moved to temporary accommodation", InfoCategory.HOUSING_AND_MONEY),
    ("Police called to the home", InfoCategory.CRIME_AND_ASB),
]
DOCUMENT = (
    "DEMO DATA. Letter from Demoford Primary (demo) about attendance this term: 86%, with 9 "
    "late marks. The school will meet the family with the key worker.\n"
)


def _children(members: Sequence) -> list:
    return [m for m in members if m.household_role is HouseholdRole.CHILD and m.date_of_birth]


def add_practice_records(leader: UserSession, plans: Sequence[Plan], seed: int, on: date) -> None:
    """Flags and events for some of the families worked with (at most ``MAX_FLAGGED``, so a
    large demo stays quick to make), letters for a few, people in two families, documents.
    Each change is its own transaction: a family is opened (and checked) between changes."""
    rng = random.Random(seed)
    worked = [p for p in plans if p[1] != "referred"]
    flagged = 0
    for family_id, outcome, days_open, _ in worked:
        flag_it = outcome == "stepped_up" or rng.random() < 0.18
        event_it = rng.random() < 0.12
        if not (flag_it or event_it) or flagged >= MAX_FLAGGED:
            continue
        flagged += 1
        children = _children(families.open_family(leader, family_id).file.members)
        started = on - timedelta(days=rng.randrange(1, max(2, days_open)))
        if flag_it and outcome == "stepped_up" and children:
            risks.save_flag(
                leader,
                family_id,
                RiskFlag(
                    kind=RiskKind.CHILD_PROTECTION_PLAN,
                    member_ids=[children[0].id],
                    started_on=started,
                    source_agency_type=AgencyType.SOCIAL_CARE,
                    source_agency_name="Demoford Children's Services (demo)",
                    note="DEMO DATA. Neglect category; next conference in six weeks.",
                ),
            )
        elif flag_it:
            kind, agency, note = rng.choice(FLAGS)
            about = (
                [rng.choice(children).id]
                if children and kind is not RiskKind.DOMESTIC_ABUSE
                else []
            )
            flag = risks.save_flag(
                leader,
                family_id,
                RiskFlag(
                    kind=kind,
                    member_ids=about,
                    started_on=started,
                    source_agency_type=agency,
                    note=note,
                ),
            )
            if outcome == "closed" or rng.random() < 0.25:
                ended = min(on, started + timedelta(days=rng.randrange(7, 60)))
                risks.end_flag(leader, family_id, flag.id, "DEMO DATA. Support in place.", ended)
        if event_it:
            title, category = rng.choice(EVENTS)
            chronology_log.record_event(
                leader,
                family_id,
                ChronologyEntry(
                    kind=EntryKind.SIGNIFICANT_EVENT,
                    on=on - timedelta(days=rng.randrange(0, max(1, days_open))),
                    title=f"{title} (demo)",
                    detail="DEMO DATA.",
                    member_ids=[rng.choice(children).id] if children else [],
                    category=category,
                ),
            )
    _letters(leader, worked[:LETTERS])
    _people_in_two_families(leader, worked, rng)
    for family_id, *_ in worked[:3]:
        documents.attach(
            leader,
            family_id,
            "School attendance letter (demo).txt",
            DOCUMENT.encode(),
            "DEMO DATA. Attendance letter from school",
        )


def _letters(leader: UserSession, worked: Sequence[Plan]) -> None:
    """Consent (to the referrer, school and social care) and a feedback letter for a few
    families, so that letters, panel summaries and printed chronologies show content."""
    for family_id, _outcome, _days_open, member_ids in worked:
        view = families.open_family(leader, family_id)
        referral = view.episodes[-1].details.referral
        for member_id in member_ids:
            consent.record_consent(
                leader,
                family_id,
                ConsentRecord(
                    member_id=member_id,
                    given_by="the_person",
                    method="written",
                    agencies=sorted(
                        {referral.source_type, AgencyType.SCHOOL, AgencyType.SOCIAL_CARE}
                    ),
                    purposes=[
                        Purpose.REFERRAL_FEEDBACK,
                        Purpose.PANEL,
                        Purpose.ASSESSMENT_AND_PLANNING,
                    ],
                    categories=[
                        InfoCategory.BASIC_DETAILS,
                        InfoCategory.ASSESSMENT_AND_PLAN,
                        InfoCategory.OUTCOMES,
                        InfoCategory.SOCIAL_CARE,
                    ],
                    given_on=referral.decided_on or referral.received_on,
                    notes="DEMO DATA.",
                ),
            )
        referrals.record_letter(leader, referrals.prepare_letter(leader, family_id))


def _people_in_two_families(
    leader: UserSession, worked: Sequence[Plan], rng: random.Random
) -> None:
    """Three children who also live part of the time in another family's household: the
    first pair linked as the same person, the others waiting to be checked (and one recorded
    without the NHS number, found by name and date of birth)."""
    pool = list(worked)
    rng.shuffle(pool)
    made = 0
    for first, second in zip(pool[::2], pool[1::2], strict=False):
        children = _children(families.open_family(leader, first[0]).file.members)
        if not children or made == 3:
            continue
        child = children[0]
        copy = child.model_copy(
            update={
                "id": f"{child.id[:24]}{made:08d}",
                "lives_in_household": False,
                "notes": "DEMO DATA. Stays here at weekends.",
                "nhs_number": child.nhs_number if made < 2 else None,
                "upn": child.upn if made < 2 else None,  # found by name and date of birth
            }
        )
        families.save_member(leader, second[0], copy)
        if made == 0:
            people.decide(
                leader, second[0], copy.id, first[0], child.id, True, "DEMO DATA. Weekends."
            )
        made += 1


def note_flags(rng: random.Random, kind: ContactKind) -> dict[str, bool]:
    """Child seen / seen alone / significant, for a demo contact note."""
    seen = kind in (ContactKind.HOME_VISIT, ContactKind.SCHOOL_VISIT) and rng.random() < 0.7
    return {
        "child_seen": seen,
        "child_seen_alone": seen and rng.random() < 0.3,
        "significant": rng.random() < 0.12,
    }


def correct_a_note(worker: UserSession, family_id: str, note: ContactNote) -> None:
    """A demo correction: the note's date was a day out, as happens."""
    work.edit_contact_note(
        worker,
        family_id,
        note.id,
        note.content().model_copy(
            update={"text": note.text + " (Corrected: the visit was in the afternoon.)"}
        ),
        "DEMO DATA. Added the time of the visit.",
    )


def add_oversight_records(
    vault: object,
    leader_name: str,
    worker_names: Sequence[str],
    password: str,
    seed: int,
    on: date,
) -> None:
    """Management oversight for the demo: a supervision session with each key worker (with
    actions, one overdue), and a few requests waiting for the team leader (a step up and a
    closure), so that the in-tray and the Oversight section have something to show."""
    from familycase.domain.enums import ClosureReason, FamilyStatus, Tier
    from familycase.domain.supervision import ActionAgreed, FamilyDiscussion, SupervisionRecord
    from familycase.domain.work import Closure
    from familycase.services import approvals, caseload, supervision, users

    rng = random.Random(seed)
    leader = vault.unlock(leader_name, password)  # type: ignore[attr-defined]
    try:
        ids = {w.username: w.id for w in users.list_workers(leader)}
        for index, username in enumerate(worker_names):
            worker_id = ids[username]
            led = [
                r
                for r in caseload.caseload(leader, caseload.CaseloadView.TEAM)
                if r.lead_worker_id == worker_id and r.status is FamilyStatus.OPEN
            ]
            if not led:
                continue
            held = on - timedelta(days=14 + index * 3)
            discussed = [
                FamilyDiscussion(
                    family_id=row.family_id,
                    reflection=rng.choice(REFLECTIONS),
                    actions=[
                        ActionAgreed(
                            what=rng.choice(SUPERVISION_ACTIONS),
                            owner_id=worker_id if n == 0 else ids[leader_name],
                            due_on=held + timedelta(days=rng.choice((7, 10, 21, 28))),
                        )
                        for n in range(rng.randint(1, 2))
                    ],
                )
                for row in rng.sample(led, min(2, len(led)))
            ]
            supervision.record_session(
                leader,
                SupervisionRecord(
                    worker_id=worker_id,
                    held_on=held,
                    next_on=held + timedelta(days=28 if index else 12),
                    families=discussed,
                ),
            )
    finally:
        leader.lock()
    for username in worker_names[:2]:
        worker = vault.unlock(username, password)  # type: ignore[attr-defined]
        try:
            mine = [
                r
                for r in caseload.caseload(worker, caseload.CaseloadView.MINE)
                if r.status is FamilyStatus.OPEN and r.tier is not None
            ]
            if len(mine) < 2:
                continue
            step, close = rng.sample(mine, 2)
            if step.tier is not Tier.COMPLEX:
                approvals.request_tier_change(
                    worker,
                    step.family_id,
                    Tier(int(step.tier) + 1),
                    "DEMO DATA. Worries have grown since the last review; the school and "
                    "health visitor agree more support is needed.",
                )
            approvals.request_closure(
                worker,
                close.family_id,
                Closure(
                    reason=ClosureReason.OUTCOMES_ACHIEVED,
                    on=on,
                    exit_plan="DEMO DATA. School keeps an eye; the family know how to come back.",
                ),
            )
        finally:
            worker.lock()


REFLECTIONS = [
    "DEMO DATA. Mornings are still the flashpoint; the worker feels stuck. We talked about "
    "what the children would say if asked, and about trying the school's breakfast club.",
    "DEMO DATA. Good progress on the tenancy; the worker is worried about drift now the crisis "
    "has passed. Agreed to plan an ending with the family rather than let it fade.",
    "DEMO DATA. Mum is more open since the last visit. The worker noticed they avoid talking "
    "about dad; we talked about how to raise it safely and who else should be involved.",
]
SUPERVISION_ACTIONS = [
    "DEMO DATA. Ask the school about the breakfast club",
    "DEMO DATA. Arrange a TAF meeting with health and school",
    "DEMO DATA. Check the housing referral went through",
    "DEMO DATA. See the children on their own at the next visit",
]
