"""Who a bundle may come from, what it may carry, and how large or strange it may be."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC, date, datetime

import pytest
from joserfc import jwe, jws
from sqlalchemy.orm import Session

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from conftest import PASSWORD
from familycase.crypto import box
from familycase.crypto.box import public_bytes
from familycase.domain.enums import ContactKind
from familycase.domain.work import ContactNote
from familycase.exchange.bundle import MAX_BUNDLE_BYTES, BundleError, open_bundle, seal_bundle
from familycase.exchange.summary import Bundle, new_summary
from familycase.services import reporting, users, work
from familycase.services.exchange import export_summaries
from familycase.services.summaries import reporting_context, reporting_public
from familycase.services.sync import BundleRefused, import_bundle
from familycase.services.vault import Vault
from familycase.store.schema import ReportingSummaryRow
from test_bundles import KNOWN, LEADER, SENDER, bundle, sealed


def _laptop(team, tmp_path, name: str = "laptop") -> Vault:
    team.vault.dispose()
    folder = tmp_path / name
    shutil.copytree(team.data_dir, folder)
    return Vault.open(folder)


def _allocated(session, make_family, surname: str, worker: str) -> str:
    family_id = make_family(session, surname, people=("Mum",))
    who = next(w for w in users.list_workers(session) if w.username == worker)
    work.allocate_lead_professional(session, family_id, who.id)
    return family_id


# --- senders --------------------------------------------------------------------------------


def test_a_disabled_workers_bundle_is_refused(team, make_family, tmp_path):
    laptop = _laptop(team, tmp_path)
    _allocated(laptop.unlock("lead", PASSWORD), make_family, "Laptopton", "kw1")
    path = export_summaries(laptop.unlock("kw1", PASSWORD), tmp_path / "drive")
    users.disable_user(team.unlock("admin"), "kw1")
    with pytest.raises(BundleRefused, match="no longer an active worker"):
        import_bundle(team.unlock("lead"), path)


def test_a_worker_cannot_overwrite_another_workers_family(team, make_family, tmp_path):
    lead = team.unlock("lead")
    theirs = _allocated(lead, make_family, "Kimsfamily", "kw1")
    lead.lock()
    laptop = _laptop(team, tmp_path)
    kw2 = laptop.unlock("kw2", PASSWORD)
    # kw2 holds no key to kw1's family: a forged summary of it, signed by kw2, is refused.
    content = Bundle(
        bundle_id="forged-1",
        vault_id=kw2.staff.vault_id,
        sender_id=kw2.worker.id,
        sender_name=kw2.worker.display_name,
        created_at="2026-12-01T09:00:00Z",
        sequence=int(time.time() * 1000),
        summaries=[
            new_summary(
                built_at=datetime(2026, 11, 25, tzinfo=UTC),
                family_id=theirs,
                reference="FC-000001",
                revision=999,
                status="closed",
                tier=1,
                member_count=1,
            )
        ],
    )
    team_vault = Vault.open(team.data_dir)
    leader = team_vault.unlock("lead", PASSWORD)
    recipients = {leader.worker.id: leader.ring.agreement_public}
    path = tmp_path / "forged.fcbundle"
    path.write_bytes(seal_bundle(content, kw2.ring.signing, recipients))
    with pytest.raises(BundleRefused, match="may not send the summary of FC-000001"):
        import_bundle(leader, path)
    # The lead professional may.
    kw1 = laptop.unlock("kw1", PASSWORD)
    genuine = content.model_copy(
        update={"bundle_id": "genuine-1", "sender_id": kw1.worker.id, "sender_name": "Kim"}
    )
    path.write_bytes(seal_bundle(genuine, kw1.ring.signing, recipients))
    # The team store holds that family (its own summary is in the reporting layer already):
    # a newer summary from its lead replaces it.
    assert import_bundle(leader, path).updated == 1


def test_a_bundle_replaces_a_summary_that_does_not_say_who_wrote_it(team, make_family, tmp_path):
    """A family known here only from bundles, whose stored summary is an anonymous box (an
    upgraded vault's, or written into the database by anyone): nothing in it is trusted, so its
    lead's next signed bundle replaces it rather than being refused."""
    laptop = _laptop(team, tmp_path)
    kw1 = laptop.unlock("kw1", PASSWORD)
    family_id = make_family(kw1, "Onlyonlaptop", people=("Mum",))
    team_vault = Vault.open(team.data_dir)
    leader = team_vault.unlock("lead", PASSWORD)
    assert import_bundle(leader, export_summaries(kw1, tmp_path / "a")).added == 1
    plain = reporting.load(leader, [family_id]).summaries[0].to_json()
    anonymous = box.seal(reporting_public(leader), plain, reporting_context(family_id))
    with Session(team_vault.engine) as s, s.begin():
        row = s.get(ReportingSummaryRow, family_id)
        row.summary_ct, row.sender_id = anonymous, None  # no longer known to be kw1's
    leader.reporting.clear()
    assert reporting.load(leader, [family_id]).not_summarised == ["FC-000001"]
    work.add_contact_note(
        kw1,
        family_id,
        ContactNote(occurred_on=date(2026, 11, 30), kind=ContactKind.PHONE_CALL, text="Phoned."),
    )
    assert import_bundle(leader, export_summaries(kw1, tmp_path / "b")).updated == 1
    leader.reporting.clear()
    assert [s.family_id for s in reporting.load(leader, [family_id]).summaries] == [family_id]


def test_a_fresh_laptop_copy_does_not_start_the_sequence_again(team, make_family, tmp_path):
    lead = team.unlock("lead")
    _allocated(lead, make_family, "Seqton", "kw1")
    lead.lock()
    first = _laptop(team, tmp_path, "first")
    path = export_summaries(first.unlock("kw1", PASSWORD), tmp_path / "a")
    team_vault = Vault.open(team.data_dir)
    imported = import_bundle(team_vault.unlock("lead", PASSWORD), path)
    assert imported.added + imported.updated + imported.unchanged == 1
    team_vault.dispose()
    first.dispose()
    second = Vault.open(shutil.copytree(team.data_dir, tmp_path / "second"))
    path = export_summaries(second.unlock("kw1", PASSWORD), tmp_path / "b")
    team_vault = Vault.open(team.data_dir)
    result = import_bundle(team_vault.unlock("lead", PASSWORD), path)
    assert result.unchanged == 1  # accepted, not refused as stale


# --- size and shape -------------------------------------------------------------------------


def test_a_bundle_of_20000_families_round_trips():
    summaries = [
        new_summary(
            built_at=datetime(2026, 11, 25, tzinfo=UTC),
            family_id=f"{n:032x}",
            reference=f"FC-{n:06d}",
            revision=n,
            family_name=f"Family number {n}",
            withheld=["Outcome readings withheld: consent not given for everyone."],
            status="open",
            tier=1 + n % 4,
            lead_worker_id="kw1",
            lead_worker_name="Kim Worker",
            member_count=4,
            consent_state="current",
        )
        for n in range(20_000)
    ]
    data = sealed(bundle(summaries=summaries))
    assert 64 * 1024 < len(data) < MAX_BUNDLE_BYTES
    opened = open_bundle(data, "lead", LEADER, KNOWN.get)
    assert len(opened.summaries) == 20_000 and opened.summaries[-1].reference == "FC-019999"


def test_non_utf8_deeply_nested_and_huge_numbers_are_refused_plainly():
    with pytest.raises(BundleError, match="not UTF-8"):
        open_bundle(b"\xff\xfe{\x00}", "lead", LEADER, KNOWN.get)
    with pytest.raises(BundleError, match="not a FamilyCase bundle"):
        open_bundle(b"[" * 200_000 + b"]" * 200_000, "lead", LEADER, KNOWN.get)
    with pytest.raises(BundleError, match="not a FamilyCase bundle"):
        open_bundle(
            b'{"recipients":' + b"[" * 100_000 + b"]" * 100_000 + b"}", "lead", LEADER, KNOWN.get
        )
    # Correctly signed and encrypted, but a revision of 2**63 (no database column holds it).
    payload = json.loads(bundle().model_dump_json(by_alias=True))
    payload["summaries"][0]["revision"] = 2**63
    with pytest.raises(BundleError, match="out of range"):
        open_bundle(_sign_and_seal(json.dumps(payload).encode()), "lead", LEADER, KNOWN.get)
    text = bundle().model_dump_json(by_alias=True)
    deep = text.replace('"withheld":[]', '"withheld":' + "[" * 5000 + '"x"' + "]" * 5000)
    assert deep != text
    with pytest.raises(BundleError, match="format this version"):
        open_bundle(_sign_and_seal(deep.encode()), "lead", LEADER, KNOWN.get)


def _sign_and_seal(payload: bytes) -> bytes:
    """What a sender with a genuine key could produce by hand, bypassing the models."""
    from familycase.exchange.bundle import _JWE, _JWS, _recipient_jwk, _signing_jwk

    signed = jws.serialize_compact(
        {"alg": "Ed25519", "kid": "kw1", "typ": "familycase.bundle+jws"},
        payload,
        _signing_jwk(SENDER, "kw1"),
        registry=_JWS,
    )
    message = jwe.GeneralJSONEncryption({"enc": "A256GCM"}, signed.encode())
    message.add_recipient(
        {"alg": "ECDH-ES+A256KW", "kid": "lead"}, _recipient_jwk(public_bytes(LEADER), "lead")
    )
    return json.dumps(jwe.encrypt_json(message, None, registry=_JWE)).encode()
