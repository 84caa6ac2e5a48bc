"""The summary exchange format, `familycase.summary/1`: what a team leader or manager needs about
one family, and no more. Versioned; the JSON Schema is published in docs/.

Summaries travel inside signed, encrypted bundles (exchange/bundle.py). Personal details are
limited to the family's name, and only when the consent gate allows it for this purpose;
otherwise `family_name` is null and `withheld` says why.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SUMMARY_SCHEMA = "familycase.summary/1"
BUNDLE_SCHEMA = "familycase.bundle/1"
MAX_INT = 2**63 - 1  # every whole number fits a signed 64-bit database column
TEXT = 2000  # no text field of a summary is longer than this
ID = 64


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OutcomeArea(_Strict):
    area: str = Field(max_length=TEXT)
    first: int | None = Field(default=None, ge=1, le=10)
    latest: int | None = Field(default=None, ge=1, le=10)


class PreventedCostLine(_Strict):
    description: str = Field(max_length=TEXT)
    agency: str = Field(max_length=TEXT)
    amount_gbp: str = Field(max_length=40)  # a decimal as text, so no float rounding creeps in
    price_year: str | None = Field(default=None, max_length=7)


class ConsentCounts(_Strict):
    """How many of the family's people have consent to share in force (and in which other
    states), as ``domain.consent.FamilyConsent``: never one person's state for everyone."""

    people: int = Field(ge=0, le=10_000)
    in_force: int = Field(ge=0, le=10_000)
    expiring_soon: int = Field(default=0, ge=0, le=10_000)
    expired: int = Field(default=0, ge=0, le=10_000)
    withdrawn: int = Field(default=0, ge=0, le=10_000)
    not_yet_valid: int = Field(default=0, ge=0, le=10_000)


class FamilySummary(_Strict):
    schema_: Literal["familycase.summary/1"] = Field(default=SUMMARY_SCHEMA, alias="schema")
    family_id: str = Field(min_length=1, max_length=ID)
    reference: str = Field(min_length=1, max_length=20)
    revision: int = Field(ge=0, le=MAX_INT)
    family_name: str | None = Field(default=None, max_length=TEXT)
    withheld: list[str] = Field(default_factory=list)
    status: str = Field(max_length=20)
    tier: int | None = Field(default=None, ge=1, le=4)
    team_id: str | None = Field(default=None, max_length=ID)
    lead_worker_id: str | None = Field(default=None, max_length=ID)
    lead_worker_name: str = Field(default="", max_length=TEXT)
    opened_on: date | None = None
    next_review_due: date | None = None
    last_contact_on: date | None = None
    member_count: int = Field(ge=0, le=10_000)
    consent_state: str | None = Field(default=None, max_length=40)  # the most urgent state
    consent: ConsentCounts | None = None  # added in place (optional): readers before it refuse
    outcome_readings: list[OutcomeArea] = Field(default_factory=list)
    prevented_costs: list[PreventedCostLine] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Bundle(_Strict):
    """The signed content of one bundle: who sent it, from which vault, in what order."""

    schema_: Literal["familycase.bundle/1"] = Field(default=BUNDLE_SCHEMA, alias="schema")
    bundle_id: str = Field(min_length=1, max_length=ID)
    vault_id: str = Field(min_length=1, max_length=ID)
    sender_id: str = Field(min_length=1, max_length=ID)
    sender_name: str = Field(max_length=TEXT)
    created_at: datetime
    sequence: int = Field(
        ge=1,
        le=MAX_INT,
        description="increases with every bundle from this sender (milliseconds since 1970, "
        "or one more than the last, whichever is larger)",
    )
    summaries: list[FamilySummary]

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def json_schema() -> dict[str, object]:
    """The published JSON Schema of a bundle (and so of every summary in it)."""
    schema = Bundle.model_json_schema(by_alias=True)
    schema["$id"] = "https://familycase.invalid/schema/familycase.bundle-1.json"
    schema["title"] = "FamilyCase summary bundle (familycase.bundle/1 with familycase.summary/1)"
    return schema
