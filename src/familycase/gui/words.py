"""How service values read on screen: plain words a key worker uses, dates as dd/mm/yyyy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from familycase.domain.enums import FamilyStatus, HouseholdRole, Role, Tier

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
