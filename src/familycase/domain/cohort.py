"""Cohort outcomes: for a set of families, what changed in each area of an outcome measure.

For each area, a family counts when the area was scored in at least two of its readings. Its
*first* score is from the earliest reading that scored the area and its *latest* from the most
recent one. Per area the report gives the number of families counted, the mean first score,
the mean latest score, the mean change (mean latest - mean first, which equals the mean of the
families' changes), and how many (and what share) moved up at least one stage of the journey.
Families with a single reading show how many baselines are still waiting for a second reading.

Areas are matched by their key (the question id), so versions of an instrument that keep an
area's id are reported together. Only areas answered once for the whole family are reported
(an area that repeats for each person is a per-person measure, not a family one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from familycase.domain.assessment import AreaScore, OutcomeReading, ordered
from familycase.domain.instruments import OutcomeArea


@dataclass(frozen=True)
class CohortArea:
    key: str
    label: str
    outcome_area: OutcomeArea | None
    families: int  # families with a first and a latest score in this area
    mean_first: float | None
    mean_latest: float | None
    mean_change: float | None
    moved_up_a_stage: int
    moved_down_a_stage: int

    @property
    def share_moved_up(self) -> float | None:
        """Fraction (0-1) of the families counted that moved up at least one stage."""
        return self.moved_up_a_stage / self.families if self.families else None


@dataclass(frozen=True)
class CohortResult:
    areas: tuple[CohortArea, ...]
    families: int  # families in the cohort
    with_two_or_more_readings: int
    with_one_reading: int
    without_readings: int


def _first_and_latest(readings: Sequence[OutcomeReading]) -> dict[str, tuple[AreaScore, AreaScore]]:
    """Per area key: the score from the earliest and the latest readings that scored it, when
    those are two different readings."""
    seen: dict[str, tuple[int, AreaScore, int, AreaScore]] = {}
    for position, reading in enumerate(ordered(readings)):
        for area in reading.scores:
            if area.member_id is not None:
                continue
            if area.key in seen:
                first_at, first, _, _ = seen[area.key]
                seen[area.key] = (first_at, first, position, area)
            else:
                seen[area.key] = (position, area, position, area)
    return {
        key: (first, latest)
        for key, (first_at, first, latest_at, latest) in seen.items()
        if latest_at != first_at
    }


def cohort_outcomes(
    families: Sequence[Sequence[OutcomeReading]],
    area_order: Sequence[tuple[str, str]] = (),
) -> CohortResult:
    """Aggregate the readings of several families (one sequence of readings per family).

    ``area_order`` gives (key, label) pairs in the order to report (normally the latest
    version of the instrument); areas found only in the readings follow, in order found."""
    pairs = [_first_and_latest(readings) for readings in families]
    labels: dict[str, str] = dict(area_order)
    areas_found: dict[str, OutcomeArea | None] = {}
    order = [key for key, _label in area_order]
    for readings in families:
        for reading in readings:
            for area in reading.scores:
                if area.member_id is not None:
                    continue
                labels.setdefault(area.key, area.label)
                areas_found.setdefault(area.key, area.outcome_area)
                if area.key not in order:
                    order.append(area.key)
    result_areas = []
    for key in order:
        counted = [family[key] for family in pairs if key in family]
        n = len(counted)
        if n:
            mean_first = sum(first.score for first, _ in counted) / n
            mean_latest = sum(latest.score for _, latest in counted) / n
            mean_change: float | None = mean_latest - mean_first
        else:
            mean_first = mean_latest = mean_change = None
        result_areas.append(
            CohortArea(
                key=key,
                label=labels.get(key, key),
                outcome_area=areas_found.get(key),
                families=n,
                mean_first=mean_first,
                mean_latest=mean_latest,
                mean_change=mean_change,
                moved_up_a_stage=sum(
                    latest.stage_index - first.stage_index >= 1 for first, latest in counted
                ),
                moved_down_a_stage=sum(
                    latest.stage_index - first.stage_index <= -1 for first, latest in counted
                ),
            )
        )
    counts = [len(readings) for readings in families]
    return CohortResult(
        areas=tuple(result_areas),
        families=len(families),
        with_two_or_more_readings=sum(c >= 2 for c in counts),
        with_one_reading=sum(c == 1 for c in counts),
        without_readings=sum(c == 0 for c in counts),
    )
