"""Who can decrypt what: family keys follow allocation, and nothing else opens them."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.crypto import aead, box
from familycase.crypto.errors import IntegrityError
from familycase.crypto.keys import parse_recovery_key
from familycase.services import families, users, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import NoAccessToFamily
from familycase.services.vault import family_key_context
from familycase.store.binding import associated_data
from familycase.store.keyshares import combine
from familycase.store.schema import FamilyKeyGrant, FamilyRow


def _workers(session):
    return {w.username: w for w in users.list_workers(session, include_disabled=True)}


def test_worker_without_a_grant_cannot_decrypt_even_with_database_access(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Secretson")
    kw2 = team.unlock("kw2")
    with pytest.raises(NoAccessToFamily):
        families.open_family(kw2, family_id)

    # Direct access through the store: every wrap of the family key is sealed to someone else.
    with Session(team.vault.engine) as s:
        grants = s.scalars(select(FamilyKeyGrant).where(FamilyKeyGrant.family_id == family_id))
        grants = list(grants)
        details_ct = s.get(FamilyRow, family_id).details_ct
    assert {g.holder for g in grants} == {lead.worker.id, "recovery"}
    for grant in grants:
        for context_holder in (grant.holder, kw2.worker.id):
            context = family_key_context(family_id, context_holder)
            with pytest.raises(IntegrityError):
                box.open_box(kw2.ring.agreement, grant.blob, context)
            with pytest.raises(IntegrityError):
                aead.decrypt(kw2.ring.master_key, grant.blob, context)
    # And the lead's own unwrap does work, so the failures above are about the key, not the API.
    lead_grant = next(g for g in grants if g.holder == lead.worker.id)
    family_key = aead.decrypt(
        lead.ring.master_key, lead_grant.blob, family_key_context(family_id, lead.worker.id)
    )
    # The data key also needs the family's share from the separate key-share file.
    key = combine(family_key, team.vault.shares.get(family_id))
    aad = associated_data("families", "details_ct", family_id, family_id)
    assert b"Secretson" in aead.decrypt(key, details_ct, aad)


def test_allocation_grants_and_reallocation_revokes(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Movington")
    names = _workers(lead)
    work.allocate_lead_professional(lead, family_id, names["kw1"].id)
    assert families.open_family(team.unlock("kw1"), family_id).file.reference == "FC-000001"

    work.allocate_lead_professional(lead, family_id, names["kw2"].id, "Kim is on leave")
    kw1 = team.unlock("kw1")
    with pytest.raises(NoAccessToFamily):
        families.open_family(kw1, family_id)
    assert caseload(kw1) == []
    kw2 = team.unlock("kw2")
    view = families.open_family(kw2, family_id)
    assert [(a.worker_name, a.allocation.ended_on is None) for a in view.allocations] == [
        ("Kim Worker", False),
        ("Kai Other", True),
    ]
    # The team leader keeps access throughout.
    assert families.open_family(team.unlock("lead"), family_id).lead_worker_id == names["kw2"].id


def test_disabling_a_worker_removes_every_key_and_requeues_their_families(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    work.allocate_lead_professional(lead, family_id, _workers(lead)["kw1"].id)
    admin = team.unlock("admin")
    users.disable_user(admin, "kw1")
    with Session(team.vault.engine) as s:
        held = s.scalars(
            select(FamilyKeyGrant).where(FamilyKeyGrant.holder == _workers(lead)["kw1"].id)
        ).all()
    assert held == []
    assert [r.family_id for r in caseload(team.unlock("lead"), CaseloadView.UNALLOCATED)] == [
        family_id
    ]


def test_recovery_key_opens_every_family(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Breakglass")
    private = parse_recovery_key(team.recovery_key)
    with Session(team.vault.engine) as s:
        blob = s.scalar(
            select(FamilyKeyGrant.blob).where(
                FamilyKeyGrant.family_id == family_id, FamilyKeyGrant.holder == "recovery"
            )
        )
        details_ct = s.get(FamilyRow, family_id).details_ct
    key = combine(
        box.open_box(private, blob, family_key_context(family_id, "recovery")),
        team.vault.shares.get(family_id),
    )
    assert b"Breakglass" in aead.decrypt(
        key, details_ct, associated_data("families", "details_ct", family_id, family_id)
    )


def test_new_team_leader_receives_team_access_from_an_existing_one(team, make_family):
    from familycase.domain.enums import Role

    lead = team.unlock("lead")
    family_id = make_family(lead)
    admin = team.unlock("admin")
    users.add_user(admin, "lead2", "Second Leader", Role.TEAM_LEADER, "correct horse battery")
    lead2 = team.unlock("lead2")
    with pytest.raises(NoAccessToFamily):
        families.open_family(lead2, family_id)
    assert users.share_team_access(lead) == 1
    assert users.share_team_access(lead) == 0  # idempotent
    lead2 = team.unlock("lead2")
    assert families.open_family(lead2, family_id).file.id == family_id
