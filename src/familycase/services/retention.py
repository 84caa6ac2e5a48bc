"""Retention: families past their retention period, and their destruction.

A family whose episodes are all closed is kept for the retention period after the last closure
(a setting; 6 years by default), then listed for destruction. Destruction, once confirmed by
typing the family's reference, first destroys the family's key share and every wrap of its key
(crypto-shredding: no copy of the database can be decrypted any more), then deletes its rows,
and leaves an audit entry that names only the reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from familycase.domain.enums import FamilyStatus, Role
from familycase.services import manifest
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import today
from familycase.services.errors import InvalidRequest, PermissionDenied, UnknownRecord
from familycase.services.vault import UserSession, Vault
from familycase.store.schema import (
    AgencyInvolvementRow,
    ApprovalRow,
    AssessmentRow,
    BaselineServiceUseRow,
    CheckoutRow,
    ChronologyEntryRow,
    ConflictRow,
    ConsentEvidenceRow,
    ConsentRow,
    ContactNoteRow,
    DocumentRow,
    EpisodeRow,
    FamilyKeyGrant,
    FamilyPlanRow,
    FamilyReportRow,
    FamilyRow,
    FollowUpRow,
    InterventionCostRow,
    LeadAllocationRow,
    MemberRow,
    PersonLinkRow,
    PreventedCostRow,
    RealisedOutcomeRow,
    RelationshipRow,
    ReportingSummaryRow,
    ReviewRow,
    RiskFlagRow,
    ShareLogRow,
    SharingOverrideRow,
    SupervisionActionRow,
    SupervisionNoteRow,
    VaultMeta,
)

DEFAULT_RETENTION_YEARS = 6
RETENTION_KEY = "retention_years"
# Children first, so that foreign keys hold at every step.
FAMILY_TABLES = (
    SupervisionActionRow,
    SupervisionNoteRow,
    FollowUpRow,
    ApprovalRow,
    ConflictRow,
    FamilyReportRow,
    DocumentRow,
    ChronologyEntryRow,
    PersonLinkRow,
    RiskFlagRow,
    PreventedCostRow,
    BaselineServiceUseRow,
    RealisedOutcomeRow,
    InterventionCostRow,
    ReviewRow,
    FamilyPlanRow,
    AssessmentRow,
    ConsentEvidenceRow,
    ConsentRow,
    SharingOverrideRow,
    ShareLogRow,
    ContactNoteRow,
    LeadAllocationRow,
    EpisodeRow,
    AgencyInvolvementRow,
    RelationshipRow,
    MemberRow,
)


def retention_years(vault: Vault) -> int:
    with Session(vault.engine) as s:
        row = s.get(VaultMeta, RETENTION_KEY)
    return int(row.value) if row else DEFAULT_RETENTION_YEARS


def set_retention_years(us: UserSession, years: int) -> None:
    if us.worker.role is not Role.ADMINISTRATOR:
        raise PermissionDenied("Only an administrator can change the retention period.")
    if not 1 <= years <= 100:
        raise InvalidRequest("The retention period must be between 1 and 100 years.")
    with us.write() as s:
        row = s.get(VaultMeta, RETENTION_KEY)
        if row is None:
            s.add(VaultMeta(key=RETENTION_KEY, value=str(years)))
        else:
            row.value = str(years)
        us.audit(s, AuditEvent(Action.EDIT, "vault", None, {"retention_years": years}))


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class RetentionRow:
    family_id: str
    reference: str
    last_closed_on: date
    destroy_after: date


def past_retention(us: UserSession, on: date | None = None) -> list[RetentionRow]:
    """Closed families whose retention period has ended (team leaders: their team's)."""
    if us.worker.role not in (Role.TEAM_LEADER, Role.ADMINISTRATOR):
        raise PermissionDenied("Only team leaders and administrators manage retention.")
    on = on or today()
    years = retention_years(us.vault)
    last_closed = func.max(EpisodeRow.closed_on)
    open_episodes = func.sum(case((EpisodeRow.closed_on.is_(None), 1), else_=0))
    query = (
        select(FamilyRow.id, FamilyRow.reference, last_closed)
        .join(EpisodeRow, EpisodeRow.family_id == FamilyRow.id)
        .where(FamilyRow.status == FamilyStatus.CLOSED.value)
        .group_by(FamilyRow.id, FamilyRow.reference)
        .having(open_episodes == 0)
        .order_by(last_closed)
    )
    if us.worker.role is Role.TEAM_LEADER:
        query = query.where(FamilyRow.team_id == us.worker.team_id)
    with us.read() as s:
        rows = s.execute(query).all()
    result = []
    for family_id, reference, closed_on in rows:
        due = add_years(closed_on, years)
        if due < on:
            result.append(RetentionRow(family_id, reference, closed_on, due))
    return result


def destroy_family(
    us: UserSession, family_id: str, confirm_reference: str, on: date | None = None
) -> str:
    """Destroy a family past retention. Returns its reference."""
    due = {row.family_id: row for row in past_retention(us, on)}
    with us.read() as s:
        family = s.get(FamilyRow, family_id)
        if family is None:
            raise UnknownRecord("There is no such family file.")
        reference = family.reference
    if family_id not in due:
        raise InvalidRequest(
            f"{reference} is not past its retention period; it cannot be destroyed yet."
        )
    if confirm_reference.strip().upper() != reference:
        raise InvalidRequest(
            f"To destroy this family file, type its reference {reference} exactly."
        )
    # 1. Crypto-shredding: the key share (outside the database) and every wrap of the key.
    us.vault.shares.destroy([family_id])
    us.forget_family_key(family_id)
    with us.write() as s:
        changes = manifest.tracker(s)
        assert changes is not None
        changes.bulk_allowed = True  # the whole family goes, its manifest with it
        changes.mark_destroyed(family_id)
        s.execute(delete(FamilyKeyGrant).where(FamilyKeyGrant.family_id == family_id))
        s.execute(delete(CheckoutRow).where(CheckoutRow.family_id == family_id))
        s.flush()
        # 2. The records themselves.
        for table in FAMILY_TABLES:
            s.execute(delete(table).where(table.family_id == family_id))
        s.execute(delete(FamilyRow).where(FamilyRow.id == family_id))
        # Its reporting copy too (sealed to the reporting key: it would outlive the shares).
        s.execute(delete(ReportingSummaryRow).where(ReportingSummaryRow.family_id == family_id))
        # 3. A trace without personal data.
        us.audit(
            s,
            AuditEvent(
                Action.DESTROY,
                "family",
                family_id,
                {
                    "reference": reference,
                    "last_closed_on": due[family_id].last_closed_on.isoformat(),
                    "retention_years": retention_years(us.vault),
                },
            ),
        )
    return reference
