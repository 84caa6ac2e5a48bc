"""The claim checker: does a family meet a results framework, and on what evidence?

Pure: the service (``services/claims.py``) gathers the evidence from the vault; this module
applies the framework and says, in plain words, what is met and what is missing.

The default framework is Supporting Families-style (2022-25): a lead practitioner, a
whole-family assessment, a family plan, and every identified need (each outcome area the
assessment chose to work on) showing a positive outcome sustained for a period (6 months after
closure by default). Everything is configurable: which parts are required, which assessment
counts as whole-family, the sustain period and whether it runs from closure or from the day
the outcome was achieved, and which outcome areas count.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from familycase.domain.instruments import EARLY_HELP_ASSESSMENT, OutcomeArea


class SustainFrom(StrEnum):
    CLOSURE = "closure"  # held for the period after the work closed (Supporting Families)
    ACHIEVED = "achieved"  # held for the period after the outcome was first achieved


class ResultsFramework(BaseModel):
    """What a successful family outcome (a claim) needs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(
        default="Supporting Families-style (FamilyCase default)", min_length=1, max_length=200
    )
    require_lead_practitioner: bool = True
    require_whole_family_assessment: bool = True
    assessment_instrument_ids: tuple[str, ...] = (EARLY_HELP_ASSESSMENT,)
    require_plan: bool = True
    require_needs_sustained: bool = True
    sustain_months: int = Field(default=6, ge=0, le=60)
    sustain_from: SustainFrom = SustainFrom.CLOSURE
    outcome_areas: tuple[OutcomeArea, ...] | None = Field(
        default=None, description="Only these areas count as needs; None: every area."
    )

    def describe(self) -> str:
        parts = []
        if self.require_lead_practitioner:
            parts.append("a lead practitioner")
        if self.require_whole_family_assessment:
            parts.append("a whole-family assessment")
        if self.require_plan:
            parts.append("a family plan")
        if self.require_needs_sustained:
            start = "closure" if self.sustain_from is SustainFrom.CLOSURE else "being achieved"
            parts.append(
                f"every identified need showing a positive outcome held for "
                f"{self.sustain_months} months after {start}"
            )
        return f"{self.name}: " + ", ".join(parts) + "."


SUPPORTING_FAMILIES = ResultsFramework()


@dataclass(frozen=True)
class LeadEvidence:
    worker: str
    since: date


@dataclass(frozen=True)
class AssessmentEvidence:
    title: str
    completed_on: date
    needs: tuple[OutcomeArea, ...]  # the outcome areas it chose to work on


@dataclass(frozen=True)
class PlanEvidence:
    version: int
    made_on: date


@dataclass(frozen=True)
class OutcomeEvidence:
    """A positive (or not) change in one outcome area, and the last day it was seen to hold."""

    outcome_area: OutcomeArea
    source: str  # e.g. "realised outcome", "outcome reading"
    description: str
    positive: bool
    achieved_on: date
    last_confirmed_on: date | None
    follow_up: bool = False  # from a check after closure (a "not held" one counts against)


@dataclass(frozen=True)
class FamilyEvidence:
    family_id: str
    reference: str
    lead: LeadEvidence | None = None
    assessment: AssessmentEvidence | None = None
    plan: PlanEvidence | None = None
    closed_on: date | None = None
    outcomes: tuple[OutcomeEvidence, ...] = ()
    # A complete whole-family assessment that does not count yet: it waits for a team
    # leader's sign-off (where the organisation reserves sign-off). Its title.
    awaiting_sign_off: str | None = None


@dataclass(frozen=True)
class NeedResult:
    outcome_area: OutcomeArea
    met: bool
    explanation: str


@dataclass(frozen=True)
class ClaimResult:
    family_id: str
    reference: str
    framework: str
    met: bool
    evidence: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    needs: list[NeedResult] = field(default_factory=list)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _d(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _need(
    area: OutcomeArea, evidence: FamilyEvidence, framework: ResultsFramework, as_of: date
) -> NeedResult:
    months = framework.sustain_months
    against = [
        o.last_confirmed_on or o.achieved_on
        for o in evidence.outcomes
        if o.outcome_area is area and o.follow_up and not o.positive
    ]
    latest_against = max(against, default=None)
    candidates = [
        o
        for o in evidence.outcomes
        if o.outcome_area is area
        and o.positive
        and (latest_against is None or (o.last_confirmed_on or o.achieved_on) > latest_against)
    ]
    if not candidates and latest_against is not None:
        return NeedResult(
            area,
            False,
            f"{area.label}: the follow-up check on {_d(latest_against)} found that the change "
            "had not held.",
        )
    if not candidates:
        return NeedResult(area, False, f"{area.label}: no positive outcome has been recorded.")
    if framework.sustain_from is SustainFrom.CLOSURE and evidence.closed_on is None:
        return NeedResult(
            area,
            False,
            f"{area.label}: a positive outcome was recorded ({candidates[-1].description}), but "
            f"the work has not closed, and it must hold for {months} months after closure.",
        )
    best_gap: tuple[date, OutcomeEvidence] | None = None
    for o in sorted(candidates, key=lambda o: o.last_confirmed_on or o.achieved_on, reverse=True):
        start = (
            evidence.closed_on
            if framework.sustain_from is SustainFrom.CLOSURE and evidence.closed_on
            else o.achieved_on
        )
        required = add_months(max(start, o.achieved_on), months)
        confirmed = o.last_confirmed_on or o.achieved_on
        if confirmed >= required and as_of >= required:
            return NeedResult(
                area,
                True,
                f"{area.label}: {o.description} ({o.source}, achieved {_d(o.achieved_on)}, "
                f"still held on {_d(confirmed)}; needed until {_d(required)}).",
            )
        if best_gap is None:
            best_gap = (required, o)
    assert best_gap is not None
    required, o = best_gap
    seen = o.last_confirmed_on or o.achieved_on
    return NeedResult(
        area,
        False,
        f"{area.label}: {o.description} ({o.source}) was last seen to hold on {_d(seen)}; it "
        f"must be confirmed as still held on or after {_d(required)}.",
    )


def check_claim(evidence: FamilyEvidence, framework: ResultsFramework, as_of: date) -> ClaimResult:
    """Met or not met, with the evidence found and what is missing, in plain words."""
    found: list[str] = []
    missing: list[str] = []
    if evidence.lead is not None:
        found.append(
            f"Lead practitioner: {evidence.lead.worker}, allocated on {_d(evidence.lead.since)}."
        )
    elif framework.require_lead_practitioner:
        missing.append("No lead practitioner has been allocated.")
    if evidence.assessment is not None:
        found.append(
            f"Whole-family assessment: {evidence.assessment.title}, completed on "
            f"{_d(evidence.assessment.completed_on)}."
        )
    elif framework.require_whole_family_assessment:
        if evidence.awaiting_sign_off:
            missing.append(
                f"The whole-family assessment ({evidence.awaiting_sign_off}) is complete but "
                "waits for a team leader's sign-off."
            )
        else:
            missing.append("No whole-family assessment has been completed.")
    if evidence.plan is not None:
        found.append(
            f"Family plan: version {evidence.plan.version}, made on {_d(evidence.plan.made_on)}."
        )
    elif framework.require_plan:
        missing.append("There is no family plan.")
    if evidence.closed_on is not None:
        found.append(f"The work closed on {_d(evidence.closed_on)}.")
    needs: list[NeedResult] = []
    if framework.require_needs_sustained:
        areas = list(evidence.assessment.needs) if evidence.assessment else []
        if framework.outcome_areas is not None:
            areas = [a for a in areas if a in framework.outcome_areas]
        if evidence.assessment is not None and not areas:
            missing.append(
                "The assessment chose no outcome areas to work on, so there is no identified "
                "need to show progress against."
            )
        for area in areas:
            result = _need(area, evidence, framework, as_of)
            needs.append(result)
            (found if result.met else missing).append(result.explanation)
    return ClaimResult(
        family_id=evidence.family_id,
        reference=evidence.reference,
        framework=framework.name,
        met=not missing,
        evidence=found,
        missing=missing,
        needs=needs,
    )
