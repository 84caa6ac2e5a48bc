"""Demo prevented costs, intervention costs, baselines and realised outcomes for demo families.

``add_demo_costs(session, family_ids, rng)`` is called by the demo generator (``demo.py``) with
a session that holds the families' keys (the demo team leader). Every line is fictional and
says so; unit costs are real GMCA v1.4 codes so the figures trace to the library.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from familycase.domain.costs.scenario import EvidenceStrength, PreventedCostLine
from familycase.domain.instruments import OutcomeArea
from familycase.services import costs
from familycase.services.clock import today
from familycase.services.vault import UserSession


@dataclass(frozen=True)
class _Avoided:
    what: str
    code: str
    quantity: tuple[int, int]
    duration: tuple[int, int]
    duration_unit: str
    area: OutcomeArea


AVOIDED = [
    _Avoided(
        "A child entering foster care",
        "SS2.0",
        (1, 1),
        (26, 52),
        "weeks",
        OutcomeArea.SAFE_FROM_ABUSE_AND_EXPLOITATION,
    ),
    _Avoided(
        "Police attendance at domestic abuse incidents",
        "CR2.0.2",
        (1, 4),
        (1, 1),
        "",
        OutcomeArea.SAFE_FROM_DOMESTIC_ABUSE,
    ),
    _Avoided("A&E attendances", "HE4.0", (1, 5), (1, 1), "", OutcomeArea.HEALTH),
    _Avoided("An eviction", "HO1.0", (1, 1), (1, 1), "", OutcomeArea.SECURE_HOUSING),
    _Avoided(
        "A permanent exclusion from school",
        "E&S2.0.1",
        (1, 1),
        (1, 1),
        "years",
        OutcomeArea.GOOD_EDUCATION,
    ),
    _Avoided(
        "Anti-social behaviour needing police action",
        "CR1.0",
        (1, 3),
        (1, 1),
        "",
        OutcomeArea.CRIME_PREVENTION,
    ),
]
HOURLY_RATE = Decimal("32.50")  # a fictional key worker cost per hour, salary plus on-costs


def add_demo_costs(session: UserSession, family_ids: Sequence[str], rng: random.Random) -> int:
    """Add 1-3 prevented-cost lines, key worker time, sometimes flexible spend, a baseline and
    a realised outcome to each family. Returns the number of prevented-cost lines added."""
    added = 0
    on = today()
    with session.write():  # one transaction for the whole batch
        for family_id in family_ids:
            picks = rng.sample(AVOIDED, rng.randint(1, 3))
            for item in picks:
                assessed = on - timedelta(days=rng.randrange(0, 300))
                line = PreventedCostLine(
                    what_was_avoided=f"{item.what} (demo)",
                    unit_cost={"gmca_code": item.code},
                    quantity=rng.randint(*item.quantity),
                    duration=rng.randint(*item.duration),
                    duration_unit=item.duration_unit,
                    probability=Decimal(rng.choice(["0.2", "0.3", "0.4", "0.5", "0.6"])),
                    evidence_strength=rng.choice(list(EvidenceStrength)),
                    deadweight=Decimal(rng.choice(["0", "0.1", "0.2"])),
                    attribution=Decimal(rng.choice(["0.5", "0.7", "1"])),
                    assessed_by=session.worker.display_name,
                    assessed_on=assessed,
                    rationale="Demo data: a fictional judgement for demonstration only.",
                )
                costs.record_prevented_cost(
                    session,
                    family_id,
                    costs.PreventedCostRecord(
                        line=line,
                        outcome_area=item.area,
                        status=rng.choice(list(costs.PreventedCostStatus)[:2]),
                    ),
                )
                added += 1
            start = on - timedelta(days=rng.randrange(60, 320))
            costs.record_intervention_cost(
                session,
                family_id,
                costs.InterventionCostEntry(
                    kind=costs.InterventionCostKind.KEY_WORKER_TIME,
                    spent_on=start + timedelta(days=rng.randrange(0, 50)),
                    description="Key worker time (demo)",
                    hours=Decimal(rng.randrange(20, 90)),
                    hourly_rate=HOURLY_RATE,
                    agency="Local authority",
                    source="Demo: fictional hourly cost",
                ),
            )
            if rng.random() < 0.5:
                costs.record_intervention_cost(
                    session,
                    family_id,
                    costs.InterventionCostEntry(
                        kind=costs.InterventionCostKind.FLEXIBLE_SPEND,
                        spent_on=start + timedelta(days=rng.randrange(0, 50)),
                        description="Flexible spend (demo): school uniform and travel",
                        amount=Decimal(rng.randrange(50, 400)),
                        agency="Local authority",
                    ),
                )
            costs.record_baseline(
                session,
                family_id,
                costs.BaselineServiceUse(
                    period_start=start - timedelta(days=182),
                    period_end=start - timedelta(days=1),
                    items=[
                        costs.BaselineItem(
                            service=f"{picks[0].what} related contacts (demo)",
                            quantity=rng.randint(1, 6),
                            gmca_code=picks[0].code,
                        )
                    ],
                    source="Demo data",
                ),
            )
            achieved = start + timedelta(days=rng.randrange(30, 60))
            costs.record_outcome(
                session,
                family_id,
                costs.RealisedOutcome(
                    outcome_area=picks[0].area,
                    need=f"{picks[0].area.label} (demo)",
                    what_changed="Things improved (demo data)",
                    achieved_on=min(achieved, on),
                    last_confirmed_on=on if rng.random() < 0.6 else None,
                ),
            )
    return added
