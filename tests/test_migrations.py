"""Alembic from the first table: empty -> head matches the models; old vaults still open."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from familycase.services import families
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.vault import Vault
from familycase.services.verify import verify_vault
from familycase.store import migrate
from familycase.store.database import sqlite_engine
from familycase.store.schema import Base

DATA = Path(__file__).parent / "data"


def test_upgrade_from_empty_to_head_matches_the_models(tmp_path):
    engine = sqlite_engine(tmp_path / "empty.sqlite3")
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "the models changed without a migration: " + repr(differences)


def test_every_migration_downgrades_cleanly(tmp_path):
    engine = sqlite_engine(tmp_path / "down.sqlite3")
    migrate.upgrade(engine)
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
        ).all()
    assert tables == []


def test_checked_in_vault_of_the_first_schema_opens_at_head(tmp_path):
    source = DATA / "vault-schema-0001"
    copy = tmp_path / "old"
    shutil.copytree(source, copy)
    assert migrate.current_revision(sqlite_engine(copy / "familycase.sqlite3")) == "0001"
    vault = Vault.open(copy)  # upgrades to head
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    lead = vault.unlock("lead", "fixture password 0001")
    rows = caseload(lead, CaseloadView.TEAM)
    assert [(r.reference, r.family_name) for r in rows] == [("FC-000001", "Fixtureton family")]
    view = families.open_family(lead, rows[0].family_id)
    assert view.file.members[0].nhs_number == "9434765919"
    assert view.contacts[0].text == "Fixture visit."
    report = verify_vault(vault, session=lead)
    assert report.ok, report.problems
