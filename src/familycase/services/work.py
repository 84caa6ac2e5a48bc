"""The work with a family: episodes, stepping up and down, closure, lead professional, contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.domain.enums import (
    ContactKind,
    FamilyStatus,
    ReferralDecision,
    Role,
    Tier,
    TierChangeKind,
)
from familycase.domain.errors import validated
from familycase.domain.settings import ApprovalKind
from familycase.domain.work import (
    Closure,
    ContactNote,
    EpisodeDetails,
    NoteContent,
    NoteEdit,
    Referral,
    TierChange,
)
from familycase.i18n import tr
from familycase.services import follow_ups, key_rotation
from familycase.services.allocation import (
    end_current_allocation,
    open_episode_row,
    start_lead_allocation,
)
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import (
    ApprovalNeeded,
    InvalidRequest,
    PermissionDenied,
    UnknownRecord,
)
from familycase.services.families import _add_episode, require_role
from familycase.services.plans import refresh_next_review_due
from familycase.services.records import (
    family_row,
    member_ids,
    record_in_family,
    seal,
    seal_row,
    touch,
    unseal_row,
)
from familycase.services.vault import UserSession, grant_family_key
from familycase.store.schema import (
    ContactNoteRow,
    EpisodeRow,
    FamilyKeyGrant,
    FamilyRow,
)


def _episode(us: UserSession, row: EpisodeRow, reference: str) -> EpisodeDetails:
    return unseal_row(us, EpisodeDetails, row, reference)


def open_episode(us: UserSession, family_id: str, referral: Referral, tier: Tier) -> str:
    """A new referral for a family already known: the file is reopened as a new episode (the
    earlier ones are kept). As with a new family, a key worker who records it leads it; when a
    team leader records it, it waits in the team's unallocated queue."""
    require_role(us, Role.KEY_WORKER, Role.TEAM_LEADER)
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        if s.scalar(
            select(EpisodeRow.id).where(
                EpisodeRow.family_id == family_id, EpisodeRow.closed_on.is_(None)
            )
        ):
            raise InvalidRequest("This family already has an open episode.")
        episode_id = _add_episode(us, s, family_id, referral, tier)
        family.status = FamilyStatus.REFERRED.value
        family.tier = int(tier)
        family.opened_on = referral.received_on
        family.lead_worker_id = None  # the last episode's allocation ended at its closure
        s.flush()
        if us.worker.role is Role.KEY_WORKER:
            start_lead_allocation(us, s, family, us.worker.id, "Recorded the new referral")
        refresh_next_review_due(s, family)
        touch(family)
        us.audit(s, AuditEvent(Action.CREATE, "episode", episode_id, {"family": family_id}))
    return episode_id


def needs_team_leader(us: UserSession, kind: ApprovalKind) -> bool:
    """Whether this worker's decision of ``kind`` must wait for a team leader's approval: the
    signed organisation settings reserve it, and the worker is not a team leader."""
    return us.worker.role is not Role.TEAM_LEADER and us.staff.settings.needs_approval(kind)


def step_kind(from_tier: Tier | None, to_tier: Tier) -> TierChangeKind:
    if from_tier is None or from_tier == to_tier:
        raise InvalidRequest("Choose a tier different from the current one.")
    return TierChangeKind.STEP_UP if to_tier > from_tier else TierChangeKind.STEP_DOWN


def approval_kind(kind: TierChangeKind) -> ApprovalKind:
    return ApprovalKind.STEP_UP if kind is TierChangeKind.STEP_UP else ApprovalKind.STEP_DOWN


def change_tier(
    us: UserSession, family_id: str, to_tier: Tier, reason: str, on: date | None = None
) -> TierChange:
    """Step up or step down, with a reason. Stepping up to tier 4 hands the family to
    statutory social care (status 'stepped up'); stepping down from it brings them back.
    Where the organisation reserves the step for a team leader, a key worker asks for it
    instead (``approvals.request_tier_change``): this refuses with ``ApprovalNeeded``."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        episode_row = open_episode_row(s, family_id)
        details = _episode(us, episode_row, family.reference)
        kind = step_kind(details.current_tier, to_tier)
        if needs_team_leader(us, approval_kind(kind)):
            raise ApprovalNeeded(
                tr("approvals", "In this organisation a {step} needs a team leader's approval: "
                   "ask for it, and it takes effect once a team leader approves it.").format(
                    step=tr("Words", approval_kind(kind).label).lower()  # the GUI's words
                )
            )
        return apply_tier_change(
            us, s, family, episode_row, details, to_tier, reason, on or today(),
            us.worker.display_name,
        )  # fmt: skip


def apply_tier_change(
    us: UserSession,
    s: Session,
    family: FamilyRow,
    episode_row: EpisodeRow,
    details: EpisodeDetails,
    to_tier: Tier,
    reason: str,
    on: date,
    decided_by: str,
    approved_by: str = "",
) -> TierChange:
    """Record a step (inside the caller's transaction): the episode's tier history, the tier
    and status columns, and the audit entry. The caller has checked who may decide it."""
    from_tier = details.current_tier
    kind = step_kind(from_tier, to_tier)
    change = validated(
        TierChange,
        {
            "kind": kind,
            "from_tier": from_tier,
            "to_tier": to_tier,
            "reason": reason,
            "on": on,
            "decided_by": decided_by,
            "approved_by": approved_by,
            "approved_on": today() if approved_by else None,
        },
    )
    details.tier_history.append(change)
    episode_row.payload_ct = seal_row(us, details, episode_row)
    episode_row.tier = int(to_tier)
    family.tier = int(to_tier)
    if kind is TierChangeKind.STEP_UP and to_tier is Tier.COMPLEX:
        family.status = episode_row.status = FamilyStatus.STEPPED_UP.value
    elif family.status == FamilyStatus.STEPPED_UP.value:
        status = FamilyStatus.OPEN if family.lead_worker_id else FamilyStatus.REFERRED
        family.status = episode_row.status = status.value
    touch(family)
    us.audit(
        s,
        AuditEvent(
            Action.EDIT,
            "episode",
            episode_row.id,
            {"family": family.id, "change": kind.value, "to_tier": int(to_tier)},
        ),
    )
    return change


def close_episode(us: UserSession, family_id: str, closure: Closure) -> None:
    """Close the open episode with a reason and an exit plan. The lead allocation ends and the
    sustained-outcome check is scheduled (services/follow_ups.py). Where the organisation
    reserves closure for a team leader, a key worker asks for it instead
    (``approvals.request_closure``): this refuses with ``ApprovalNeeded``."""
    us.family_key(family_id)
    if needs_team_leader(us, ApprovalKind.CLOSURE):
        raise ApprovalNeeded(
            tr("approvals", "In this organisation closing a family needs a team leader's "
               "approval: ask for it, and the family closes once a team leader approves it.")
        )  # fmt: skip
    with us.write() as s:
        family = family_row(s, family_id)
        episode_row = open_episode_row(s, family_id)
        apply_closure(us, s, family, episode_row, closure)


def apply_closure(
    us: UserSession, s: Session, family: FamilyRow, episode_row: EpisodeRow, closure: Closure
) -> None:
    """Close the episode inside the caller's transaction (who may decide it is checked)."""
    if closure.on < episode_row.opened_on:
        raise InvalidRequest("An episode cannot close before it was opened.")
    details = _episode(us, episode_row, family.reference)
    details.closure = closure
    episode_row.payload_ct = seal_row(us, details, episode_row)
    episode_row.status = FamilyStatus.CLOSED.value
    episode_row.closed_on = closure.on
    owner = family.lead_worker_id
    family.status = FamilyStatus.CLOSED.value
    family.next_review_due = None
    end_current_allocation(us, s, family, closure.on)
    follow_ups.schedule(us, s, family, episode_row.id, closure.on, owner)
    touch(family)
    us.audit(
        s,
        AuditEvent(
            Action.EDIT,
            "episode",
            episode_row.id,
            {"family": family.id, "change": "closed", "reason": closure.reason.value},
        ),
    )


def allocate_lead_professional(
    us: UserSession, family_id: str, worker_id: str, reason: str = ""
) -> None:
    """Make ``worker_id`` the lead professional. They are given the family's key; the previous
    lead's key is taken away unless they lead the team (team leaders keep their team's keys)."""
    require_role(us, Role.TEAM_LEADER)
    key = us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        if family.status == FamilyStatus.CLOSED.value:
            raise InvalidRequest("This family's episode is closed; open a new one first.")
        worker = us.staff.user(worker_id)
        if worker is None or not worker.active:
            raise UnknownRecord("There is no active worker with that name.")
        if worker.role not in (Role.KEY_WORKER, Role.TEAM_LEADER):
            raise InvalidRequest(
                f"{worker.display_name} cannot hold cases ({worker.role.label.lower()})."
            )
        previous = family.lead_worker_id
        if previous == worker_id:
            raise InvalidRequest(f"{worker.display_name} is already the lead professional.")
        start_lead_allocation(us, s, family, worker_id, reason)
        touch(family)
        grant_family_key(
            s, family_id, key, worker.id, worker.agreement_public, us.worker.id, worker.id
        )
        if previous is not None:
            _revoke_unless_team_leader(us, s, family_id, previous)
        us.audit(
            s,
            AuditEvent(
                Action.ALLOCATE,
                "family",
                family_id,
                {"lead": worker_id, "previous": previous, "reason": reason},
            ),
        )


def _revoke_unless_team_leader(us: UserSession, s: Session, family_id: str, worker_id: str) -> None:
    worker = us.staff.user(worker_id)
    if worker is not None and worker.role is Role.TEAM_LEADER and worker.active:
        return
    revoke_family_access(us, s, family_id, worker_id)


def revoke_family_access(us: UserSession, s: Session, family_id: str, worker_id: str) -> None:
    grant = s.scalar(
        select(FamilyKeyGrant).where(
            FamilyKeyGrant.family_id == family_id, FamilyKeyGrant.holder == worker_id
        )
    )
    if grant is None:
        return
    s.delete(grant)
    s.flush()
    us.audit(s, AuditEvent(Action.ACCESS_REVOKED, "family", family_id, {"worker": worker_id}))
    if worker_id == us.worker.id:
        us.forget_family_key(family_id)
    else:  # they may have kept the key: what is written from now on needs a new one
        key_rotation.rotate_in(us, s, family_id, "access taken away")


def add_contact_note(us: UserSession, family_id: str, note: ContactNote) -> None:
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        s.add(
            ContactNoteRow(
                id=note.id,
                family_id=family_id,
                occurred_on=note.occurred_on,
                recorded_by=us.worker.id,
                recorded_at=now(),
                payload_ct=seal(us, note, "contact_notes", "payload_ct", note.id, family_id),
            )
        )
        counts_as_contact = note.kind is not ContactKind.NO_ACCESS_VISIT
        if counts_as_contact and (
            family.last_contact_on is None or note.occurred_on > family.last_contact_on
        ):
            family.last_contact_on = note.occurred_on
        touch(family)
        us.audit(s, AuditEvent(Action.CREATE, "contact_note", note.id, {"family": family_id}))


def edit_contact_note(
    us: UserSession, family_id: str, note_id: str, content: NoteContent, reason: str
) -> ContactNote:
    """Correct a contact note. The note as it was, who changed it, when, why and what changed
    are kept in its history: the original is never lost. Only the worker who recorded the note
    or a team leader may correct it."""
    if not reason.strip():
        raise InvalidRequest("Say why the note is being changed.")
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, ContactNoteRow, note_id, family_id, "contact note")
        if row.recorded_by != us.worker.id and us.worker.role is not Role.TEAM_LEADER:
            raise PermissionDenied(
                "Only the worker who recorded a contact note, or a team leader, can correct it."
            )
        if not set(content.member_ids) <= member_ids(s, family_id):
            raise InvalidRequest("Everyone seen must be in this family file.")
        stored = unseal_row(us, ContactNote, row, family.reference)
        before = stored.content()
        changed = content.changes_from(before)
        if not changed:
            raise InvalidRequest("Nothing in the note has changed.")
        edit = NoteEdit(
            at=now(),
            by_id=us.worker.id,
            by_name=us.worker.display_name,
            reason=reason,
            changed=changed,
            before=before,
        )
        note = ContactNote(id=stored.id, **content.model_dump(), history=[*stored.history, edit])
        row.payload_ct = seal_row(us, note, row)
        row.occurred_on = note.occurred_on
        s.flush()
        refresh_last_contact(us, s, family)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.EDIT, "contact_note", note_id, {"family": family_id, "changed": changed}
            ),
        )
    return note


def refresh_last_contact(us: UserSession, s: Session, family: FamilyRow) -> None:
    """The latest contact that reached the family (a corrected date or type can change it)."""
    latest = None
    for row in s.scalars(select(ContactNoteRow).where(ContactNoteRow.family_id == family.id)):
        note = unseal_row(us, ContactNote, row, family.reference)
        if note.kind is not ContactKind.NO_ACCESS_VISIT and (
            latest is None or note.occurred_on > latest
        ):
            latest = note.occurred_on
    family.last_contact_on = latest


def schedule_review(us: UserSession, family_id: str, due: date) -> None:
    """Set the date of the next review (or TAF meeting) shown in caseloads."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        if family.status == FamilyStatus.CLOSED.value:
            raise InvalidRequest("A closed family has no reviews to schedule.")
        family.next_review_due = due
        touch(family)
        us.audit(s, AuditEvent(Action.EDIT, "family", family_id, {"next_review": due.isoformat()}))


def remove_lead_professional(us: UserSession, family_id: str, reason: str) -> None:
    """End the current allocation without a successor: the family goes back to the team's
    unallocated queue and the worker's key is taken away (unless they lead the team)."""
    require_role(us, Role.TEAM_LEADER)
    if not reason.strip():
        raise InvalidRequest("Say why the lead professional is being removed.")
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        previous = family.lead_worker_id
        if previous is None:
            raise InvalidRequest("This family has no lead professional to remove.")
        end_current_allocation(us, s, family, today())
        family.lead_worker_id = None
        if family.status == FamilyStatus.OPEN.value:
            family.status = FamilyStatus.REFERRED.value
            open_episode_row(s, family_id).status = FamilyStatus.REFERRED.value
        touch(family)
        _revoke_unless_team_leader(us, s, family_id, previous)
        us.audit(
            s,
            AuditEvent(
                Action.ALLOCATE,
                "family",
                family_id,
                {"lead": None, "previous": previous, "reason": reason},
            ),
        )


def _referral_episode(s: Session, family_id: str) -> EpisodeRow:
    """The episode whose referral is being decided: the open one, else the latest (a decision
    or the feedback to the referrer may be recorded after a short episode has closed)."""
    row = s.scalar(
        select(EpisodeRow)
        .where(EpisodeRow.family_id == family_id)
        .order_by(EpisodeRow.closed_on.is_not(None), EpisodeRow.opened_on.desc())
        .limit(1)
    )
    if row is None:
        raise InvalidRequest("This family has no referral recorded.")
    return row


def record_referral_decision(
    us: UserSession,
    family_id: str,
    decision: ReferralDecision,
    decided_on: date | None = None,
    feedback_to_referrer_on: date | None = None,
    reason: str = "",
) -> Referral:
    """Record what was decided about the referral (early help, signpost, step up to social
    care, no further action) and why, and when the referrer was told if they have been
    (referrers are rarely told what happened; the date makes the gap visible)."""
    if decision is ReferralDecision.PENDING:
        raise InvalidRequest("Choose the decision that was made.")
    if not reason.strip():
        raise InvalidRequest("Give the reason for the decision.")
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        episode_row = _referral_episode(s, family_id)
        details = _episode(us, episode_row, family.reference)
        referral = validated(
            Referral,
            {
                **details.referral.model_dump(),
                "decision": decision,
                "decided_on": decided_on or today(),
                "decision_reason": reason,
                "decided_by": us.worker.display_name,
                "feedback_to_referrer_on": feedback_to_referrer_on
                or details.referral.feedback_to_referrer_on,
            },
        )
        details.referral = referral
        episode_row.payload_ct = seal_row(us, details, episode_row)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.EDIT,
                "episode",
                episode_row.id,
                {"family": family_id, "referral_decision": decision.value},
            ),
        )
    return referral


def record_referrer_told(us: UserSession, family_id: str, on: date | None = None) -> Referral:
    """Record the day the referrer was told the outcome (the feedback letter was sent)."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        episode_row = _referral_episode(s, family_id)
        details = _episode(us, episode_row, family.reference)
        if details.referral.decision is ReferralDecision.PENDING:
            raise InvalidRequest("Record the decision before telling the referrer.")
        told = on or today()
        referral = validated(
            Referral, {**details.referral.model_dump(), "feedback_to_referrer_on": told}
        )
        if referral.decided_on and told < referral.decided_on:
            raise InvalidRequest("The referrer cannot be told before the decision was made.")
        details.referral = referral
        episode_row.payload_ct = seal_row(us, details, episode_row)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.EDIT,
                "episode",
                episode_row.id,
                {"family": family_id, "referrer_told": told.isoformat()},
            ),
        )
    return referral
