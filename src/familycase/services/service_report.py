"""The service report: how the early help service is doing over a period, for managers and
commissioners, from the reporting layer (every family's summary; no family key, no names).

Sections (each a list of rows the GUI charts and the XLSX/PDF writers lay out):
- referrals received, by source and by decision;
- days from a referral to a lead professional being allocated (median, mean, 90th percentile);
- the length of episodes closed in the period (days);
- re-referrals: episodes opened in the period within 12 months of the family's previous
  episode closing;
- step-ups and step-downs in the period, by month;
- the open caseload and its weight (tier 1 = 0.5, 2 = 1, 3 = 1.5, 4 = 2 per open family) at the
  end of each month;
- outcome change by area (the Family Progress Measure's first and latest readings, as the
  cohort report counts them);
- consent coverage of the families open at the end of the period (any current consent; consent
  to monitoring and reporting).

Every figure counts families, episodes or days over many families: no family is identified, so
no gate decision is needed (the registry says so); the export is audited.
"""

from __future__ import annotations

import calendar
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from familycase.domain.cohort import CohortArea, cohort_outcomes
from familycase.domain.consent import ConsentState, InfoCategory, family_consent_state
from familycase.domain.enums import AgencyType, ReferralDecision, TierChangeKind
from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
from familycase.exchange.summary import Episode, FamilySummary
from familycase.services import reporting, summaries
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now
from familycase.services.cohort import readings_of
from familycase.services.errors import InvalidRequest
from familycase.services.vault import UserSession

TIER_WEIGHT = {1: 0.5, 2: 1.0, 3: 1.5, 4: 2.0}
RE_REFERRAL_DAYS = 365


@dataclass(frozen=True)
class DaysSummary:
    count: int
    median: float | None
    mean: float | None
    p90: float | None

    @classmethod
    def of(cls, days: Sequence[int]) -> DaysSummary:
        if not days:
            return cls(0, None, None, None)
        ordered = sorted(days)
        p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered) + 0.5) - 1)]
        return cls(len(days), float(statistics.median(days)), statistics.fmean(days), float(p90))


@dataclass(frozen=True)
class MonthPoint:
    month_end: date
    open_families: int
    weight: float
    step_ups: int
    step_downs: int


@dataclass(frozen=True)
class ServiceReport:
    organisation: str
    produced_at: object
    produced_by: str
    period_from: date
    period_to: date
    cohort: str
    families: int
    referrals_by_source: dict[str, int]
    referrals_by_decision: dict[str, int]
    referrals_by_source_and_decision: dict[tuple[str, str], int]
    referral_to_allocation: DaysSummary
    episode_length: DaysSummary
    episodes_opened: int
    re_referrals: int
    step_ups: int
    step_downs: int
    months: list[MonthPoint]
    outcome_areas: tuple[CohortArea, ...]
    open_at_end: int
    with_current_consent: int
    with_monitoring_consent: int
    not_summarised: list[str] = field(default_factory=list)

    @property
    def re_referral_share(self) -> float | None:
        return self.re_referrals / self.episodes_opened if self.episodes_opened else None


def _month_ends(start: date, end: date) -> list[date]:
    ends, year, month = [], start.year, start.month
    while True:
        last = date(year, month, calendar.monthrange(year, month)[1])
        ends.append(min(last, end))
        if last >= end:
            return ends
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _open_on(episode: Episode, day: date) -> bool:
    return episode.opened_on <= day and (episode.closed_on is None or episode.closed_on > day)


def _tier_on(episode: Episode, day: date) -> int | None:
    tier = None
    for step in sorted(episode.tier_steps, key=lambda s: s.on):
        if step.on <= day:
            tier = step.to_tier
    return tier


def _allocation_days(summary: FamilySummary, episode: Episode) -> int | None:
    received = episode.referral.received_on
    starts = [
        p.started_on
        for p in summary.leads
        if p.started_on >= received
        and (episode.closed_on is None or p.started_on <= episode.closed_on)
    ]
    return (min(starts) - received).days if starts else None


def build(
    summaries_: Sequence[FamilySummary],
    period_from: date,
    period_to: date,
    *,
    organisation: str = "",
    produced_by: str = "",
    cohort: str = "every family",
) -> ServiceReport:
    """The report's figures from the summaries (pure: tests compare it with hand counts)."""
    if period_to < period_from:
        raise InvalidRequest("The period must end on or after the day it starts.")

    def within(day: date | None) -> bool:
        return day is not None and period_from <= day <= period_to

    by_source: Counter[str] = Counter()
    by_decision: Counter[str] = Counter()
    by_both: Counter[tuple[str, str]] = Counter()
    allocation: list[int] = []
    lengths: list[int] = []
    opened = re_referred = ups = downs = 0
    steps_by_month: Counter[tuple[int, int, str]] = Counter()
    for s in summaries_:
        episodes = sorted(s.episodes, key=lambda e: e.opened_on)
        for index, episode in enumerate(episodes):
            referral = episode.referral
            if within(referral.received_on):
                by_source[referral.source.value] += 1
                by_decision[referral.decision.value] += 1
                by_both[(referral.source.value, referral.decision.value)] += 1
                days = _allocation_days(s, episode)
                if days is not None:
                    allocation.append(days)
            if within(episode.closed_on):
                assert episode.closed_on is not None
                lengths.append((episode.closed_on - episode.opened_on).days)
            if within(episode.opened_on):
                opened += 1
                before = [e for e in episodes[:index] if e.closed_on is not None]
                if before and (episode.referral.received_on - before[-1].closed_on).days <= (  # type: ignore[operator]
                    RE_REFERRAL_DAYS
                ):
                    re_referred += 1
            for step in episode.tier_steps:
                if not within(step.on) or step.kind is TierChangeKind.INITIAL:
                    continue
                steps_by_month[(step.on.year, step.on.month, step.kind.value)] += 1
                if step.kind is TierChangeKind.STEP_UP:
                    ups += 1
                else:
                    downs += 1
    months = []
    for end in _month_ends(period_from, period_to):
        count, weight = 0, 0.0
        for s in summaries_:
            current = [e for e in s.episodes if _open_on(e, end)]
            if not current:
                continue
            count += 1
            tier = _tier_on(current[-1], end)
            weight += TIER_WEIGHT.get(tier or 0, 0.0)
        months.append(
            MonthPoint(
                end,
                count,
                weight,
                steps_by_month[(end.year, end.month, "step_up")],
                steps_by_month[(end.year, end.month, "step_down")],
            )
        )
    readings = [readings_of(s, FAMILY_PROGRESS_MEASURE, period_from, period_to) for s in summaries_]
    areas = cohort_outcomes(readings).areas
    open_at_end = [s for s in summaries_ if any(_open_on(e, period_to) for e in s.episodes)]
    current = 0
    monitoring = 0
    for s in open_at_end:
        state = family_consent_state(
            [(w.member_id, w.given_on, w.review_on, w.withdrawn_on) for w in s.consent.windows],
            period_to,
        )
        if state in (ConsentState.CURRENT, ConsentState.EXPIRING_SOON):
            current += 1
        if summaries.family_allows(s, InfoCategory.OUTCOMES, period_to)[0]:
            monitoring += 1
    return ServiceReport(
        organisation=organisation,
        produced_at=now(),
        produced_by=produced_by,
        period_from=period_from,
        period_to=period_to,
        cohort=cohort,
        families=len(summaries_),
        referrals_by_source=dict(by_source.most_common()),
        referrals_by_decision=dict(by_decision.most_common()),
        referrals_by_source_and_decision=dict(sorted(by_both.items())),
        referral_to_allocation=DaysSummary.of(allocation),
        episode_length=DaysSummary.of(lengths),
        episodes_opened=opened,
        re_referrals=re_referred,
        step_ups=ups,
        step_downs=downs,
        months=months,
        outcome_areas=areas,
        open_at_end=len(open_at_end),
        with_current_consent=current,
        with_monitoring_consent=monitoring,
    )


def service_report(
    us: UserSession,
    period_from: date,
    period_to: date,
    team: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ServiceReport:
    """The service report for the period (managers and team leaders), from the reporting
    layer; audited as a view (``record_service_report_export`` when it leaves as a file)."""
    found = reporting.load(us, None, team, progress, cancelled)
    report = build(
        found.summaries,
        period_from,
        period_to,
        organisation=us.vault.organisation(),
        produced_by=us.worker.display_name,
        cohort=found.cohort,
    )
    report = ServiceReport(**{**report.__dict__, "not_summarised": found.not_summarised})
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "service_report",
                None,
                {
                    "from": period_from.isoformat(),
                    "to": period_to.isoformat(),
                    "families": report.families,
                },
            ),
        )
    return report


def record_service_report_export(us: UserSession, report: ServiceReport, fmt: str) -> None:
    from familycase.services import outputs

    outputs.record_export(
        us,
        outputs.OUTPUTS[f"service_report_{fmt}"],
        None,
        {
            "format": fmt,
            "from": report.period_from.isoformat(),
            "to": report.period_to.isoformat(),
            "families": report.families,
        },
    )


SOURCE_WORDS = {a.value: a.value.replace("_", " ").capitalize() for a in AgencyType}
DECISION_WORDS = {d.value: d.value.replace("_", " ").capitalize() for d in ReferralDecision}
