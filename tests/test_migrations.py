"""Alembic from the first table: empty -> head matches the models; old vaults still open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from familycase.services import families, staff_directory
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


FIXTURES = sorted(DATA.glob("vault-schema-*"))


def test_there_is_a_fixture_for_the_first_schema_and_for_head():
    revisions = [folder.name.rsplit("-", 1)[1] for folder in FIXTURES]
    assert revisions[0] == "0001" and revisions[-1] == migrate.head_revision(), (
        "make a fixture of the newest schema with tests/data/make_vault_fixture.py"
    )


@pytest.mark.parametrize("source", FIXTURES, ids=[f.name for f in FIXTURES])
def test_checked_in_vaults_of_every_schema_open_at_head(tmp_path, source):
    copy = tmp_path / "old"
    shutil.copytree(source, copy)
    made_at = source.name.rsplit("-", 1)[1]
    old = sqlite_engine(copy / "familycase.sqlite3")
    assert migrate.current_revision(old) == made_at
    tables = set(inspect(old).get_table_names())  # what this schema had, whatever its number
    old.dispose()
    vault = Vault.open(copy)  # upgrades to head
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    if made_at < "0006":  # the documented step: an administrator signs the staff list once
        recovery = (copy / "README.txt").read_text().split("Recovery key: ")[1].split()[0]
        admin = vault.unlock("admin", "fixture password 0001")
        staff_directory.adopt(admin, recovery, allow_insecure=True)
        admin.lock()
    lead = vault.unlock("lead", "fixture password 0001")
    assert lead.directory_signed and lead.ring.pinned_root == lead.staff.root
    rows = caseload(lead, CaseloadView.TEAM)
    expected = [("FC-000001", "Fixtureton family")]
    if made_at >= "0007":
        expected.insert(0, ("FC-000002", "Fixtureford family"))
    assert [(r.reference, r.family_name) for r in rows] == expected
    rows = [r for r in rows if r.reference == "FC-000001"]
    view = families.open_family(lead, rows[0].family_id)
    assert view.file.members[0].nhs_number == "9434765919"
    assert view.contacts[0].original.text == "Fixture visit."
    if made_at >= "0005":  # the records of later tables read back too
        from familycase.services import assessments, consent, costs, plans

        monitoring = len(view.file.members) if "reporting_summaries" in tables else 0
        assert len(consent.consents(lead, rows[0].family_id)) == 1 + monitoring
        assert assessments.outcome_history(lead, rows[0].family_id).latest is not None
        assert plans.current_plan(lead, rows[0].family_id) is not None
        assert costs.prevented_costs(lead, rows[0].family_id)
    if made_at >= "0007":  # risk flags, people across families, documents, chronology
        from familycase.services import documents, timeline

        assert [f.note for f in view.risks] == ["Fixture MARAC"]
        assert [link.other_reference for link in view.links] == ["FC-000002"]
        assert view.contacts[0].text == "Fixture visit, corrected."
        assert view.episodes[0].details.referral.decision_reason == "Fixture reason"
        (document,) = documents.documents(lead, rows[0].family_id)
        assert documents.read_document(lead, rows[0].family_id, document.id)[1] == (
            b"Fixture document"
        )
        titles = [e.title for e in timeline.chronology(lead, rows[0].family_id).events]
        assert "Fixture event" in titles
    if "reporting_summaries" in tables:  # the reporting layer: a manager reads the summaries
        from familycase.services import reporting

        lead.lock()
        boss = vault.unlock("boss", "fixture password 0001")
        # summaries sealed before they said who wrote them are not read ...
        unsigned = reporting.load(boss)
        assert not unsigned.summaries and "FC-000001" in unsigned.not_summarised
        # ... until a team leader's fill (at their sign-in) seals each family's own again
        leader = vault.unlock("lead", "fixture password 0001")
        while reporting.fill_missing(leader):
            pass
        leader.lock()
        boss.reporting.clear()
        found = reporting.load(boss)
        assert not found.not_summarised and not found.damaged
        by_reference = {s.reference: s for s in found.summaries}
        assert by_reference["FC-000001"].family_name == "Fixtureton family"
        assert by_reference["FC-000001"].prevented_costs
        if "approvals" in tables:  # the follow-up check feeds claims from the reporting layer
            [check] = by_reference["FC-000003"].claim_evidence.follow_ups
            assert check.areas[0].held
        assert [v.output for v in reporting.report_shares(boss)] == ["fixture_report"]
        boss.lock()
        lead = vault.unlock("lead", "fixture password 0001")
    if "approvals" in tables:  # oversight: settings, approvals, supervision, follow-up, the tree
        from familycase.domain.approvals import ApprovalStatus
        from familycase.services import approvals, follow_ups, genogram, org_settings, supervision

        assert org_settings.current(lead).follow_up_months == 7
        [request] = approvals.for_family(lead, rows[0].family_id)
        assert request.status is ApprovalStatus.RETURNED
        assert request.request.decision_note == "Fixture return"
        [discussion] = supervision.for_family(lead, rows[0].family_id)
        assert discussion.note.reflection == "Fixture reflection"
        assert [a.action.what for a in discussion.actions] == ["Fixture action"]
        assert [a.worker_name for a in view.allocations] == ["Fixture Worker"]
        closed = families.find_by_reference(lead, "FC-000003")
        [check] = follow_ups.follow_ups(lead, closed)
        assert check.done_on is not None and check.follow_up.check.areas[0].held
        tree = genogram.family_tree(lead, rows[0].family_id)
        assert any(p.deceased for p in tree.people) and len(tree.links) == 1
    report = verify_vault(vault, session=lead)
    assert report.ok, report.problems
