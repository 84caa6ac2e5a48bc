"""The in-tray: what is waiting for this worker today, the first thing they see after signing in.

For everyone who holds cases, about the families they lead: reviews and outcome readings due
or overdue, consent to share expiring within 30 days (or expired), follow-up checks after
closure that are due, referrers not yet told what was decided, supervision actions they own,
their next supervision, and their own requests a team leader returned. For team leaders, as
well: requests and assessments waiting for their approval, their team's families waiting for
allocation for more than N days (signed settings), follow-up checks whose owner has left, and
their team's families checked out to a laptop for more than N days (everyone sees their own).

Each item says where it opens (``Place`` and a family file section). Dates are counted from
``on`` (today unless given), so that what is due across month ends can be tested.
Everything comes from plaintext columns except the few words each item needs, decrypted only
for the families it is about (which the worker holds the key of).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import or_, select

from familycase.domain.approvals import ApprovalRequest, ApprovalStatus
from familycase.domain.consent import EXPIRING_SOON_DAYS, ConsentState, state_from_dates
from familycase.domain.enums import FamilyStatus, ReferralDecision, Role
from familycase.domain.family import Member
from familycase.domain.work import EpisodeDetails
from familycase.i18n import tr
from familycase.services import approvals, checkouts, plans, supervision
from familycase.services.approvals import Waiting
from familycase.services.audit import Action, AuditEvent
from familycase.services.caseload import ACTIVE_STATUSES, waiting_since
from familycase.services.clock import today
from familycase.services.records import list_name, unseal_row
from familycase.services.vault import UserSession
from familycase.store.schema import (
    ApprovalRow,
    CheckoutRow,
    ConsentRow,
    EpisodeRow,
    FamilyRow,
    FollowUpRow,
    MemberRow,
)

RETURNED_SHOWN_DAYS = 14  # a returned request stays in the in-tray this long


class ItemKind(StrEnum):
    APPROVAL_WAITING = "approval_waiting"
    REQUEST_RETURNED = "request_returned"
    READING_DUE = "reading_due"
    REVIEW_DUE = "review_due"
    CONSENT_EXPIRING = "consent_expiring"
    FOLLOW_UP_DUE = "follow_up_due"
    REFERRAL_FEEDBACK = "referral_feedback"
    SUPERVISION_ACTION = "supervision_action"
    SUPERVISION_DUE = "supervision_due"
    UNALLOCATED = "unallocated"
    CHECKED_OUT = "checked_out"


class Place(StrEnum):
    """Where an item opens."""

    FAMILY = "family"  # the family file, at ``section``
    DECISION = "decision"  # the approve-or-return dialog (team leaders)
    ALLOCATION = "allocation"  # the allocation dialog for the family (team leaders)
    SUPERVISION = "supervision"  # the supervision sessions


@dataclass(frozen=True)
class InboxItem:
    kind: ItemKind
    title: str
    detail: str = ""
    due_on: date | None = None  # when it is (or was) due; None: waiting since ``since``
    since: date | None = None
    overdue: bool = False
    family_id: str | None = None
    reference: str = ""
    family_name: str = ""
    place: Place = Place.FAMILY
    section: str = ""  # the family file section it opens at
    item_id: str | None = None  # the approval, assessment, action or follow-up it is about
    waiting: Waiting | None = None  # for a decision: what is decided


@dataclass(frozen=True)
class Inbox:
    on: date
    items: list[InboxItem] = field(default_factory=list)

    def of(self, kind: ItemKind) -> list[InboxItem]:
        return [item for item in self.items if item.kind is kind]

    @property
    def overdue(self) -> int:
        return sum(item.overdue for item in self.items)


def checked_out_families(us: UserSession, older_than_days: int, on: date) -> list[InboxItem]:
    """Families checked out to a laptop for more than ``older_than_days`` days: the worker's
    own check-outs, and for a team leader every one of their team's families (they may recall
    it). A family away that long is changed nowhere but on that laptop."""
    whose = CheckoutRow.worker_id == us.worker.id
    if us.worker.role is Role.TEAM_LEADER:
        whose = or_(whose, FamilyRow.team_id == us.worker.team_id)
    with us.read() as s:
        rows = s.execute(
            select(FamilyRow.id, FamilyRow.reference, FamilyRow.summary_ct)
            .join(CheckoutRow, CheckoutRow.family_id == FamilyRow.id)
            .where(CheckoutRow.recalled_at.is_(None), whose)
            .order_by(FamilyRow.reference)
        ).all()
        away = checkouts.checkouts_of(s, [row.id for row in rows])
    found = []
    for row in rows:
        info = away.get(row.id)
        if info is None:
            continue
        since = info.since.date()
        days = (on - since).days
        if days <= older_than_days:
            continue
        found.append(
            InboxItem(
                ItemKind.CHECKED_OUT,
                tr("inbox", "Checked out to a laptop for {days} days").format(days=days),
                info.label(),
                since=since,
                overdue=True,
                family_id=row.id,
                reference=row.reference,
                family_name=list_name(us, row.id, row.summary_ct),
            )
        )
    return found


_ORDER = list(ItemKind)


def inbox(us: UserSession, on: date | None = None) -> Inbox:
    """Everything waiting for this worker on ``on``: overdue first, then by date."""
    on = on or today()
    settings = us.staff.settings
    soon = on + timedelta(days=settings.due_soon_days)
    leader = us.worker.role is Role.TEAM_LEADER
    items: list[InboxItem] = []
    with us.read() as s:
        mine = s.execute(
            select(
                FamilyRow.id,
                FamilyRow.reference,
                FamilyRow.summary_ct,
                FamilyRow.status,
                FamilyRow.next_review_due,
            ).where(FamilyRow.lead_worker_id == us.worker.id)
        ).all()
    led = {r.id: r for r in mine if us.holds_key(r.id)}
    names = {fid: list_name(us, fid, r.summary_ct) for fid, r in led.items()}
    active = {fid for fid, r in led.items() if r.status in {s.value for s in ACTIVE_STATUSES}}

    items += _reviews(us, led, active, names, on, soon)
    items += _consent(us, active, led, names, on)
    items += _returned(us, on, names)
    items += _follow_ups(us, on, soon, leader)
    items += _supervision(us, on, soon)
    items += _feedback(us, list(led), names)
    if leader:
        items += _decisions(us)
        items += _unallocated(us, on, settings.unallocated_days)
    items += checked_out_families(us, settings.checkout_days, on)
    items.sort(
        key=lambda i: (
            not i.overdue,
            i.due_on or i.since or date.max,
            _ORDER.index(i.kind),
            i.reference,
        )
    )
    with us.write() as s:
        us.audit(s, AuditEvent(Action.LIST, "inbox", None, {"items": len(items)}))
    return Inbox(on, items)


# --- the worker's own families ---------------------------------------------------------------


def _reviews(
    us: UserSession,
    led: dict,
    active: set[str],
    names: dict[str, str],
    on: date,
    soon: date,
) -> list[InboxItem]:
    found = []
    for family_id in sorted(active):
        row = led[family_id]
        due = row.next_review_due
        if due is None or due > soon:
            continue
        state = plans.rhythm_for_family(us, family_id)
        reading = state.first_reading_due is not None and state.first_reading_due == due
        kind = ItemKind.READING_DUE if reading else ItemKind.REVIEW_DUE
        title = tr("inbox", "First outcome reading due") if reading else tr("inbox", "Review due")
        found.append(
            InboxItem(
                kind,
                title,
                due_on=due,
                overdue=due < on,
                family_id=family_id,
                reference=row.reference,
                family_name=names[family_id],
                section="outcomes" if reading else "plan",
            )
        )
    return found


def _consent(
    us: UserSession, active: set[str], led: dict, names: dict[str, str], on: date
) -> list[InboxItem]:
    """Each person's latest consent that has expired or expires within 30 days."""
    if not active:
        return []
    with us.read() as s:
        rows = s.execute(
            select(
                ConsentRow.family_id,
                ConsentRow.member_id,
                ConsentRow.given_on,
                ConsentRow.review_on,
                ConsentRow.withdrawn_on,
            ).where(ConsentRow.family_id.in_(active))
        ).all()
        latest: dict[tuple[str, str], tuple[date, date | None, date | None]] = {}
        for family_id, member_id, given, review, withdrawn in rows:
            key = (family_id, member_id)
            if key not in latest or given >= latest[key][0]:
                latest[key] = (given, review, withdrawn)
        due = {
            key: dates
            for key, dates in latest.items()
            if dates[1] is not None
            and state_from_dates(*dates, on, EXPIRING_SOON_DAYS)
            in (ConsentState.EXPIRING_SOON, ConsentState.EXPIRED)
        }
        people: dict[str, str] = {}
        if due:
            for member in s.scalars(
                select(MemberRow).where(MemberRow.id.in_({m for _f, m in due}))
            ):
                person = unseal_row(us, Member, member, led[member.family_id].reference)
                people[member.id] = person.full_name
    found = []
    for (family_id, member_id), (_given, review, _withdrawn) in sorted(due.items()):
        assert review is not None
        expired = review <= on
        title = (
            tr("inbox", "Consent to share has expired")
            if expired
            else tr("inbox", "Consent to share expires soon")
        )
        found.append(
            InboxItem(
                ItemKind.CONSENT_EXPIRING,
                title,
                people.get(member_id, ""),
                due_on=review,
                overdue=expired,
                family_id=family_id,
                reference=led[family_id].reference,
                family_name=names[family_id],
                section="consent",
            )
        )
    return found


def _returned(us: UserSession, on: date, names: dict[str, str]) -> list[InboxItem]:
    """This worker's requests a team leader returned in the last two weeks (unless they have
    asked again since)."""
    cutoff = on - timedelta(days=RETURNED_SHOWN_DAYS)
    with us.read() as s:
        rows = s.scalars(select(ApprovalRow).where(ApprovalRow.requested_by == us.worker.id)).all()
        references = dict(
            s.execute(
                select(FamilyRow.id, FamilyRow.reference).where(
                    FamilyRow.id.in_({r.family_id for r in rows})
                )
            ).all()
        )
        newest: dict[str, datetime] = {}
        for row in rows:
            if row.family_id not in newest or row.requested_at > newest[row.family_id]:
                newest[row.family_id] = row.requested_at
        found = []
        for row in rows:
            if (
                row.status != ApprovalStatus.RETURNED.value
                or row.decided_at is None
                or row.decided_at.date() < cutoff
                or row.decided_at.date() > on
                or row.requested_at < newest[row.family_id]
                or not us.holds_key(row.family_id)
            ):
                continue
            request = unseal_row(us, ApprovalRequest, row, references[row.family_id])
            found.append(
                InboxItem(
                    ItemKind.REQUEST_RETURNED,
                    tr("inbox", "Returned: {what}").format(what=approvals.request_words(request)),
                    tr("inbox", "{name}: {reason}").format(
                        name=request.decided_by_name, reason=request.decision_note
                    ),
                    since=row.decided_at.date(),
                    family_id=row.family_id,
                    reference=references[row.family_id],
                    family_name=names.get(row.family_id, ""),
                    section="oversight",
                    item_id=row.id,
                )
            )
    return found


def _follow_ups(us: UserSession, on: date, soon: date, leader: bool) -> list[InboxItem]:
    """Checks due by ``soon`` that this worker owns; for a team leader also those of their
    team whose owner has left (or that nobody owns)."""
    inactive = [u.id for u in us.staff.users.values() if not u.active]
    owners = [FollowUpRow.owner_id == us.worker.id]
    if leader:
        owners += [FollowUpRow.owner_id.is_(None), FollowUpRow.owner_id.in_(inactive)]
    with us.read() as s:
        rows = s.execute(
            select(
                FollowUpRow.id,
                FollowUpRow.family_id,
                FollowUpRow.due_on,
                FollowUpRow.owner_id,
                FamilyRow.reference,
                FamilyRow.summary_ct,
                FamilyRow.team_id,
            )
            .join(FamilyRow, FamilyRow.id == FollowUpRow.family_id)
            .where(FollowUpRow.done_on.is_(None), FollowUpRow.due_on <= soon, or_(*owners))
        ).all()
    found = []
    for row in rows:
        if not us.holds_key(row.family_id):
            continue
        if row.owner_id != us.worker.id and row.team_id != us.worker.team_id:
            continue
        found.append(
            InboxItem(
                ItemKind.FOLLOW_UP_DUE,
                tr("inbox", "Follow-up check after closure"),
                (
                    ""
                    if row.owner_id == us.worker.id
                    else tr("inbox", "The lead professional at closure has left")
                ),
                due_on=row.due_on,
                overdue=row.due_on < on,
                family_id=row.family_id,
                reference=row.reference,
                family_name=list_name(us, row.family_id, row.summary_ct),
                section="oversight",
                item_id=row.id,
            )
        )
    return found


def _supervision(us: UserSession, on: date, soon: date) -> list[InboxItem]:
    found = []
    names: dict[str, tuple[str, str]] = {}
    actions = supervision.open_actions(us)
    if actions:
        with us.read() as s:
            for fid, ref, summary in s.execute(
                select(FamilyRow.id, FamilyRow.reference, FamilyRow.summary_ct).where(
                    FamilyRow.id.in_({a.family_id for a in actions})
                )
            ):
                names[fid] = (ref, list_name(us, fid, summary))
    for action in actions:
        reference, family_name = names.get(action.family_id, ("", ""))
        found.append(
            InboxItem(
                ItemKind.SUPERVISION_ACTION,
                tr("inbox", "Supervision action"),
                action.action.what,
                due_on=action.due_on,
                since=action.action.agreed_on,
                overdue=action.overdue_on(on),
                family_id=action.family_id,
                reference=reference,
                family_name=family_name,
                section="oversight",
                item_id=action.id,
            )
        )
    for worker_id, worker_name, next_on in supervision.next_sessions(us):
        if next_on > soon:
            continue
        own = worker_id == us.worker.id
        found.append(
            InboxItem(
                ItemKind.SUPERVISION_DUE,
                tr("inbox", "Your next supervision")
                if own
                else tr("inbox", "Supervision with {name}").format(name=worker_name),
                due_on=next_on,
                overdue=next_on < on,
                place=Place.SUPERVISION,
                item_id=worker_id,
            )
        )
    return found


def _feedback(us: UserSession, family_ids: Iterable[str], names: dict[str, str]) -> list[InboxItem]:
    """Referrals decided whose referrer has not been told (the latest episode of each family)."""
    wanted = [fid for fid in family_ids if us.holds_key(fid)]
    if not wanted:
        return []
    found = []
    with us.read() as s:
        episodes = s.execute(
            select(EpisodeRow, FamilyRow.reference, FamilyRow.summary_ct)
            .join(FamilyRow, FamilyRow.id == EpisodeRow.family_id)
            .where(EpisodeRow.family_id.in_(wanted))
            .order_by(EpisodeRow.closed_on.is_not(None), EpisodeRow.opened_on.desc())
        ).all()
        seen: set[str] = set()
        for episode, reference, summary in episodes:
            if episode.family_id in seen:
                continue
            seen.add(episode.family_id)
            referral = unseal_row(us, EpisodeDetails, episode, reference).referral
            if referral.decision is ReferralDecision.PENDING or referral.feedback_to_referrer_on:
                continue
            found.append(
                InboxItem(
                    ItemKind.REFERRAL_FEEDBACK,
                    tr("inbox", "Tell the referrer what was decided"),
                    referral.source_name,
                    since=referral.decided_on,
                    family_id=episode.family_id,
                    reference=reference,
                    family_name=names.get(episode.family_id)
                    or list_name(us, episode.family_id, summary),
                    section="work",
                )
            )
    return found


# --- team leaders ------------------------------------------------------------------------------


def _decisions(us: UserSession) -> list[InboxItem]:
    return [
        InboxItem(
            ItemKind.APPROVAL_WAITING,
            tr("inbox", "Waiting for your approval: {what}").format(what=w.what),
            tr("inbox", "Asked by {name}").format(name=w.requested_by)
            + (f": {w.reason}" if w.reason else ""),
            since=w.requested_on,
            family_id=w.family_id,
            reference=w.reference,
            family_name=w.family_name,
            place=Place.DECISION,
            section="assessments" if w.source is approvals.Source.ASSESSMENT else "oversight",
            item_id=w.item_id,
            waiting=w,
        )
        for w in approvals.waiting(us)
    ]


def _unallocated(us: UserSession, on: date, days: int) -> list[InboxItem]:
    """The team's families waiting for a lead professional for more than ``days`` days (and
    referrers not told for those, since nobody else will tell them)."""
    inactive = [u.id for u in us.staff.users.values() if not u.active]
    with us.read() as s:
        rows = s.execute(
            select(FamilyRow.id, FamilyRow.reference, FamilyRow.summary_ct).where(
                FamilyRow.team_id == us.worker.team_id,
                FamilyRow.status.in_(
                    [
                        FamilyStatus.REFERRED.value,
                        FamilyStatus.OPEN.value,
                        FamilyStatus.STEPPED_UP.value,
                    ]
                ),
                or_(FamilyRow.lead_worker_id.is_(None), FamilyRow.lead_worker_id.in_(inactive)),
            )
        ).all()
    since = waiting_since(us, [r.id for r in rows])
    names = {r.id: list_name(us, r.id, r.summary_ct) for r in rows}
    found = []
    for row in rows:
        started = since.get(row.id)
        if started is None:
            continue
        waited = (on - started).days
        if waited <= days:
            continue
        found.append(
            InboxItem(
                ItemKind.UNALLOCATED,
                tr("inbox", "Waiting for allocation for {days} days").format(days=waited),
                since=started,
                overdue=True,
                family_id=row.id,
                reference=row.reference,
                family_name=names[row.id],
                place=Place.ALLOCATION,
            )
        )
    found += _feedback(us, [r.id for r in rows], names)
    return found
