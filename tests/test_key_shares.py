"""The key-share file: half of every family's data key lives outside the main database."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.crypto import aead
from familycase.crypto.errors import IntegrityError
from familycase.services import families
from familycase.services.errors import NoAccessToFamily, VaultDamaged
from familycase.services.vault import Vault, family_key_context
from familycase.services.verify import verify_vault
from familycase.store.binding import associated_data
from familycase.store.keyshares import SHARES_FILE
from familycase.store.schema import FamilyKeyGrant, FamilyRow


def test_the_family_key_alone_does_not_decrypt(team, make_family):
    """Someone with the main database and a worker's password, but not the share, gets nothing."""
    lead = team.unlock("lead")
    family_id = make_family(lead, "Splitkey")
    with Session(team.vault.engine) as s:
        blob = s.scalar(
            select(FamilyKeyGrant.blob).where(
                FamilyKeyGrant.family_id == family_id, FamilyKeyGrant.holder == lead.worker.id
            )
        )
        details_ct = s.get(FamilyRow, family_id).details_ct
    family_key = aead.decrypt(
        lead.ring.master_key, blob, family_key_context(family_id, lead.worker.id)
    )
    aad = associated_data("families", "details_ct", family_id, family_id)
    with pytest.raises(IntegrityError):
        aead.decrypt(family_key, details_ct, aad)
    assert b"Splitkey" in aead.decrypt(lead.data_key(family_id), details_ct, aad)


def test_a_missing_share_makes_that_family_unopenable_and_verify_says_so(team, make_family):
    lead = team.unlock("lead")
    gone = make_family(lead, "Gone")
    kept = make_family(lead, "Kept")
    team.vault.shares.destroy([gone])
    lead = team.unlock("lead")
    with pytest.raises(NoAccessToFamily):
        families.open_family(lead, gone)
    assert families.open_family(lead, kept).file.details.family_name == "Kept family"
    report = verify_vault(team.vault, session=lead)
    assert any("FC-000001 has no key share" in p for p in report.problems)


def test_missing_key_share_file_is_a_clear_error(team, make_family):
    make_family(team.unlock("lead"))
    team.vault.dispose()
    (team.data_dir / SHARES_FILE).unlink()
    with pytest.raises(VaultDamaged, match=r"key-share file .* is missing"):
        Vault.open(team.data_dir)
