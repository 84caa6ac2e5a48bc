"""Creating, opening and unlocking vaults; the errors people meet."""

from __future__ import annotations

import pytest

from backends import file_only
from conftest import PASSWORD
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.services.errors import (
    AccountDisabled,
    Locked,
    NotAVault,
    VaultExists,
    VaultNotFound,
    WrongPassword,
)
from familycase.services.vault import Vault


def test_wrong_password_and_unknown_user_get_the_same_plain_message(team):
    with pytest.raises(WrongPassword) as wrong:
        team.vault.unlock("kw1", PASSWORD + "x")
    with pytest.raises(WrongPassword) as unknown:
        team.vault.unlock("nobody", PASSWORD)
    assert str(wrong.value) == str(unknown.value) == "The user name or password is not right."


def test_user_names_are_case_insensitive(team):
    assert team.vault.unlock("  KW1 ", PASSWORD).worker.username == "kw1"


def test_disabled_account_cannot_unlock(team):
    from familycase.services import users

    users.disable_user(team.unlock("admin"), "kw2")
    with pytest.raises(AccountDisabled):
        team.unlock("kw2")


@file_only
def test_reopening_a_vault_from_disk(team, make_family):
    make_family(team.unlock("lead"), "Persistent")
    team.vault.dispose()
    again = Vault.open(team.data_dir)
    session = again.unlock("lead", PASSWORD)
    from familycase.services.caseload import CaseloadView, caseload

    assert [r.family_name for r in caseload(session, CaseloadView.TEAM)] == ["Persistent family"]
    assert again.organisation() == "Test Council"


def test_locking_drops_keys(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    lead.lock()
    assert lead.is_locked and not lead.holds_key(family_id)
    from familycase.services import families

    with pytest.raises(Locked):
        families.open_family(lead, family_id)


def test_missing_vault_and_files_that_are_not_vaults(tmp_path):
    with pytest.raises(VaultNotFound, match="familycase init"):
        Vault.open(tmp_path / "nowhere")
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "familycase.sqlite3").write_bytes(b"this is a shopping list, not a database" * 50)
    with pytest.raises(NotAVault, match="not a database"):
        Vault.open(folder)
    import sqlite3

    other = tmp_path / "other"
    other.mkdir()
    with sqlite3.connect(other / "familycase.sqlite3") as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(NotAVault, match="not a FamilyCase vault"):
        Vault.open(other)


@file_only
def test_truncated_vault_file_is_reported_not_crashed(team, make_family):
    make_family(team.unlock("lead"))
    team.vault.dispose()
    import sqlite3

    database = team.data_dir / "familycase.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 3])
    with pytest.raises(NotAVault, match="damaged"):
        Vault.open(team.data_dir).unlock("lead", PASSWORD)


@file_only
def test_creating_over_an_existing_vault_is_refused(team):
    with pytest.raises(VaultExists):
        Vault.create(
            team.data_dir,
            organisation="X",
            admin_username="a",
            admin_display_name="A",
            password=PASSWORD,
            kdf=INSECURE_FAST_FOR_TESTS,
        )
