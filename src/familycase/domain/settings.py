"""The organisation's settings for management oversight (pure; no I/O).

Which decisions need a team leader's approval, the jurisdiction (which instruments are
offered), when the sustained-outcome check falls due after closure, the allocation cap and
caseload weights, and the in-tray's thresholds. These are authoritative configuration: they are
kept in the signed staff directory (services/directory.py, kind "settings"), signed by an
administrator, so that nobody with write access to the database can switch approvals off
unnoticed. A vault whose directory holds no settings entry uses ``OrganisationSettings()``.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from familycase.domain.enums import Tier


class Jurisdiction(StrEnum):
    """The UK nation whose law the organisation works under: it chooses the instruments
    offered (a form can name the jurisdictions it is for; see forms/README.md)."""

    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ApprovalKind(StrEnum):
    """Decisions an organisation can reserve for a team leader."""

    STEP_UP = "step_up"
    STEP_DOWN = "step_down"
    CLOSURE = "closure"
    ASSESSMENT_SIGN_OFF = "assessment_sign_off"

    @property
    def label(self) -> str:
        return _APPROVAL_LABELS[self]


_APPROVAL_LABELS = {
    ApprovalKind.STEP_UP: "Step up",
    ApprovalKind.STEP_DOWN: "Step down",
    ApprovalKind.CLOSURE: "Closure",
    ApprovalKind.ASSESSMENT_SIGN_OFF: "Assessment sign-off",
}

DEFAULT_TIER_WEIGHTS: dict[Tier, float] = {
    Tier.UNIVERSAL: 0.5,
    Tier.EARLY_HELP: 1.0,
    Tier.TARGETED: 1.5,
    Tier.COMPLEX: 2.0,
}
DEFAULT_FOLLOW_UP_MONTHS = 6  # Supporting Families: an outcome sustained 6 months after closure
DEFAULT_ALLOCATION_CAP = 15.0  # caseload weight: "small caseloads" of 5-15 families
DEFAULT_UNALLOCATED_DAYS = 5
DEFAULT_CHECKOUT_DAYS = 14
DEFAULT_DUE_SOON_DAYS = 7


class OrganisationSettings(BaseModel):
    """What an administrator sets for the whole organisation (one signed entry per change)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    approvals: frozenset[ApprovalKind] = Field(
        default=frozenset(ApprovalKind), title="Decisions that need a team leader"
    )
    jurisdiction: Jurisdiction = Field(default=Jurisdiction.ENGLAND, title="Jurisdiction")
    follow_up_months: int = Field(
        default=DEFAULT_FOLLOW_UP_MONTHS, ge=1, le=36, title="Follow-up after closure (months)"
    )
    allocation_cap: float = Field(
        default=DEFAULT_ALLOCATION_CAP, gt=0, le=200, title="Caseload weight cap"
    )
    tier_weights: dict[Tier, float] = Field(
        default_factory=lambda: dict(DEFAULT_TIER_WEIGHTS), title="Caseload weight by tier"
    )
    unallocated_days: int = Field(
        default=DEFAULT_UNALLOCATED_DAYS, ge=0, le=365, title="Unallocated for more than (days)"
    )
    checkout_days: int = Field(
        default=DEFAULT_CHECKOUT_DAYS, ge=1, le=365, title="Checked out for more than (days)"
    )
    due_soon_days: int = Field(
        default=DEFAULT_DUE_SOON_DAYS, ge=0, le=90, title="Show what is due within (days)"
    )

    @field_validator("tier_weights")
    @classmethod
    def _weights(cls, value: dict[Tier, float]) -> dict[Tier, float]:
        for tier, weight in value.items():
            if not 0 <= weight <= 20:
                raise ValueError(f"The weight of tier {int(tier)} must be between 0 and 20.")
        return {tier: float(value.get(tier, DEFAULT_TIER_WEIGHTS[tier])) for tier in Tier}

    @model_validator(mode="after")
    def _sensible(self) -> OrganisationSettings:
        if self.allocation_cap < max(self.tier_weights.values()):
            raise ValueError("The caseload cap must hold at least one family of every tier.")
        return self

    def needs_approval(self, kind: ApprovalKind) -> bool:
        return kind in self.approvals

    def weight_of(self, tier: Tier | None) -> float:
        """What one open family of ``tier`` adds to a caseload (no tier recorded: 1)."""
        return 1.0 if tier is None else self.tier_weights.get(tier, 1.0)

    def body(self) -> dict[str, object]:
        """The signed directory entry's body (canonical: sorted, plain JSON types)."""
        return {
            "approvals": sorted(kind.value for kind in self.approvals),
            "jurisdiction": self.jurisdiction.value,
            "follow_up_months": self.follow_up_months,
            "allocation_cap": self.allocation_cap,
            "tier_weights": {str(int(t)): w for t, w in sorted(self.tier_weights.items())},
            "unallocated_days": self.unallocated_days,
            "checkout_days": self.checkout_days,
            "due_soon_days": self.due_soon_days,
        }

    @classmethod
    def from_body(cls, data: object) -> OrganisationSettings:
        if not isinstance(data, dict):
            raise ValueError("the settings are not an object")
        return cls.model_validate(data)
