"""Caseload read-models: the lists people work from, and name search over them.

Lists read plaintext columns and the small encrypted summary with SQLAlchemy Core (no ORM
objects), decrypting each summary once per unlock; search runs in memory over that.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from familycase.crypto.errors import IntegrityError
from familycase.domain.consent import ConsentState, FamilyConsent, family_consent
from familycase.domain.enums import FamilyStatus, Role, Tier
from familycase.domain.risk import AlertMark, RiskKind
from familycase.i18n import tr
from familycase.services import checkouts, list_cache
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import today
from familycase.services.errors import PermissionDenied
from familycase.services.gc_pause import gc_paused
from familycase.services.manifest import list_digest
from familycase.services.records import read_summaries
from familycase.services.vault import UserSession
from familycase.store.schema import ConsentRow, DirectoryRow, FamilyRow, LeadAllocationRow

ACTIVE_STATUSES = (FamilyStatus.REFERRED, FamilyStatus.OPEN, FamilyStatus.STEPPED_UP)


class CaseloadView(StrEnum):
    MINE = "mine"  # families I am lead professional for
    TEAM = "team"  # every family in my team (team leaders, managers)
    UNALLOCATED = "unallocated"  # my team's families with no lead professional
    ALL = "all"  # every family in the organisation (names only where a key is held)


# Which caseload views each role may list. The one place this rule lives: the GUI offers these.
VIEWS_BY_ROLE: dict[Role, tuple[CaseloadView, ...]] = {
    Role.KEY_WORKER: (CaseloadView.MINE,),
    Role.TEAM_LEADER: (
        CaseloadView.MINE,
        CaseloadView.TEAM,
        CaseloadView.UNALLOCATED,
        CaseloadView.ALL,
    ),
    Role.MANAGER: (
        CaseloadView.MINE,
        CaseloadView.TEAM,
        CaseloadView.UNALLOCATED,
        CaseloadView.ALL,
    ),
    Role.ADMINISTRATOR: (CaseloadView.MINE, CaseloadView.ALL),
}


def views_for(role: Role) -> tuple[CaseloadView, ...]:
    return VIEWS_BY_ROLE[role]


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    family_id: str
    reference: str
    family_name: str | None  # None where this user holds no key for the family
    member_names: tuple[str, ...]
    lead_worker_id: str | None
    lead_name: str
    team_id: str | None
    tier: Tier | None
    status: FamilyStatus
    next_review_due: date | None
    last_contact_on: date | None
    member_count: int
    damaged: bool = False
    consent: FamilyConsent | None = None  # how many people have consent to share in force
    # Current risk and alert flags (from the encrypted list summary: holders of the key only)
    alerts: tuple[RiskKind, ...] = ()
    # A reader of the reporting layer without the family's key (a manager): the name comes
    # from the family's summary where consent for monitoring holds; otherwise it is not shared.
    name_not_shared: bool = False
    # Where the family is while checked out to a laptop ("Kim Lee's laptop (...) since ...").
    checked_out: str | None = None
    # For a family waiting for a lead professional (team views): since when it has waited
    waiting_since: date | None = None

    def days_waiting(self, on: date) -> int | None:
        return None if self.waiting_since is None else max(0, (on - self.waiting_since).days)

    @property
    def consent_state(self) -> ConsentState | None:
        """The most urgent state of anyone's latest consent (None: none recorded)."""
        return self.consent.state if self.consent is not None else None

    def days_since_contact(self, on: date) -> int | None:
        return None if self.last_contact_on is None else (on - self.last_contact_on).days

    def review_overdue(self, on: date) -> bool:
        return self.next_review_due is not None and self.next_review_due < on

    @property
    def display_name(self) -> str:
        if self.damaged:
            return tr("caseload", "(damaged record: run verify)")
        if self.family_name is not None:
            return self.family_name
        if self.name_not_shared:
            return tr("caseload", "(name not shared)")
        return tr("caseload", "(no access)")


def caseload(
    us: UserSession,
    view: CaseloadView = CaseloadView.MINE,
    statuses: Iterable[FamilyStatus] | None = ACTIVE_STATUSES,
    tier: Tier | None = None,
    worker_id: str | None = None,
) -> list[CaseloadRow]:
    """The rows of one caseload view, newest reference first, names decrypted where allowed."""
    worker = us.worker
    query = select(
        FamilyRow.id,
        FamilyRow.reference,
        FamilyRow.summary_ct,
        FamilyRow.lead_worker_id,
        FamilyRow.team_id,
        FamilyRow.tier,
        FamilyRow.status,
        FamilyRow.next_review_due,
        FamilyRow.last_contact_on,
        FamilyRow.member_count,
        FamilyRow.revision,
    ).order_by(FamilyRow.reference.desc())
    names = {u.id: u.display_name for u in us.staff.users.values() if u.active}
    inactive = [u.id for u in us.staff.users.values() if not u.active]
    if view not in views_for(worker.role):
        if view in (CaseloadView.TEAM, CaseloadView.UNALLOCATED):
            raise PermissionDenied("Only team leaders and managers can see the team's caseload.")
        raise PermissionDenied("Only team leaders, managers and administrators can see all.")
    if view is CaseloadView.MINE:
        query = query.where(FamilyRow.lead_worker_id == worker.id)
    elif view in (CaseloadView.TEAM, CaseloadView.UNALLOCATED):
        query = query.where(FamilyRow.team_id == worker.team_id)
        if view is CaseloadView.UNALLOCATED:  # no lead, or one who has been disabled since
            query = query.where(
                or_(FamilyRow.lead_worker_id.is_(None), FamilyRow.lead_worker_id.in_(inactive))
            )
    if statuses is not None:
        query = query.where(FamilyRow.status.in_([s.value for s in statuses]))
    if tier is not None:
        query = query.where(FamilyRow.tier == int(tier))
    if worker_id is not None:
        query = query.where(FamilyRow.lead_worker_id == worker_id)
    with gc_paused():
        result = _rows(us, view, query, names)
    if worker.role is Role.MANAGER:
        result = _names_from_reporting(us, result)
    with us.write() as s:
        us.audit(
            s, AuditEvent(Action.LIST, "caseload", None, {"view": view.value, "rows": len(result)})
        )
    return result


def _rows(
    us: UserSession, view: CaseloadView, query: Select[Any], names: dict[str, str]
) -> list[CaseloadRow]:
    us.pick_up_new_grants()
    with us.read() as s:
        rows = s.execute(query).all()
        consent_dates: dict[str, list[tuple[str, date, date | None, date | None]]] = {}
        for family_id, *dates in s.execute(
            select(
                ConsentRow.family_id,
                ConsentRow.member_id,
                ConsentRow.given_on,
                ConsentRow.review_on,
                ConsentRow.withdrawn_on,
            )
        ):
            consent_dates.setdefault(family_id, []).append(tuple(dates))  # type: ignore[arg-type]
        away = {fid: c.label() for fid, c in checkouts.checkouts_of(s).items() if c.in_force}
    on = today()
    allocated = [r[0] for r in rows if r[3] == us.worker.id and not us.holds_key(r[0])]
    if allocated:  # made lead since sign-in read every grant (within GRANTS_FRESH_SECONDS)
        us.pick_up_new_grants(allocated)
    if us.list_file is None:  # the first list of this session: what this computer kept
        us.list_file = list_cache.load(us, us.list_place())
    opened = read_summaries(us, [(r[0], r[2]) for r in rows if _to_open(us, r[0], r[2])])
    result = [
        _row(
            us,
            names,
            *r,
            consent=family_consent(consent_dates.get(r[0], ()), r[9], on),
            checked_out=away.get(r[0]),
            opened=opened,
            on=on,
        )
        for r in rows
    ]
    if view in (CaseloadView.TEAM, CaseloadView.UNALLOCATED):
        unallocated = [
            r.family_id
            for r in result
            if r.lead_worker_id is None and r.status is not FamilyStatus.CLOSED
        ]
        since = waiting_since(us, unallocated)
        result = [
            replace(r, waiting_since=since[r.family_id]) if r.family_id in since else r
            for r in result
        ]
    return result


def _names_from_reporting(us: UserSession, rows: list[CaseloadRow]) -> list[CaseloadRow]:
    """A manager holds no family key: names come from the reporting layer, only where everyone
    in the family consented to monitoring (checked for today); the rest read "not shared"."""
    from dataclasses import replace

    from familycase.domain.consent import InfoCategory
    from familycase.services import reporting, summaries

    if not reporting.has_reporting_key(us) or reporting._private(us) is None:
        return rows
    found = reporting.load(us, [r.family_id for r in rows if r.family_name is None]).by_id()
    on = today()
    named = []
    for row in rows:
        summary = found.get(row.family_id)
        name = None
        if summary is not None and summary.family_name:
            allowed, _ = summaries.family_allows(summary, InfoCategory.BASIC_DETAILS, on)
            name = summary.family_name if allowed else None
        named.append(replace(row, family_name=name, name_not_shared=name is None))
    return named


def _to_open(us: UserSession, family_id: str, summary_ct: bytes) -> bool:
    """A family whose list summary must be decrypted: its key is held and the session has not
    kept this ciphertext's summary already."""
    if not us.holds_key(family_id):
        return False
    cached = us.summaries.get(family_id)
    return cached is None or cached[0] != summary_ct


def _changed(us: UserSession) -> None:
    """The session holds a summary or a check the list cache on this computer does not."""
    if us.list_file is not None:
        us.list_file.dirty = True


def _row(
    us: UserSession,
    names: dict[str, str],
    family_id: str,
    reference: str,
    summary_ct: bytes,
    lead: str | None,
    team_id: str | None,
    tier: int | None,
    status: str,
    review: date | None,
    contact: date | None,
    count: int,
    revision: int,
    *,
    consent: FamilyConsent | None,
    checked_out: str | None,
    opened: dict[str, bytes | None],
    on: date,
) -> CaseloadRow:
    family_name: str | None = None
    members: tuple[str, ...] = ()
    marks: tuple[AlertMark, ...] = ()
    damaged = False
    if us.holds_key(family_id):
        cached = us.summaries.get(family_id)
        if _to_open(us, family_id, summary_ct):  # opened for this list (``opened``)
            try:
                plaintext = opened.get(family_id)
                if plaintext is None:
                    raise IntegrityError("the list summary cannot be opened")
                summary = json.loads(plaintext)
                cached = (
                    summary_ct,
                    summary["family_name"],
                    tuple(summary["member_names"]),
                    tuple(AlertMark.model_validate(a) for a in summary.get("alerts", ())),
                )
                us.summaries[family_id] = cached
                us.list_digests[family_id] = summary.get("h")
                us.list_checked.pop(family_id, None)
                _changed(us)
            except (IntegrityError, ValueError, KeyError, TypeError):  # ValidationError too
                cached = None
        expected = us.list_digests.get(family_id)
        shown = (reference, team_id, status, tier, lead, review, contact, count, revision)
        if cached is None:
            damaged = True  # shown in the list (so that the rest stays usable), never trusted
        elif expected is not None and us.list_checked.get(family_id) != shown:
            if expected == list_digest(shown):
                us.list_checked[family_id] = shown
                _changed(us)
            else:
                damaged = True
        if not damaged:
            _, family_name, members, marks = cached
    try:
        tier_value, status_value = Tier(tier) if tier else None, FamilyStatus(status)
    except ValueError:  # a plain column damaged or edited: the row is marked, not crashed on
        tier_value, status_value, damaged = None, FamilyStatus.REFERRED, True
    lead = lead if lead in names else None  # a disabled lead: waiting for allocation again
    return CaseloadRow(
        family_id=family_id,
        reference=reference,
        family_name=None if damaged else family_name,
        member_names=() if damaged else members,
        lead_worker_id=lead,
        lead_name=names.get(lead, "") if lead else "",
        team_id=team_id,
        tier=tier_value,
        status=status_value,
        next_review_due=review,
        last_contact_on=contact,
        member_count=count,
        damaged=damaged,
        consent=consent,
        alerts=tuple(dict.fromkeys(m.kind for m in marks if m.current_on(on))),
        checked_out=checked_out,
    )


def waiting_since(us: UserSession, family_ids: Iterable[str]) -> dict[str, date]:
    """Since when each of these (unallocated) families has waited for a lead professional: the
    later of the day its current episode opened (the referral was received) and the day its
    last lead allocation ended; for a lead who was disabled, the day they were disabled.
    Plaintext dates only."""
    wanted = set(family_ids)
    if not wanted:
        return {}
    inactive = {u.id for u in us.staff.users.values() if not u.active}
    with us.read() as s:
        return waiting_dates(s, wanted, disabled_dates(s, inactive, us.staff.head_seq))


def waiting_dates(s: Session, wanted: set[str], disabled: dict[str, date]) -> dict[str, date]:
    """``waiting_since`` from the tables, ``disabled`` being the day each disabled lead was
    disabled (``disabled_dates``)."""
    opened = dict(
        s.execute(select(FamilyRow.id, FamilyRow.opened_on).where(FamilyRow.id.in_(wanted))).all()
    )
    ended = dict(
        s.execute(
            select(LeadAllocationRow.family_id, func.max(LeadAllocationRow.ended_on))
            .where(LeadAllocationRow.family_id.in_(wanted))
            .group_by(LeadAllocationRow.family_id)
        ).all()
    )
    leads = dict(
        s.execute(
            select(FamilyRow.id, FamilyRow.lead_worker_id).where(FamilyRow.id.in_(wanted))
        ).all()
    )
    since: dict[str, date] = {}
    for family_id in wanted:
        dates = [d for d in (opened.get(family_id), ended.get(family_id)) if d is not None]
        lead = leads.get(family_id)
        if lead is not None and lead in disabled:
            dates.append(disabled[lead])
        if dates:
            since[family_id] = max(dates)
    return since


def disabled_dates(s: Session, inactive: set[str], up_to_seq: int | None = None) -> dict[str, date]:
    """The day each of these disabled workers was disabled: their latest 'user_disabled'
    directory entry (up to ``up_to_seq``, the head of the verified directory)."""
    if not inactive:
        return {}
    query = select(DirectoryRow.at, DirectoryRow.body).where(DirectoryRow.kind == "user_disabled")
    if up_to_seq is not None:
        query = query.where(DirectoryRow.seq <= up_to_seq)
    found: dict[str, date] = {}
    for at, body in s.execute(query.order_by(DirectoryRow.seq)):
        try:
            user_id = json.loads(body)["user_id"]
        except (ValueError, KeyError, TypeError):
            continue
        if user_id in inactive:
            found[user_id] = datetime.fromisoformat(at).date()
    return found


class NameIndex:
    """Search-as-you-type over family and member names, built once per caseload load."""

    def __init__(self, rows: Sequence[CaseloadRow]) -> None:
        self._rows = list(rows)
        self._haystacks = [
            "\n".join((row.reference, row.family_name or "", *row.member_names)).casefold()
            for row in self._rows
        ]

    def search(self, text: str) -> list[CaseloadRow]:
        words = text.casefold().split()
        if not words:
            return list(self._rows)
        return [
            row
            for row, hay in zip(self._rows, self._haystacks, strict=True)
            if all(word in hay for word in words)
        ]


def overdue_reviews(rows: Iterable[CaseloadRow], on: date | None = None) -> list[CaseloadRow]:
    on = on or today()
    return [row for row in rows if row.review_overdue(on)]
