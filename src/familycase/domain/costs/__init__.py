"""Prevented costs and cost-benefit analysis: unit costs, deflators, scenarios and the engine.

Pure: no file access here. ``familycase.costs_data`` loads the shipped unit cost library and
deflator table; ``familycase.cli.costs`` is the ``familycase costs`` command.
"""

from familycase.domain.costs.audit import LibraryAudit, audit_library
from familycase.domain.costs.comparisons import (
    compare_cohorts,
    net_pressure,
    newcombe_difference,
    wilson_interval,
)
from familycase.domain.costs.deflators import DeflatorTable, Uprating, uprate
from familycase.domain.costs.discounting import (
    GREEN_BOOK_HEALTH,
    GREEN_BOOK_STANDARD,
    DiscountBand,
    discount_factors,
)
from familycase.domain.costs.engine import evaluate
from familycase.domain.costs.library import UnitCost, UnitCostLibrary, parse_gmca_database
from familycase.domain.costs.result import CostBenefitResult
from familycase.domain.costs.scenario import (
    BenefitType,
    CostBasis,
    DiscountAs,
    Effect,
    EvidenceStrength,
    InterventionCost,
    PreventedCostLine,
    Scenario,
)
from familycase.domain.costs.validation import validated

__all__ = [
    "GREEN_BOOK_HEALTH",
    "GREEN_BOOK_STANDARD",
    "BenefitType",
    "CostBasis",
    "CostBenefitResult",
    "DeflatorTable",
    "DiscountAs",
    "DiscountBand",
    "Effect",
    "EvidenceStrength",
    "InterventionCost",
    "LibraryAudit",
    "PreventedCostLine",
    "Scenario",
    "UnitCost",
    "UnitCostLibrary",
    "Uprating",
    "audit_library",
    "compare_cohorts",
    "discount_factors",
    "evaluate",
    "net_pressure",
    "newcombe_difference",
    "parse_gmca_database",
    "uprate",
    "validated",
    "wilson_interval",
]
