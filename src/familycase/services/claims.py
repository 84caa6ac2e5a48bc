"""Gather each family's evidence for the claim checker (``domain/claims.py``).

- Lead practitioner: the family's latest lead allocation (plaintext columns).
- Whole-family assessment: the latest completed (or signed-off) assessment made with one of
  the framework's instruments (the Early Help Assessment by default); its answer to "Which
  outcome areas will the family plan work on?" gives the identified needs.
- Plan: the latest family plan version.
- Outcomes: realised outcomes recorded for the family (``services/costs.py``), and the family
  progress measure's readings: an area whose latest score is above its first counts as a
  positive change, achieved at the first reading above the start and last confirmed at the
  latest reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.domain.claims import (
    SUPPORTING_FAMILIES,
    AssessmentEvidence,
    ClaimResult,
    FamilyEvidence,
    LeadEvidence,
    OutcomeEvidence,
    PlanEvidence,
    ResultsFramework,
    check_claim,
)
from familycase.domain.enums import FamilyStatus
from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE, OutcomeArea
from familycase.domain.settings import ApprovalKind
from familycase.exchange.summary import FamilySummary
from familycase.services import assessments, follow_ups, reporting
from familycase.services import costs as cost_service
from familycase.services.allocation import history_order
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import Cancelled
from familycase.services.records import family_row
from familycase.services.vault import UserSession
from familycase.store.schema import (
    AssessmentRow,
    EpisodeRow,
    FamilyPlanRow,
    FamilyRow,
    InstrumentDefinitionRow,
    LeadAllocationRow,
    UserRow,
)

OUTCOME_AREAS_QUESTION = "outcome_areas"
READING_STATUSES = ("complete", "signed_off")


def _lead(s: Session, family_id: str) -> LeadEvidence | None:
    """The latest lead allocation, in the order the allocations were made (two can start on
    the same day: the ended one is not the lead)."""
    rows = s.execute(
        select(UserRow.display_name, LeadAllocationRow.started_on)
        .join(UserRow, UserRow.id == LeadAllocationRow.worker_id)
        .where(LeadAllocationRow.family_id == family_id)
        .order_by(*history_order())
    ).all()
    return LeadEvidence(rows[-1][0], rows[-1][1]) if rows else None


def _assessment(
    us: UserSession, family_id: str, framework: ResultsFramework, statuses: tuple[str, ...]
) -> AssessmentEvidence | None:
    """The latest whole-family assessment with one of ``statuses``."""
    with us.read() as s:
        row = s.execute(
            select(AssessmentRow.id, AssessmentRow.completed_on, AssessmentRow.assessed_on)
            .join(
                InstrumentDefinitionRow, InstrumentDefinitionRow.key == AssessmentRow.instrument_key
            )
            .where(
                AssessmentRow.family_id == family_id,
                InstrumentDefinitionRow.instrument_id.in_(framework.assessment_instrument_ids),
                AssessmentRow.status.in_(statuses),
            )
            .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.updated_at.desc())
        ).first()
    if row is None:
        return None
    view = assessments.open_assessment(us, family_id, row.id)
    answer = view.assessment.answer(OUTCOME_AREAS_QUESTION)
    chosen = answer.value if answer is not None and isinstance(answer.value, list) else []
    needs = tuple(OutcomeArea(a) for a in chosen if a in OutcomeArea.__members__.values())
    return AssessmentEvidence(view.title, row.completed_on or row.assessed_on, needs)


def _plan(s: Session, family_id: str) -> PlanEvidence | None:
    row = s.execute(
        select(FamilyPlanRow.version, FamilyPlanRow.made_at)
        .where(FamilyPlanRow.family_id == family_id)
        .order_by(FamilyPlanRow.version.desc())
    ).first()
    return PlanEvidence(row[0], row[1].date()) if row else None


def _closed_on(s: Session, family: FamilyRow) -> date | None:
    if family.status != FamilyStatus.CLOSED.value:
        return None
    return s.scalar(
        select(EpisodeRow.closed_on)
        .where(EpisodeRow.family_id == family.id, EpisodeRow.closed_on.is_not(None))
        .order_by(EpisodeRow.closed_on.desc())
    )


def _reading_outcomes(us: UserSession, family_id: str) -> list[OutcomeEvidence]:
    history = assessments.outcome_history(us, family_id)
    if len(history.readings) < 2:
        return []
    first = history.readings[0]
    latest = history.readings[-1]
    found = []
    for start in first.scores:
        if start.outcome_area is None:
            continue
        end = latest.score(start.key)
        if end is None:
            continue
        improved = [
            r.on
            for r in history.readings[1:]
            if (sc := r.score(start.key)) and sc.score > start.score
        ]
        found.append(
            OutcomeEvidence(
                outcome_area=start.outcome_area,
                source="outcome reading",
                description=f"{start.label} went from {start.score} to {end.score}",
                positive=end.score > start.score,
                achieved_on=improved[0] if improved else latest.on,
                last_confirmed_on=latest.on,
            )
        )
    return found


def _follow_up_outcomes(us: UserSession, family_id: str) -> list[OutcomeEvidence]:
    """Each area a follow-up check looked at: held (confirmed on the day of the check, from
    the closure it followed) or found not to hold (evidence against the earlier outcome)."""
    found = []
    for view in follow_ups.follow_ups(us, family_id):
        check = view.follow_up.check
        if check is None:
            continue
        for area in check.areas:
            closed_on = view.follow_up.closed_on
            found.append(
                _follow_up_evidence(
                    closed_on, check.checked_on, area.outcome_area, area.held, area.note
                )
            )
    return found


def _signed_only(us: UserSession) -> bool:
    """Whether a team leader must sign assessments off (then only a signed-off one counts)."""
    return us.staff.settings.needs_approval(ApprovalKind.ASSESSMENT_SIGN_OFF)


def _follow_up_evidence(
    closed_on: date, checked_on: date, area: OutcomeArea, held: bool, note: str
) -> OutcomeEvidence:
    words = "still held" if held else "no longer held"
    return OutcomeEvidence(
        outcome_area=area,
        source="follow-up check",
        description=f"{words} at the follow-up check on {checked_on:%d/%m/%Y}"
        + (f" ({note})" if note else ""),
        positive=held,
        achieved_on=closed_on,
        last_confirmed_on=checked_on,
        follow_up=True,
    )


def family_evidence(
    us: UserSession, family_id: str, framework: ResultsFramework = SUPPORTING_FAMILIES
) -> FamilyEvidence:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        reference = family.reference
        lead = _lead(s, family_id)
        plan = _plan(s, family_id)
        closed = _closed_on(s, family)
    # Where a team leader must sign assessments off, only a signed-off one counts.
    signed_only = _signed_only(us)
    assessment = _assessment(
        us, family_id, framework, ("signed_off",) if signed_only else READING_STATUSES
    )
    waiting = None
    if assessment is None and signed_only:
        complete = _assessment(us, family_id, framework, ("complete",))
        waiting = complete.title if complete is not None else None
    outcomes = [
        OutcomeEvidence(
            outcome_area=o.record.outcome_area,
            source="realised outcome",
            description=o.record.what_changed,
            positive=o.record.positive,
            achieved_on=o.record.achieved_on,
            last_confirmed_on=o.record.last_confirmed_on,
        )
        for o in cost_service.realised_outcomes(us, family_id)
    ]
    outcomes += _reading_outcomes(us, family_id)
    outcomes += _follow_up_outcomes(us, family_id)
    return FamilyEvidence(
        family_id, reference, lead, assessment, plan, closed, tuple(outcomes), waiting
    )


def check_family(
    us: UserSession,
    family_id: str,
    framework: ResultsFramework = SUPPORTING_FAMILIES,
    as_of: date | None = None,
) -> ClaimResult:
    return check_claim(family_evidence(us, family_id, framework), framework, as_of or today())


@dataclass(frozen=True)
class ClaimsReport:
    framework: ResultsFramework
    as_of: date
    produced_by: str
    results: list[ClaimResult]
    skipped: list[tuple[str, str]]
    cohort: str
    # From the reporting layer: families the consent gate keeps out of the claims (reference,
    # why). A claim names a family, so one without consent for monitoring is not listed.
    withheld: list[tuple[str, str]] = field(default_factory=list)
    source: str = "family files"
    decisions: object = None  # reporting.GateOutcome, for the share log

    @property
    def met(self) -> int:
        return sum(r.met for r in self.results)


def evidence_from_summary(
    summary: FamilySummary,
    framework: ResultsFramework = SUPPORTING_FAMILIES,
    signed_only: bool = False,
) -> FamilyEvidence:
    """A family's claim evidence from its summary (the reporting layer): the same pieces
    ``family_evidence`` reads from the family file, under the same rules: the lead is the last
    allocation made (the summary lists them in that order), only a signed-off assessment counts
    where ``signed_only`` (the organisation reserves sign-off for a team leader), and follow-up
    checks after closure are evidence that a change held or did not."""
    lead = None
    if summary.leads:
        latest = summary.leads[-1]
        lead = LeadEvidence(latest.worker_name or "a lead professional", latest.started_on)
    done = [
        a
        for a in summary.claim_evidence.assessments
        if a.instrument_id in framework.assessment_instrument_ids
    ]
    counted = [a for a in done if a.signed_off] if signed_only else done
    assessment = None
    if counted:
        chosen = counted[-1]  # the summary lists them as the family file orders them
        assessment = AssessmentEvidence(chosen.title, chosen.completed_on, tuple(chosen.needs))
    waiting = None
    if assessment is None and signed_only and done:
        waiting = done[-1].title
    plan_ = summary.claim_evidence.plan
    plan = PlanEvidence(plan_.version, plan_.made_on) if plan_ else None
    closed = summary.closed_on if summary.status is FamilyStatus.CLOSED else None
    outcomes = [
        OutcomeEvidence(
            outcome_area=o.outcome_area,
            source="realised outcome",
            description=o.what_changed,
            positive=o.positive,
            achieved_on=o.achieved_on,
            last_confirmed_on=o.last_confirmed_on,
        )
        for o in summary.claim_evidence.realised_outcomes
    ]
    readings = [r for r in summary.outcome_readings if r.instrument_id == FAMILY_PROGRESS_MEASURE]
    readings.sort(key=lambda r: r.on)
    if len(readings) >= 2:
        first, latest = readings[0], readings[-1]
        later = {s.key: s for s in latest.scores}
        for start in first.scores:
            if start.area is None or start.member_id is not None or start.key not in later:
                continue
            end = later[start.key]
            improved = [
                r.on
                for r in readings[1:]
                for sc in r.scores
                if sc.key == start.key and sc.score > start.score
            ]
            outcomes.append(
                OutcomeEvidence(
                    outcome_area=start.area,
                    source="outcome reading",
                    description=f"{start.label} went from {start.score} to {end.score}",
                    positive=end.score > start.score,
                    achieved_on=improved[0] if improved else latest.on,
                    last_confirmed_on=latest.on,
                )
            )
    for check in summary.claim_evidence.follow_ups:
        for area in check.areas:
            outcomes.append(
                _follow_up_evidence(
                    check.closed_on, check.checked_on, area.outcome_area, area.held, area.note
                )
            )
    return FamilyEvidence(
        summary.family_id,
        summary.reference,
        lead,
        assessment,
        plan,
        closed,
        tuple(outcomes),
        waiting,
    )


def _claims_from_summaries(
    us: UserSession,
    framework: ResultsFramework,
    as_of: date,
    family_ids: Sequence[str] | None,
    team: str | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ClaimsReport:
    found = reporting.load(us, family_ids, team, cancelled=cancelled)
    decisions = reporting.gate(found.summaries, on=as_of)
    signed_only = _signed_only(us)
    results, withheld = [], []
    n = len(found.summaries)
    for i, summary in enumerate(found.summaries, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled("The claims check was cancelled; nothing was produced.")
        decision = decisions.decisions[summary.family_id]
        if decision.allowed:
            evidence = evidence_from_summary(summary, framework, signed_only)
            results.append(check_claim(evidence, framework, as_of))
        else:
            withheld.append((summary.reference, reporting.withheld_text(decision)))
        if progress is not None:
            progress(i, n)
    skipped = [(ref, "no summary in the reporting layer yet") for ref in found.not_summarised]
    skipped += [(ref, "its summary failed its integrity check") for ref in found.damaged]
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "claims",
                None,
                {
                    "framework": framework.name,
                    "as_of": as_of.isoformat(),
                    "families": len(results),
                    "withheld": len(withheld),
                    "met": sum(r.met for r in results),
                    "source": "reporting layer",
                },
            ),
        )
    return ClaimsReport(
        framework,
        as_of,
        us.worker.display_name,
        results,
        skipped,
        found.cohort,
        withheld,
        "reporting layer",
        decisions,
    )


def claims_report(
    us: UserSession,
    framework: ResultsFramework = SUPPORTING_FAMILIES,
    as_of: date | None = None,
    family_ids: Sequence[str] | None = None,
    team: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ClaimsReport:
    """Check every chosen family (default: every family this user can open; for managers and
    team leaders, every family in the reporting layer, without family keys)."""
    as_of = as_of or today()
    if us.worker.role in reporting.READER_ROLES and reporting.has_reporting_key(us):
        return _claims_from_summaries(us, framework, as_of, family_ids, team, progress, cancelled)
    with us.read() as s:
        rows, skipped, cohort = cost_service._select_families(us, s, family_ids, team)
        ids = [(r.id, r.reference) for r in rows]
    results = []
    for i, (fid, _ref) in enumerate(ids, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled("The claims check was cancelled; nothing was produced.")
        results.append(check_family(us, fid, framework, as_of))
        if progress is not None:
            progress(i, len(ids))
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "claims",
                None,
                {
                    "framework": framework.name,
                    "as_of": as_of.isoformat(),
                    "families": len(results),
                    "met": sum(r.met for r in results),
                    "at": now().isoformat(),
                },
            ),
        )
    return ClaimsReport(framework, as_of, us.worker.display_name, results, skipped, cohort)


def record_claims_export(us: UserSession, report: ClaimsReport, destination: str) -> None:
    """Record that a claims check left the vault as a file (call once the file exists): the
    reports' share log with each family's gate decision, and an export audit entry."""
    if report.source == "reporting layer":
        reporting.log_report_share(
            us,
            "claims_csv",
            report.decisions,  # type: ignore[arg-type]
            {"framework": report.framework.name, "families": len(report.results)},
        )
        return
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.EXPORT,
                "claims",
                None,
                {
                    "format": Path(destination).suffix.lstrip(".") or destination,
                    "families": len(report.results),
                },
            ),
        )
