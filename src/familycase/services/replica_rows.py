"""Rows as stored, between a team store and a laptop replica (ciphertext is never opened here).

Every table of the schema has a place in exactly one of the groups below, so a new table must be
given one before it can ship (tests/test_replica_tables.py): what a replica copies whole from the
team store, what it copies of one worker, what travels with a checked-out family, and what each
side keeps to itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from familycase.services.manifest import row_digest
from familycase.store.schema import FAMILY_RECORD_TABLES, Base

# The organisation's tables a replica holds whole (read-only there, refreshed at each check-out).
# Supervision sessions (who met whom and when, signed; no family's words) are among them: the
# reflections and actions of a checked-out family refer to theirs, and travel with the family.
ORG_TABLES = (
    "teams",
    "directory",
    "instrument_definitions",
    "local_unit_costs",
    "deflator_tables",
    "supervision_sessions",
)
# Copied for the replica's worker only: other workers' key wraps and secrets stay behind.
WORKER_TABLES = ("users", "org_key_grants")
# A checked-out family: its row, every record, and the worker's own wrap of its key.
FAMILY_TABLES = ("families", "family_key_grants", *sorted(FAMILY_RECORD_TABLES))
# Each side's own: a replica's meta, audit chain, device and check-outs are its own; the team
# store's replicas' audit entries, bundles and imported summaries never go to a laptop, nor
# does the reporting layer (every family's summary sealed to the reporting key, and the
# reports' share log): a laptop holds only the families checked out to it. Their own summary
# (``family_reports``, a family record) travels with them but is not rebuilt on the laptop:
# the team store brings it up to date at check-in from the records it takes.
OWN_TABLES = ("vault_meta", "audit_log", "devices", "checkouts")
TEAM_ONLY_TABLES = (
    "replica_audit",
    "imported_summaries",
    "bundle_imports",
    "reporting_summaries",
    "report_shares",
)
# Organisation keys that open only team-store-only tables: a team leader's or manager's grant
# of them is never copied to a laptop (a lost laptop must not carry the key to every family's
# reporting summary).
TEAM_ONLY_KEYS = ("reporting", "summaries")
# vault_meta keys that belong to one store and are never copied.
LOCAL_META = {"audit_head", "next_reference", "db_role_prefix", "keys_url"}
LOCAL_META_PREFIXES = ("bundle_sequence:", "replica_", "provisional_")
# Columns of another worker's account that a replica does not need: their password-wrapped keys.
BLANKED_USER_COLUMNS = ("salt", "wrapped_master_key", "private_keys")


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def record_tables_parents_first() -> list[str]:
    """The family record tables in an order in which inserts satisfy foreign keys."""
    wanted = set(FAMILY_RECORD_TABLES)
    return [t.name for t in Base.metadata.sorted_tables if t.name in wanted]


def family_rows(
    connection: Connection, family_ids: list[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every record of these families, parents first."""
    for name in record_tables_parents_first():
        t = table(name)
        for chunk in chunks(family_ids):
            for row in connection.execute(select(t).where(t.c.family_id.in_(chunk))).mappings():
                yield name, dict(row)


def digests(connection: Connection, family_id: str) -> dict[tuple[str, str], str]:
    """(table, record id) -> digest of every record of one family (as the manifest hashes)."""
    found = family_rows(connection, [family_id])
    return {(name, row["id"]): row_digest(name, row) for name, row in found}


def rows_of(connection: Connection, name: str, where: Any = None) -> list[dict[str, Any]]:
    t = table(name)
    query = select(t) if where is None else select(t).where(where)
    return [dict(row) for row in connection.execute(query).mappings()]


def insert_rows(connection: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table(name)), rows)


def upsert_rows(connection: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    """Insert, or replace the columns of rows already there (a replica's SQLite only)."""
    if not rows:
        return
    t = table(name)
    keys = [c.name for c in t.primary_key.columns]
    statement = sqlite_insert(t)
    others = {c.name: statement.excluded[c.name] for c in t.columns if c.name not in keys}
    connection.execute(statement.on_conflict_do_update(index_elements=keys, set_=others), rows)


def delete_missing(connection: Connection, name: str, keep: Iterable[Mapping[str, Any]]) -> None:
    """Delete rows whose primary key is not among ``keep`` (a table copied whole)."""
    t = table(name)
    keys = [c.name for c in t.primary_key.columns]
    wanted = {tuple(row[k] for k in keys) for row in keep}
    for row in connection.execute(select(*[t.c[k] for k in keys])).all():
        if tuple(row) not in wanted:
            match = [t.c[k] == v for k, v in zip(keys, row, strict=True)]
            connection.execute(delete(t).where(*match))


def is_local_meta(key: str) -> bool:
    return key in LOCAL_META or key.startswith(LOCAL_META_PREFIXES)


def chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
