"""Prevented costs and cost-benefit analysis: unit costs, deflators, scenarios and the engine.

Pure: no file access here. ``familycase.costs_data`` loads the shipped unit cost library and
deflator table; ``familycase.cli.costs`` is the ``familycase costs`` command.
"""

from familycase.domain.costs.comparisons import compare_cohorts, net_pressure
from familycase.domain.costs.deflators import DeflatorTable, Uprating, uprate
from familycase.domain.costs.engine import evaluate
from familycase.domain.costs.library import UnitCost, UnitCostLibrary, parse_gmca_database
from familycase.domain.costs.result import CostBenefitResult
from familycase.domain.costs.scenario import (
    BenefitType,
    EvidenceStrength,
    InterventionCost,
    PreventedCostLine,
    Scenario,
)
from familycase.domain.costs.validation import validated

__all__ = [
    "BenefitType",
    "CostBenefitResult",
    "DeflatorTable",
    "EvidenceStrength",
    "InterventionCost",
    "PreventedCostLine",
    "Scenario",
    "UnitCost",
    "UnitCostLibrary",
    "Uprating",
    "compare_cohorts",
    "evaluate",
    "net_pressure",
    "parse_gmca_database",
    "uprate",
    "validated",
]
