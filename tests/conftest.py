"""Shared fixtures: real vaults on disk with tiny KDF parameters so the suite stays fast."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.domain.enums import AgencyType, HouseholdRole, Role, Tier
from familycase.domain.family import Address, FamilyDetails, Member
from familycase.domain.work import Referral
from familycase.services import families, users
from familycase.services.vault import UserSession, Vault

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _own_state_folder(tmp_path_factory, monkeypatch):
    """What each worker has seen of a vault is remembered per computer (services/seen.py):
    each test remembers into a folder of its own, never the home folder."""
    monkeypatch.setenv("FAMILYCASE_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@dataclass
class Team:
    vault: Vault
    data_dir: Path
    recovery_key: str

    def unlock(self, username: str) -> UserSession:
        return self.vault.unlock(username, PASSWORD)


@pytest.fixture
def team(tmp_path: Path) -> Team:
    """A vault with an administrator, a team leader, two key workers and a manager."""
    data_dir = tmp_path / "vault"
    vault, recovery = Vault.create(
        data_dir,
        organisation="Test Council",
        admin_username="admin",
        admin_display_name="Ada Admin",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    admin = vault.unlock("admin", PASSWORD)
    users.add_user(admin, "lead", "Lee Leader", Role.TEAM_LEADER, PASSWORD)
    users.add_user(admin, "kw1", "Kim Worker", Role.KEY_WORKER, PASSWORD)
    users.add_user(admin, "kw2", "Kai Other", Role.KEY_WORKER, PASSWORD)
    users.add_user(admin, "boss", "Mo Manager", Role.MANAGER, PASSWORD)
    admin.lock()
    yield Team(vault, data_dir, recovery)
    vault.dispose()


def referral(days_ago: int = 10, reason: str = "School worried about attendance.") -> Referral:
    return Referral(
        source_type=AgencyType.SCHOOL,
        reason=reason,
        received_on=date.today() - timedelta(days=days_ago),
        consent_to_referral=True,
    )


def member(
    given: str,
    family: str,
    role: HouseholdRole = HouseholdRole.CHILD,
    age: int = 8,
    **extra: object,
) -> Member:
    return Member(
        given_names=given,
        family_name=family,
        household_role=role,
        date_of_birth=date.today() - timedelta(days=365 * age + 30),
        **extra,
    )


@pytest.fixture
def make_family() -> Callable[..., str]:
    def make(
        us: UserSession,
        surname: str = "Testfamily",
        *,
        tier: Tier = Tier.EARLY_HELP,
        people: tuple[str, ...] = ("Alex", "Sam"),
        notes: str = "",
    ) -> str:
        details = FamilyDetails(
            family_name=f"{surname} family",
            address=Address(lines=["1 Example Road"], town="Testtown", postcode="SW1A 1AA"),
            notes=notes,
        )
        members = [member(people[0], surname, HouseholdRole.PARENT, age=35)] + [
            member(given, surname) for given in people[1:]
        ]
        return families.create_family(us, details, referral(), tier, members)

    return make
