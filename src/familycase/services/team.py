"""The team leader's view: every worker's caseload, its weight, and what needs attention.

Defaults (an organisation may want others; they are parameters, not constants buried in code):

* **Caseload weight.** Each open (not closed) family a worker leads counts by its tier:
  tier 1 = 0.5, tier 2 = 1, tier 3 = 1.5, tier 4 = 2 (``DEFAULT_TIER_WEIGHTS``). A family with
  no tier recorded counts as 1. A worker's weight is the sum over their families, so ten
  tier-2 families weigh 10 and ten tier-4 families weigh 20.
* **Contact overdue.** An open family (status "open", so allocated and not stepped up) whose
  last contact was more than 28 days ago (``DEFAULT_CONTACT_DAYS``), or that has had no contact
  recorded at all. No-access visits do not count as contact (the services already leave the
  last-contact date alone for them).
* **Review overdue.** The next review date has passed (``CaseloadRow.review_overdue``).

Everything here works on the caseload read-model (``services.caseload``), so it costs no more
decryption than listing the team's caseload, and works for managers (who see references only).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select

from familycase.domain import settings as settings_defaults
from familycase.domain.consent import ConsentState
from familycase.domain.enums import FamilyStatus, Role, Tier
from familycase.domain.errors import validated
from familycase.domain.staff import Worker
from familycase.domain.work import LeadAllocation
from familycase.i18n import tr
from familycase.services import users, work
from familycase.services.caseload import (
    ACTIVE_STATUSES,
    CaseloadRow,
    CaseloadView,
    caseload,
)
from familycase.services.clock import today
from familycase.services.errors import InvalidRequest, PermissionDenied
from familycase.services.vault import UserSession
from familycase.store.schema import FamilyRow

# The defaults; an organisation sets its own in its signed settings (domain/settings.py).
DEFAULT_TIER_WEIGHTS: Mapping[Tier, float] = settings_defaults.DEFAULT_TIER_WEIGHTS
UNKNOWN_TIER_WEIGHT = 1.0
DEFAULT_CONTACT_DAYS = 28

# Who may see the team view. Allocation itself is for team leaders only (work.py decides).
TEAM_VIEW_ROLES = (Role.TEAM_LEADER, Role.MANAGER)


def can_see_team_view(role: Role) -> bool:
    return role in TEAM_VIEW_ROLES


# --- rules over single rows --------------------------------------------------------------------


def family_weight(row: CaseloadRow, weights: Mapping[Tier, float] = DEFAULT_TIER_WEIGHTS) -> float:
    """What one family adds to its lead professional's caseload weight (0 once closed)."""
    if row.status is FamilyStatus.CLOSED:
        return 0.0
    if row.tier is None:
        return UNKNOWN_TIER_WEIGHT
    return weights.get(row.tier, UNKNOWN_TIER_WEIGHT)


def caseload_weight(
    rows: Iterable[CaseloadRow], weights: Mapping[Tier, float] = DEFAULT_TIER_WEIGHTS
) -> float:
    return sum(family_weight(row, weights) for row in rows)


def contact_overdue(row: CaseloadRow, on: date, days: int = DEFAULT_CONTACT_DAYS) -> bool:
    """An open family with no contact in more than ``days`` days (or none recorded yet)."""
    if row.status is not FamilyStatus.OPEN:
        return False
    since = row.days_since_contact(on)
    return since is None or since > days


CONSENT_NEEDS_ATTENTION = (ConsentState.EXPIRED, ConsentState.EXPIRING_SOON, ConsentState.WITHDRAWN)


def needs_attention(row: CaseloadRow, on: date, days: int = DEFAULT_CONTACT_DAYS) -> bool:
    """Review overdue, contact overdue, or consent to share expired, expiring or withdrawn:
    the caseload's "needs attention" filter."""
    return (
        row.review_overdue(on)
        or contact_overdue(row, on, days)
        or row.consent_state in CONSENT_NEEDS_ATTENTION
    )


# --- the caseload filter -----------------------------------------------------------------------

NOT_ALLOCATED = "__not_allocated__"  # worker filter value: families with no lead professional


@dataclass(frozen=True)
class CaseloadFilter:
    """What the caseload list is narrowed to, on top of name search.

    ``statuses`` None means every status; the default is the open work (not closed).
    ``worker_id`` is a worker's id, ``NOT_ALLOCATED``, or None for anyone.
    """

    statuses: frozenset[FamilyStatus] | None = frozenset(ACTIVE_STATUSES)
    tier: Tier | None = None
    worker_id: str | None = None
    overdue_only: bool = False
    contact_days: int = DEFAULT_CONTACT_DAYS

    def accepts(self, row: CaseloadRow, on: date) -> bool:
        if self.statuses is not None and row.status not in self.statuses:
            return False
        if self.tier is not None and row.tier is not self.tier:
            return False
        if self.worker_id is not None:
            wanted = None if self.worker_id == NOT_ALLOCATED else self.worker_id
            if row.lead_worker_id != wanted:
                return False
        return not self.overdue_only or needs_attention(row, on, self.contact_days)

    def apply(self, rows: Iterable[CaseloadRow], on: date | None = None) -> list[CaseloadRow]:
        on = on or today()
        return [row for row in rows if self.accepts(row, on)]

    @property
    def is_default(self) -> bool:
        return self == CaseloadFilter(contact_days=self.contact_days)


# --- the team overview -------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerLoad:
    """One worker's caseload, as the team leader sees it."""

    worker_id: str
    name: str
    role: Role | None  # None: a lead professional who is no longer an active worker
    families: tuple[CaseloadRow, ...]
    weight: float
    by_tier: Mapping[Tier, int]
    reviews_overdue: int
    contacts_overdue: int

    @property
    def family_count(self) -> int:
        return len(self.families)


@dataclass(frozen=True)
class TeamOverview:
    on: date
    workers: tuple[WorkerLoad, ...]
    unallocated: tuple[CaseloadRow, ...]
    overdue_reviews: tuple[CaseloadRow, ...]
    overdue_contacts: tuple[CaseloadRow, ...]
    rows: tuple[CaseloadRow, ...] = field(repr=False)
    contact_days: int = DEFAULT_CONTACT_DAYS
    # Since when each unallocated family has waited for a lead professional (by family id).
    waiting: Mapping[str, date] = field(default_factory=dict)
    cap: float = settings_defaults.DEFAULT_ALLOCATION_CAP  # the caseload weight cap
    weights: Mapping[Tier, float] = field(default_factory=lambda: dict(DEFAULT_TIER_WEIGHTS))

    def days_waiting(self, family_id: str) -> int | None:
        since = self.waiting.get(family_id)
        return None if since is None else max(0, (self.on - since).days)

    @property
    def open_families(self) -> int:
        return len(self.rows)

    def worker(self, worker_id: str) -> WorkerLoad:
        for load in self.workers:
            if load.worker_id == worker_id:
                return load
        raise KeyError(worker_id)


def summarise_team(
    rows: Sequence[CaseloadRow],
    workers: Sequence[Worker],
    on: date,
    weights: Mapping[Tier, float] = DEFAULT_TIER_WEIGHTS,
    contact_days: int = DEFAULT_CONTACT_DAYS,
) -> TeamOverview:
    """The overview from rows already listed (pure: no database, easy to test).

    Every worker who can hold cases appears, even with no families (so a team leader sees who
    has room); a lead professional missing from ``workers`` (disabled since) appears too.
    """
    active = [row for row in rows if row.status is not FamilyStatus.CLOSED]
    by_worker: dict[str, list[CaseloadRow]] = {}
    for row in active:
        if row.lead_worker_id is not None:
            by_worker.setdefault(row.lead_worker_id, []).append(row)
    known = {w.id: w for w in workers if w.can_hold_cases and w.active}
    lead_names = {row.lead_worker_id: row.lead_name for row in active if row.lead_worker_id}
    loads = []
    for worker_id in [*known, *(w for w in by_worker if w not in known)]:
        held = tuple(by_worker.get(worker_id, ()))
        worker = known.get(worker_id)
        by_tier = {tier: 0 for tier in Tier}
        for row in held:
            if row.tier is not None:
                by_tier[row.tier] += 1
        loads.append(
            WorkerLoad(
                worker_id=worker_id,
                name=worker.display_name if worker else lead_names.get(worker_id, "?"),
                role=worker.role if worker else None,
                families=held,
                weight=caseload_weight(held, weights),
                by_tier=by_tier,
                reviews_overdue=sum(row.review_overdue(on) for row in held),
                contacts_overdue=sum(contact_overdue(row, on, contact_days) for row in held),
            )
        )
    loads.sort(key=lambda load: (-load.weight, load.name.casefold()))
    return TeamOverview(
        on=on,
        workers=tuple(loads),
        unallocated=tuple(row for row in active if row.lead_worker_id is None),
        overdue_reviews=tuple(row for row in active if row.review_overdue(on)),
        overdue_contacts=tuple(row for row in active if contact_overdue(row, on, contact_days)),
        rows=tuple(active),
        contact_days=contact_days,
        weights=dict(weights),
    )


def team_overview(
    us: UserSession,
    on: date | None = None,
    weights: Mapping[Tier, float] | None = None,
    contact_days: int = DEFAULT_CONTACT_DAYS,
) -> TeamOverview:
    """Every worker's caseload in the user's team, the unallocated queue and what is overdue.
    Weights: the organisation's signed settings unless given."""
    if not can_see_team_view(us.worker.role):
        raise PermissionDenied(tr("team", "Only team leaders and managers can see the team view."))
    rows = caseload(us, CaseloadView.TEAM, statuses=ACTIVE_STATUSES)
    team_id = us.worker.team_id
    workers = [w for w in users.list_workers(us) if w.team_id == team_id]
    weights = weights if weights is not None else us.staff.settings.tier_weights
    overview = summarise_team(rows, workers, on or today(), weights, contact_days)
    since = {r.family_id: r.waiting_since for r in overview.unallocated if r.waiting_since}
    return replace(overview, waiting=since, cap=us.staff.settings.allocation_cap)


@dataclass(frozen=True)
class Suggestion:
    """Who to allocate a family to: the least-loaded worker with room under the cap."""

    worker_id: str | None  # None: nobody has room
    name: str
    weight_now: float
    weight_after: float
    cap: float
    reason: str


def suggest_lead(overview: TeamOverview, row: CaseloadRow) -> Suggestion:
    """The active key worker (or, failing one, team leader) whose caseload weight stays at or
    under the cap with this family added, least loaded first (then fewest families, then by
    name). Pure: from the overview the team leader is looking at."""
    adds = family_weight(row, overview.weights)
    candidates = [
        load
        for load in overview.workers
        if load.role in (Role.KEY_WORKER, Role.TEAM_LEADER) and load.worker_id != row.lead_worker_id
    ]

    def order(load: WorkerLoad) -> tuple[int, float, int, str]:
        return (
            0 if load.role is Role.KEY_WORKER else 1,
            load.weight,
            load.family_count,
            load.name.casefold(),
        )

    for load in sorted(candidates, key=order):
        if load.weight + adds <= overview.cap + 1e-9:
            return Suggestion(
                load.worker_id,
                load.name,
                load.weight,
                load.weight + adds,
                overview.cap,
                tr("team", "Least loaded with room: weight {now} now, {after} with this family "
                   "(cap {cap}).").format(
                    now=_w(load.weight), after=_w(load.weight + adds), cap=_w(overview.cap)
                ),
            )  # fmt: skip
    return Suggestion(
        None,
        "",
        0.0,
        0.0,
        overview.cap,
        tr("team", "Nobody has room: every worker would go over the cap ({cap}) with this "
           "family. Allocate above the cap only with a reason.").format(cap=_w(overview.cap)),
    )  # fmt: skip


def _w(weight: float) -> str:
    return f"{weight:g}"


@dataclass(frozen=True)
class Allocated:
    """What happened, to confirm it to the team leader."""

    family_id: str
    reference: str
    worker_id: str
    worker_name: str
    previous_name: str
    families: int  # the worker's open families now
    weight: float  # their caseload weight now
    cap: float

    @property
    def over_cap(self) -> bool:
        return self.weight > self.cap + 1e-9

    def sentence(self) -> str:
        text = tr(
            "team",
            "{reference} is allocated to {name}, who now leads {families} "
            "(caseload weight {weight} of a cap of {cap}).",
        ).format(
            reference=self.reference,
            name=self.worker_name,
            families=(
                tr("team", "1 open family")
                if self.families == 1
                else tr("team", "{n} open families").format(n=self.families)
            ),
            weight=_w(self.weight),
            cap=_w(self.cap),
        )
        if self.previous_name:
            text += " " + tr("team", "{name} is no longer the lead professional.").format(
                name=self.previous_name
            )
        if self.over_cap:
            text += " " + tr("team", "This is over the cap.")
        return text


def allocate(us: UserSession, family_id: str, worker_id: str, reason: str) -> Allocated:
    """Allocate or reallocate a lead professional from the team view: always with a reason,
    which is kept (encrypted) with the allocation history and in the audit log. Returns what
    happened, with the worker's caseload now, so that it can be confirmed."""
    if not reason.strip():
        raise InvalidRequest(tr("team", "Say why this worker is being allocated."))
    # Checked here so that a too-long reason reads as a field problem, not a crash.
    checked = validated(
        LeadAllocation, {"worker_id": worker_id, "started_on": today(), "reason": reason}
    )
    before = _lead_of(us, family_id)
    previous = us.staff.user(before)
    work.allocate_lead_professional(us, family_id, worker_id, checked.reason)
    weights = us.staff.settings
    with us.read() as s:
        reference = s.scalar(select(FamilyRow.reference).where(FamilyRow.id == family_id)) or ""
        tiers = s.scalars(
            select(FamilyRow.tier).where(
                FamilyRow.lead_worker_id == worker_id,
                FamilyRow.status.in_([status.value for status in ACTIVE_STATUSES]),
            )
        ).all()
    worker = us.staff.user(worker_id)
    return Allocated(
        family_id,
        reference,
        worker_id,
        worker.display_name if worker else "?",
        previous.display_name if previous is not None and previous.id != worker_id else "",
        len(tiers),
        sum(weights.weight_of(Tier(t) if t else None) for t in tiers),
        us.staff.settings.allocation_cap,
    )


@dataclass(frozen=True)
class Advice:
    """What the allocation dialog shows: each worker's caseload now, who is suggested and how
    long the family has waited."""

    suggestion: Suggestion
    loads: Mapping[str, tuple[int, float]]  # worker id -> (open families, weight)
    cap: float
    days_waiting: int | None


def allocation_advice(us: UserSession, family_id: str, on: date | None = None) -> Advice:
    """The team's loads and the suggested lead professional for one family (team leaders)."""
    overview = team_overview(us, on)
    row = next((r for r in overview.rows if r.family_id == family_id), None)
    if row is None:
        raise InvalidRequest(tr("team", "This family is not open in your team's caseload."))
    return Advice(
        suggest_lead(overview, row),
        {load.worker_id: (load.family_count, load.weight) for load in overview.workers},
        overview.cap,
        overview.days_waiting(family_id) if row.lead_worker_id is None else None,
    )


def _lead_of(us: UserSession, family_id: str) -> str | None:
    with us.read() as s:
        return s.scalar(select(FamilyRow.lead_worker_id).where(FamilyRow.id == family_id))


def allocatable_workers(workers: Iterable[Worker]) -> list[Worker]:
    """The workers a family can be allocated to: active key workers and team leaders."""
    return sorted(
        (w for w in workers if w.active and w.can_hold_cases),
        key=lambda w: w.display_name.casefold(),
    )
