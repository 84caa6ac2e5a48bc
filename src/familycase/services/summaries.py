"""Each family's summary (``familycase.summary/2``), kept current in the same transaction as
every change to the family.

At the end of every write transaction (``UserSession.write``, before the manifests are sealed)
``refresh`` updates the summary of each family the transaction changed, **section by section**:
a change to consent rebuilds the consent section, a new outcome reading the readings and the
claim evidence, a contact note only the header (the family row's plain columns and its small
list summary). The previous summary is read from ``family_reports`` under the family's own data
key, so a writer never needs the reporting key's private half. The result is written twice: to
``family_reports`` (covered by the family manifest like every record) and, sealed to the
reporting key's public half from the signed staff directory, to ``reporting_summaries``, which
managers read without any family key.

The family's name goes in only where everyone in the family consented to their basic details
going to the early help team for monitoring and reporting (the consent gate's rule, on the day
it is built; readers check the consent windows again on the day they read).

This module imports no session or vault code (the session calls it): it takes the writer as
``Writer``, which ``UserSession`` is.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol

from pydantic import ValidationError
from sqlalchemy import case, select
from sqlalchemy.orm import Session

from familycase.crypto import box
from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError
from familycase.domain.assessment import Assessment, reading_from
from familycase.domain.consent import (
    ConsentRecord,
    InfoCategory,
    Purpose,
    SharingOverride,
    family_consent_state,
    state_from_dates,
)
from familycase.domain.costs.scenario import InterventionCost, PreventedCostLine
from familycase.domain.enums import AgencyType, FamilyStatus
from familycase.domain.follow_up import FollowUp
from familycase.domain.instruments import InstrumentDefinition, InstrumentKind, parse_definition
from familycase.domain.risk import AlertMark
from familycase.domain.work import EpisodeDetails
from familycase.exchange.summary import (
    AreaFollowedUp,
    AssessmentDone,
    ClaimEvidence,
    ConsentSummary,
    ConsentWindow,
    Episode,
    FamilySummary,
    FollowUpDone,
    InterventionSpend,
    LeadPeriod,
    OutcomeReading,
    OverrideWindow,
    PlanVersion,
    PreventedCost,
    ReadingScore,
    RealisedOutcome,
    ReferralSummary,
    RiskFlagSummary,
    TierStep,
    new_summary,
)
from familycase.services import manifest
from familycase.services.clock import now, today
from familycase.store.binding import associated_data
from familycase.store.schema import (
    AssessmentRow,
    ConsentRow,
    EpisodeRow,
    FamilyPlanRow,
    FamilyReportRow,
    FollowUpRow,
    InstrumentDefinitionRow,
    InterventionCostRow,
    LeadAllocationRow,
    MemberRow,
    PreventedCostRow,
    RealisedOutcomeRow,
    ReportingSummaryRow,
    SharingOverrideRow,
)

REPORTING_KEY = "reporting"
SOURCE_VAULT = "vault"
SOURCE_BUNDLE = "bundle"
MONITORING = Purpose.MONITORING_AND_REPORTING
TEAM_AGENCY = AgencyType.EARLY_HELP
OUTCOME_AREAS_QUESTION = "outcome_areas"
READING_STATUSES = ("complete", "signed_off")
NAME_WITHHELD = (
    "Family name withheld: consent to share basic details with the early help team for "
    "monitoring and reporting has not been given for everyone in the family."
)

# Which sections of the summary each kind of record feeds. A change to any other record (a
# contact note, a document, the share log...) rebuilds only the header.
SECTIONS_OF: dict[str, frozenset[str]] = {
    "members": frozenset({"members"}),
    "episodes": frozenset({"episodes"}),
    "lead_allocations": frozenset({"leads"}),
    "consents": frozenset({"consent"}),
    "sharing_overrides": frozenset({"consent"}),
    "assessments": frozenset({"readings", "claims"}),
    "family_plans": frozenset({"claims"}),
    "realised_outcomes": frozenset({"claims"}),
    "follow_ups": frozenset({"claims"}),
    "prevented_costs": frozenset({"costs"}),
    "intervention_costs": frozenset({"costs"}),
}
ALL_SECTIONS = frozenset().union(*SECTIONS_OF.values())


class Writer(Protocol):
    """What building a summary needs of the session writing (services/session.UserSession)."""

    def holds_key(self, family_id: str) -> bool: ...
    def cipher(self, family_id: str) -> Cipher: ...

    @property
    def staff(self) -> Any: ...

    @property
    def ring(self) -> Any: ...  # the writer's key ring (``agreement``: their X25519 key)


def reporting_public(writer: Writer) -> bytes | None:
    """The reporting key's public half, as the signed staff directory names it (None: this
    vault has no reporting key yet; an administrator adds it)."""
    directory = getattr(writer, "directory", None)
    if directory is None:
        return None
    return directory.org_keys.get(REPORTING_KEY)


def reporting_context(family_id: str) -> bytes:
    return f"familycase/reporting-summary/v2|{family_id}".encode()


def seal_for_reporting(writer: Writer, public: bytes, summary: FamilySummary) -> bytes:
    """The summary sealed to the reporting key by the worker writing it (a sender box: readers
    check the sender against the signed staff directory, so a summary written straight into
    the database by anyone else is refused)."""
    return box.seal_from(
        writer.ring.agreement, public, summary.to_json(), reporting_context(summary.family_id)
    )


# --- the gate's rule over the windows a summary carries ---------------------------------------


@functools.cache
def _what(category: InfoCategory, purpose: Purpose) -> str:
    return f"{category.label.lower()} for {purpose.label.lower()}"


def window_allows(
    summary: FamilySummary,
    member_id: str,
    category: InfoCategory,
    on: date,
    agency: AgencyType = TEAM_AGENCY,
    purpose: Purpose = MONITORING,
) -> tuple[bool, bool, str]:
    """(allowed, by override, plain reason) for one person: the consent gate's rule
    (domain/consent.decide) applied to the consent and override windows in the summary."""
    reasons: list[str] = []
    mine = [w for w in summary.consent.windows if w.member_id == member_id]
    what = _what(category, purpose)
    for window in mine:
        if (
            agency in window.agencies
            and purpose in window.purposes
            and (category in window.categories)
        ):
            state = state_from_dates(window.given_on, window.review_on, window.withdrawn_on, on)
            if state.value in ("current", "expiring_soon"):
                return True, False, f"Consent given on {window.given_on:%d/%m/%Y} covers {what}."
            if state.value == "withdrawn" and window.withdrawn_on is not None:
                reasons.append(f"Consent was withdrawn on {window.withdrawn_on:%d/%m/%Y}.")
            elif state.value == "expired" and window.review_on is not None:
                reasons.append(f"Consent expired on {window.review_on:%d/%m/%Y}.")
            else:
                reasons.append(f"Consent only starts on {window.given_on:%d/%m/%Y}.")
    if not mine:
        reasons.append("No consent to share has been recorded for this person.")
    elif not reasons:
        reasons.append(f"The consent recorded does not cover {what} with the early help team.")
    for override in summary.consent.overrides:
        if (
            override.member_id == member_id
            and override.agency is agency
            and override.purpose is purpose
            and category in override.categories
            and override.decided_on <= on <= override.applies_until
        ):
            return (
                True,
                True,
                (
                    f"Shared without consent: decided by {override.decided_by or 'a team leader'} "
                    f"on {override.decided_on:%d/%m/%Y}."
                ),
            )
    return False, False, " ".join(reasons)


def family_allows(
    summary: FamilySummary, category: InfoCategory, on: date
) -> tuple[bool, list[str]]:
    """Whether ``category`` about everyone in the family may be reported (monitoring and
    reporting, the early help team) on ``on``, with the reasons for anyone it may not."""
    if not summary.member_ids:
        return False, ["Nobody is recorded in this family file yet."]
    refused = []
    for member_id in summary.member_ids:
        allowed, _override, reason = window_allows(summary, member_id, category, on)
        if not allowed:
            refused.append(reason)
    return not refused, list(dict.fromkeys(refused))


# --- building ---------------------------------------------------------------------------------


def _open(cipher: Cipher, blob: bytes, table: str, row_id: str, family_id: str) -> bytes:
    return cipher.decrypt(blob, associated_data(table, "payload_ct", row_id, family_id))


def _report_aad(row_id: str, family_id: str) -> bytes:
    return associated_data("family_reports", "payload_ct", row_id, family_id)


class _Definitions:
    """Instrument definitions read once per transaction."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.cache: dict[str, InstrumentDefinition] = {}

    def get(self, key: str) -> InstrumentDefinition | None:
        if key not in self.cache:
            text = self.s.scalar(
                select(InstrumentDefinitionRow.definition).where(InstrumentDefinitionRow.key == key)
            )
            if text is None:
                return None
            self.cache[key] = parse_definition(text, f"vault copy of {key}")
        return self.cache.get(key)


def _episodes(s: Session, cipher: Cipher, family_id: str) -> list[Episode]:
    result = []
    rows = s.execute(
        select(EpisodeRow.id, EpisodeRow.payload_ct, EpisodeRow.opened_on, EpisodeRow.closed_on)
        .where(EpisodeRow.family_id == family_id)
        .order_by(EpisodeRow.opened_on, EpisodeRow.id)
    ).all()
    for row_id, blob, opened_on, closed_on in rows:
        details = EpisodeDetails.model_validate_json(
            _open(cipher, blob, "episodes", row_id, family_id)
        )
        r = details.referral
        result.append(
            Episode(
                opened_on=opened_on,
                closed_on=closed_on,
                closure_reason=details.closure.reason if details.closure else None,
                referral=ReferralSummary(
                    received_on=r.received_on,
                    source=r.source_type,
                    decision=r.decision,
                    decided_on=r.decided_on,
                    referrer_told_on=r.feedback_to_referrer_on,
                ),
                tier_steps=[
                    TierStep(
                        on=t.on,
                        kind=t.kind,
                        from_tier=int(t.from_tier) if t.from_tier else None,
                        to_tier=int(t.to_tier),
                    )
                    for t in details.tier_history
                ],
            )
        )
    return result


def _leads(s: Session, cipher: Cipher, family_id: str, names: dict[str, str]) -> list[LeadPeriod]:
    """In the order the allocations were made (``services/allocation.history_order``, which
    this module cannot import: rows from before ``sequence`` first, by their dates, the open one
    last; then by ``sequence``): two allocations can start on the same day."""
    row = LeadAllocationRow
    rows = s.execute(
        select(row.worker_id, row.started_on, row.ended_on)
        .where(row.family_id == family_id)
        .order_by(
            case((row.sequence.is_(None), 0), else_=1),
            row.sequence,
            row.started_on,
            case((row.ended_on.is_(None), 1), else_=0),
            row.ended_on,
        )
    ).all()
    return [
        LeadPeriod(worker_id=w, worker_name=names.get(w, ""), started_on=start, ended_on=end)
        for w, start, end in rows
    ]


def _consent(s: Session, cipher: Cipher, family_id: str) -> ConsentSummary:
    windows = []
    for row_id, blob in s.execute(
        select(ConsentRow.id, ConsentRow.payload_ct)
        .where(ConsentRow.family_id == family_id)
        .order_by(ConsentRow.given_on, ConsentRow.id)
    ):
        c = ConsentRecord.model_validate_json(_open(cipher, blob, "consents", row_id, family_id))
        windows.append(
            ConsentWindow(
                member_id=c.member_id,
                agencies=c.agencies,
                purposes=c.purposes,
                categories=c.categories,
                given_on=c.given_on,
                review_on=c.review_on,
                withdrawn_on=c.withdrawal.on if c.withdrawal else None,
            )
        )
    overrides = []
    for row_id, blob in s.execute(
        select(SharingOverrideRow.id, SharingOverrideRow.payload_ct)
        .where(SharingOverrideRow.family_id == family_id)
        .order_by(SharingOverrideRow.decided_on, SharingOverrideRow.id)
    ):
        o = SharingOverride.model_validate_json(
            _open(cipher, blob, "sharing_overrides", row_id, family_id)
        )
        overrides.append(
            OverrideWindow(
                member_id=o.member_id,
                agency=o.agency,
                purpose=o.purpose,
                categories=o.categories,
                decided_on=o.decided_on,
                applies_until=o.applies_until,
                decided_by=o.decided_by,
            )
        )
    return ConsentSummary(windows=windows, overrides=overrides)


def _assessments(
    s: Session, cipher: Cipher, family_id: str, definitions: _Definitions
) -> tuple[list[OutcomeReading], list[AssessmentDone]]:
    readings: list[OutcomeReading] = []
    done: list[AssessmentDone] = []
    rows = s.execute(
        select(
            AssessmentRow.id,
            AssessmentRow.payload_ct,
            AssessmentRow.instrument_key,
            AssessmentRow.completed_on,
            AssessmentRow.assessed_on,
            AssessmentRow.status,
        )
        .where(AssessmentRow.family_id == family_id, AssessmentRow.status.in_(READING_STATUSES))
        .order_by(AssessmentRow.assessed_on, AssessmentRow.updated_at, AssessmentRow.id)
    ).all()
    for row_id, blob, key, completed_on, assessed_on, status in rows:
        definition = definitions.get(key)
        if definition is None:
            continue
        assessment = Assessment.model_validate_json(
            _open(cipher, blob, "assessments", row_id, family_id)
        )
        if definition.kind is InstrumentKind.OUTCOME_MEASURE:
            reading = reading_from(definition, assessment)
            readings.append(
                OutcomeReading(
                    on=reading.on,
                    instrument_id=reading.instrument_id,
                    instrument_version=reading.instrument_version,
                    instrument_title=definition.title,
                    scores=[
                        ReadingScore(
                            key=a.key,
                            label=a.label,
                            area=a.outcome_area,
                            member_id=a.member_id,
                            score=a.score,
                            stage=a.stage_index,
                            stage_label=a.stage_label,
                        )
                        for a in reading.scores
                    ],
                )
            )
            continue
        answer = assessment.answer(OUTCOME_AREAS_QUESTION)
        chosen = answer.value if answer is not None and isinstance(answer.value, list) else []
        done.append(
            AssessmentDone(
                instrument_id=definition.id,
                title=definition.title,
                completed_on=completed_on or assessed_on,
                needs=[a for a in chosen if a in _AREAS],
                signed_off=status == "signed_off",
            )
        )
    return readings, done


def _claims(
    s: Session, cipher: Cipher, family_id: str, done: list[AssessmentDone]
) -> ClaimEvidence:
    plan = s.execute(
        select(FamilyPlanRow.version, FamilyPlanRow.made_at)
        .where(FamilyPlanRow.family_id == family_id)
        .order_by(FamilyPlanRow.version.desc())
        .limit(1)
    ).first()
    outcomes = []
    for row_id, blob in s.execute(
        select(RealisedOutcomeRow.id, RealisedOutcomeRow.payload_ct)
        .where(RealisedOutcomeRow.family_id == family_id)
        .order_by(RealisedOutcomeRow.achieved_on, RealisedOutcomeRow.id)
    ):
        o = json.loads(_open(cipher, blob, "realised_outcomes", row_id, family_id))
        outcomes.append(
            RealisedOutcome(
                outcome_area=o["outcome_area"],
                positive=o.get("positive", True),
                achieved_on=o["achieved_on"],
                last_confirmed_on=o.get("last_confirmed_on"),
                what_changed=o.get("what_changed", "")[:2000],
            )
        )
    checks = []
    for row_id, blob in s.execute(
        select(FollowUpRow.id, FollowUpRow.payload_ct)
        .where(FollowUpRow.family_id == family_id, FollowUpRow.done_on.is_not(None))
        .order_by(FollowUpRow.due_on, FollowUpRow.scheduled_at)
    ):
        follow_up = FollowUp.model_validate_json(
            _open(cipher, blob, "follow_ups", row_id, family_id)
        )
        if follow_up.check is None:
            continue
        checks.append(
            FollowUpDone(
                closed_on=follow_up.closed_on,
                checked_on=follow_up.check.checked_on,
                areas=[
                    AreaFollowedUp(outcome_area=a.outcome_area, held=a.held, note=a.note)
                    for a in follow_up.check.areas
                ],
            )
        )
    return ClaimEvidence(
        assessments=done,
        plan=PlanVersion(version=plan[0], made_on=plan[1].date()) if plan else None,
        realised_outcomes=outcomes,
        follow_ups=checks,
    )


def _costs(
    s: Session, cipher: Cipher, family_id: str, reference: str
) -> tuple[list[PreventedCost], list[InterventionSpend]]:
    lines = []
    for row_id, blob in s.execute(
        select(PreventedCostRow.id, PreventedCostRow.payload_ct)
        .where(PreventedCostRow.family_id == family_id)
        .order_by(PreventedCostRow.assessed_on, PreventedCostRow.id)
    ):
        record = json.loads(_open(cipher, blob, "prevented_costs", row_id, family_id))
        lines.append(
            PreventedCost(
                status=record.get("status", "proposed"),
                outcome_area=record.get("outcome_area"),
                line=PreventedCostLine.model_validate(record["line"]),
            )
        )
    spends = []
    for row_id, blob in s.execute(
        select(InterventionCostRow.id, InterventionCostRow.payload_ct)
        .where(InterventionCostRow.family_id == family_id)
        .order_by(InterventionCostRow.spent_on, InterventionCostRow.id)
    ):
        e = json.loads(_open(cipher, blob, "intervention_costs", row_id, family_id))
        spent_on = date.fromisoformat(e["spent_on"])
        priced: dict[str, object] = (
            {"amount": e["amount"]}
            if e.get("amount") is not None
            else {"quantity": e["hours"], "unit_rate": e["hourly_rate"], "unit": "hour"}
        )
        kind = e["kind"]
        spends.append(
            InterventionSpend(
                kind=kind,
                spent_on=spent_on,
                cost=InterventionCost.model_validate(
                    {
                        "description": f"{reference}: {kind.replace('_', ' ').capitalize()}",
                        "year": 0,
                        "price_year": e.get("price_year") or _financial_year(spent_on),
                        "basis": e.get("basis", "actual"),
                        "agency": e.get("agency", ""),
                        "source": e.get("source", ""),
                        **priced,
                    }
                ),
            )
        )
    return lines, spends


def _financial_year(day: date) -> str:
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def _list_summary(cipher: Cipher, family_id: str, blob: bytes | None) -> dict[str, Any]:
    if not blob:
        return {}
    aad = associated_data("families", "summary_ct", family_id, family_id)
    return json.loads(cipher.decrypt(bytes(blob), aad))


def build(
    s: Session,
    writer: Writer,
    values: dict[str, Any],
    sections: Iterable[str],
    previous: FamilySummary | None,
    definitions: _Definitions | None = None,
) -> FamilySummary:
    """The family's summary with ``sections`` rebuilt from its records and the rest taken from
    ``previous`` (every section when there is none). ``values``: the family row as stored."""
    family_id, reference = values["id"], values["reference"]
    cipher = writer.cipher(family_id)
    wanted = set(ALL_SECTIONS if previous is None else sections)
    old = previous.model_dump(by_alias=True) if previous is not None else {}
    staff = writer.staff
    names = {u.id: u.display_name for u in staff.users.values()}
    data: dict[str, Any] = {
        key: old[key]
        for key in (
            "member_ids",
            "consent",
            "episodes",
            "leads",
            "outcome_readings",
            "prevented_costs",
            "intervention_costs",
            "claim_evidence",
        )
        if key in old
    }
    if "members" in wanted:
        data["member_ids"] = list(
            s.scalars(
                select(MemberRow.id)
                .where(MemberRow.family_id == family_id)
                .order_by(MemberRow.position, MemberRow.id)
            )
        )
    if "consent" in wanted:
        data["consent"] = _consent(s, cipher, family_id)
    if "episodes" in wanted:
        data["episodes"] = _episodes(s, cipher, family_id)
    if "leads" in wanted:
        data["leads"] = _leads(s, cipher, family_id, names)
    if "readings" in wanted or "claims" in wanted:
        readings, done = _assessments(s, cipher, family_id, definitions or _Definitions(s))
        data["outcome_readings"] = readings
        data["claim_evidence"] = _claims(s, cipher, family_id, done)
    if "costs" in wanted:
        data["prevented_costs"], data["intervention_costs"] = _costs(
            s, cipher, family_id, reference
        )
    listed = _list_summary(cipher, family_id, values.get("summary_ct"))
    alerts = [AlertMark.model_validate(a) for a in listed.get("alerts", ())]
    lead = values.get("lead_worker_id")
    on = today()
    draft = new_summary(
        family_id=family_id,
        reference=reference,
        revision=values.get("revision") or 0,
        built_at=now(),
        status=FamilyStatus(values["status"]),
        tier=values.get("tier"),
        team_id=values.get("team_id"),
        lead_worker_id=lead,
        lead_worker_name=names.get(lead, "") if lead else "",
        opened_on=values.get("opened_on"),
        next_review_due=values.get("next_review_due"),
        last_contact_on=values.get("last_contact_on"),
        member_count=values.get("member_count") or 0,
        risk_flags=[
            RiskFlagSummary(kind=a.kind, since=a.started_on, ended_on=a.ended_on) for a in alerts
        ],
        **data,
    )
    consent_state = family_consent_state(
        [(w.member_id, w.given_on, w.review_on, w.withdrawn_on) for w in draft.consent.windows],
        on,
    )
    allowed, _ = family_allows(draft, InfoCategory.BASIC_DETAILS, on)
    name = listed.get("family_name") if allowed else None
    return draft.model_copy(
        update={
            "closed_on": draft.episodes[-1].closed_on if draft.episodes else None,
            "consent_state": consent_state,
            "family_name": name,
            "withheld": [] if allowed or not draft.member_ids else [NAME_WITHHELD],
        }
    )


_AREAS = {
    "good_education",
    "early_years",
    "health",
    "substance_use",
    "family_relationships",
    "safe_from_abuse_and_exploitation",
    "crime_prevention",
    "safe_from_domestic_abuse",
    "secure_housing",
    "financial_stability",
}


def _same(a: FamilySummary, b: FamilySummary) -> bool:
    return a.model_dump(exclude={"built_at"}) == b.model_dump(exclude={"built_at"})


def read_own(s: Session, writer: Writer, family_id: str) -> tuple[FamilyReportRow | None, Any]:
    """The family's own stored summary (row, summary); (None, None) when it has none yet; the
    summary is None when it cannot be read (then it is rebuilt whole)."""
    row = s.scalar(select(FamilyReportRow).where(FamilyReportRow.family_id == family_id))
    if row is None:
        return None, None
    try:
        plain = writer.cipher(family_id).decrypt(row.payload_ct, _report_aad(row.id, family_id))
        return row, FamilySummary.model_validate_json(plain)
    except (IntegrityError, ValidationError, ValueError):
        return row, None


def store(
    s: Session,
    writer: Writer,
    family_id: str,
    row: FamilyReportRow | None,
    summary: FamilySummary,
    public: bytes,
) -> None:
    """Write the summary under the family's key and sealed to the reporting key."""
    if row is None:
        row = FamilyReportRow(id=_new_id(), family_id=family_id, built_at=summary.built_at)
        s.add(row)
    row.built_at = summary.built_at
    row.payload_ct = writer.cipher(family_id).encrypt(
        summary.to_json(), _report_aad(row.id, family_id)
    )
    copy = s.get(ReportingSummaryRow, family_id)
    sealed = seal_for_reporting(writer, public, summary)
    if copy is None:
        s.add(
            ReportingSummaryRow(
                family_id=family_id,
                reference=summary.reference,
                team_id=summary.team_id,
                revision=summary.revision,
                source=SOURCE_VAULT,
                updated_at=summary.built_at,
                summary_ct=sealed,
            )
        )
        return
    if copy.source == SOURCE_BUNDLE and copy.revision > summary.revision:
        return  # a newer summary from a laptop stands until this vault catches up
    set_vault_copy(copy, summary, sealed)


def set_vault_copy(copy: ReportingSummaryRow, summary: FamilySummary, sealed: bytes) -> None:
    """The reporting copy made this vault's summary (``sealed``: as ``seal_for_reporting``)."""
    copy.reference, copy.team_id, copy.revision = (
        summary.reference,
        summary.team_id,
        summary.revision,
    )
    copy.source, copy.sender_id, copy.bundle_id = SOURCE_VAULT, None, None
    copy.updated_at, copy.summary_ct = summary.built_at, sealed


def _new_id() -> str:
    import uuid

    return uuid.uuid4().hex


def refresh(s: Session, writer: Writer, changes: manifest.FamilyChanges) -> None:
    """Bring the summary of every family this transaction changed up to date (see the module's
    docstring). Families the writer holds no key for are left alone (they change only through
    their holders); so is every family while the vault has no reporting key."""
    public = reporting_public(writer)
    if public is None or not changes.families:
        return
    wanted = [f for f in sorted(changes.families) if writer.holds_key(f)]
    if not wanted:
        return
    values = manifest.family_values(s, wanted)
    definitions = _Definitions(s)
    for family_id in wanted:
        row_values = values.get(family_id)
        if row_values is None:
            continue
        tables = {t for t, _ in changes.changed.get(family_id, ())} | {
            t for t, _ in changes.deleted.get(family_id, ())
        }
        sections: set[str] = set()
        for table in tables:
            sections |= SECTIONS_OF.get(table, frozenset())
        row, previous = read_own(s, writer, family_id)
        summary = build(s, writer, row_values, sections, previous, definitions)
        if previous is not None and _same(previous, summary):
            continue
        store(s, writer, family_id, row, summary, public)
    s.flush()
