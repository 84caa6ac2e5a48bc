"""Cohort outcome report: for a set of families, what changed in each area of an outcome measure.

Scores are personal data and live only in encrypted payloads, so the report is built by someone
who holds the families' keys (a team leader for their team, a key worker for their caseload).
Families the user cannot open are counted and named by reference in the report, not silently
dropped. The maths is ``domain.cohort``; the CSV is ``reports.cohort_csv``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from familycase.domain.assessment import AreaScore, AssessmentStatus, OutcomeReading
from familycase.domain.cohort import CohortResult, cohort_outcomes
from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE, InstrumentDefinition
from familycase.exchange.summary import FamilySummary
from familycase.services import reporting
from familycase.services.assessments import family_readings, instrument_library
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import today
from familycase.services.errors import InvalidRequest
from familycase.services.vault import UserSession
from familycase.store.schema import FamilyRow


@dataclass(frozen=True)
class CohortReport:
    instrument_id: str
    title: str
    made_on: date
    readings_from: date | None
    readings_to: date | None
    result: CohortResult
    references_without_access: tuple[str, ...] = field(default_factory=tuple)


def cohort_report(
    us: UserSession,
    family_ids: Iterable[str] | None = None,
    instrument_id: str = FAMILY_PROGRESS_MEASURE,
    readings_from: date | None = None,
    readings_to: date | None = None,
) -> CohortReport:
    """Per area: mean first and latest score, mean change, and how many families moved up at
    least one stage. ``family_ids`` defaults to every family this user can open; readings can
    be limited to a date range (first and latest are then taken within it)."""
    if readings_from and readings_to and readings_to < readings_from:
        raise InvalidRequest("The end of the period must not be before its start.")
    if us.worker.role in reporting.READER_ROLES and reporting.has_reporting_key(us):
        return _cohort_from_summaries(us, family_ids, instrument_id, readings_from, readings_to)
    wanted = sorted(set(family_ids) if family_ids is not None else us.accessible_family_ids())
    per_family = []
    no_access: list[str] = []
    newest: InstrumentDefinition | None = None
    with us.read() as s:
        families = {
            row.id: row for row in s.scalars(select(FamilyRow).where(FamilyRow.id.in_(wanted)))
        }
        if len(families) != len(wanted):
            raise InvalidRequest("One of the families asked for is not in this vault.")
        for family_id in wanted:
            family = families[family_id]
            if not us.holds_key(family_id):
                no_access.append(family.reference)
                continue
            readings, definitions = family_readings(
                us, s, family, instrument_id, readings_from, readings_to
            )
            per_family.append(readings)
            for definition in definitions:
                if newest is None or definition.version > newest.version:
                    newest = definition
    library = instrument_library(us.vault)
    if instrument_id in {d.id for d in library}:
        latest = library.latest(instrument_id)
        if newest is None or latest.version >= newest.version:
            newest = latest
    order = (
        [(q.id, q.label) for s_, q in newest.scale_questions() if s_.about.value == "whole"]
        if newest is not None
        else []
    )
    result = cohort_outcomes(per_family, order)
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "cohort_report",
                None,
                {
                    "instrument": instrument_id,
                    "families": result.families,
                    "without_access": len(no_access),
                },
            ),
        )
    return CohortReport(
        instrument_id=instrument_id,
        title=newest.title if newest else instrument_id,
        made_on=today(),
        readings_from=readings_from,
        readings_to=readings_to,
        result=result,
        references_without_access=tuple(sorted(no_access)),
    )


def record_cohort_export(us: UserSession, report: CohortReport, destination: str = "csv") -> None:
    """Audit that a cohort report left FamilyCase (counts only; no family is identified)."""
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.EXPORT,
                "cohort_report",
                None,
                {
                    "instrument": report.instrument_id,
                    "families": report.result.families,
                    "format": destination,
                },
            ),
        )


def readings_of(
    summary: FamilySummary,
    instrument_id: str,
    since: date | None = None,
    until: date | None = None,
) -> list[OutcomeReading]:
    """A family's readings of one instrument from its summary, as the domain reads them."""
    found = []
    for n, r in enumerate(summary.outcome_readings):
        if r.instrument_id != instrument_id:
            continue
        if (since is not None and r.on < since) or (until is not None and r.on > until):
            continue
        found.append(
            OutcomeReading(
                assessment_id=f"{summary.family_id}/{n}",
                on=r.on,
                instrument_id=r.instrument_id,
                instrument_version=r.instrument_version,
                status=AssessmentStatus.COMPLETE,
                scores=tuple(
                    AreaScore(
                        key=s.key,
                        question_id=s.key.split("@")[0],
                        member_id=s.member_id,
                        label=s.label,
                        outcome_area=s.area,
                        score=s.score,
                        stage_index=s.stage,
                        stage_label=s.stage_label,
                    )
                    for s in r.scores
                ),
            )
        )
    return found


def _cohort_from_summaries(
    us: UserSession,
    family_ids: Iterable[str] | None,
    instrument_id: str,
    readings_from: date | None,
    readings_to: date | None,
) -> CohortReport:
    """The same report from the reporting layer: per-area figures over every family asked for
    (no family is identified, so no family's own figures leave: no gate decision is needed)."""
    found = reporting.load(us, list(family_ids) if family_ids is not None else None)
    per_family = [
        readings_of(s, instrument_id, readings_from, readings_to) for s in found.summaries
    ]
    library = instrument_library(us.vault)
    newest = library.latest(instrument_id) if instrument_id in {d.id for d in library} else None
    order = (
        [(q.id, q.label) for s_, q in newest.scale_questions() if s_.about.value == "whole"]
        if newest is not None
        else []
    )
    result = cohort_outcomes(per_family, order)
    titles = [r.instrument_title for s in found.summaries for r in s.outcome_readings]
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "cohort_report",
                None,
                {
                    "instrument": instrument_id,
                    "families": result.families,
                    "without_access": len(found.not_summarised),
                    "source": "reporting layer",
                },
            ),
        )
    return CohortReport(
        instrument_id=instrument_id,
        title=newest.title if newest else (titles[0] if titles else instrument_id),
        made_on=today(),
        readings_from=readings_from,
        readings_to=readings_to,
        result=result,
        references_without_access=tuple(sorted(found.not_summarised + found.damaged)),
    )
