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
from familycase.store.database import SQLITE_FILE
from familycase.store.keyshares import SHARES_FILE

PASSWORD = "fixture password 0001"


def main(target: Path) -> None:
    vault, recovery = Vault.create(
        target,
        organisation="Fixture Council",
        admin_username="admin",
        admin_display_name="Fixture Admin",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    users.add_user(
        vault.unlock("admin", PASSWORD), "lead", "Fixture Lead", Role.TEAM_LEADER, PASSWORD
    )
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
    lead.lock()
    vault.dispose()
    for name in (SQLITE_FILE, SHARES_FILE):
        with sqlite3.connect(target / name) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
    (target / "README.txt").write_text(
        f"FamilyCase vault at schema revision 0001, for migration tests.\n"
        f"Every user's password: {PASSWORD}\nRecovery key: {recovery}\n"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
