"""The summary exchange format, `familycase.summary/2`: what reporting needs about one family,
and no more. Versioned; the JSON Schema is published in docs/ (``familycase export schema``).

The same document is the organisation's **reporting copy** of a family (rebuilt in the same
transaction as every change, sealed to the reporting key: services/reporting.py) and what a
laptop's bundle carries to the team (exchange/bundle.py). Personal details are limited to the
family's name, and only where the family agreed to it for monitoring (otherwise
``family_name`` is null and ``withheld`` says why); everything else is what returns, claims and
service reports count: status, tier, episodes with their referral and tier steps, lead
professionals (in the order they were allocated), outcome readings with their dates and
instrument, prevented-cost and intervention-cost lines, claim evidence (assessments and whether
a team leader signed them off, the plan, realised outcomes, follow-up checks after closure),
consent (state and the dated windows the consent gate decides from) and risk flags.

Upgrading from ``familycase.summary/1`` (``upgrade_v1``): identity, revision, status, tier,
team, lead, dates, member count, consent state and the name carry over as they were; v1's
outcome areas had neither dates nor an instrument, and its prevented costs were always empty,
so they are not carried (``withheld`` says so); the sections v1 lacked are empty.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from familycase.domain.consent import ConsentState, InfoCategory, Purpose
from familycase.domain.costs.scenario import InterventionCost, PreventedCostLine
from familycase.domain.enums import (
    AgencyType,
    ClosureReason,
    FamilyStatus,
    ReferralDecision,
    TierChangeKind,
)
from familycase.domain.instruments import OutcomeArea
from familycase.domain.risk import RiskKind

SUMMARY_SCHEMA = "familycase.summary/2"
SUMMARY_V1 = "familycase.summary/1"
SUMMARY_VERSION = 2
BUNDLE_SCHEMA = "familycase.bundle/2"
BUNDLE_V1 = "familycase.bundle/1"
MAX_INT = 2**63 - 1  # every whole number fits a signed 64-bit database column
TEXT = 2000  # no text field of a summary is longer than this
ID = 64
MANY = 10_000  # no list in a summary is longer than this
UPGRADED_NOTE = (
    "Upgraded from familycase.summary/1: its outcome areas had no dates or instrument and are "
    "not carried; prevented and intervention costs, episodes, claim evidence and consent "
    "windows were not in that version."
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PreventedCostStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    WITHDRAWN = "withdrawn"


class SpendKind(StrEnum):
    KEY_WORKER_TIME = "key_worker_time"
    FLEXIBLE_SPEND = "flexible_spend"
    PERSONAL_BUDGET = "personal_budget"
    COMMISSIONED_SERVICE = "commissioned_service"
    OTHER = "other"


class ReadingScore(_Strict):
    key: str = Field(max_length=200, description="the question id (and person, if per person)")
    label: str = Field(max_length=TEXT)
    area: OutcomeArea | None = Field(default=None, description="Supporting Families area")
    member_id: str | None = Field(default=None, max_length=ID)
    score: int = Field(ge=0, le=1000)
    stage: int = Field(ge=0, le=100, description="0-based stage of the journey")
    stage_label: str = Field(default="", max_length=TEXT)


class OutcomeReading(_Strict):
    on: date
    instrument_id: str = Field(max_length=200)
    instrument_version: int = Field(ge=0, le=MAX_INT)
    instrument_title: str = Field(default="", max_length=TEXT)
    scores: list[ReadingScore] = Field(default_factory=list, max_length=MANY)


class ReferralSummary(_Strict):
    received_on: date
    source: AgencyType
    decision: ReferralDecision
    decided_on: date | None = None
    referrer_told_on: date | None = None


class TierStep(_Strict):
    on: date
    kind: TierChangeKind
    from_tier: int | None = Field(default=None, ge=1, le=4)
    to_tier: int = Field(ge=1, le=4)


class Episode(_Strict):
    opened_on: date
    closed_on: date | None = None
    closure_reason: ClosureReason | None = None
    referral: ReferralSummary
    tier_steps: list[TierStep] = Field(default_factory=list, max_length=MANY)


class LeadPeriod(_Strict):
    """One lead allocation; a summary lists them in the order they were made (the last is the
    current lead, even where two started on the same day)."""

    worker_id: str = Field(max_length=ID)
    worker_name: str = Field(default="", max_length=TEXT)
    started_on: date
    ended_on: date | None = None


class PreventedCost(_Strict):
    status: PreventedCostStatus
    outcome_area: OutcomeArea | None = None
    line: PreventedCostLine


class InterventionSpend(_Strict):
    kind: SpendKind
    spent_on: date
    cost: InterventionCost


class RealisedOutcome(_Strict):
    outcome_area: OutcomeArea
    positive: bool
    achieved_on: date
    last_confirmed_on: date | None = None
    what_changed: str = Field(default="", max_length=TEXT)


class AssessmentDone(_Strict):
    instrument_id: str = Field(max_length=200)
    title: str = Field(default="", max_length=TEXT)
    completed_on: date
    needs: list[OutcomeArea] = Field(default_factory=list, max_length=100)
    signed_off: bool = Field(
        default=False,
        description="signed off by a team leader (only these count where sign-off is reserved)",
    )


class PlanVersion(_Strict):
    version: int = Field(ge=1, le=MAX_INT)
    made_on: date


class AreaFollowedUp(_Strict):
    outcome_area: OutcomeArea
    held: bool
    note: str = Field(default="", max_length=TEXT)


class FollowUpDone(_Strict):
    """A sustained-outcome check after closure, once recorded: each area checked, held or not."""

    closed_on: date
    checked_on: date
    areas: list[AreaFollowedUp] = Field(default_factory=list, max_length=100)


class ClaimEvidence(_Strict):
    assessments: list[AssessmentDone] = Field(default_factory=list, max_length=MANY)
    plan: PlanVersion | None = None
    realised_outcomes: list[RealisedOutcome] = Field(default_factory=list, max_length=MANY)
    follow_ups: list[FollowUpDone] = Field(default_factory=list, max_length=MANY)


class ConsentWindow(_Strict):
    """One consent as the gate decides from it (its dates, agencies, purposes, categories)."""

    member_id: str = Field(max_length=ID)
    agencies: list[AgencyType] = Field(max_length=100)
    purposes: list[Purpose] = Field(max_length=100)
    categories: list[InfoCategory] = Field(max_length=100)
    given_on: date
    review_on: date | None = None
    withdrawn_on: date | None = None


class OverrideWindow(_Strict):
    """A recorded decision to share without consent, as the gate decides from it."""

    member_id: str = Field(max_length=ID)
    agency: AgencyType
    purpose: Purpose
    categories: list[InfoCategory] = Field(max_length=100)
    decided_on: date
    applies_until: date
    decided_by: str = Field(default="", max_length=TEXT)


class ConsentSummary(_Strict):
    windows: list[ConsentWindow] = Field(default_factory=list, max_length=MANY)
    overrides: list[OverrideWindow] = Field(default_factory=list, max_length=MANY)


class RiskFlagSummary(_Strict):
    kind: RiskKind
    since: date | None = None
    ended_on: date | None = None


class FamilySummary(_Strict):
    schema_: Literal["familycase.summary/2"] = Field(alias="$schema")
    summary_version: Literal[2]
    family_id: str = Field(min_length=1, max_length=ID)
    reference: str = Field(min_length=1, max_length=20)
    revision: int = Field(ge=0, le=MAX_INT)
    built_at: datetime
    upgraded_from: str | None = Field(default=None, max_length=40)
    family_name: str | None = Field(default=None, max_length=TEXT)
    withheld: list[str] = Field(default_factory=list, max_length=100)
    status: FamilyStatus
    tier: int | None = Field(default=None, ge=1, le=4)
    team_id: str | None = Field(default=None, max_length=ID)
    lead_worker_id: str | None = Field(default=None, max_length=ID)
    lead_worker_name: str = Field(default="", max_length=TEXT)
    opened_on: date | None = None
    closed_on: date | None = None
    next_review_due: date | None = None
    last_contact_on: date | None = None
    member_count: int = Field(ge=0, le=10_000)
    member_ids: list[str] = Field(default_factory=list, max_length=10_000)
    consent_state: ConsentState | None = None
    consent: ConsentSummary = Field(default_factory=ConsentSummary)
    episodes: list[Episode] = Field(default_factory=list, max_length=MANY)
    leads: list[LeadPeriod] = Field(default_factory=list, max_length=MANY)
    outcome_readings: list[OutcomeReading] = Field(default_factory=list, max_length=MANY)
    prevented_costs: list[PreventedCost] = Field(default_factory=list, max_length=MANY)
    intervention_costs: list[InterventionSpend] = Field(default_factory=list, max_length=MANY)
    claim_evidence: ClaimEvidence = Field(default_factory=ClaimEvidence)
    risk_flags: list[RiskFlagSummary] = Field(default_factory=list, max_length=MANY)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def to_json(self) -> bytes:
        return self.model_dump_json(by_alias=True).encode()


class SummaryCosts(BaseModel):
    """What a cost-saving return reads of a v2 summary: identity, status, the consent gate's
    windows and the prevented and intervention costs, each checked exactly as ``FamilySummary``
    checks it (the same field types and models). The rest of the document must be well-formed
    JSON but is not read, so the return does not build what it would throw away."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    schema_: Literal["familycase.summary/2"] = Field(alias="$schema")
    summary_version: Literal[2]
    family_id: str = Field(min_length=1, max_length=ID)
    reference: str = Field(min_length=1, max_length=20)
    status: FamilyStatus
    member_ids: list[str] = Field(default_factory=list, max_length=10_000)
    consent: ConsentSummary = Field(default_factory=ConsentSummary)
    prevented_costs: list[PreventedCost] = Field(default_factory=list, max_length=MANY)
    intervention_costs: list[InterventionSpend] = Field(default_factory=list, max_length=MANY)


def new_summary(**fields: Any) -> FamilySummary:
    """A v2 summary with its two required markers filled in."""
    return FamilySummary.model_validate(
        {"$schema": SUMMARY_SCHEMA, "summary_version": SUMMARY_VERSION, **fields}
    )


# --- version 1, kept to read older bundles and stored copies ---------------------------------


class OutcomeAreaV1(_Strict):
    area: str = Field(max_length=TEXT)
    first: int | None = Field(default=None, ge=1, le=10)
    latest: int | None = Field(default=None, ge=1, le=10)


class PreventedCostLineV1(_Strict):
    description: str = Field(max_length=TEXT)
    agency: str = Field(max_length=TEXT)
    amount_gbp: str = Field(max_length=40)
    price_year: str | None = Field(default=None, max_length=7)


class FamilySummaryV1(_Strict):
    schema_: Literal["familycase.summary/1"] = Field(default=SUMMARY_V1, alias="schema")
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
    consent_state: str | None = Field(default=None, max_length=40)
    outcome_readings: list[OutcomeAreaV1] = Field(default_factory=list)
    prevented_costs: list[PreventedCostLineV1] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def upgrade_v1(old: FamilySummaryV1, built_at: datetime) -> FamilySummary:
    """The documented upgrade from /1 (see the module's docstring)."""
    try:
        state = ConsentState(old.consent_state) if old.consent_state else None
    except ValueError:
        state = None
    return new_summary(
        family_id=old.family_id,
        reference=old.reference,
        revision=old.revision,
        built_at=built_at,
        upgraded_from=SUMMARY_V1,
        family_name=old.family_name,
        withheld=[*old.withheld, UPGRADED_NOTE],
        status=FamilyStatus(old.status),
        tier=old.tier,
        team_id=old.team_id,
        lead_worker_id=old.lead_worker_id,
        lead_worker_name=old.lead_worker_name,
        opened_on=old.opened_on,
        next_review_due=old.next_review_due,
        last_contact_on=old.last_contact_on,
        member_count=old.member_count,
        consent_state=state,
    )


def read_summary(data: bytes | str, built_at: datetime) -> FamilySummary:
    """A stored or sent summary of either version, as version 2."""
    parsed = json.loads(data)
    if isinstance(parsed, dict) and parsed.get("schema") == SUMMARY_V1:
        return upgrade_v1(FamilySummaryV1.model_validate(parsed), built_at)
    return FamilySummary.model_validate(parsed)


def read_summary_costs(data: bytes | str, built_at: datetime) -> SummaryCosts | FamilySummary:
    """A stored summary's costs part (``SummaryCosts``); a version 1 summary (or one that is
    not a valid version 2 document) goes through ``read_summary``, which upgrades the one and
    refuses the other with its full reasons."""
    try:
        return SummaryCosts.model_validate_json(data)
    except ValidationError:
        return read_summary(data, built_at)


class Bundle(_Strict):
    """The signed content of one bundle: who sent it, from which vault, in what order."""

    schema_: Literal["familycase.bundle/2"] = Field(default=BUNDLE_SCHEMA, alias="schema")
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


class BundleV1(_Strict):
    schema_: Literal["familycase.bundle/1"] = Field(default=BUNDLE_V1, alias="schema")
    bundle_id: str = Field(min_length=1, max_length=ID)
    vault_id: str = Field(min_length=1, max_length=ID)
    sender_id: str = Field(min_length=1, max_length=ID)
    sender_name: str = Field(max_length=TEXT)
    created_at: datetime
    sequence: int = Field(ge=1, le=MAX_INT)
    summaries: list[FamilySummaryV1]

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def parse_bundle(payload: bytes | str) -> Bundle:
    """A bundle's signed JSON, of either version (a /1 bundle's summaries upgraded to /2)."""
    parsed = json.loads(payload)
    if isinstance(parsed, dict) and parsed.get("schema") == BUNDLE_V1:
        old = BundleV1.model_validate(parsed)
        return Bundle(
            bundle_id=old.bundle_id,
            vault_id=old.vault_id,
            sender_id=old.sender_id,
            sender_name=old.sender_name,
            created_at=old.created_at,
            sequence=old.sequence,
            summaries=[upgrade_v1(s, old.created_at) for s in old.summaries],
        )
    return Bundle.model_validate(parsed)


def json_schema() -> dict[str, object]:
    """The published JSON Schema of a bundle (and so of every summary in it)."""
    schema = Bundle.model_json_schema(by_alias=True)
    schema["$id"] = "https://familycase.invalid/schema/familycase.bundle-2.json"
    schema["title"] = "FamilyCase summary bundle (familycase.bundle/2 with familycase.summary/2)"
    return schema


def summary_json_schema() -> dict[str, object]:
    """The JSON Schema of one family summary (the reporting copy)."""
    schema = FamilySummary.model_json_schema(by_alias=True)
    schema["$id"] = "https://familycase.invalid/schema/familycase.summary-2.json"
    schema["title"] = "FamilyCase family summary (familycase.summary/2)"
    return schema
