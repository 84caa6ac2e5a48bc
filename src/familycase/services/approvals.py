"""Team leader approvals: a key worker asks for a step up, a step down or a closure where the
organisation's signed settings reserve it for a team leader; the change is pending (nothing
about the family changes) until a team leader approves it (it then takes effect, in the same
transaction) or returns it with a reason. Request, approval, return and withdrawal are each
audited against the family. Assessment sign-off is the other reserved decision: a completed
assessment waits for sign-off (services/assessments.py), and ``waiting`` lists both.

Who decides: a team leader who holds the family's key (every team leader of the family's
team does). A team leader's own step or closure takes effect at once: it *is* the management
decision, recorded under their name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.domain.approvals import ApprovalRequest, ApprovalStatus, TierChangeAsked
from familycase.domain.assessment import AssessmentStatus
from familycase.domain.enums import Role, Tier
from familycase.domain.errors import validated
from familycase.domain.instruments import InstrumentKind
from familycase.domain.settings import ApprovalKind
from familycase.domain.work import Closure, EpisodeDetails, TierChange
from familycase.i18n import tr
from familycase.services import assessments, work
from familycase.services.allocation import open_episode_row
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest, PermissionDenied
from familycase.services.records import (
    family_row,
    list_name,
    record_in_family,
    seal,
    seal_row,
    touch,
    unseal_row,
)
from familycase.services.timeline import closure_reason_label
from familycase.services.vault import UserSession, new_id
from familycase.store.schema import (
    ApprovalRow,
    AssessmentRow,
    EpisodeRow,
    FamilyRow,
    InstrumentDefinitionRow,
)


class Source(StrEnum):
    REQUEST = "request"  # a row of ``approvals``
    ASSESSMENT = "assessment"  # a completed assessment waiting for sign-off


@dataclass(frozen=True)
class ApprovalView:
    """One request, as stored, with who asked and who decided."""

    id: str
    family_id: str
    status: ApprovalStatus
    requested_by: str
    requested_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    request: ApprovalRequest

    @property
    def kind(self) -> ApprovalKind:
        return self.request.kind


@dataclass(frozen=True)
class Waiting:
    """Something waiting for a team leader's decision (a request or an assessment)."""

    source: Source
    item_id: str  # the approval's id, or the assessment's
    family_id: str
    reference: str
    family_name: str
    kind: ApprovalKind
    what: str
    reason: str
    requested_by: str
    requested_on: date


@dataclass(frozen=True)
class Outcome:
    """What happened when a worker asked for a decision: it took effect, or it waits."""

    applied: bool
    approval_id: str | None = None
    change: TierChange | None = None


def request_words(request: ApprovalRequest) -> str:
    """What was asked, in a few translatable words ("Step up from tier 2 to tier 3")."""
    if request.tier_change is not None:
        text = (
            tr("approvals", "Step up from tier {a} to tier {b}")
            if request.kind is ApprovalKind.STEP_UP
            else tr("approvals", "Step down from tier {a} to tier {b}")
        )
        start = int(request.from_tier) if request.from_tier else "?"
        return text.format(a=start, b=int(request.tier_change.to_tier))
    assert request.closure is not None
    return tr("approvals", "Close the episode ({reason})").format(
        reason=closure_reason_label(request.closure.reason).lower()
    )


# --- asking -----------------------------------------------------------------------------------


def _pending_for_episode(s: Session, us: UserSession, family: FamilyRow, episode_id: str) -> None:
    for row in s.scalars(
        select(ApprovalRow).where(
            ApprovalRow.family_id == family.id,
            ApprovalRow.status == ApprovalStatus.PENDING.value,
        )
    ):
        if unseal_row(us, ApprovalRequest, row, family.reference).episode_id == episode_id:
            raise InvalidRequest(
                tr(
                    "approvals",
                    "A request for this family is already waiting for a team leader; withdraw "
                    "it first, or wait for the decision.",
                )
            )


def _store_request(us: UserSession, s: Session, family: FamilyRow, request: ApprovalRequest) -> str:
    approval_id = new_id()
    s.add(
        ApprovalRow(
            id=approval_id,
            family_id=family.id,
            status=ApprovalStatus.PENDING.value,
            requested_by=us.worker.id,
            requested_at=now(),
            decided_by=None,
            decided_at=None,
            payload_ct=seal(us, request, "approvals", "payload_ct", approval_id, family.id),
        )
    )
    touch(family)
    us.audit(
        s,
        AuditEvent(
            Action.APPROVAL_REQUESTED,
            "approval",
            approval_id,
            {"family": family.id, "kind": request.kind.value},
        ),
    )
    return approval_id


def request_tier_change(
    us: UserSession,
    family_id: str,
    to_tier: Tier,
    reason: str,
    on: date | None = None,
    note: str = "",
) -> str:
    """Ask a team leader to step the family up or down. Nothing changes until it is approved."""
    asked = validated(TierChangeAsked, {"to_tier": to_tier, "reason": reason, "on": on or today()})
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        episode_row = open_episode_row(s, family_id)
        details = unseal_row(us, EpisodeDetails, episode_row, family.reference)
        kind = work.approval_kind(work.step_kind(details.current_tier, asked.to_tier))
        _pending_for_episode(s, us, family, episode_row.id)
        request = validated(
            ApprovalRequest,
            {
                "kind": kind,
                "episode_id": episode_row.id,
                "from_tier": details.current_tier,
                "tier_change": asked.model_dump(),
                "requested_by_name": us.worker.display_name,
                "note": note,
            },
        )
        return _store_request(us, s, family, request)


def request_closure(us: UserSession, family_id: str, closure: Closure, note: str = "") -> str:
    """Ask a team leader to close the episode. The family stays open until it is approved."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        episode_row = open_episode_row(s, family_id)
        if closure.on < episode_row.opened_on:
            raise InvalidRequest("An episode cannot close before it was opened.")
        _pending_for_episode(s, us, family, episode_row.id)
        request = validated(
            ApprovalRequest,
            {
                "kind": ApprovalKind.CLOSURE,
                "episode_id": episode_row.id,
                "closure": {**closure.model_dump(), "requested_by": us.worker.display_name},
                "requested_by_name": us.worker.display_name,
                "note": note,
            },
        )
        return _store_request(us, s, family, request)


def change_tier_or_ask(
    us: UserSession, family_id: str, to_tier: Tier, reason: str, on: date | None = None
) -> Outcome:
    """What the step dialog and ``familycase work step`` do: the step itself, or (where a team
    leader must approve it) a request for it."""
    view_tier = _current_tier(us, family_id)
    kind = work.approval_kind(work.step_kind(view_tier, to_tier))
    if work.needs_team_leader(us, kind):
        return Outcome(False, request_tier_change(us, family_id, to_tier, reason, on))
    return Outcome(True, change=work.change_tier(us, family_id, to_tier, reason, on))


def close_or_ask(us: UserSession, family_id: str, closure: Closure) -> Outcome:
    if work.needs_team_leader(us, ApprovalKind.CLOSURE):
        return Outcome(False, request_closure(us, family_id, closure))
    work.close_episode(us, family_id, closure)
    return Outcome(True)


def _current_tier(us: UserSession, family_id: str) -> Tier | None:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        episode_row = open_episode_row(s, family_id)
        return unseal_row(us, EpisodeDetails, episode_row, family.reference).current_tier


# --- deciding ---------------------------------------------------------------------------------


def _require_team_leader(us: UserSession) -> None:
    if us.worker.role is not Role.TEAM_LEADER:
        raise PermissionDenied(tr("approvals", "Only a team leader can approve or return this."))


def _pending_row(us: UserSession, s: Session, family_id: str, approval_id: str) -> ApprovalRow:
    row = record_in_family(s, ApprovalRow, approval_id, family_id, "request")
    if row.status != ApprovalStatus.PENDING.value:
        status = ApprovalStatus(row.status).label.lower()
        raise InvalidRequest(
            tr("approvals", "This request is no longer waiting ({status}).").format(status=status)
        )
    return row


def approve(us: UserSession, family_id: str, approval_id: str, note: str = "") -> ApprovalView:
    """A team leader approves a request: the change takes effect now, in this transaction,
    under the name of the worker who asked, with the approver's name beside it."""
    _require_team_leader(us)
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = _pending_row(us, s, family_id, approval_id)
        request = unseal_row(us, ApprovalRequest, row, family.reference)
        episode_row = s.get(EpisodeRow, request.episode_id)
        if episode_row is None or episode_row.closed_on is not None:
            raise InvalidRequest(
                tr("approvals", "The episode this request is about has closed; return it.")
            )
        if request.tier_change is not None:
            details = unseal_row(us, EpisodeDetails, episode_row, family.reference)
            asked = request.tier_change
            if details.current_tier == asked.to_tier:
                raise InvalidRequest(
                    tr(
                        "approvals", "The family is already at tier {tier}; return the request."
                    ).format(tier=int(asked.to_tier))
                )
            work.apply_tier_change(
                us, s, family, episode_row, details, asked.to_tier, asked.reason, asked.on,
                request.requested_by_name, us.worker.display_name,
            )  # fmt: skip
        else:
            assert request.closure is not None
            closure = request.closure.model_copy(
                update={"approved_by": us.worker.display_name, "approved_on": today()}
            )
            work.apply_closure(us, s, family, episode_row, closure)
        return _decide(us, s, family, row, request, ApprovalStatus.APPROVED, note)


def return_request(us: UserSession, family_id: str, approval_id: str, reason: str) -> ApprovalView:
    """A team leader sends a request back with a reason; nothing about the family changes."""
    _require_team_leader(us)
    if not reason.strip():
        raise InvalidRequest(tr("approvals", "Say why the request is being returned."))
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = _pending_row(us, s, family_id, approval_id)
        request = unseal_row(us, ApprovalRequest, row, family.reference)
        return _decide(us, s, family, row, request, ApprovalStatus.RETURNED, reason)


def withdraw(us: UserSession, family_id: str, approval_id: str) -> ApprovalView:
    """The worker who asked (or a team leader) takes a waiting request back."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = _pending_row(us, s, family_id, approval_id)
        if row.requested_by != us.worker.id and us.worker.role is not Role.TEAM_LEADER:
            raise PermissionDenied(
                tr("approvals", "Only the worker who asked, or a team leader, can withdraw it.")
            )
        request = unseal_row(us, ApprovalRequest, row, family.reference)
        return _decide(us, s, family, row, request, ApprovalStatus.WITHDRAWN, "")


def _decide(
    us: UserSession,
    s: Session,
    family: FamilyRow,
    row: ApprovalRow,
    request: ApprovalRequest,
    status: ApprovalStatus,
    note: str,
) -> ApprovalView:
    decided = validated(
        ApprovalRequest,
        {
            **request.model_dump(),
            "decided_by_name": us.worker.display_name,
            "decision_note": note,
        },
    )
    row.status = status.value
    row.decided_by = us.worker.id
    row.decided_at = now()
    row.payload_ct = seal_row(us, decided, row)
    touch(family)
    action = {
        ApprovalStatus.APPROVED: Action.APPROVED,
        ApprovalStatus.RETURNED: Action.RETURNED,
        ApprovalStatus.WITHDRAWN: Action.WITHDRAWN,
    }[status]
    us.audit(
        s,
        AuditEvent(
            action,
            "approval",
            row.id,
            {"family": family.id, "kind": request.kind.value, "reason": note},
        ),
    )
    return _view(row, decided)


def _view(row: ApprovalRow, request: ApprovalRequest) -> ApprovalView:
    return ApprovalView(
        id=row.id,
        family_id=row.family_id,
        status=ApprovalStatus(row.status),
        requested_by=row.requested_by,
        requested_at=row.requested_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        request=request,
    )


# --- reading ----------------------------------------------------------------------------------


def for_family(us: UserSession, family_id: str) -> list[ApprovalView]:
    """Every request about the family, newest first."""
    us.family_key(family_id)
    with us.read() as s:
        reference = family_row(s, family_id).reference
        rows = s.scalars(
            select(ApprovalRow)
            .where(ApprovalRow.family_id == family_id)
            .order_by(ApprovalRow.requested_at.desc())
        ).all()
        return [_view(r, unseal_row(us, ApprovalRequest, r, reference)) for r in rows]


def pending(us: UserSession, family_id: str) -> ApprovalView | None:
    """The request waiting for a team leader, if there is one."""
    return next((v for v in for_family(us, family_id) if v.status is ApprovalStatus.PENDING), None)


def waiting(us: UserSession) -> list[Waiting]:
    """What waits for this team leader's decision: requests in families of their team that they
    hold the key of, and (where the organisation reserves sign-off) completed assessments.
    Oldest first. Anyone else: nothing."""
    if us.worker.role is not Role.TEAM_LEADER:
        return []
    settings = us.staff.settings
    names = {u.id: u.display_name for u in us.staff.users.values()}
    found: list[Waiting] = []
    with us.read() as s:
        team = s.execute(
            select(FamilyRow.id, FamilyRow.reference, FamilyRow.summary_ct).where(
                FamilyRow.team_id == us.worker.team_id
            )
        ).all()
        families = {
            fid: (ref, list_name(us, fid, summary)) for fid, ref, summary in team
            if us.holds_key(fid)
        }  # fmt: skip
        for row in s.scalars(
            select(ApprovalRow).where(ApprovalRow.status == ApprovalStatus.PENDING.value)
        ):
            if row.family_id not in families:
                continue
            reference, family_name = families[row.family_id]
            request = unseal_row(us, ApprovalRequest, row, reference)
            found.append(
                Waiting(
                    Source.REQUEST,
                    row.id,
                    row.family_id,
                    reference,
                    family_name,
                    request.kind,
                    request_words(request),
                    request.reason,
                    names.get(row.requested_by, "?"),
                    row.requested_at.date(),
                )
            )
        if settings.needs_approval(ApprovalKind.ASSESSMENT_SIGN_OFF):
            for row in s.execute(
                select(
                    AssessmentRow.id,
                    AssessmentRow.family_id,
                    AssessmentRow.completed_on,
                    AssessmentRow.assessed_on,
                    AssessmentRow.created_by,
                    InstrumentDefinitionRow.title,
                )
                .join(
                    InstrumentDefinitionRow,
                    InstrumentDefinitionRow.key == AssessmentRow.instrument_key,
                )
                .where(
                    AssessmentRow.status == AssessmentStatus.COMPLETE.value,
                    AssessmentRow.kind == InstrumentKind.ASSESSMENT.value,
                )
            ):
                if row.family_id not in families:
                    continue
                reference, family_name = families[row.family_id]
                found.append(
                    Waiting(
                        Source.ASSESSMENT,
                        row.id,
                        row.family_id,
                        reference,
                        family_name,
                        ApprovalKind.ASSESSMENT_SIGN_OFF,
                        tr("approvals", "Sign off: {title}").format(title=row.title),
                        "",
                        names.get(row.created_by, "?"),
                        row.completed_on or row.assessed_on,
                    )
                )
    found.sort(key=lambda w: (w.requested_on, w.reference))
    return found


def decide_waiting(us: UserSession, item: Waiting, approve_it: bool, note: str = "") -> None:
    """Approve or return one waiting item, whichever kind it is (the in-tray's buttons)."""
    if item.source is Source.ASSESSMENT:
        if approve_it:
            assessments.sign_off(us, item.family_id, item.item_id, note)
        else:
            assessments.return_to_draft(us, item.family_id, item.item_id, note)
    elif approve_it:
        approve(us, item.family_id, item.item_id, note)
    else:
        return_request(us, item.family_id, item.item_id, note)


@dataclass(frozen=True)
class FamilyOversight:
    """What the family file needs to know: the request waiting (if any) and which decisions
    this worker must ask a team leader for."""

    pending: ApprovalView | None
    reserved: frozenset[ApprovalKind]


def reserved(us: UserSession) -> frozenset[ApprovalKind]:
    """The decisions this worker must ask a team leader for (none, for a team leader)."""
    with us.read():
        return frozenset(kind for kind in ApprovalKind if work.needs_team_leader(us, kind))


def family_oversight(us: UserSession, family_id: str) -> FamilyOversight:
    return FamilyOversight(pending(us, family_id), reserved(us))
