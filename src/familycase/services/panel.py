"""Panel case summaries: what a multi-agency panel member may see about a family.

Each section is filtered through the consent gate for the recipient agency and purpose. The
risks section holds the file's current risk and alert flags (each through the gate by its
category: a safeguarding share without consent goes through a recorded override, and says
so) and any risk the worker notes for this panel.
Anything the family has not agreed to share with that agency (and no override covers) is
replaced by a visible "withheld" notice, never silently dropped. Decisions are written to the
share log only once the pack has been produced (a cancelled pack shares nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from pydantic import BaseModel, Field

from familycase.domain.consent import (
    FamilyConsent,
    GateDecision,
    GateOutcome,
    InfoCategory,
    Purpose,
)
from familycase.domain.enums import AgencyType, HouseholdRole
from familycase.domain.family import Member, Relationship
from familycase.domain.genogram import Genogram
from familycase.domain.risk import RiskFlag, RiskKind
from familycase.i18n import date_text, tr
from familycase.services import assessments, families, plans
from familycase.services import consent as consent_service
from familycase.services.clock import now, today
from familycase.services.consent import Recipient
from familycase.services.errors import Cancelled, InvalidRequest
from familycase.services.genogram import gated_tree
from familycase.services.timeline import agency_type_label, tier_label
from familycase.services.vault import UserSession

_CONTEXT = "PanelSummary"
# Words picked at run time (scripts/translations.py lists them for the catalogue).
ROLES = {
    HouseholdRole.PARENT: "Parent",
    HouseholdRole.STEP_PARENT: "Step-parent",
    HouseholdRole.CARER: "Carer",
    HouseholdRole.GRANDPARENT: "Grandparent",
    HouseholdRole.CHILD: "Child",
    HouseholdRole.UNBORN_CHILD: "Unborn child",
    HouseholdRole.OTHER_ADULT: "Other adult",
    HouseholdRole.WIDER_FAMILY: "Wider family",
}
ACTION_STATUS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "stopped": "Stopped",
}
TIER_CHANGES = {"initial": "First tier", "step_up": "Step up", "step_down": "Step down"}


def _tr(text: str) -> str:
    return tr(_CONTEXT, text)


def _role(role: HouseholdRole) -> str:
    return _tr(ROLES.get(role, role.value.replace("_", " ")))


def _flag_title(flag: RiskFlag) -> str:
    """The kind of alert in the language in use (the GUI's words for it), or what the worker
    wrote for an "other" alert."""
    return flag.other_kind if flag.kind is RiskKind.OTHER else tr("Words", flag.kind.label)


def reason_in_words(decision: GateDecision, agency: str) -> str:
    """Why the gate withheld one item, in words a panel member and a worker understand: no
    consent, withdrawn or expired, or what the consent in force leaves out (a purpose, this
    agency, this kind of information)."""
    if decision.allowed:
        return ""
    parts = []
    for why in decision.why or ["none"]:
        match why:
            case "none":
                parts.append(_tr("no consent to share has been recorded for them"))
            case "withdrawn":
                parts.append(_tr("their consent has been withdrawn"))
            case "expired":
                parts.append(_tr("their consent has expired"))
            case "not_started":
                parts.append(_tr("their consent has not started yet"))
            case "purpose":
                parts.append(
                    _tr("their consent is for other purposes, not for {purpose}").format(
                        purpose=tr("Words", decision.purpose.label).lower()
                    )
                )
            case "agency":
                parts.append(_tr("their consent does not include {agency}").format(agency=agency))
            case "category":
                parts.append(
                    _tr("they did not agree to share {information}").format(
                        information=tr("Words", decision.category.label).lower()
                    )
                )
    return "; ".join(dict.fromkeys(parts))  # each reason once, in order


def withheld_notice(decisions: Sequence[GateDecision], agency: str) -> str | None:
    """What a section's WITHHELD notice says: how many people, and why, for each reason
    (None when nothing was withheld)."""
    people: dict[str, set[str]] = {}
    for decision in decisions:
        if not decision.allowed:
            people.setdefault(reason_in_words(decision, agency), set()).add(decision.member_id)
    if not people:
        return None
    return "; ".join(
        (
            _tr("1 person: {reason}") if len(ids) == 1 else _tr("{n} people: {reason}")
        ).format(n=len(ids), reason=reason)
        for reason, ids in people.items()
    ) + "."


class RiskNote(BaseModel):
    text: str = Field(min_length=1, max_length=4000, title="Risk")
    category: InfoCategory = Field(title="Type of information")
    member_ids: list[str] = Field(min_length=1, title="About")


class PanelRequest(BaseModel):
    """What the worker asks of the panel, prepared with the pack."""

    question: str = Field(default="", max_length=4000, title="What the panel is asked to decide")
    risks: list[RiskNote] = Field(default_factory=list)


@dataclass(frozen=True)
class RadarData:
    """First and latest outcome readings, for a chart."""

    labels: list[str]
    first: list[int]
    latest: list[int]
    first_on: date
    latest_on: date


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[list[str]]  # a header row, then content rows; empty when withheld
    withheld: str | None = None  # the notice shown instead, with the reason
    chart: RadarData | None = None
    widths: tuple[float, ...] | None = None  # shares of the page width, one per column
    genogram: Genogram | None = None  # the family tree, people not shared drawn as withheld


@dataclass(frozen=True)
class PanelSummary:
    family_id: str
    reference: str
    recipient: Recipient
    purpose: Purpose
    produced_at: datetime
    produced_by: str
    sections: list[Section]
    question: str
    decisions: list[GateDecision] = field(default_factory=list)
    consent: FamilyConsent | None = None  # the family's consent to share, across its people

    @property
    def consent_text(self) -> str:
        """'Consent to share: 3 of 6 people' (the same words as the family file and lists)."""
        state = self.consent.text() if self.consent else tr("consent", "None recorded")
        return _tr("Consent to share in this family: {state}.").format(state=state)

    @property
    def withheld_count(self) -> int:
        return sum(1 for d in self.decisions if not d.allowed)


def _age(member: Member, on: date) -> str:
    if member.household_role is HouseholdRole.UNBORN_CHILD and member.expected_date:
        return _tr("Unborn (due {date})").format(date=date_text(member.expected_date))
    return member.age_text(on)


def prepare(
    us: UserSession,
    family_id: str,
    recipient: Recipient,
    request: PanelRequest,
    purpose: Purpose = Purpose.PANEL,
) -> PanelSummary:
    """Gather and filter one family's summary (the gate's decisions are not logged yet)."""
    view = families.open_family(us, family_id)
    members = view.file.members
    on = today()
    items = [
        (m.id, category)
        for m in members
        for category in (
            InfoCategory.BASIC_DETAILS,
            InfoCategory.ASSESSMENT_AND_PLAN,
            InfoCategory.OUTCOMES,
        )
    ]
    flags = view.current_risks
    all_ids = [m.id for m in members]
    flag_items = [
        consent_service.items_about(flag.member_ids, flag.gate_category, all_ids) for flag in flags
    ]
    items += [item for needed in flag_items for item in needed]
    items += [(member_id, risk.category) for risk in request.risks for member_id in risk.member_ids]
    items = list(dict.fromkeys(items))
    decisions = consent_service.check(us, family_id, recipient, purpose, items, on)
    allowed = {(d.member_id, d.category) for d in decisions if d.allowed}
    agency = recipient.name or agency_type_label(recipient.agency_type)

    def notice(*categories: InfoCategory) -> str | None:
        return withheld_notice([d for d in decisions if d.category in categories], agency)

    def everyone(category: InfoCategory) -> bool:
        return all((m.id, category) in allowed for m in members)

    household_rows = [[_tr("Name"), _tr("Age"), _tr("Role"), _tr("School or setting")]]
    hidden = 0
    basic = {d.member_id: d for d in decisions if d.category is InfoCategory.BASIC_DETAILS}
    for m in members:
        if (m.id, InfoCategory.BASIC_DETAILS) in allowed:
            household_rows.append(
                [
                    m.full_name,
                    _age(m, on),
                    _role(m.household_role),
                    m.school_or_setting,
                ]
            )
        else:
            hidden += 1
            household_rows.append(
                [
                    _tr("Withheld"),
                    "",
                    _role(m.household_role),
                    reason_in_words(basic[m.id], agency).capitalize(),
                ]
            )
    sections = [
        Section(
            _tr("Household"),
            household_rows,
            notice(InfoCategory.BASIC_DETAILS) if hidden else None,
        ),
        _tree_section(
            members, view.file.relationships, decisions, notice(InfoCategory.BASIC_DETAILS)
        ),
    ]

    episode = view.current_episode or (view.episodes[-1] if view.episodes else None)
    family_level = everyone(InfoCategory.ASSESSMENT_AND_PLAN)
    if episode is None:
        sections.append(
            Section(
                _tr("Reason for involvement"),
                [[_tr("Referral")], [_tr("No episode recorded.")]],
            )
        )
    elif family_level:
        referral = episode.details.referral
        sections.append(
            Section(
                _tr("Reason for involvement"),
                [
                    [_tr("Referred"), _tr("By"), _tr("Reason")],
                    [
                        date_text(referral.received_on),
                        agency_type_label(referral.source_type),
                        referral.reason,
                    ],
                ],
            )
        )
        sections.append(
            Section(
                _tr("Tier and history"),
                [[_tr("Date"), _tr("Change"), _tr("Tier"), _tr("Reason")]]
                + [
                    [
                        date_text(t.on),
                        _tr(TIER_CHANGES.get(t.kind.value, t.kind.value.replace("_", " "))),
                        tier_label(t.to_tier),
                        t.reason,
                    ]
                    for t in episode.details.tier_history
                ],
            )
        )
    else:
        for title in (_tr("Reason for involvement"), _tr("Tier and history")):
            sections.append(Section(title, [], notice(InfoCategory.ASSESSMENT_AND_PLAN)))
    lead = next((a.worker_name for a in view.allocations if a.allocation.ended_on is None), "")
    taf = [a for a in view.file.agencies if a.in_team_around_family]
    sections.append(
        Section(
            _tr("Lead professional and Team Around the Family"),
            [
                [_tr("Role"), _tr("Who"), _tr("Agency")],
                [
                    _tr("Lead professional"),
                    lead or _tr("Not allocated"),
                    agency_type_label(AgencyType.EARLY_HELP),
                ],
                *[
                    [
                        _tr("TAF member"),
                        a.practitioner.name if a.practitioner else "",
                        a.agency_name,
                    ]
                    for a in taf
                ],
            ],
        )
    )
    if family_level:
        sections.append(_plan_section(us, family_id))
    else:
        sections.append(
            Section(_tr("Current plan and progress"), [], notice(InfoCategory.ASSESSMENT_AND_PLAN))
        )
    if everyone(InfoCategory.OUTCOMES):
        sections.append(_readings_section(us, family_id))
    else:
        sections.append(
            Section(_tr("Latest outcome readings"), [], notice(InfoCategory.OUTCOMES))
        )
    by_item = {(d.member_id, d.category): d for d in decisions}
    overrides = (
        {o.id: o for o in consent_service.overrides(us, family_id)}
        if any(d.outcome is GateOutcome.ALLOW_BY_OVERRIDE for d in decisions)
        else {}
    )

    def basis(needed: list[tuple[str, InfoCategory]]) -> str:
        for item in needed:
            decision = by_item[item]
            if decision.outcome is GateOutcome.ALLOW_BY_OVERRIDE:
                override = overrides.get(decision.override_id or "")
                if override is not None:
                    return _tr("Without consent: safeguarding decision by {who}, {date}").format(
                        who=override.decided_by, date=date_text(override.decided_on)
                    )
                return _tr("Without consent (recorded decision)")
        return _tr("Consent")

    names = {m.id: m.full_name for m in members}
    risk_rows = [
        [
            _tr("Risk or alert"),
            _tr("About"),
            _tr("Since"),
            _tr("Told by"),
            _tr("Shared on the basis of"),
        ]
    ]
    withheld_risks = 0
    risk_decisions: list[GateDecision] = []
    for flag, needed in zip(flags, flag_items, strict=True):
        if not set(needed) <= allowed:
            withheld_risks += 1
            risk_decisions += [by_item[item] for item in needed]
            continue
        source = flag.source_agency_name or (
            agency_type_label(flag.source_agency_type) if flag.source_agency_type else ""
        )
        risk_rows.append(
            [
                _flag_title(flag) + (f": {flag.note}" if flag.note else ""),
                ", ".join(names[m] for m in flag.member_ids) or _tr("The whole family"),
                date_text(flag.started_on),
                source,
                basis(needed),
            ]
        )
    for risk in request.risks:
        needed = [(mid, risk.category) for mid in risk.member_ids]
        if set(needed) <= allowed:
            risk_rows.append(
                [
                    f"{risk.text} ({tr('Words', risk.category.label).lower()})",
                    ", ".join(
                        names[m]
                        for m in risk.member_ids
                        if (m, InfoCategory.BASIC_DETAILS) in allowed
                    )
                    or _tr("Withheld"),
                    "",
                    _tr("Noted for this panel"),
                    basis(needed),
                ]
            )
        else:
            withheld_risks += 1
            risk_decisions += [
                d
                for d in decisions
                if d.category is risk.category and d.member_id in risk.member_ids
            ]
    if len(risk_rows) == 1 and not withheld_risks:
        risk_rows = [
            [_tr("Risk or alert")],
            [
                _tr(
                    "No risks or alerts are recorded in the family file, and none were "
                    "noted for the panel."
                )
            ],
        ]
    sections.append(
        Section(
            _tr("Risks and alerts"),
            risk_rows if len(risk_rows) > 1 else [],
            _tr("{n} risk note(s): {notice}").format(
                n=withheld_risks, notice=withheld_notice(risk_decisions, agency)
            )
            if withheld_risks
            else None,
            widths=None if len(risk_rows[0]) == 1 else (0.36, 0.17, 0.11, 0.14, 0.22),
        )
    )
    return PanelSummary(
        family_id,
        view.file.reference,
        recipient,
        purpose,
        now(),
        us.worker.display_name,
        sections,
        request.question,
        decisions,
        view.consent,
    )


def _tree_section(
    members: list[Member],
    relationships: list[Relationship],
    decisions: list[GateDecision],
    notice: str | None,
) -> Section:
    """The family tree, with only the people whose basic details may go to this agency named
    (the rest drawn as withheld; ``notice`` says how many and why, as the household does)."""
    title = _tr("Family tree")
    tree, withheld = gated_tree(members, relationships, decisions)
    withheld_text = (
        _tr("Drawn as Withheld in the tree: {notice}").format(notice=notice) if withheld else None
    )
    if not relationships or withheld == len(members):
        words = (
            _tr("No relationships are recorded in the family file.")
            if not relationships
            else _tr("Nobody in the family may be shown to this agency.")
        )
        return Section(title, [[_tr("Family tree")], [words]], withheld_text)
    return Section(title, [], withheld_text, genogram=tree)


def _plan_section(us: UserSession, family_id: str) -> Section:
    current = plans.current_plan(us, family_id)
    if current is None:
        return Section(
            _tr("Current plan and progress"),
            [[_tr("Plan")], [_tr("No family plan has been recorded yet.")]],
        )
    plan = current.plan
    rows = [[_tr("Outcome or action"), _tr("Who"), _tr("By when"), _tr("Status")]]
    rows += [
        [
            _tr("Outcome: {text}").format(text=o.text),
            "",
            "",
            _tr("achieved") if o.achieved_on else "",
        ]
        for o in plan.outcomes
    ]
    rows += [
        [
            a.what,
            " ".join(filter(None, [a.who, a.agency_name])),
            date_text(a.by_when),
            _tr(ACTION_STATUS.get(a.status.value, a.status.value.replace("_", " "))),
        ]
        for a in plan.actions
    ]
    return Section(
        _tr("Current plan and progress (version {n}, {date})").format(
            n=current.version, date=date_text(current.made_at.date())
        ),
        rows,
        widths=(0.5, 0.2, 0.15, 0.15),
    )


def _readings_section(us: UserSession, family_id: str) -> Section:
    history = assessments.outcome_history(us, family_id)
    first, latest = history.first, history.latest
    if first is None or latest is None:
        return Section(
            _tr("Latest outcome readings"),
            [[_tr("Readings")], [_tr("No outcome readings have been recorded yet.")]],
        )
    rows = [
        [
            _tr("Area"),
            _tr("First ({date})").format(date=date_text(first.on)),
            _tr("Latest ({date})").format(date=date_text(latest.on)),
            _tr("Change"),
        ]
    ]
    labels, firsts, latests = [], [], []
    for area in latest.scores:
        before = first.score(area.key)
        start = before.score if before else area.score
        rows.append(
            [
                area.label,
                f"{start} ({before.stage_label if before else ''})",
                f"{area.score} ({area.stage_label})",
                f"{area.score - start:+d}",
            ]
        )
        labels.append(area.label)
        firsts.append(start)
        latests.append(area.score)
    chart = (
        RadarData(labels, firsts, latests, first.on, latest.on)
        if len(labels) >= 3 and first is not latest
        else None
    )
    return Section(
        _tr("Latest outcome readings ({title})").format(title=history.title), rows, chart=chart
    )


def build_pack(
    us: UserSession,
    family_ids: Sequence[str],
    recipient: Recipient,
    requests: dict[str, PanelRequest] | None = None,
    purpose: Purpose = Purpose.PANEL,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[PanelSummary]:
    """Prepare every family's summary, reporting progress; stop if cancelled."""
    if not family_ids:
        raise InvalidRequest("Choose at least one family for the panel pack.")
    summaries = []
    for done, family_id in enumerate(family_ids, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled("The panel pack was cancelled; nothing was produced or shared.")
        request = (requests or {}).get(family_id, PanelRequest())
        summaries.append(prepare(us, family_id, recipient, request, purpose))
        if progress is not None:
            progress(done, len(family_ids))
    return summaries


def record_printed(
    us: UserSession, summaries: Sequence[PanelSummary], channel: str = "print"
) -> None:
    """Once the pack exists: every family's decisions go into its share log."""
    for summary in summaries:
        consent_service.log_share(
            us,
            summary.family_id,
            summary.recipient,
            summary.purpose,
            summary.decisions,
            channel,
            f"Panel case summary ({summary.withheld_count} items withheld)",
        )
