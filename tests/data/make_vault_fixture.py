"""Make the checked-in vault of one schema version, for the migration tests.

Run once per released schema revision, from the commit where that revision is head:
    python tests/data/make_vault_fixture.py tests/data/vault-schema-0001
The folder is committed and never regenerated: it stands for vaults already out in the world.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.domain.enums import AgencyType, ContactKind, HouseholdRole, Role, Tier
from familycase.domain.family import Address, FamilyDetails, Member
from familycase.domain.work import ContactNote, Referral
from familycase.services import families, users, work
from familycase.services.vault import Vault
from familycase.store import migrate
from familycase.store.database import SQLITE_FILE
from familycase.store.keyshares import SHARES_FILE

PASSWORD = "fixture password 0001"


def _later_records(lead: object, family_id: str) -> None:
    """Records of the tables added after 0001, where this schema has them."""
    import random

    from familycase.store import migrate

    if migrate.head_revision() < "0005":
        return
    from familycase.demo_costs import add_demo_costs
    from familycase.domain.assessment import Answer
    from familycase.domain.consent import ConsentRecord
    from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
    from familycase.domain.plan import FamilyPlan, PlanAction
    from familycase.services import assessments, consent, plans

    fay = families.open_family(lead, family_id).file.members[0]
    consent.record_consent(
        lead,
        family_id,
        ConsentRecord(
            member_id=fay.id,
            given_by="the_person",
            method="written",
            agencies=["school"],
            purposes=["panel"],
            categories=["basic_details"],
            given_on=date(2026, 11, 2),
        ),
    )
    reading = assessments.start_assessment(
        lead, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=date(2026, 11, 3)
    )
    reading.assessment.set_answer(Answer(question_id="home", value=4))
    assessments.complete_assessment(lead, family_id, reading.id, reading.assessment)
    plans.save_plan(
        lead, family_id, FamilyPlan(actions=[PlanAction(what="Fixture action", who="Fixture Lead")])
    )
    add_demo_costs(lead, [family_id], random.Random(5))
    if migrate.head_revision() < "0007":
        return
    _practice_records(lead, family_id, fay)
    if not _schema_has("approvals"):
        return
    _oversight_records(lead, family_id, fay)


def _schema_has(table: str) -> bool:
    """Whether this schema has a table: gates on what a migration added rather than its number
    (a migration made on a branch may be renumbered when branches merge)."""
    from familycase.store.schema import Base

    return table in Base.metadata.tables


def _oversight_records(lead: object, family_id: str, fay: Member) -> None:
    """A record of each oversight table and what goes with it: a lead allocation (with its
    sequence), a request returned by the team leader, a supervision session with an action, a
    closed family with its follow-up check recorded; and a person who has died, in the tree."""
    from familycase.domain.enums import ClosureReason, Tier
    from familycase.domain.family import Relationship
    from familycase.domain.follow_up import AreaCheck, CheckMethod, FollowUpCheck
    from familycase.domain.instruments import OutcomeArea
    from familycase.domain.supervision import ActionAgreed, FamilyDiscussion, SupervisionRecord
    from familycase.domain.work import Closure
    from familycase.services import approvals, follow_ups, supervision

    kw_id = next(w.id for w in users.list_workers(lead) if w.username == "kw")
    gus = Member(
        given_names="Gus",
        family_name="Fixtureton",
        household_role=HouseholdRole.GRANDPARENT,
        date_of_birth=date(1950, 1, 2),
        deceased=True,
        died_on=date(2020, 5, 6),
        lives_in_household=False,
    )
    families.save_member(lead, family_id, gus)
    families.save_relationship(
        lead,
        family_id,
        Relationship(from_member_id=gus.id, to_member_id=fay.id, kind="parent_of"),
    )
    work.allocate_lead_professional(lead, family_id, kw_id, "Fixture allocation")
    kw = lead.vault.unlock("kw", PASSWORD)
    asked = approvals.request_tier_change(kw, family_id, Tier.COMPLEX, "Fixture step up")
    kw.lock()
    families.open_family(lead, family_id)
    approvals.return_request(lead, family_id, asked, "Fixture return")
    supervision.record_session(
        lead,
        SupervisionRecord(
            worker_id=kw_id,
            held_on=date(2026, 11, 20),
            next_on=date(2026, 12, 18),
            families=[
                FamilyDiscussion(
                    family_id=family_id,
                    reflection="Fixture reflection",
                    actions=[
                        ActionAgreed(
                            what="Fixture action", owner_id=kw_id, due_on=date(2026, 12, 4)
                        )
                    ],
                )
            ],
        ),
    )
    closed = families.create_family(
        lead,
        FamilyDetails(family_name="Fixturecombe family"),
        Referral(
            source_type=AgencyType.HEALTH,
            reason="Fixture third referral",
            received_on=date(2026, 11, 6),
            consent_to_referral=True,
        ),
        Tier.EARLY_HELP,
    )
    work.close_episode(
        lead,
        closed,
        Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, on=date(2026, 11, 9), exit_plan="Fixture"),
    )
    [check] = follow_ups.follow_ups(lead, closed)
    follow_ups.record_check(
        lead,
        closed,
        check.id,
        FollowUpCheck(
            checked_on=date(2026, 11, 30),
            method=CheckMethod.PHONE_CALL,
            areas=[AreaCheck(outcome_area=OutcomeArea.SECURE_HOUSING, held=True)],
        ),
    )


def _practice_records(lead: object, family_id: str, fay: Member) -> None:
    """A record of each table added in 0007: a risk flag, a person in two families, a document,
    a chronology entry; and a corrected contact note and a referral decision with its reason."""
    from familycase.domain.chronology import ChronologyEntry
    from familycase.domain.enums import ReferralDecision
    from familycase.domain.risk import RiskFlag
    from familycase.services import chronology_log, documents, people, risks

    risks.save_flag(
        lead,
        family_id,
        RiskFlag(kind="domestic_abuse", started_on=date(2026, 11, 3), note="Fixture MARAC"),
    )
    second = families.create_family(
        lead,
        FamilyDetails(family_name="Fixtureford family"),
        Referral(
            source_type=AgencyType.HEALTH,
            reason="Fixture second referral",
            received_on=date(2026, 11, 4),
            consent_to_referral=True,
        ),
        Tier.EARLY_HELP,
        [fay.model_copy(update={"id": "f" * 32, "family_name": "Fixtureford"})],
    )
    people.decide(lead, family_id, fay.id, second, "f" * 32, True, "Fixture link")
    documents.attach(lead, family_id, "fixture.txt", b"Fixture document", "Fixture", fay.id)
    chronology_log.record_event(
        lead,
        family_id,
        ChronologyEntry(kind="significant_event", on=date(2026, 11, 5), title="Fixture event"),
    )
    note = families.open_family(lead, family_id).contacts[0]
    work.edit_contact_note(
        lead,
        family_id,
        note.id,
        note.content().model_copy(update={"text": "Fixture visit, corrected."}),
        "Fixture correction",
    )
    work.record_referral_decision(
        lead, family_id, ReferralDecision.ACCEPTED, date(2026, 11, 2), reason="Fixture reason"
    )


def _reporting_records(vault: Vault, family_id: str) -> None:
    """The reporting layer (0010): a manager, consent for monitoring (so the summary carries
    the name) and one entry of the reports' share log."""
    from familycase.domain.consent import ConsentRecord
    from familycase.services import consent, reporting

    admin = vault.unlock("admin", PASSWORD)
    users.add_user(admin, "boss", "Fixture Manager", Role.MANAGER, PASSWORD)
    admin.lock()
    lead = vault.unlock("lead", PASSWORD)
    # Everyone in the family (a relative who has died too, where the schema has them: the gate
    # asks for everyone recorded in the family).
    for person in families.open_family(lead, family_id).file.members:
        consent.record_consent(
            lead,
            family_id,
            ConsentRecord(
                member_id=person.id,
                given_by="the_person",
                method="written",
                agencies=["early_help"],
                purposes=["monitoring_and_reporting"],
                categories=["basic_details", "outcomes"],
                given_on=date(2026, 11, 6),
            ),
        )
    lead.lock()
    boss = vault.unlock("boss", PASSWORD)
    found = reporting.load(boss)
    reporting.log_report_share(boss, "fixture_report", reporting.gate(found.summaries), {})
    boss.lock()


def main(target: Path) -> None:
    vault, recovery = Vault.create(
        target,
        organisation="Fixture Council",
        admin_username="admin",
        admin_display_name="Fixture Admin",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    admin = vault.unlock("admin", PASSWORD)
    users.add_user(admin, "lead", "Fixture Lead", Role.TEAM_LEADER, PASSWORD)
    if _schema_has("approvals"):  # oversight: a key worker, and the settings signed
        from familycase.services import org_settings

        users.add_user(admin, "kw", "Fixture Worker", Role.KEY_WORKER, PASSWORD)
        org_settings.change(admin, follow_up_months=7)
    admin.lock()
    lead = vault.unlock("lead", PASSWORD)
    family_id = families.create_family(
        lead,
        FamilyDetails(
            family_name="Fixtureton family",
            address=Address(lines=["1 Fixture Road"], postcode="SW1A 1AA"),
        ),
        Referral(
            source_type=AgencyType.SCHOOL,
            reason="Fixture referral",
            received_on=date(2026, 11, 1),
            consent_to_referral=True,
        ),
        Tier.TARGETED,
        [
            Member(
                given_names="Fay",
                family_name="Fixtureton",
                household_role=HouseholdRole.PARENT,
                date_of_birth=date(1990, 5, 17),
                nhs_number="9434765919",
            )
        ],
    )
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(
            occurred_on=date(2026, 11, 2), kind=ContactKind.HOME_VISIT, text="Fixture visit."
        ),
    )
    _later_records(lead, family_id)
    lead.lock()
    if _schema_has("reporting_summaries"):
        _reporting_records(vault, family_id)
    vault.dispose()
    for name in (SQLITE_FILE, SHARES_FILE):
        with sqlite3.connect(target / name) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
    (target / "README.txt").write_text(
        f"FamilyCase vault at schema revision {migrate.head_revision()}, for migration "
        "tests.\n"
        f"Every user's password: {PASSWORD}\nRecovery key: {recovery}\n"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
