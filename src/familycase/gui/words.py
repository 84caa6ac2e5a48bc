"""How service values read on screen: plain words a key worker uses, dates as dd/mm/yyyy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from familycase.domain.enums import (
    AgencyType,
    ClosureReason,
    ContactKind,
    FamilyStatus,
    Gender,
    HouseholdRole,
    ReferralDecision,
    RelationshipKind,
    Role,
    Tier,
)
from familycase.services import timeline

_CONTEXT = "Words"
EN_DASH = "\N{EN DASH}"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: FamilyStatus) -> str:
    return {
        FamilyStatus.REFERRED: _tr("Awaiting allocation"),
        FamilyStatus.OPEN: _tr("Open"),
        FamilyStatus.STEPPED_UP: _tr("Stepped up"),
        FamilyStatus.CLOSED: _tr("Closed"),
    }[status]


def tier_text(tier: Tier | None) -> str:
    if tier is None:
        return _tr("Not set")
    name = {
        Tier.UNIVERSAL: _tr("Universal"),
        Tier.EARLY_HELP: _tr("Early help"),
        Tier.TARGETED: _tr("Targeted"),
        Tier.COMPLEX: _tr("Complex"),
    }[tier]
    return f"{int(tier)} {EN_DASH} {name}"


def role_text(role: Role) -> str:
    return {
        Role.KEY_WORKER: _tr("Key worker"),
        Role.TEAM_LEADER: _tr("Team leader"),
        Role.MANAGER: _tr("Manager"),
        Role.ADMINISTRATOR: _tr("Administrator"),
    }[role]


def household_role_text(role: HouseholdRole) -> str:
    return {
        HouseholdRole.PARENT: _tr("Parent"),
        HouseholdRole.STEP_PARENT: _tr("Step-parent"),
        HouseholdRole.CARER: _tr("Carer"),
        HouseholdRole.GRANDPARENT: _tr("Grandparent"),
        HouseholdRole.CHILD: _tr("Child"),
        HouseholdRole.UNBORN_CHILD: _tr("Unborn child"),
        HouseholdRole.OTHER_ADULT: _tr("Other adult"),
        HouseholdRole.WIDER_FAMILY: _tr("Wider family"),
    }[role]


def date_text(day: date | None) -> str:
    return "" if day is None else day.strftime("%d/%m/%Y")


def families_text(n: int) -> str:
    # Qt's "%n" plurals need a translation file even for English, so choose here.
    return _tr("1 family") if n == 1 else _tr("{n} families").format(n=n)


def overdue_text(n: int) -> str:
    return _tr("1 review overdue") if n == 1 else _tr("{n} reviews overdue").format(n=n)


def gender_text(gender: Gender) -> str:
    return {
        Gender.FEMALE: _tr("Female"),
        Gender.MALE: _tr("Male"),
        Gender.NON_BINARY: _tr("Non-binary"),
        Gender.OTHER: _tr("Other"),
        Gender.NOT_KNOWN: _tr("Not known"),
        Gender.PREFER_NOT_TO_SAY: _tr("Prefers not to say"),
    }[gender]


def relationship_text(kind: RelationshipKind) -> str:
    return {
        RelationshipKind.PARENT_OF: _tr("is a parent of"),
        RelationshipKind.STEP_PARENT_OF: _tr("is a step-parent of"),
        RelationshipKind.GRANDPARENT_OF: _tr("is a grandparent of"),
        RelationshipKind.CARER_OF: _tr("is a carer of"),
        RelationshipKind.SIBLING_OF: _tr("is a brother or sister of"),
        RelationshipKind.HALF_SIBLING_OF: _tr("is a half-brother or half-sister of"),
        RelationshipKind.PARTNER_OF: _tr("is the partner of"),
        RelationshipKind.EX_PARTNER_OF: _tr("is the ex-partner of"),
        RelationshipKind.OTHER: _tr("is otherwise related to"),
    }[kind]


def agency_type_text(kind: AgencyType) -> str:
    return timeline.agency_type_label(kind)


def closure_reason_text(reason: ClosureReason) -> str:
    return timeline.closure_reason_label(reason)


def decision_text(decision: ReferralDecision) -> str:
    return timeline.decision_label(decision)


def contact_kind_text(kind: ContactKind) -> str:
    return timeline.contact_kind_label(kind)


def consent_text() -> str:
    """Consent to share is recorded by a later piece of work; until then every family says so."""
    return _tr("Not recorded yet")


def minutes_text(minutes: int) -> str:
    return timeline.duration_label(minutes)


def weight_text(weight: float) -> str:
    return f"{weight:g}" if weight != int(weight) else str(int(weight))


def yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")
