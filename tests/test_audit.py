"""The audit chain: every view, edit and failed unlock recorded; any edit to it is detected."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from familycase.crypto import batch_verify, box
from familycase.services import audit, families
from familycase.services.errors import WrongPassword
from familycase.services.vault import AUDIT_KEY
from familycase.services.verify import verify_vault
from familycase.store.schema import AuditRow


def _actions(engine) -> list[str]:
    with Session(engine) as s:
        return list(s.scalars(select(AuditRow.action).order_by(AuditRow.seq)))


def test_views_edits_and_failed_unlocks_are_recorded(team, make_family):
    with pytest.raises(WrongPassword):
        team.vault.unlock("kw1", "not the password")
    with pytest.raises(WrongPassword):
        team.vault.unlock("nobody", "not the password")
    lead = team.unlock("lead")
    family_id = make_family(lead)
    families.open_family(lead, family_id)
    actions = _actions(team.vault.engine)
    assert actions[0] == "vault_created"
    assert actions.count("unlock_failed") == 2
    assert actions[-3:] == ["unlock", "create", "view"]
    assert team.vault.failed_unlocks("kw1") == 1
    team.unlock("kw1")
    assert team.vault.failed_unlocks("kw1") == 0


def test_audit_details_are_sealed_and_readable_by_audit_key_holders(team):
    with pytest.raises(WrongPassword):
        team.vault.unlock("mistyped-name", "whatever")
    with Session(team.vault.engine) as s:
        row = s.scalars(select(AuditRow).where(AuditRow.action == "unlock_failed")).one()
    assert b"mistyped-name" not in row.detail_ct
    lead = team.unlock("lead")
    audit_key = box.X25519PrivateKey.from_private_bytes(lead.org_key(AUDIT_KEY))
    detail = json.loads(box.open_box(audit_key, row.detail_ct, audit.detail_context(row.seq)))
    assert detail == {"username": "mistyped-name"}
    assert team.unlock("kw1").org_key(AUDIT_KEY) is None  # key workers cannot read the audit


def test_clean_vault_verifies(team, make_family):
    lead = team.unlock("lead")
    make_family(lead)
    report = verify_vault(team.vault, session=lead)
    assert report.ok, report.problems
    assert report.audit_entries > 5 and report.families_checked == 1


@pytest.mark.parametrize("edit", ["action", "actor", "time", "detail"])
def test_editing_an_audit_row_breaks_verify(team, make_family, edit):
    lead = team.unlock("lead")
    make_family(lead)
    target = 3
    changes = {
        "action": {"action": "view"},
        "actor": {"actor_id": lead.worker.id},
        "time": {"at": "2020-01-01T00:00:00.000000"},
        "detail": {"detail_ct": b"\x01" * 80},
    }[edit]
    with Session(team.vault.engine) as s, s.begin():
        s.execute(update(AuditRow).where(AuditRow.seq == target).values(**changes))
    report = verify_vault(team.vault, session=lead)
    assert not report.ok
    assert any(f"audit entry {target} " in p and "altered" in p for p in report.problems)


@pytest.mark.parametrize("in_processes", [False, True])
def test_recomputing_the_hash_after_an_edit_is_still_caught_by_the_signature(
    team, make_family, monkeypatch, in_processes
):
    if in_processes:  # as in a big log: signatures checked by worker processes, in chunks
        monkeypatch.setattr(batch_verify, "PARALLEL_FROM", 1)
        monkeypatch.setattr(batch_verify, "CHUNK", 3)
        monkeypatch.setattr(batch_verify, "default_workers", lambda: 1)
    lead = team.unlock("lead")
    make_family(lead)
    with Session(team.vault.engine) as s, s.begin():
        rows = s.scalars(select(AuditRow).order_by(AuditRow.seq)).all()
        previous = audit.GENESIS_HASH
        for row in rows:  # a careful forger rewrites the whole chain
            if row.action == "create":
                row.action = "view"
            row.prev_hash = previous
            row.entry_hash = audit.entry_hash(
                row.seq,
                row.at,
                row.actor_id,
                row.action,
                row.object_type,
                row.object_id,
                row.detail_ct,
                previous,
                row.family_id,
                row.family_state,
            )
            previous = row.entry_hash
        s.execute(
            text("UPDATE vault_meta SET value = :v WHERE key = 'audit_head'"),
            {"v": f"{rows[-1].seq}:{previous}"},
        )
    report = verify_vault(team.vault, session=lead)
    unsigned = [p for p in report.problems if "not signed by the worker it names" in p]
    assert unsigned and len(unsigned) == len(report.problems)  # listed in order of the chain
    seqs = [int(p.split()[2]) for p in unsigned]
    assert seqs == sorted(seqs)
    assert report.signatures_checked == report.audit_entries


def test_deleted_entries_are_detected(team, make_family):
    lead = team.unlock("lead")
    make_family(lead)
    with Session(team.vault.engine) as s, s.begin():
        s.execute(delete(AuditRow).where(AuditRow.seq == 4))
    report = verify_vault(team.vault, session=lead)
    assert any("entries 4 to 4 are missing" in p for p in report.problems)


def test_removing_the_newest_entry_is_detected(team, make_family):
    lead = team.unlock("lead")
    make_family(lead)
    with Session(team.vault.engine) as s, s.begin():
        last = s.scalar(select(AuditRow.seq).order_by(AuditRow.seq.desc()).limit(1))
        s.execute(delete(AuditRow).where(AuditRow.seq == last))
    report = verify_vault(team.vault, session=lead)
    assert any("does not match the recorded head" in p for p in report.problems)


def test_an_altered_stored_form_is_reported_by_verify(team, make_family):
    from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
    from familycase.services import assessments
    from familycase.store.schema import InstrumentDefinitionRow

    lead = team.unlock("lead")
    family_id = make_family(lead)
    assessments.start_assessment(lead, family_id, FAMILY_PROGRESS_MEASURE)
    assert verify_vault(team.vault, session=lead).ok
    with Session(team.vault.engine) as s, s.begin():
        row = s.scalars(select(InstrumentDefinitionRow)).one()
        row.definition = row.definition.replace("Under pressure", "Doing fine")
    report = verify_vault(team.vault, session=lead)
    assert any("stored copy of the form" in p for p in report.problems)


def test_a_write_racing_another_is_refused_plainly_and_saves_nothing(team, make_family):
    """Another process took the next audit sequence number between our read and write."""
    from familycase.services.errors import ConcurrentChange

    lead = team.unlock("lead")
    family_id = make_family(lead, "Racer")
    details = families.open_family(lead, family_id).file.details
    with Session(team.vault.engine) as s, s.begin():
        head = s.scalar(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1))
        s.add(
            AuditRow(
                seq=head.seq + 1,
                at=head.at,
                actor_id=None,
                action="view",
                object_type="x",
                object_id=None,
                detail_ct=None,
                prev_hash=head.entry_hash,
                entry_hash="0" * 64,
                signature=None,
            )
        )
    with pytest.raises(ConcurrentChange, match="Try again"):
        families.save_details(lead, family_id, details.model_copy(update={"family_name": "X"}))
    with Session(team.vault.engine) as s, s.begin():  # the other process's entry goes away
        s.execute(delete(AuditRow).where(AuditRow.object_type == "x"))
    assert families.open_family(lead, family_id).file.details.family_name == "Racer family"
