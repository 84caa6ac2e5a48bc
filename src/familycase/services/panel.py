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

from familycase.domain.consent import GateDecision, GateOutcome, InfoCategory, Purpose
from familycase.domain.enums import HouseholdRole
from familycase.domain.family import Member, Relationship
from familycase.domain.genogram import Genogram
from familycase.i18n import tr
from familycase.services import assessments, families, plans
from familycase.services import consent as consent_service
from familycase.services.clock import now, today
from familycase.services.consent import Recipient
from familycase.services.errors import Cancelled, InvalidRequest
from familycase.services.genogram import gated_tree
from familycase.services.timeline import agency_type_label
from familycase.services.vault import UserSession

WITHHELD = "the family has not agreed to share this with {agency}."


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

    @property
    def withheld_count(self) -> int:
        return sum(1 for d in self.decisions if not d.allowed)


def _age(member: Member, on: date) -> str:
    if member.household_role is HouseholdRole.UNBORN_CHILD and member.expected_date:
        return f"Unborn (due {member.expected_date:%d/%m/%Y})"
    age = member.age_on(on)
    return "" if age is None else str(age)


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
    everyone = [m.id for m in members]
    flag_items = [
        consent_service.items_about(flag.member_ids, flag.gate_category, everyone) for flag in flags
    ]
    items += [item for needed in flag_items for item in needed]
    items += [(member_id, risk.category) for risk in request.risks for member_id in risk.member_ids]
    items = list(dict.fromkeys(items))
    decisions = consent_service.check(us, family_id, recipient, purpose, items, on)
    allowed = {(d.member_id, d.category) for d in decisions if d.allowed}
    agency = recipient.name or recipient.agency_type.value.replace("_", " ")
    notice = WITHHELD.format(agency=agency)

    def everyone(category: InfoCategory) -> bool:
        return all((m.id, category) in allowed for m in members)

    household_rows = [["Name", "Age", "Role", "School or setting"]]
    hidden = 0
    for m in members:
        if (m.id, InfoCategory.BASIC_DETAILS) in allowed:
            household_rows.append(
                [
                    m.full_name,
                    _age(m, on),
                    m.household_role.value.replace("_", " "),
                    m.school_or_setting,
                ]
            )
        else:
            hidden += 1
            household_rows.append(
                [
                    "Withheld",
                    "",
                    m.household_role.value.replace("_", " "),
                    "No consent to share this person's details",
                ]
            )
    sections = [
        Section(
            "Household", household_rows, None if hidden == 0 else f"{hidden} person(s): {notice}"
        ),
        _tree_section(members, view.file.relationships, decisions, notice),
    ]

    episode = view.current_episode or (view.episodes[-1] if view.episodes else None)
    family_level = everyone(InfoCategory.ASSESSMENT_AND_PLAN)
    if episode is None:
        sections.append(Section("Reason for involvement", [["Referral"], ["No episode recorded."]]))
    elif family_level:
        referral = episode.details.referral
        sections.append(
            Section(
                "Reason for involvement",
                [
                    ["Referred", "By", "Reason"],
                    [
                        f"{referral.received_on:%d/%m/%Y}",
                        referral.source_type.value.replace("_", " "),
                        referral.reason,
                    ],
                ],
            )
        )
        sections.append(
            Section(
                "Tier and history",
                [["Date", "Change", "Tier", "Reason"]]
                + [
                    [
                        f"{t.on:%d/%m/%Y}",
                        t.kind.value.replace("_", " "),
                        str(int(t.to_tier)),
                        t.reason,
                    ]
                    for t in episode.details.tier_history
                ],
            )
        )
    else:
        for title in ("Reason for involvement", "Tier and history"):
            sections.append(Section(title, [], notice))
    lead = next((a.worker_name for a in view.allocations if a.allocation.ended_on is None), "")
    taf = [a for a in view.file.agencies if a.in_team_around_family]
    sections.append(
        Section(
            "Lead professional and Team Around the Family",
            [
                ["Role", "Who", "Agency"],
                ["Lead professional", lead or "Not allocated", "Early help"],
                *[
                    ["TAF member", a.practitioner.name if a.practitioner else "", a.agency_name]
                    for a in taf
                ],
            ],
        )
    )
    if family_level:
        sections.append(_plan_section(us, family_id))
    else:
        sections.append(Section("Current plan and progress", [], notice))
    if everyone(InfoCategory.OUTCOMES):
        sections.append(_readings_section(us, family_id))
    else:
        sections.append(Section("Latest outcome readings", [], notice))
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
                    return tr(
                        "panel", "Without consent: safeguarding decision by {who}, {date}"
                    ).format(who=override.decided_by, date=f"{override.decided_on:%d/%m/%Y}")
                return tr("panel", "Without consent (recorded decision)")
        return tr("panel", "Consent")

    names = {m.id: m.full_name for m in members}
    risk_rows = [
        [
            tr("panel", "Risk or alert"),
            tr("panel", "About"),
            tr("panel", "Since"),
            tr("panel", "Told by"),
            tr("panel", "Shared on the basis of"),
        ]
    ]
    withheld_risks = 0
    for flag, needed in zip(flags, flag_items, strict=True):
        if not set(needed) <= allowed:
            withheld_risks += 1
            continue
        source = flag.source_agency_name or (
            agency_type_label(flag.source_agency_type) if flag.source_agency_type else ""
        )
        risk_rows.append(
            [
                tr("panel", flag.title) + (f": {flag.note}" if flag.note else ""),
                ", ".join(names[m] for m in flag.member_ids) or tr("panel", "The whole family"),
                f"{flag.started_on:%d/%m/%Y}",
                source,
                basis(needed),
            ]
        )
    for risk in request.risks:
        needed = [(mid, risk.category) for mid in risk.member_ids]
        if set(needed) <= allowed:
            risk_rows.append(
                [
                    f"{risk.text} ({risk.category.label.lower()})",
                    ", ".join(
                        names[m]
                        for m in risk.member_ids
                        if (m, InfoCategory.BASIC_DETAILS) in allowed
                    )
                    or tr("panel", "Withheld"),
                    "",
                    tr("panel", "Noted for this panel"),
                    basis(needed),
                ]
            )
        else:
            withheld_risks += 1
    if len(risk_rows) == 1 and not withheld_risks:
        risk_rows = [
            [tr("panel", "Risk or alert")],
            [
                tr(
                    "panel",
                    "No risks or alerts are recorded in the family file, and none were "
                    "noted for the panel.",
                )
            ],
        ]
    sections.append(
        Section(
            tr("panel", "Risks and alerts"),
            risk_rows if len(risk_rows) > 1 else [],
            f"{withheld_risks} risk note(s): {notice}" if withheld_risks else None,
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
    )


def _tree_section(
    members: list[Member],
    relationships: list[Relationship],
    decisions: list[GateDecision],
    notice: str,
) -> Section:
    """The family tree, with only the people whose basic details may go to this agency named
    (the rest drawn as withheld and counted)."""
    title = tr("panel", "Family tree")
    tree, withheld = gated_tree(members, relationships, decisions)
    withheld_text = f"{withheld} person(s) drawn as Withheld: {notice}" if withheld else None
    if not relationships or withheld == len(members):
        words = (
            tr("panel", "No relationships are recorded in the family file.")
            if not relationships
            else tr("panel", "Nobody in the family may be shown to this agency.")
        )
        return Section(title, [[tr("panel", "Family tree")], [words]], withheld_text)
    return Section(title, [], withheld_text, genogram=tree)


def _plan_section(us: UserSession, family_id: str) -> Section:
    current = plans.current_plan(us, family_id)
    if current is None:
        return Section(
            "Current plan and progress", [["Plan"], ["No family plan has been recorded yet."]]
        )
    plan = current.plan
    rows = [["Outcome or action", "Who", "By when", "Status"]]
    rows += [
        [f"Outcome: {o.text}", "", "", "achieved" if o.achieved_on else ""] for o in plan.outcomes
    ]
    rows += [
        [
            a.what,
            " ".join(filter(None, [a.who, a.agency_name])),
            f"{a.by_when:%d/%m/%Y}" if a.by_when else "",
            a.status.value.replace("_", " "),
        ]
        for a in plan.actions
    ]
    return Section(
        f"Current plan and progress (version {current.version}, {current.made_at:%d/%m/%Y})",
        rows,
        widths=(0.5, 0.2, 0.15, 0.15),
    )


def _readings_section(us: UserSession, family_id: str) -> Section:
    history = assessments.outcome_history(us, family_id)
    first, latest = history.first, history.latest
    if first is None or latest is None:
        return Section(
            "Latest outcome readings",
            [["Readings"], ["No outcome readings have been recorded yet."]],
        )
    rows = [["Area", f"First ({first.on:%d/%m/%Y})", f"Latest ({latest.on:%d/%m/%Y})", "Change"]]
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
    return Section(f"Latest outcome readings ({history.title})", rows, chart=chart)


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
