"""One family as a laptop replica holds it: its rows as stored, and its manifest as it went out
(what check-in and conflicting versions compare)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from familycase.services import manifest
from familycase.services import replica_rows as rows
from familycase.services.manifest import Manifest, row_digest
from familycase.services.session import UserSession
from familycase.store.schema import CheckoutRow, FamilyKeyGrant, FamilyRow

# Columns of the family row a check-in never takes from the laptop.
TEAM_OWN = {"id", "reference", "revision", "manifest_ct"}
# Columns that differ between the two copies of an unchanged family (each side seals its own).
NOT_COMPARED = {*TEAM_OWN, "summary_ct", "updated_at"}
# The family row's own facts (the rest follow from its records: last contact, people count).
FAMILY_FACTS = (
    "team_id",
    "status",
    "tier",
    "lead_worker_id",
    "opened_on",
    "next_review_due",
    "details_ct",
)


@dataclass
class LaptopCopy:
    """One family as the laptop holds it (rows as stored) and as it went out."""

    family: dict[str, Any]
    records: dict[tuple[str, str], dict[str, Any]]
    grants: list[dict[str, Any]]
    baseline: Manifest  # empty for a family recorded offline

    def digest(self, key: tuple[str, str]) -> str:
        return row_digest(key[0], self.records[key])

    def changed_since_out(self) -> dict[tuple[str, str], str]:
        """Records the laptop added or changed: (table, id) -> 'added' | 'changed'."""
        out: dict[tuple[str, str], str] = {}
        for key in self.records:
            before = self.baseline.records.get(key[0], {}).get(key[1])
            if before is None:
                out[key] = "added"
            elif before != self.digest(key):
                out[key] = "changed"
        return out

    def deleted_since_out(self) -> list[tuple[str, str]]:
        return [
            (table, record_id)
            for table, ids in self.baseline.records.items()
            for record_id in ids
            if (table, record_id) not in self.records
        ]

    def family_changed_since_out(self) -> bool:
        """Whether the laptop changed the family's own facts (status, tier, lead, details)."""
        header = manifest.header_of(self.family)
        return any(header.get(k) != self.baseline.header.get(k) for k in FAMILY_FACTS)


def read_laptop_copy(rs: UserSession, family_id: str) -> LaptopCopy:
    with rs.vault.engine.connect() as local:
        family = rows.rows_of(local, "families", FamilyRow.id == family_id)[0]
        records = {(t, row["id"]): row for t, row in rows.family_rows(local, [family_id])}
        grants = rows.rows_of(local, "family_key_grants", FamilyKeyGrant.family_id == family_id)
        baseline_ct = local.execute(
            select(CheckoutRow.baseline_ct).where(CheckoutRow.family_id == family_id)
        ).scalar_one_or_none()
    baseline = Manifest()
    if baseline_ct is not None:
        baseline = manifest.open_manifest(rs.cipher(family_id), family_id, bytes(baseline_ct))
    return LaptopCopy(family, records, grants, baseline)


