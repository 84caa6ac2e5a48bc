"""Whoever can write the vault file cannot grant themselves access, and cannot change, remove
or roll back what it holds unnoticed. Every attack here is done as an attacker would: with
sqlite3 on the real file, no password."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from sqlalchemy import delete, insert, select, update

from backends import file_only
from conftest import PASSWORD
from familycase.crypto.kdf import KdfParams
from familycase.domain.consent import ConsentRecord
from familycase.domain.enums import ContactKind, Role
from familycase.domain.work import ContactNote
from familycase.services import consent, families, staff_directory, users, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import AccountDisabled, OlderCopy, TamperedData
from familycase.services.vault import Vault
from familycase.services.verify import (
    make_checkpoint,
    read_checkpoint,
    verify_vault,
    write_checkpoint,
)
from familycase.store.schema import Base, DirectoryRow


def _named(statement: str, params: tuple) -> tuple[str, dict[str, object]]:
    """'?' placeholders as named ones, so one statement runs on SQLite and PostgreSQL."""
    parts = statement.split("?")
    text_ = "".join(f"{part}:p{i}" for i, part in enumerate(parts[:-1])) + parts[-1]
    return text_, {f"p{i}": value for i, value in enumerate(params)}


def _sql(team, statement: str, params: tuple = ()) -> None:
    """Straight on the store (a SQLite file, or the server as its operator): no FamilyCase."""
    team.execute(*_named(statement, params))


def _one(team, statement: str, params: tuple = ()) -> object:
    return team.scalar(*_named(statement, params))


def _rows(team, table: str, **where: object) -> list[dict[str, object]]:
    columns = Base.metadata.tables[table]
    query = select(columns).where(*(columns.c[k] == v for k, v in where.items()))
    with team.vault.engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def _put_back(team, table: str, rows: list[dict[str, object]], **where: object) -> None:
    """Put a table's rows back as they were (delete what is there now, insert the old)."""
    columns = Base.metadata.tables[table]
    with team.vault.engine.begin() as connection:
        connection.execute(delete(columns).where(*(columns.c[k] == v for k, v in where.items())))
        if rows:
            connection.execute(insert(columns), rows)


def _problems(team, username: str = "admin") -> list[str]:
    session = team.unlock(username)
    try:
        return verify_vault(team.vault, session=session).problems
    finally:
        session.lock()


def _family(team, make_family, surname: str = "Attackton") -> str:
    lead = team.unlock("lead")
    family_id = make_family(lead, surname, people=("Ann", "Bo", "Cy"))
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(occurred_on=date.today(), kind=ContactKind.HOME_VISIT, text="Seen at home."),
    )
    lead.lock()
    return family_id


def _clean(team) -> None:
    report = verify_vault(team.vault, session=team.unlock("admin"))
    assert report.ok, report.problems


# --- the directory: roles, flags, keys, policy -------------------------------------------------


def test_a_worker_made_team_leader_in_the_table_is_refused_and_named(team, make_family):
    family_id = _family(team, make_family)
    _clean(team)
    _sql(team, "UPDATE users SET role='team_leader' WHERE username='kw1'")
    with pytest.raises(TamperedData, match="role of kw1 was changed outside FamilyCase"):
        team.unlock("kw1")
    with pytest.raises(TamperedData, match="role of kw1"):  # nobody works on top of it
        team.unlock("lead")
    assert any("role of kw1" in p for p in _problems(team))
    # The administrator is let in to repair it from the signed directory; then all is well.
    admin = team.unlock("admin")
    assert any("role of kw1" in p for p in admin.directory_problems)
    assert any("role of kw1" in line for line in staff_directory.repair(admin))
    kw1 = team.unlock("kw1")
    assert kw1.worker.role is Role.KEY_WORKER
    with pytest.raises(Exception, match="not been given access"):
        families.open_family(kw1, family_id)
    _clean(team)


def test_a_role_change_in_the_table_never_reaches_a_grant(team, make_family):
    """Even a session opened before the edit seals the next family only to signed leaders."""
    lead = team.unlock("lead")
    _sql(team, "UPDATE users SET role='team_leader' WHERE username='kw1'")
    family_id = make_family(lead, "Afterton")
    holders = {row["holder"] for row in _rows(team, "family_key_grants", family_id=family_id)}
    assert holders == {lead.worker.id, "recovery"}


def test_a_substituted_recovery_key_is_named(team, make_family):
    _family(team, make_family)
    kw1_public = bytes(_one(team, "SELECT agreement_public FROM users WHERE username='kw1'"))
    _sql(team, "UPDATE vault_meta SET value=? WHERE key='recovery_public'", (kw1_public.hex(),))
    with pytest.raises(TamperedData, match="recovery public was changed"):
        team.unlock("lead")
    assert any("recovery public was changed" in p for p in _problems(team))


def test_a_substituted_worker_key_is_refused(team, make_family):
    _family(team, make_family)
    kw1_public = _one(team, "SELECT agreement_public FROM users WHERE username='kw1'")
    _sql(team, "UPDATE users SET agreement_public=? WHERE username='kw2'", (kw1_public,))
    with pytest.raises(TamperedData, match="public key for receiving family keys of kw2"):
        team.unlock("lead")
    with pytest.raises(TamperedData):
        team.unlock("kw2")


def test_a_weakened_password_policy_is_never_applied(team):
    weak = json.dumps({"memory_kib": 8, "iterations": 1, "lanes": 1})
    _sql(team, "UPDATE vault_meta SET value=? WHERE key='kdf_default'", (weak,))
    admin = team.unlock("admin")  # administrators get in to repair; others are refused
    assert any("default password settings" in p for p in admin.directory_problems)
    users.add_user(admin, "newbie", "New Bie", Role.KEY_WORKER, PASSWORD)
    stored = KdfParams.from_dict(
        json.loads(_one(team, "SELECT kdf FROM users WHERE username='newbie'"))
    )
    assert stored == admin.staff.policy.kdf_default
    assert stored.memory_kib > 8
    with pytest.raises(Exception, match="weaker than this vault's policy"):
        users.add_user(
            admin, "weakling", "Weak Ling", Role.KEY_WORKER, PASSWORD, kdf=KdfParams(8, 1, 1)
        )


def test_weakened_settings_on_an_account_are_refused(team):
    _sql(
        team,
        "UPDATE users SET kdf=? WHERE username='kw1'",
        ('{"memory_kib":8,"iterations":1,"lanes":1}',),
    )
    with pytest.raises(TamperedData, match="weaker than the signed policy"):
        team.unlock("kw1")


def test_a_disabled_worker_stays_disabled(team, make_family):
    admin = team.unlock("admin")
    users.disable_user(admin, "kw2")
    _sql(team, "UPDATE users SET active=TRUE WHERE username='kw2'")
    with pytest.raises(AccountDisabled):
        team.unlock("kw2")
    assert any("active flag of kw2" in p for p in _problems(team))


def test_an_account_slipped_into_the_table_cannot_sign_in(team):
    [values] = _rows(team, "users", username="kw1")
    values.update(id="f" * 32, username="intruder", role="team_leader")
    _put_back(team, "users", [values], id="f" * 32)
    with pytest.raises(TamperedData, match="not in the signed staff directory"):
        team.unlock("intruder")
    assert any("'intruder' was added outside FamilyCase" in p for p in _problems(team))


def test_a_forged_directory_entry_is_named(team):
    body = _one(team, "SELECT body FROM directory WHERE body LIKE '%\"kw1\"%'")
    _sql(
        team,
        "UPDATE directory SET body=? WHERE body=?",
        (body.replace('"key_worker"', '"team_leader"'), body),
    )
    with pytest.raises(TamperedData, match=r"staff directory.*altered after it was signed"):
        team.unlock("kw1")


def test_a_replaced_directory_is_refused_against_the_pinned_root(team, tmp_path):
    """A whole directory signed by someone else (an attacker's own "recovery" key) does not
    begin where each account's pinned root does."""
    other, _ = Vault.create(
        tmp_path / "other",
        organisation="Evil",
        admin_username="admin",
        admin_display_name="Eve",
        password=PASSWORD,
        kdf=team.vault.default_kdf(),
    )
    with other.engine.connect() as connection:
        rows = [dict(r) for r in connection.execute(select(DirectoryRow.__table__)).mappings()]
    other.dispose()
    _put_back(team, "directory", rows)
    with pytest.raises(TamperedData):
        team.unlock("lead")


def test_a_removed_directory_is_refused(team):
    _sql(team, "DELETE FROM directory")
    with pytest.raises(TamperedData, match="directory is missing"):
        team.unlock("lead")


# --- family files: deletion, addition, rollback, swaps, plain columns ---------------------------


def test_a_deleted_contact_note_is_named_on_opening_and_by_verify(team, make_family):
    family_id = _family(team, make_family)
    _sql(team, "DELETE FROM contact_notes WHERE family_id=?", (family_id,))
    lead = team.unlock("lead")
    with pytest.raises(TamperedData, match=r"FC-000001.*a contact note was deleted"):
        families.open_family(lead, family_id)
    assert any(
        "FC-000001" in p and "contact note was deleted" in p for p in _problems(team, "lead")
    )


def test_a_deleted_member_is_named(team, make_family):
    family_id = _family(team, make_family)
    _sql(
        team,
        "DELETE FROM members WHERE id=(SELECT id FROM members WHERE family_id=? LIMIT 1)",
        (family_id,),
    )
    with pytest.raises(TamperedData, match="a person was deleted"):
        families.open_family(team.unlock("lead"), family_id)


def test_a_whole_deleted_family_is_named_by_verify_even_without_its_key(team, make_family):
    family_id = _family(team, make_family)
    _clean(team)
    for table in (
        "contact_notes",
        "lead_allocations",
        "episodes",
        "members",
        "family_key_grants",
        "family_reports",
    ):
        _sql(team, f"DELETE FROM {table} WHERE family_id=?", (family_id,))
    _sql(team, "DELETE FROM families WHERE id=?", (family_id,))
    problems = _problems(team)  # the administrator holds no family keys
    assert any("family FC-000001 was deleted outside FamilyCase" in p for p in problems)


def test_a_consent_withdrawal_undone_by_an_older_ciphertext_is_named(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Consenton")
    person = families.open_family(lead, family_id).file.members[0]
    consent.record_consent(
        lead,
        family_id,
        ConsentRecord(
            member_id=person.id,
            given_by="the_person",
            method="written",
            agencies=["school"],
            purposes=["panel"],
            categories=["basic_details"],
            given_on=date.today(),
        ),
    )
    [row] = _rows(team, "consents", family_id=family_id)
    before = (row["id"], row["payload_ct"])
    record = consent.consents(lead, family_id)[0]
    consent.withdraw_consent(lead, family_id, record.id, "Changed her mind")
    _sql(
        team,
        "UPDATE consents SET payload_ct=?, withdrawn_on=NULL WHERE id=?",
        (before[1], before[0]),
    )
    with pytest.raises(TamperedData, match="a consent was altered or put back"):
        families.open_family(lead, family_id)
    assert any("consent was altered" in p for p in _problems(team, "lead"))


def test_a_whole_family_put_back_to_an_older_copy_is_named(team, make_family):
    family_id = _family(team, make_family)
    old_notes = _rows(team, "contact_notes", family_id=family_id)
    old_reports = _rows(team, "family_reports", family_id=family_id)
    [old_family] = _rows(team, "families", id=family_id)
    lead = team.unlock("lead")
    work.add_contact_note(
        lead,
        family_id,
        ContactNote(occurred_on=date.today(), kind=ContactKind.PHONE_CALL, text="Safety plan."),
    )
    # Every row of the family, its manifest and list summary back as they were: consistent.
    _put_back(team, "contact_notes", old_notes, family_id=family_id)
    _put_back(team, "family_reports", old_reports, family_id=family_id)
    families_table = Base.metadata.tables["families"]
    with team.vault.engine.begin() as connection:
        connection.execute(
            update(families_table).where(families_table.c.id == family_id).values(old_family)
        )
    with pytest.raises(TamperedData, match="put back to an older copy"):
        families.open_family(lead, family_id)
    assert any("FC-000001" in p for p in _problems(team, "lead"))


def test_swapped_references_are_named_in_lists_opening_and_verify(team, make_family):
    first = _family(team, make_family, "Firston")
    second = _family(team, make_family, "Secondton")
    _sql(team, "UPDATE families SET reference='FC-X' WHERE id=?", (first,))
    _sql(team, "UPDATE families SET reference='FC-000001' WHERE id=?", (second,))
    _sql(team, "UPDATE families SET reference='FC-000002' WHERE id=?", (first,))
    lead = team.unlock("lead")
    rows = {r.family_id: r for r in caseload(lead, CaseloadView.TEAM)}
    assert rows[first].damaged and rows[second].damaged
    assert rows[first].family_name is None  # nothing shown under a reference that is wrong
    with pytest.raises(TamperedData, match="its reference changed"):
        families.open_family(lead, first)
    problems = _problems(team, "lead")
    named = {p.split()[1].rstrip(":") for p in problems if "its reference" in p}
    assert named == {"FC-000001", "FC-000002"}


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("tier", 1, "tier"),
        ("status", "closed", "status"),
        ("lead_worker_id", "kw1", "lead professional"),
        ("next_review_due", "2031-01-01", "next review date"),
    ],
)
def test_an_edited_plain_column_is_named(team, make_family, column, value, words):
    family_id = _family(team, make_family)
    if value == "kw1":
        value = _one(team, "SELECT id FROM users WHERE username='kw1'")
    _sql(team, f"UPDATE families SET {column}=? WHERE id=?", (value, family_id))
    lead = team.unlock("lead")
    [row] = [
        r for r in caseload(lead, CaseloadView.TEAM, statuses=None) if r.family_id == family_id
    ]
    assert row.damaged
    with pytest.raises(TamperedData, match=f"its {words} changed outside FamilyCase"):
        families.open_family(lead, family_id)
    assert any(f"its {words} changed" in p for p in _problems(team, "lead"))


def test_a_column_edited_after_a_listing_is_caught_by_the_next_one(team, make_family):
    """A repeat listing hashes only rows whose columns changed since the last check: an edit
    made while the worker is signed in changes the row, so it is checked (and caught)."""
    family_id = _family(team, make_family)
    lead = team.unlock("lead")

    def row():
        [found] = [
            r for r in caseload(lead, CaseloadView.TEAM, statuses=None) if r.family_id == family_id
        ]
        return found

    assert not row().damaged and row().family_name
    before = _one(team, "SELECT status FROM families WHERE id=?", (family_id,))
    _sql(team, "UPDATE families SET status='closed' WHERE id=?", (family_id,))
    assert row().damaged and row().family_name is None
    _sql(team, "UPDATE families SET status=? WHERE id=?", (before, family_id))
    assert not row().damaged and row().family_name


# --- the audit log: truncation and whole-vault rollback ----------------------------------------


def test_cutting_the_audit_log_short_is_caught_by_a_checkpoint(team, make_family, tmp_path):
    family_id = _family(team, make_family)
    admin = team.unlock("admin")
    report = verify_vault(team.vault, session=admin)
    path = write_checkpoint(make_checkpoint(admin, report), tmp_path / "checkpoint.json")
    assert (path.stat().st_mode & 0o777) == 0o600
    # Later: the newest entries go, and the head is rewritten to match; nothing else changes.
    head_seq = _one(team, "SELECT max(seq) FROM audit_log")
    keep = head_seq - 3
    new_head = _one(team, "SELECT entry_hash FROM audit_log WHERE seq=?", (keep,))
    _sql(team, "DELETE FROM audit_log WHERE seq>?", (keep,))
    _sql(team, "UPDATE vault_meta SET value=? WHERE key='audit_head'", (f"{keep}:{new_head}",))
    checkpoint = read_checkpoint(path)
    report = verify_vault(team.vault, recovery_key_text=team.recovery_key, against=checkpoint)
    assert any("entries were removed from the end" in p for p in report.problems)
    # Whoever signs in afterwards writes new entries where the old ones were: still caught.
    session = team.vault.unlock("lead", PASSWORD, accept_older_copy=True)
    report = verify_vault(team.vault, session=session, against=checkpoint)
    assert any("not the one the checkpoint" in p for p in report.problems)
    del family_id


def test_a_checkpoint_lets_verify_skip_signatures_it_already_checked(team, make_family, tmp_path):
    _family(team, make_family)
    admin = team.unlock("admin")
    first = verify_vault(team.vault, session=admin)
    checkpoint = make_checkpoint(admin, first)
    again = verify_vault(team.vault, session=admin, against=checkpoint)
    assert again.ok, again.problems
    assert again.signatures_checked < first.signatures_checked
    forged = read_checkpoint(write_checkpoint(checkpoint, tmp_path / "c.json"))
    forged = type(forged)(**{**forged.__dict__, "audit_seq": 1})
    report = verify_vault(team.vault, session=admin, against=forged)
    assert any("not signed by a worker of this vault" in p for p in report.problems)


@file_only  # the same on a team server (a restored dump): tests/test_team_server.py
def test_a_whole_vault_copy_from_last_month_is_reported_to_whoever_saw_a_newer_one(
    team, make_family, tmp_path
):
    admin = team.unlock("admin")
    admin.lock()
    last_month = tmp_path / "last-month"
    shutil.copytree(team.data_dir, last_month)
    admin = team.unlock("admin")
    users.disable_user(admin, "kw2")
    admin.lock()
    lead = team.unlock("lead")  # the team leader has seen the vault with kw2 disabled
    lead.lock()
    team.vault.dispose()
    shutil.rmtree(team.data_dir)
    shutil.copytree(last_month, team.data_dir)  # kw2 is active again in the copy
    restored = Vault.open(team.data_dir)
    with pytest.raises(OlderCopy, match="older copy of the vault"):
        restored.unlock("lead", PASSWORD)
    # Restoring a backup on purpose is possible, and recorded.
    session = restored.unlock("lead", PASSWORD, accept_older_copy=True)
    assert session.worker.username == "lead"
    assert _one(team, "SELECT count(*) FROM audit_log WHERE action='older_copy_accepted'") == 1
    restored.dispose()
