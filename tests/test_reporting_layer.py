"""The reporting layer: summaries kept in the same transaction as each change, sealed to the
reporting key; managers read them without family keys; an older vault gets the key from an
administrator and its summaries from a team leader's session."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import PASSWORD, consent_for_monitoring
from familycase.domain.enums import ContactKind, Role
from familycase.domain.work import ContactNote
from familycase.services import reporting, summaries, users, work
from familycase.services.errors import InvalidRequest, PermissionDenied
from familycase.services.vault import Vault

DATA = Path(__file__).parent / "data"


def test_a_change_updates_the_summary_in_the_same_transaction(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Summerly")
    boss = team.unlock("boss")
    first = reporting.load(boss).by_id()[family_id]
    assert first.family_name is None and first.withheld  # no consent for monitoring yet
    consent_for_monitoring(lead, family_id)
    named = reporting.load(boss).by_id()[family_id]
    assert named.family_name == "Summerly family" and not named.withheld
    assert named.revision > first.revision
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(occurred_on=date.today(), kind=ContactKind.HOME_VISIT, text="Visit."),
    )
    noted = reporting.load(boss).by_id()[family_id]
    assert noted.last_contact_on == date.today() and noted.revision > named.revision
    # Only the header was rebuilt: every section is as it was.
    assert noted.consent == named.consent and noted.episodes == named.episodes


def test_only_readers_of_the_reporting_layer_read_it(team, make_family):
    lead = team.unlock("lead")
    make_family(lead, "Readerly")
    with pytest.raises(PermissionDenied, match="Only managers and team leaders"):
        reporting.load(team.unlock("kw1"))
    with pytest.raises(PermissionDenied, match="Only managers and team leaders"):
        reporting.load(team.unlock("admin"))
    admin = team.unlock("admin")
    users.add_user(admin, "boss2", "New Manager", Role.MANAGER, PASSWORD, db_password=PASSWORD)
    assert len(reporting.load(team.unlock("boss2")).summaries) == 1  # enrolled with the key


def test_an_older_vault_gets_the_key_and_its_summaries(tmp_path):
    copy = shutil.copytree(DATA / "vault-schema-0007", tmp_path / "old")
    vault = Vault.open(copy)
    password = "fixture password 0001"
    try:
        lead = vault.unlock("lead", password)
        assert not reporting.has_reporting_key(lead)
        with pytest.raises(InvalidRequest, match="no reporting key yet"):
            reporting.load(lead)
        lead.lock()
        admin = vault.unlock("admin", password)
        reporting.enable(admin)
        assert summaries.REPORTING_KEY in admin.staff.org_keys  # signed into the directory
        admin.lock()
        lead = vault.unlock("lead", password)
        assert reporting.missing_count(lead) == 2
        found = reporting.load(lead)  # built on the spot for a holder before they are filled
        assert len(found.summaries) == 2 and found.not_summarised == []
        assert reporting.fill_missing(lead) == 2 and reporting.missing_count(lead) == 0
        assert reporting.count_summaries(lead) == 2
    finally:
        vault.dispose()
