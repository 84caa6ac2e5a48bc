"""Every table has exactly one place between a team store and a laptop replica, so a new table
cannot ship without someone deciding whether it travels to laptops."""

from __future__ import annotations

from collections import Counter

from familycase.services import replica_rows as rows
from familycase.store.schema import ENCRYPTED_COLUMNS, FAMILY_RECORD_TABLES, Base

GROUPS = {
    "organisation (copied whole, read-only on the laptop)": rows.ORG_TABLES,
    "the replica's worker only": rows.WORKER_TABLES,
    "travels with a checked-out family": rows.FAMILY_TABLES,
    "each side's own": rows.OWN_TABLES,
    "team store only": rows.TEAM_ONLY_TABLES,
}


def test_every_table_is_in_exactly_one_group():
    placed = Counter(name for names in GROUPS.values() for name in names)
    tables = set(Base.metadata.tables)
    unplaced = sorted(tables - set(placed))
    assert not unplaced, (
        f"tables with no place for laptop replicas: {unplaced}; add each to one group in "
        "services/replica_rows.py"
    )
    twice = sorted(name for name, count in placed.items() if count > 1)
    assert not twice, f"tables in more than one group: {twice}"
    unknown = sorted(set(placed) - tables)
    assert not unknown, f"groups name tables the schema does not have: {unknown}"


def test_what_travels_with_a_family_is_keyed_by_family():
    for name in rows.FAMILY_TABLES:
        columns = Base.metadata.tables[name].c
        assert name == "families" or "family_id" in columns, name
    assert set(FAMILY_RECORD_TABLES) <= set(rows.FAMILY_TABLES)


def test_no_family_data_is_copied_whole_to_every_laptop():
    """Tables copied whole, or a worker's own rows, must not hold any family's records: those go
    only with the families checked out."""
    for name in (*rows.ORG_TABLES, *rows.WORKER_TABLES):
        columns = Base.metadata.tables[name].c
        assert "family_id" not in columns, name
        assert name not in FAMILY_RECORD_TABLES, name


def test_sealed_family_columns_travel_only_with_their_family():
    sealed_elsewhere = {
        name
        for name in ENCRYPTED_COLUMNS
        if name not in rows.FAMILY_TABLES and name not in rows.TEAM_ONLY_TABLES
    }
    family_keyed = {n for n in sealed_elsewhere if "family_id" in Base.metadata.tables[n].c}
    assert not family_keyed, f"sealed family records outside a family's group: {family_keyed}"


def test_the_keys_kept_from_laptops_are_the_team_only_tables_keys():
    """The reporting key opens every family's reporting summary and the summaries key the
    imported ones: both tables stay on the team store, and so do grants of their keys."""
    from familycase.services.summaries import REPORTING_KEY
    from familycase.services.sync import SUMMARIES_KEY

    assert {"reporting_summaries", "report_shares", "imported_summaries"} <= set(
        rows.TEAM_ONLY_TABLES
    )
    assert set(rows.TEAM_ONLY_KEYS) == {REPORTING_KEY, SUMMARIES_KEY}
