"""How service values read on screen: plain words a key worker uses, dates as dd/mm/yyyy."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from familycase.domain.approvals import ApprovalRequest, ApprovalStatus
from familycase.domain.consent import (
    ConsentMethod,
    ConsentState,
    GateOutcome,
    GivenBy,
    InfoCategory,
    LawfulBasis,
    Purpose,
)
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
from familycase.domain.follow_up import CheckMethod
from familycase.domain.instruments import OutcomeArea
from familycase.domain.people import MatchReason
from familycase.domain.risk import RiskFlag, RiskKind
from familycase.domain.settings import ApprovalKind, Jurisdiction
from familycase.services import approvals, timeline

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


def consent_text(state: ConsentState | str | None = None) -> str:
    """A consent state in words (never only a colour); None: nothing recorded for anyone."""
    if state is None:
        return _tr("Not recorded yet")
    return {
        ConsentState.CURRENT: _tr("Current"),
        ConsentState.EXPIRING_SOON: _tr("Expiring soon"),
        ConsentState.EXPIRED: _tr("Expired"),
        ConsentState.WITHDRAWN: _tr("Withdrawn"),
        ConsentState.NOT_YET_VALID: _tr("Not yet valid"),
    }[ConsentState(state)]


def consent_needs_attention(state: ConsentState | str | None) -> bool:
    return state is not None and ConsentState(state) in (
        ConsentState.EXPIRED,
        ConsentState.EXPIRING_SOON,
        ConsentState.WITHDRAWN,
    )


def given_by_text(given_by: GivenBy) -> str:
    return {
        GivenBy.THE_PERSON: _tr("The person themselves"),
        GivenBy.PARENTAL_RESPONSIBILITY: _tr("Someone with parental responsibility"),
        GivenBy.COMPETENT_YOUNG_PERSON: _tr("A young person under 16 assessed as competent"),
        GivenBy.LEGAL_REPRESENTATIVE: _tr("A legal representative"),
    }[given_by]


def consent_method_text(method: ConsentMethod) -> str:
    return {
        ConsentMethod.WRITTEN: _tr("Written (signed form)"),
        ConsentMethod.VERBAL: _tr("Verbal"),
        ConsentMethod.ELECTRONIC: _tr("Electronic"),
    }[method]


def purpose_text(purpose: Purpose) -> str:
    return _tr(purpose.label)


def category_text(category: InfoCategory) -> str:
    return _tr(category.label)


def lawful_basis_text(basis: LawfulBasis) -> str:
    return {
        LawfulBasis.CONSENT: _tr("Consent"),
        LawfulBasis.CONTRACT: _tr("Contract"),
        LawfulBasis.LEGAL_OBLIGATION: _tr("Legal obligation"),
        LawfulBasis.VITAL_INTERESTS: _tr("Vital interests (to protect someone's life)"),
        LawfulBasis.PUBLIC_TASK: _tr("Public task"),
        LawfulBasis.LEGITIMATE_INTERESTS: _tr("Legitimate interests"),
    }[basis]


def share_outcome_text(outcome: str) -> str:
    return {
        "shared": _tr("Shared"),
        "partly_withheld": _tr("Shared, some withheld"),
        "withheld": _tr("Withheld"),
    }.get(outcome, outcome.replace("_", " ").capitalize())


def gate_outcome_text(outcome: GateOutcome) -> str:
    return {
        GateOutcome.ALLOW: _tr("Shared with consent"),
        GateOutcome.ALLOW_BY_OVERRIDE: _tr("Shared without consent (recorded decision)"),
        GateOutcome.DENY: _tr("Withheld"),
    }[outcome]


def channel_text(channel: str) -> str:
    return {
        "print": _tr("Printed"),
        "export": _tr("Exported"),
        "panel": _tr("Panel"),
        "bundle": _tr("Summary bundle"),
        "manual": _tr("Recorded by hand"),
        "letter": _tr("Letter"),
    }.get(channel, channel.replace("_", " ").capitalize())


def risk_kind_text(kind: RiskKind) -> str:
    return _tr(kind.label)


def risk_flag_title(flag: RiskFlag) -> str:
    return flag.other_kind if flag.kind is RiskKind.OTHER else risk_kind_text(flag.kind)


def document_type_text(type_text: str) -> str:
    return _tr(type_text)


def match_reason_text(reason: MatchReason) -> str:
    return _tr(reason.label)


def minutes_text(minutes: int) -> str:
    return timeline.duration_label(minutes)


def weight_text(weight: float) -> str:
    return f"{weight:g}" if weight != int(weight) else str(int(weight))


def yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")


# --- prevented costs ---------------------------------------------------------------------------


def money_text(value: object | None) -> str:
    """£1,234.56 (the engine's exact figure rounded to the penny), or a dash."""
    if value is None:
        return EN_DASH
    from familycase.domain.costs.money import round_money

    amount = round_money(Decimal(str(value)))
    return f"-£{-amount:,.2f}" if amount < 0 else f"£{amount:,.2f}"


def percent_text(share: object) -> str:
    """0.4 -> 40%, 0.125 -> 12.5%."""
    value = Decimal(str(share)) * 100
    text = f"{value.normalize():f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%"


def ratio_text(ratio: str | None) -> str:
    return ratio or _tr("no costs recorded yet")


def evidence_strength_text(strength: str) -> str:
    return {
        "strong": _tr("Strong: recorded, local and recent"),
        "moderate": _tr("Moderate: a professional judgement backed by records"),
        "weak": _tr("Weak: a judgement with little to back it"),
        "anecdotal": _tr("Anecdotal: what someone said might happen"),
    }.get(str(strength), str(strength))


def evidence_strength_short(strength: str) -> str:
    return {
        "strong": _tr("Strong"),
        "moderate": _tr("Moderate"),
        "weak": _tr("Weak"),
        "anecdotal": _tr("Anecdotal"),
    }.get(str(strength), str(strength))


def cost_status_text(status: str) -> str:
    return {
        "proposed": _tr("Proposed"),
        "agreed": _tr("Agreed"),
        "withdrawn": _tr("Withdrawn (not counted)"),
    }.get(str(status), str(status))


def benefit_type_text(kind: str) -> str:
    return {
        "fiscal": _tr("Public money (a service's budget)"),
        "economic": _tr("The wider economy (earnings, work)"),
        "social": _tr("Wellbeing and quality of life"),
    }.get(str(kind), str(kind))


def spend_kind_text(kind: str) -> str:
    return {
        "key_worker_time": _tr("Key worker time"),
        "flexible_spend": _tr("Flexible spend"),
        "personal_budget": _tr("Personal budget"),
        "commissioned_service": _tr("Commissioned service"),
        "other": _tr("Other"),
    }.get(str(kind), str(kind))


# Plain explanations of the adjustments (shown as hints and tooltips).
def deadweight_hint() -> str:
    return _tr(
        "Deadweight: how much of the change would have happened anyway, without the work. "
        "20% means one time in five things would have got better on their own."
    )


def attribution_hint() -> str:
    return _tr(
        "Attribution: how much of the change is down to this work rather than other services "
        "or the family's own efforts. 70% means this work gets 70% of the credit."
    )


def optimism_bias_hint() -> str:
    return _tr(
        "Optimism bias: people tend to over-estimate what they prevented, so a share is taken "
        "off, more when the evidence is weaker (none for strong, 10% moderate, 25% weak, "
        "40% anecdotal)."
    )


def probability_hint() -> str:
    return _tr(
        "How likely it was to happen without the work. 40% means it would probably not have "
        "happened, but there was a real risk."
    )


def discount_hint() -> str:
    return _tr(
        "Discounting: money saved in later years counts for a little less than money saved "
        "now (HM Treasury's Green Book uses 3.5% a year)."
    )


# --- management oversight ----------------------------------------------------------------------


def approval_kind_text(kind: ApprovalKind) -> str:
    return {
        ApprovalKind.STEP_UP: _tr("Step up"),
        ApprovalKind.STEP_DOWN: _tr("Step down"),
        ApprovalKind.CLOSURE: _tr("Closure"),
        ApprovalKind.ASSESSMENT_SIGN_OFF: _tr("Assessment sign-off"),
    }[kind]


def approval_status_text(status: ApprovalStatus) -> str:
    return {
        ApprovalStatus.PENDING: _tr("Waiting for a team leader"),
        ApprovalStatus.APPROVED: _tr("Approved"),
        ApprovalStatus.RETURNED: _tr("Returned"),
        ApprovalStatus.WITHDRAWN: _tr("Withdrawn"),
    }[status]


def request_text(request: ApprovalRequest) -> str:
    """What was asked, in a few words: "Step up from tier 2 to tier 4", "Close the episode"."""
    return approvals.request_words(request)


def jurisdiction_text(jurisdiction: Jurisdiction) -> str:
    return {
        Jurisdiction.ENGLAND: _tr("England"),
        Jurisdiction.WALES: _tr("Wales"),
        Jurisdiction.SCOTLAND: _tr("Scotland"),
    }[jurisdiction]


def check_method_text(method: CheckMethod) -> str:
    return {
        CheckMethod.HOME_VISIT: _tr("Home visit"),
        CheckMethod.PHONE_CALL: _tr("Phone call with the family"),
        CheckMethod.FAMILY_MET: _tr("Met the family elsewhere"),
        CheckMethod.AGENCY_CHECK: _tr("Checked with an agency that knows the family"),
        CheckMethod.RECORDS_CHECK: _tr("Checked records"),
        CheckMethod.NOT_REACHED: _tr("Could not reach the family"),
    }[method]


def outcome_area_text(area: OutcomeArea) -> str:
    return _tr(area.label)
