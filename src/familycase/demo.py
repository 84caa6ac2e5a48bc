"""A synthetic, obviously fictional caseload for demonstrations and benchmarks.

Surnames are invented words (Brambleford, Copperkettle...), addresses are in the made-up town of
"Demoford", NHS numbers come from the 999 range that the NHS reserves for testing, and every note
says it is demo data. Distributions follow early-help practice: households of one to three adults
and one to six children, tiers mostly 2 and 3, caseloads with a few families awaiting allocation,
a few stepped up and some closed, and contact notes in proportion to how long the work has run.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from familycase.crypto.kdf import KdfParams
from familycase.demo_costs import add_demo_costs
from familycase.demo_practice import (
    DECISION_REASONS,
    add_oversight_records,
    add_practice_records,
    correct_a_note,
    note_flags,
)
from familycase.domain.assessment import Answer
from familycase.domain.consent import ConsentRecord, InfoCategory, Purpose
from familycase.domain.enums import (
    AgencyType,
    ClosureReason,
    ContactKind,
    Gender,
    HouseholdRole,
    ReferralDecision,
    RelationshipKind,
    Role,
    Tier,
)
from familycase.domain.family import (
    Address,
    AgencyInvolvement,
    FamilyDetails,
    Member,
    Practitioner,
    Relationship,
)
from familycase.domain.identifiers import upn_check_letter
from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
from familycase.domain.plan import (
    ActionStatus,
    Attendee,
    FamilyPlan,
    PlanAction,
    PlanOutcome,
    Review,
)
from familycase.domain.work import Closure, ContactNote, Referral
from familycase.paths import is_server_url
from familycase.services import assessments, consent, families, plans, users, work
from familycase.services.clock import today
from familycase.services.server import ServerPlace, init_server
from familycase.services.vault import UserSession, Vault

DEMO_PASSWORD = "demo-password-2026"
ADMIN = ("admin", "Alex Adminson (demo)", Role.ADMINISTRATOR)
TEAM_LEADER = ("sam", "Sam Okafor (demo team leader)", Role.TEAM_LEADER)
MANAGER = ("rowan", "Rowan Hale (demo manager)", Role.MANAGER)
KEY_WORKERS = [
    ("priya", "Priya Shah (demo)"),
    ("tom", "Tom Bellamy (demo)"),
    ("ayesha", "Ayesha Khan (demo)"),
    ("dan", "Dan Whitlock (demo)"),
    ("mei", "Mei Chen (demo)"),
    ("kofi", "Kofi Mensah (demo)"),
]

SURNAMES = [
    "Applewood",
    "Brambleford",
    "Copperkettle",
    "Dandelow",
    "Elderbury",
    "Fernsby",
    "Gooseley",
    "Hazelthorpe",
    "Inkwell",
    "Juniperton",
    "Kettleby",
    "Lavenham",
    "Marmalade",
    "Nettlefold",
    "Oakapple",
    "Puddleby",
    "Quillfeather",
    "Rosehip",
    "Saffronby",
    "Thimblewood",
    "Umberley",
    "Valerian",
    "Willowmere",
    "Yarrowby",
    "Zestwood",
    "Buttercross",
    "Cloverdale",
    "Dewberry",
    "Figgins",
    "Gingerbread",
    "Honeysett",
    "Ivybridge",
    "Jollyboy",
    "Kipperton",
    "Lollybrook",
    "Muffindale",
    "Nutmegger",
    "Pepperpot",
    "Quincey",
    "Raspberry",
    "Sherbet",
    "Toffeeman",
    "Upwood",
    "Velvetine",
    "Wafflesby",
]
GIVEN = {
    Gender.FEMALE: [
        "Amelia",
        "Olivia",
        "Isla",
        "Ava",
        "Mia",
        "Grace",
        "Freya",
        "Lily",
        "Ella",
        "Aisha",
        "Zara",
        "Poppy",
        "Ruby",
        "Sophie",
        "Chloe",
        "Leah",
        "Maya",
        "Nadia",
        "Hannah",
        "Erin",
        "Jade",
        "Kayla",
        "Megan",
        "Sadia",
        "Tia",
    ],
    Gender.MALE: [
        "Oliver",
        "George",
        "Noah",
        "Arthur",
        "Leo",
        "Harry",
        "Oscar",
        "Jack",
        "Jacob",
        "Muhammad",
        "Ethan",
        "Kai",
        "Liam",
        "Ryan",
        "Tyler",
        "Callum",
        "Reece",
        "Dylan",
        "Kyle",
        "Jordan",
        "Aaron",
        "Bilal",
        "Connor",
        "Jamal",
        "Luke",
    ],
}
STREETS = [
    "Demo Street",
    "Example Road",
    "Sample Close",
    "Fiction Lane",
    "Pretend Avenue",
    "Testing Way",
]
# Settings by age: nursery from 3, infants or primary from 4, secondary from 11.
SCHOOLS = {
    3: ["Little Sprouts Nursery (demo)"],
    4: ["Demoford Primary (demo)", "St Example's Infants (demo)"],
    11: ["Demoford Academy (demo)"],
}


def _setting(rng: random.Random, age: int) -> str:
    fitting = [names for start, names in SCHOOLS.items() if age >= start]
    return rng.choice(fitting[-1]) if fitting else ""


def _given_name(rng: random.Random, gender: Gender, taken: set[str]) -> str:
    """A first name nobody else in the household has."""
    name = rng.choice([n for n in GIVEN[gender] if n not in taken] or GIVEN[gender])
    taken.add(name)
    return name


REASONS = [
    "School reports poor attendance and the children arriving hungry.",
    "Health visitor concerned about mother's low mood after the birth.",
    "Police attended a domestic incident; children present.",
    "Family at risk of eviction because of rent arrears.",
    "Youngest child's speech and language delay; parents asking for help.",
    "Older child excluded twice this term; parents struggling with behaviour.",
    "Father's drinking is affecting the family; school has noticed changes.",
    "Young carer for a parent with long-term illness; missing school.",
]
NOTE_TEXTS = [
    "DEMO DATA. Home visit: talked through the morning routine chart; mum says mornings calmer.",
    "DEMO DATA. Phone call with school: attendance up to 91% this half term.",
    "DEMO DATA. Joint visit with health visitor: discussed sleep and feeding.",
    "DEMO DATA. Helped with the housing benefit form; landlord agreed a repayment plan.",
    "DEMO DATA. TAF meeting held; plan reviewed, two actions completed.",
    "DEMO DATA. Young person met after school; talked about friendships and college plans.",
    "DEMO DATA. No answer at the door; left a card and sent a text.",
]
TIERS = [Tier.UNIVERSAL] * 5 + [Tier.EARLY_HELP] * 50 + [Tier.TARGETED] * 38 + [Tier.COMPLEX] * 7
CHILD_COUNTS = [1] * 30 + [2] * 30 + [3] * 20 + [4] * 12 + [5] * 6 + [6] * 2
# What happens to each family: awaiting allocation, open, stepped up, closed.
OUTCOMES = ["referred"] * 12 + ["open"] * 68 + ["stepped_up"] * 5 + ["closed"] * 15
BATCH = 250
# family id, what happens to it, days since referral, its members' ids
Plan = tuple[str, str, int, list[str]]


@dataclass(frozen=True)
class DemoResult:
    families: int
    password: str
    usernames: list[str]


def _nhs_test_number(rng: random.Random) -> str:
    while True:  # the 999 range is reserved by the NHS for testing
        digits = [9, 9, 9] + [rng.randrange(10) for _ in range(6)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        return "".join(map(str, digits)) + str(0 if check == 11 else check)


def _upn(rng: random.Random) -> str:
    body = "999" + "".join(str(rng.randrange(10)) for _ in range(9))
    return upn_check_letter(body) + body


def _birthday(rng: random.Random, age: int, on: date) -> date:
    return on - timedelta(days=age * 365 + rng.randrange(365))


def _household(
    rng: random.Random, surname: str, on: date
) -> tuple[list[Member], list[Relationship]]:
    children: list[Member] = []
    taken: set[str] = set()
    eldest = 0
    for _ in range(rng.choice(CHILD_COUNTS)):
        gender = rng.choice([Gender.FEMALE, Gender.MALE])
        age = rng.randrange(0, 18)
        eldest = max(eldest, age)
        school = _setting(rng, age)
        children.append(
            Member(
                given_names=_given_name(rng, gender, taken),
                family_name=surname,
                gender=gender,
                household_role=HouseholdRole.CHILD,
                date_of_birth=_birthday(rng, age, on),
                school_or_setting=school,
                nhs_number=_nhs_test_number(rng),
                upn=_upn(rng) if age >= 4 else None,
            )
        )
    if rng.random() < 0.03:
        children.append(
            Member(
                given_names="Baby",
                family_name=surname,
                household_role=HouseholdRole.UNBORN_CHILD,
                expected_date=on + timedelta(days=rng.randrange(20, 200)),
            )
        )
    adults: list[Member] = []
    adult_count = 1 if rng.random() < 0.45 else (2 if rng.random() < 0.9 else 3)
    for index in range(adult_count):
        gender = Gender.FEMALE if index == 0 and rng.random() < 0.85 else Gender.MALE
        role = HouseholdRole.PARENT if index < 2 else HouseholdRole.GRANDPARENT
        age = eldest + rng.randrange(18, 36) + (25 if role is HouseholdRole.GRANDPARENT else 0)
        adults.append(
            Member(
                given_names=_given_name(rng, gender, taken),
                family_name=surname,
                gender=gender,
                household_role=role,
                date_of_birth=_birthday(rng, min(age, 90), on),
                nhs_number=_nhs_test_number(rng),
                contact={"phone": f"07700 900{rng.randrange(1000):03d}"},  # Ofcom drama range
            )
        )
    relationships = [
        Relationship(
            from_member_id=adult.id,
            to_member_id=child.id,
            kind=RelationshipKind.PARENT_OF
            if adult.household_role is HouseholdRole.PARENT
            else RelationshipKind.GRANDPARENT_OF,
        )
        for adult in adults
        for child in children
    ]
    if len(adults) >= 2:
        relationships.append(
            Relationship(
                from_member_id=adults[0].id,
                to_member_id=adults[1].id,
                kind=RelationshipKind.PARTNER_OF,
            )
        )
    return adults + children, relationships


def _address(rng: random.Random) -> Address:
    letters = "ABDEFGHJLNPQRSTUWXYZ"  # the letters an inward postcode may use
    inward = f"{rng.randrange(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    return Address(
        lines=[f"{rng.randrange(1, 200)} {rng.choice(STREETS)}"],
        town="Demoford",
        postcode=f"DM{rng.randrange(1, 9)} {inward}",
    )


def build_demo(
    data_dir: Path | str,
    family_count: int,
    kdf: KdfParams,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Create a new vault holding ``family_count`` fictional families: in a folder, or on an
    empty team server (``data_dir`` a postgresql:// URL; every demo worker's database login
    then has the demo password too: a demo only)."""
    rng = random.Random(seed)
    founding = {
        "organisation": "Demoford Council (demo)",
        "admin_username": ADMIN[0],
        "admin_display_name": ADMIN[1],
        "password": DEMO_PASSWORD,
        "kdf": kdf,
        "team_name": "Demoford Early Help (demo)",
    }
    if is_server_url(data_dir):
        vault, _recovery = init_server(
            ServerPlace.of(str(data_dir)), admin_db_password=DEMO_PASSWORD, **founding
        )
    else:
        vault, _recovery = Vault.create(Path(data_dir), **founding)
    admin = vault.unlock(ADMIN[0], DEMO_PASSWORD)
    for username, name, role in [
        TEAM_LEADER,
        MANAGER,
        *((u, n, Role.KEY_WORKER) for u, n in KEY_WORKERS),
    ]:
        users.add_user(
            admin, username, name, role, DEMO_PASSWORD, kdf=kdf, db_password=DEMO_PASSWORD
        )
    admin.lock()
    leader = vault.unlock(TEAM_LEADER[0], DEMO_PASSWORD)
    workers = {w.username: w for w in users.list_workers(leader)}
    key_worker_ids = [workers[u].id for u, _ in KEY_WORKERS]
    on = today()
    plans: list[Plan] = []
    agrees = random.Random(seed + 4)  # who agreed to monitoring (its own generator)
    for start in range(0, family_count, BATCH):
        with leader.write():
            for _ in range(start, min(start + BATCH, family_count)):
                plans.append(_one_family(leader, rng, on, key_worker_ids))
                if agrees.random() < MONITORING_CONSENT_SHARE:
                    _consent_for_monitoring(leader, plans[-1][0], plans[-1][3], on, plans[-1][2])
        if progress:
            progress(len(plans), family_count)
    add_demo_costs(leader, sorted(leader.accessible_family_ids()), random.Random(seed + 1))
    add_practice_records(leader, plans, seed + 2, on)
    leader.lock()
    _record_contacts(vault, rng, on, plans, random.Random(seed + 3))
    add_oversight_records(
        vault, TEAM_LEADER[0], [u for u, _ in KEY_WORKERS], DEMO_PASSWORD, seed + 4, on
    )
    vault.dispose()
    return DemoResult(
        family_count,
        DEMO_PASSWORD,
        [ADMIN[0], TEAM_LEADER[0], MANAGER[0], *(u for u, _ in KEY_WORKERS)],
    )


MONITORING_CONSENT_SHARE = 0.88  # families whose every member agreed to monitoring


def _consent_for_monitoring(
    leader: UserSession, family_id: str, member_ids: list[str], on: date, days_open: int
) -> None:
    """Everyone agreed, when the family was referred, to their basic details and outcomes
    going to the early help team for monitoring and reporting (returns, claims, reports)."""
    for member_id in member_ids:
        consent.record_consent(
            leader,
            family_id,
            ConsentRecord(
                member_id=member_id,
                given_by="the_person",
                method="written",
                agencies=[AgencyType.EARLY_HELP],
                purposes=[Purpose.MONITORING_AND_REPORTING],
                categories=[InfoCategory.BASIC_DETAILS, InfoCategory.OUTCOMES],
                given_on=on - timedelta(days=days_open),
                notes="DEMO DATA.",
            ),
        )


def _one_family(
    leader: UserSession, rng: random.Random, on: date, key_worker_ids: list[str]
) -> Plan:
    surname = rng.choice(SURNAMES)
    members, relationships = _household(rng, surname, on)
    days_open = rng.randrange(5, 400)
    received = on - timedelta(days=days_open)
    outcome = rng.choice(OUTCOMES)
    decided = outcome != "referred"
    told = received + timedelta(days=3 + len(surname) % 7)  # most referrers are told, late
    referral = Referral(
        source_type=rng.choice(
            [
                AgencyType.SCHOOL,
                AgencyType.HEALTH,
                AgencyType.POLICE,
                AgencyType.HOUSING,
                AgencyType.SELF_REFERRAL,
            ]
        ),
        reason=rng.choice(REASONS),
        received_on=received,
        consent_to_referral=True,
        decision=ReferralDecision.ACCEPTED if decided else ReferralDecision.PENDING,
        decided_on=received + timedelta(days=3) if decided else None,
        decision_reason=DECISION_REASONS[days_open % len(DECISION_REASONS)] if decided else "",
        decided_by=TEAM_LEADER[1] if decided else "",
        feedback_to_referrer_on=told if decided and told <= on and days_open % 5 else None,
    )
    tier = rng.choice(TIERS)
    if outcome == "stepped_up" and tier is Tier.COMPLEX:
        tier = Tier.TARGETED  # a step up needs somewhere to step up to
    family_id = families.create_family(
        leader,
        FamilyDetails(family_name=f"{surname} family", address=_address(rng)),
        referral,
        tier,
        members,
    )
    for relationship in relationships:
        families.save_relationship(leader, family_id, relationship)
    school_child = next((m for m in members if m.school_or_setting), None)
    if school_child is not None:
        families.save_agency(
            leader,
            family_id,
            AgencyInvolvement(
                agency_name=school_child.school_or_setting,
                agency_type=AgencyType.SCHOOL,
                practitioner=Practitioner(name="Ms Demo Teacher", job_title="Designated lead"),
                member_ids=[school_child.id],
                in_team_around_family=True,
            ),
        )
    if outcome == "referred":
        return family_id, outcome, days_open, [m.id for m in members]
    families_lead = rng.choice(key_worker_ids)
    work.allocate_lead_professional(leader, family_id, families_lead, "Demo allocation")
    if outcome == "stepped_up":
        work.change_tier(
            leader,
            family_id,
            Tier.COMPLEX,
            "DEMO DATA. Concerns escalated; stepped up to children's social care.",
        )
    elif outcome == "closed":
        work.close_episode(
            leader,
            family_id,
            Closure(
                reason=ClosureReason.OUTCOMES_ACHIEVED,
                on=on - timedelta(days=rng.randrange(0, 5)),
                exit_plan="DEMO DATA. School and health visitor continue universal support.",
            ),
        )
    else:
        work.schedule_review(leader, family_id, on + timedelta(days=rng.randrange(-30, 84)))
    return family_id, outcome, days_open, [m.id for m in members]


def _record_contacts(
    vault: Vault, rng: random.Random, on: date, plans: list[Plan], marks: random.Random
) -> None:
    """Each key worker records the contacts for their own families (``marks``: child seen,
    significant, and now and then a correction, from a generator of their own)."""
    for username, _ in KEY_WORKERS:
        worker = vault.unlock(username, DEMO_PASSWORD)
        mine = [p for p in plans if p[1] != "referred" and worker.holds_key(p[0])]
        for start in range(0, len(mine), BATCH):
            with worker.write():
                for family_id, _outcome, days_open, member_ids in mine[start : start + BATCH]:
                    count = min(40, max(0, int(rng.expovariate(1 / 8)) + days_open // 60))
                    note = None
                    for _ in range(count):
                        kind = rng.choice(list(ContactKind))
                        note = ContactNote(
                            occurred_on=on - timedelta(days=rng.randrange(0, days_open)),
                            kind=kind,
                            member_ids=rng.sample(
                                member_ids, rng.randint(1, min(3, len(member_ids)))
                            ),
                            duration_minutes=rng.choice([15, 30, 45, 60, 90]),
                            text=rng.choice(NOTE_TEXTS),
                            **note_flags(marks, kind),
                        )
                        work.add_contact_note(worker, family_id, note)
                    if note is not None and marks.random() < 0.1:
                        correct_a_note(worker, family_id, note)
                    if _outcome == "open" and days_open >= 28:
                        _record_progress(worker, rng, on, family_id, days_open)
        worker.lock()


AREAS = [
    "learning",
    "early_years",
    "health",
    "alcohol_drugs",
    "getting_on",
    "children_safe",
    "out_of_trouble",
    "safe_relationships",
    "home",
    "money_work",
]
PLAN_ACTIONS = [
    ("Agree a morning routine chart with the children", "Key worker"),
    ("Attend the parenting course at the family hub", "Parent"),
    ("Apply for a discretionary housing payment", "Key worker"),
    ("Weekly check-in with the school's pastoral lead", "School"),
    ("Register with the GP and book a health review", "Parent"),
]


def _record_progress(
    worker: UserSession, rng: random.Random, on: date, family_id: str, days_open: int
) -> None:
    """Outcome readings every ~12 weeks that mostly improve, a family plan, and a review."""
    count = min(4, 1 + (days_open - 28) // 84)
    scores = {area: rng.randint(2, 5) for area in rng.sample(AREAS, rng.randint(5, 8))}
    for index in range(count):
        view = assessments.start_assessment(
            worker,
            family_id,
            FAMILY_PROGRESS_MEASURE,
            assessed_on=on - timedelta(days=days_open - 21 - index * 84),
        )
        for area, score in scores.items():
            view.assessment.set_answer(Answer(question_id=area, value=score))
        assessments.complete_assessment(worker, family_id, view.id, view.assessment)
        scores = {a: max(1, min(10, s + rng.choice([-1, 0, 1, 1, 2]))) for a, s in scores.items()}
    actions = [
        PlanAction(
            what=what,
            who=who,
            by_when=on + timedelta(days=rng.randrange(14, 90)),
            status=rng.choice(list(ActionStatus)),
        )
        for what, who in rng.sample(PLAN_ACTIONS, 3)
    ]
    plans.save_plan(
        worker,
        family_id,
        FamilyPlan(
            outcomes=[
                PlanOutcome(
                    text="DEMO DATA. Calmer mornings and the children in school on time every day."
                )
            ],
            actions=actions,
            family_view="DEMO DATA. We want things to be calmer at home.",
        ),
    )
    if days_open >= 84:
        plans.record_review(
            worker,
            family_id,
            Review(
                held_on=on - timedelta(days=rng.randrange(1, 60)),
                attendees=[
                    Attendee(
                        name="Demo key worker",
                        role="Lead professional",
                        agency_type=AgencyType.EARLY_HELP,
                    ),
                    Attendee(
                        name="Ms Demo Teacher", role="Pastoral lead", agency_type=AgencyType.SCHOOL
                    ),
                ],
                decisions="DEMO DATA. Keep the plan; review the housing action next time.",
            ),
        )
