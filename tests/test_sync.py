"""Laptop-to-team sync: a key worker's laptop vault exports, the team vault imports."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from conftest import PASSWORD
from familycase.domain.enums import Role, Tier
from familycase.services import approvals, users, work
from familycase.services.exchange import export_summaries
from familycase.services.sync import BundleRefused, import_bundle, team_dashboard
from familycase.services.vault import Vault
from familycase.store.schema import BundleImportRow, ReportingSummaryRow


def _count(vault: Vault) -> tuple[int, int]:
    with Session(vault.engine) as s:
        return (
            s.scalar(select(func.count()).select_from(ReportingSummaryRow)) or 0,
            s.scalar(select(func.count()).select_from(BundleImportRow)) or 0,
        )


@pytest.fixture
def laptop(team, tmp_path):
    """A copy of the team vault taken to a key worker's laptop (same users and keys)."""
    team.vault.dispose()
    folder = tmp_path / "laptop"
    shutil.copytree(team.data_dir, folder)
    vault = Vault.open(folder)
    yield vault
    vault.dispose()


def _laptop_family(laptop: Vault, make_family, name: str) -> str:
    lead = laptop.unlock("lead", PASSWORD)
    kim = next(w for w in users.list_workers(lead) if w.username == "kw1")
    family_id = make_family(lead, name, people=(f"{name[:3]}mum",))
    work.allocate_lead_professional(lead, family_id, kim.id)
    return family_id


def test_a_family_only_on_the_laptop_reaches_the_team_dashboard(
    team, laptop, make_family, tmp_path
):
    family_id = _laptop_family(laptop, make_family, "Laptopton")
    drive = tmp_path / "drive"
    bundle = export_summaries(laptop.unlock("kw1", PASSWORD), drive)
    lead = team.unlock("lead")
    assert all(row.family_id != family_id for row in team_dashboard(lead))
    result = import_bundle(lead, bundle)
    assert (result.added, result.updated, result.unchanged) == (1, 0, 0)
    row = next(r for r in team_dashboard(lead) if r.family_id == family_id)
    assert row.reference == "FC-000001" and row.source == "bundle from Kim Worker"
    assert row.family_name is None  # no consent recorded: the name stayed on the laptop
    assert row.lead_name == "Kim Worker"
    # A manager sees it too (they hold the summaries key once it is shared).
    assert any(r.family_id == family_id for r in team_dashboard(team.unlock("boss")))


def test_import_is_idempotent_newer_replaces_and_stale_or_replayed_is_refused(
    team, laptop, make_family, tmp_path
):
    family_id = _laptop_family(laptop, make_family, "Versions")
    kw1 = laptop.unlock("kw1", PASSWORD)
    first = export_summaries(kw1, tmp_path / "a")
    skipped = export_summaries(kw1, tmp_path / "skipped")  # never imported before a newer one
    # A step up is the team leader's to approve (on the laptop's copy of the vault here).
    asked = approvals.request_tier_change(kw1, family_id, Tier.TARGETED, "Needs more support")
    approvals.approve(laptop.unlock("lead", PASSWORD), family_id, asked)
    second = export_summaries(kw1, tmp_path / "b")
    lead = team.unlock("lead")
    import_bundle(lead, first)
    assert next(r for r in team_dashboard(lead) if r.family_id == family_id).tier != 3
    result = import_bundle(lead, second)  # the newer summary replaces the older one
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    assert next(r for r in team_dashboard(lead) if r.family_id == family_id).tier == 3
    before = _count(team.vault)
    with pytest.raises(BundleRefused, match="already been imported"):
        import_bundle(lead, second)
    with pytest.raises(BundleRefused, match="already been imported"):
        import_bundle(lead, first)
    with pytest.raises(BundleRefused, match="stale"):
        import_bundle(lead, skipped)
    assert _count(team.vault) == before
    third = export_summaries(kw1, tmp_path / "c")  # nothing changed since the second
    result = import_bundle(lead, third)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)


def test_bundle_from_another_organisation_is_refused(team, make_family, tmp_path):
    other_dir = tmp_path / "other-org"
    from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS

    # Same user names and passwords, but a different vault (different keys, different id).
    other, _ = Vault.create(
        other_dir,
        organisation="Elsewhere",
        admin_username="admin",
        admin_display_name="A",
        password=PASSWORD,
        kdf=INSECURE_FAST_FOR_TESTS,
    )
    users.add_user(other.unlock("admin", PASSWORD), "lead", "L", Role.TEAM_LEADER, PASSWORD)
    bundle = export_summaries(other.unlock("lead", PASSWORD), tmp_path / "x")
    with pytest.raises(BundleRefused, match=r"not encrypted for you|does not know"):
        import_bundle(team.unlock("lead"), bundle)


def test_only_team_leaders_and_managers_import(team, tmp_path):
    from familycase.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        import_bundle(team.unlock("kw1"), tmp_path / "whatever.fcbundle")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzzed_bundles_never_leave_a_partial_import(team, laptop, make_family, tmp_path, data):
    if not hasattr(test_fuzzed_bundles_never_leave_a_partial_import, "bundle"):
        _laptop_family(laptop, make_family, "Fuzzby")
        _laptop_family(laptop, make_family, "Fuzzalot")
        path = export_summaries(laptop.unlock("kw1", PASSWORD), tmp_path / "good")
        test_fuzzed_bundles_never_leave_a_partial_import.bundle = path.read_bytes()
    original = bytearray(test_fuzzed_bundles_never_leave_a_partial_import.bundle)
    for _ in range(data.draw(st.integers(1, 6))):
        original[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
    fuzzed = tmp_path / f"fuzzed-{data.draw(st.integers(0, 10**9))}.fcbundle"
    fuzzed.write_bytes(bytes(original))
    lead = team.unlock("lead")
    before = _count(team.vault)
    try:
        result = import_bundle(lead, fuzzed)
    except BundleRefused:
        assert _count(team.vault) == before
    else:  # whitespace-only damage can leave it valid: then it imports whole
        assert result.added + result.updated + result.unchanged == 2
