"""The reporting layer, as managers and team leaders read it: every family's summary
(``familycase.summary/2``), opened with the organisation reporting key, never a family key.

- **The key.** An X25519 key pair. Its public half is an "org_key" entry of the signed staff
  directory (a new vault's second entry, signed by the recovery key; an administrator adds it
  to an older vault with ``enable``), so every writer seals each family's summary to it
  (services/summaries.py) and nobody who can write the database can swap it. Its private half
  is sealed (``org_key_grants``) to managers, team leaders, administrators (only to hand it on
  when they enrol a manager or team leader: no report is built for them) and the recovery key.
- **Reading** (``load``): the summaries of the families asked for, each opened once per session
  and kept with its ciphertext (a changed summary is opened again). Families without a summary
  yet are built on the spot for a reader who holds their key, and otherwise counted as "not
  summarised yet" (a team leader's session fills them in: ``fill_missing``).
- **The gate** for outputs made from it (``gate``): a family's own row in a return, a claim or
  a list goes out only where everyone in the family consented (or a recorded decision to share
  without consent applies) to their outcomes going to the early help team for monitoring and
  reporting, on the day of the output; the rest are shown as withheld. Every decision is kept in
  the reports' share log (``report_shares``, sealed to the reporting key) and the output is
  audited as an export.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pydantic import ValidationError
from sqlalchemy import func, select

from familycase.crypto import box
from familycase.crypto.errors import IntegrityError
from familycase.domain.consent import InfoCategory
from familycase.domain.enums import Role
from familycase.exchange.summary import (
    FamilySummary,
    SummaryCosts,
    read_summary,
    read_summary_costs,
)
from familycase.services import checkouts, directory, manifest, summaries
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import Cancelled, InvalidRequest, PermissionDenied, UnknownRecord
from familycase.services.summaries import REPORTING_KEY, family_allows
from familycase.services.vault import (
    RECOVERY_HOLDER,
    REPORTING_HOLDERS,
    UserSession,
    new_id,
    org_grant,
)
from familycase.store.schema import (
    FamilyReportRow,
    FamilyRow,
    ImportedSummaryRow,
    OrgKeyGrant,
    ReportingSummaryRow,
    ReportShareRow,
    TeamRow,
)

READER_ROLES = (Role.MANAGER, Role.TEAM_LEADER)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
FILL_BATCH = 100
FETCH_BATCH = 500  # sealed summaries fetched at a time while reading


# --- the key ----------------------------------------------------------------------------------


def has_reporting_key(us: UserSession) -> bool:
    """Whether this vault has a reporting key (its public half signed into the directory)."""
    return summaries.reporting_public(us) is not None


def _private(us: UserSession) -> X25519PrivateKey | None:
    cached = us.reporting.get("key")
    if cached is not None:
        return cached
    raw = us.org_key(REPORTING_KEY)
    if raw is None:
        return None
    key = X25519PrivateKey.from_private_bytes(raw)
    if box.public_bytes(key) != summaries.reporting_public(us):
        raise PermissionDenied(
            "Your copy of the reporting key does not match the one in the signed staff "
            "directory. Ask an administrator to run 'familycase verify'."
        )
    us.reporting["key"] = key
    return key


def on_laptop(us: UserSession) -> bool:
    """Whether this session is on a laptop replica, which never holds the reporting layer
    (services/replica_rows.py): its families are summarised on the team store at check-in."""
    return getattr(us.vault, "replica_id", None) is not None


def require_reader(us: UserSession) -> X25519PrivateKey:
    if us.worker.role not in READER_ROLES:
        raise PermissionDenied("Only managers and team leaders build reports.")
    if on_laptop(us):
        raise InvalidRequest(
            "Reports are made on the team store: a laptop replica holds only the families "
            "checked out to it, never the reporting layer or its key."
        )
    if not has_reporting_key(us):
        raise InvalidRequest(
            "This vault has no reporting key yet: an administrator adds it once "
            "('familycase reporting enable', or when they next sign in to the desktop app)."
        )
    key = _private(us)
    if key is None:
        raise PermissionDenied(
            "You have not been given the reporting key yet. A team leader or manager who has it "
            "shares it when they next sign in; an administrator can too."
        )
    return key


def enable(us: UserSession) -> None:
    """Add the reporting key to a vault made before it (administrators): a signed directory
    entry with its public half, and its private half sealed to the recovery key and every
    active manager, team leader and administrator."""
    if us.worker.role is not Role.ADMINISTRATOR:
        raise PermissionDenied("Only an administrator adds the reporting key.")
    if not us.directory_signed:
        raise InvalidRequest(
            "Sign the staff directory first ('familycase directory adopt'): the reporting key's "
            "public half is kept in it."
        )
    if has_reporting_key(us):
        raise InvalidRequest("This vault already has a reporting key.")
    private = X25519PrivateKey.generate()
    raw = private.private_bytes_raw()
    with us.write() as s:
        us.directory = directory.append(
            s,
            "org_key",
            {"name": REPORTING_KEY, "public": box.public_bytes(private).hex()},
            us.worker.id,
            us.ring.signing,
            us.ring.pinned_root,
        )
        s.add(org_grant(REPORTING_KEY, RECOVERY_HOLDER, us.staff.recovery_public, raw))
        for user in us.staff.active_users(REPORTING_HOLDERS):
            s.add(org_grant(REPORTING_KEY, user.id, user.agreement_public, raw))
        us.audit(s, AuditEvent(Action.EDIT, "reporting_key", None, {"added": True}))


def share_key(us: UserSession) -> int:
    """Seal the reporting key to every active manager, team leader and administrator (as the
    signed directory names them) who lacks it; returns how many were given it."""
    if us.worker.role not in REPORTING_HOLDERS or not has_reporting_key(us):
        return 0
    if _private(us) is None:
        return 0
    raw = us.org_key(REPORTING_KEY)
    assert raw is not None
    with us.read() as s:
        holders = set(
            s.scalars(select(OrgKeyGrant.holder).where(OrgKeyGrant.key_name == REPORTING_KEY))
        )
    missing = [u for u in us.staff.active_users(REPORTING_HOLDERS) if u.id not in holders]
    if not missing:
        return 0
    with us.write() as s:
        for user in missing:
            s.add(org_grant(REPORTING_KEY, user.id, user.agreement_public, raw))
        us.audit(
            s,
            AuditEvent(
                Action.EDIT, "reporting_key", None, {"shared_with": [u.id for u in missing]}
            ),
        )
    return len(missing)


# --- filling in summaries for families that have none -----------------------------------------


def missing_count(us: UserSession) -> int:
    """Families this session holds a key for that have no summary yet (and can have one now:
    not while checked out to a laptop)."""
    return len(_missing(us))


def _missing(us: UserSession) -> list[str]:
    if on_laptop(us) or not has_reporting_key(us):
        return []
    with us.read() as s:
        have = set(s.scalars(select(FamilyReportRow.family_id)))
        existing = set(s.scalars(select(FamilyRow.id)))
        wanted = (us.accessible_family_ids() & existing) - have
        away = set(checkouts.in_force(s, wanted))  # changed only on that laptop until check-in
    return sorted(wanted - away)


def fill_missing(us: UserSession, limit: int = FILL_BATCH) -> int:
    """Build the summary of up to ``limit`` families this session holds that have none yet (a
    vault made before the reporting layer), in one transaction, and seal again up to ``limit``
    that do not say who wrote them (``_replace_anonymous``); returns how many. Also brings
    summaries imported before it (under the older summaries key) into the reporting layer."""
    if on_laptop(us) or not has_reporting_key(us):
        return 0
    todo = _missing(us)[:limit]
    if todo:
        with us.write() as s:
            changes = manifest.tracker(s)
            assert changes is not None
            for family_id in todo:
                changes.mark(family_id)
                us.audit(
                    s,
                    AuditEvent(Action.EDIT, "reporting_summary", family_id, {"family": family_id}),
                )
    _bring_in_imported(us)
    return len(todo) + _replace_anonymous(us, limit)


def _replace_anonymous(us: UserSession, limit: int) -> int:
    """Seal again, as this worker, up to ``limit`` summaries for reporting that do not say who
    wrote them (anonymous boxes: an upgraded vault's, or written into the database by anyone,
    since anyone can make one). Their content is never trusted: each comes again from the
    family's own summary (``family_reports``, under the family's key and its manifest), so only
    families this worker holds are done; readers leave the rest out (not summarised yet) until
    a holder's fill or a new bundle from the laptop that has the family."""
    public = summaries.reporting_public(us)
    if public is None or us.reporting.get("all_signed"):
        return 0
    anonymous = func.substr(ReportingSummaryRow.summary_ct, 1, 1) == bytes([box.BOX_VERSION])
    failed: set[str] = us.reporting.setdefault("unsealable", set())
    with us.read() as s:
        found = s.scalars(select(ReportingSummaryRow.family_id).where(anonymous))
        todo = [f for f in found if us.holds_key(f) and f not in failed][:limit]
    if not todo:
        us.reporting["all_signed"] = True  # nothing more this session can seal
        return 0
    signed = 0
    with us.write() as s:
        for family_id in todo:
            copy = s.get(ReportingSummaryRow, family_id)
            _row, own = summaries.read_own(s, us, family_id)
            if copy is None or own is None:  # none of its own yet: fill builds it whole
                failed.add(family_id)
                continue
            summaries.set_vault_copy(copy, own, summaries.seal_for_reporting(us, public, own))
            signed += 1
        if signed:
            us.audit(s, AuditEvent(Action.EDIT, "reporting_summary", None, {"sealed": signed}))
    return signed


def _bring_in_imported(us: UserSession) -> None:
    """Summaries imported before 0010 (v1, under the organisation summaries key), into the
    reporting layer (upgraded to v2), once, by a reader who holds both keys."""
    if us.reporting.get("imported_done"):
        return
    us.reporting["imported_done"] = True
    from familycase.crypto.aead import Cipher

    public = summaries.reporting_public(us)
    raw = us.org_key("summaries")
    if public is None or raw is None:
        return
    cipher = Cipher(raw)
    with us.read() as s:
        old = list(s.scalars(select(ImportedSummaryRow)))
        present = set(s.scalars(select(ReportingSummaryRow.family_id)))
    moved = 0
    with us.write() as s:
        for row in old:
            if row.family_id in present:
                continue
            aad = f"familycase/v1|imported_summaries.payload_ct|{row.family_id}".encode()
            try:
                summary = read_summary(cipher.decrypt(row.payload_ct, aad), row.imported_at)
            except (IntegrityError, ValidationError, ValueError):
                continue
            s.add(
                ReportingSummaryRow(
                    family_id=summary.family_id,
                    reference=summary.reference,
                    team_id=summary.team_id,
                    revision=summary.revision,
                    source=summaries.SOURCE_BUNDLE,
                    sender_id=row.sender_id,
                    bundle_id=row.bundle_id,
                    updated_at=row.imported_at,
                    summary_ct=summaries.seal_for_reporting(us, public, summary),
                )
            )
            moved += 1
        if moved:
            us.audit(s, AuditEvent(Action.EDIT, "reporting_summary", None, {"imported": moved}))


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportingSet:
    """The summaries a report is built from, and what could not be included."""

    summaries: list[FamilySummary]
    not_summarised: list[str]  # references of families with no summary yet (and no key here)
    damaged: list[str]  # references whose summary failed its integrity check
    cohort: str  # in words: which families were asked for

    def by_id(self) -> dict[str, FamilySummary]:
        return {s.family_id: s for s in self.summaries}


class Unsigned(IntegrityError):
    """A summary that does not say who sealed it (an anonymous box, which anyone with the
    reporting key's public half can make: an upgraded vault's, or a forgery): never read; a
    holder's ``fill`` replaces it with the family's own summary."""


def _open(us: UserSession, key: X25519PrivateKey, family_id: str, blob: bytes) -> FamilySummary:
    summary = _open_sealed(us, key, family_id, blob, read_summary)
    assert isinstance(summary, FamilySummary)
    us.reporting["summaries"][family_id] = (blob, summary)
    return summary


def _open_costs(
    us: UserSession, key: X25519PrivateKey, family_id: str, blob: bytes
) -> SummaryCosts | FamilySummary:
    """A summary's costs part only (``SummaryCosts``), for a return: not kept in the session's
    cache of whole summaries (a whole summary already there is used as it is)."""
    return _open_sealed(us, key, family_id, blob, read_summary_costs)


def _open_sealed(
    us: UserSession,
    key: X25519PrivateKey,
    family_id: str,
    blob: bytes,
    read: Callable[[bytes, datetime], SummaryCosts | FamilySummary],
) -> SummaryCosts | FamilySummary:
    """The family's sealed summary, as ``read`` reads it, or the whole summary the session
    already holds for this ciphertext."""
    cache: dict[str, tuple[bytes, FamilySummary]] = us.reporting.setdefault("summaries", {})
    hit = cache.get(family_id)
    if hit is not None and hit[0] == blob:
        return hit[1]
    plain = _open_box(us, key, blob, summaries.reporting_context(family_id))
    summary = read(plain, now())
    if summary.family_id != family_id:
        raise ValueError("summary moved between families")
    return summary


def _open_box(us: UserSession, key: X25519PrivateKey, blob: bytes, context: bytes) -> bytes:
    """A summary's plaintext, if it was sealed by a worker in the signed staff directory."""
    if box.box_version(blob) == box.BOX_VERSION:
        raise Unsigned("the summary does not say who wrote it")
    boxes = _boxes(us, key)
    if boxes.sender(blob) not in us.staff.key_owners:
        raise IntegrityError("the summary was sealed by someone not in the signed staff list")
    return boxes.open(blob, context)


def stored_bytes(value: object) -> bytes:
    """A stored box as bytes (b"" for anything else: NULL, or text written there), so that a
    damaged value reads as damage rather than raising."""
    return bytes(value) if isinstance(value, bytes | bytearray | memoryview) else b""


def _boxes(us: UserSession, key: X25519PrivateKey) -> box.SenderBoxes:
    boxes: box.SenderBoxes | None = us.reporting.get("boxes")
    if boxes is None:
        boxes = us.reporting["boxes"] = box.SenderBoxes(key)
    return boxes


T = TypeVar("T")


@dataclass(frozen=True)
class Scanned(Generic[T]):
    """What ``scan`` kept of each family's summary, and what could not be included."""

    kept: list[T]  # in the order of the families' references
    not_summarised: list[str]
    damaged: list[str]
    cohort: str


def load(
    us: UserSession,
    family_ids: Sequence[str] | None = None,
    team: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ReportingSet:
    """The summaries of the families asked for: chosen ones, a team's (by name or id), or every
    family the reporting layer knows (this vault's and those only on laptops)."""
    found = scan(us, lambda summary: summary, family_ids, team, progress, cancelled)
    return ReportingSet(found.kept, found.not_summarised, found.damaged, found.cohort)


def scan(
    us: UserSession,
    keep: Callable[[FamilySummary], T],
    family_ids: Sequence[str] | None = None,
    team: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    *,
    every: int = 200,
    costs_only: bool = False,
) -> Scanned[T]:
    """``load``, keeping only what ``keep`` makes of each summary as it is read (so a report
    that needs a little of each family need not hold 10,000 summaries at once). Progress is
    reported and ``cancelled`` asked every ``every`` families. With ``costs_only``, ``keep`` is
    given each summary's costs part (``SummaryCosts``: what a cost-saving return reads)."""
    key = require_reader(us)
    opener = _open_costs if costs_only else _open
    with us.read() as s:
        family_q = select(FamilyRow.id, FamilyRow.reference, FamilyRow.team_id)
        summary_q = select(
            ReportingSummaryRow.family_id,
            ReportingSummaryRow.reference,
            ReportingSummaryRow.summary_ct,
        )
        cohort = "every family"
        if family_ids is not None:
            wanted = list(dict.fromkeys(family_ids))
            family_q = family_q.where(FamilyRow.id.in_(wanted))
            summary_q = summary_q.where(ReportingSummaryRow.family_id.in_(wanted))
            cohort = f"{len(wanted)} chosen famil{'y' if len(wanted) == 1 else 'ies'}"
        elif team is not None:
            team_row = s.scalar(
                select(TeamRow).where((TeamRow.id == team) | (TeamRow.name == team))
            )
            if team_row is None:
                raise UnknownRecord(f"There is no team called {team}.")
            family_q = family_q.where(FamilyRow.team_id == team_row.id)
            summary_q = summary_q.where(ReportingSummaryRow.team_id == team_row.id)
            cohort = f"every family in {team_row.name}"
        families = {fid: ref for fid, ref, _team in s.execute(family_q)}
        have = set(s.scalars(summary_q.with_only_columns(ReportingSummaryRow.family_id)))
        if family_ids is not None:
            unknown = set(family_ids) - set(families) - have
            if unknown:
                raise UnknownRecord("There is no such family file.")
        # the sealed summaries a few hundred at a time, not all 10,000 held at once
        stored = s.execute(summary_q.execution_options(yield_per=FETCH_BATCH))
        kept: list[tuple[str, T]] = []
        damaged: list[str] = []
        unsigned: dict[str, str] = {}  # family id -> reference
        total = len(set(families) | have)
        done = last = 0
        seen: set[str] = set()

        def tick(done: int) -> int:
            if progress is not None and done % every == 0:
                progress(done, total)
                return done
            return last

        for done, (family_id, reference, blob) in enumerate(stored, start=1):
            if cancelled is not None and done % every == 1 % every and cancelled():
                raise Cancelled("The report was cancelled; nothing was produced.")
            seen.add(family_id)
            try:
                summary = opener(us, key, family_id, stored_bytes(blob))
            except Unsigned:  # as if it had none: a holder reads it on the spot, others wait
                unsigned[family_id] = reference
            except (IntegrityError, ValidationError, ValueError):
                damaged.append(reference)
            else:
                kept.append((summary.reference, keep(summary)))  # type: ignore[arg-type]
            last = tick(done)
        not_summarised = [ref for fid, ref in unsigned.items() if fid not in families]
        missing = [fid for fid in families if fid not in seen or fid in unsigned]
        if missing:
            values = manifest.family_values(s, [f for f in missing if us.holds_key(f)])
            for family_id in missing:
                if family_id in values:  # a holder reads it on the spot
                    summary = summaries.build(s, us, values[family_id], (), None)
                    kept.append((summary.reference, keep(summary)))
                    if family_id not in unsigned:  # not counted yet
                        done += 1
                        last = tick(done)
                else:
                    not_summarised.append(families[family_id])
    if progress is not None and (last != total or total == 0):
        progress(total, total)
    kept.sort(key=lambda x: x[0])
    return Scanned([k for _, k in kept], sorted(not_summarised), sorted(damaged), cohort)


# --- the gate and the share log of reports ----------------------------------------------------


@dataclass(frozen=True)
class FamilyDecision:
    family_id: str
    reference: str
    allowed: bool
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GateOutcome:
    decisions: dict[str, FamilyDecision]

    def allowed(self, family_id: str) -> bool:
        d = self.decisions.get(family_id)
        return d is not None and d.allowed

    @property
    def withheld(self) -> list[FamilyDecision]:
        return [d for d in self.decisions.values() if not d.allowed]


def gate(
    summaries_: Iterable[FamilySummary],
    category: InfoCategory = InfoCategory.OUTCOMES,
    on: date | None = None,
) -> GateOutcome:
    """For each family: may its own row go out (everyone's ``category`` for monitoring and
    reporting, to the early help team, on ``on``)? Decided from the consent windows each
    summary carries, by the consent gate's rule."""
    on = on or today()
    decisions = {}
    for s in summaries_:
        allowed, reasons = family_allows(s, category, on)
        decisions[s.family_id] = FamilyDecision(s.family_id, s.reference, allowed, reasons)
    return GateOutcome(decisions)


def withheld_text(decision: FamilyDecision) -> str:
    return "Withheld: " + " ".join(decision.reasons)


def log_report_share(
    us: UserSession,
    output: str,
    outcome: GateOutcome | None,
    detail: dict[str, object],
) -> str:
    """The share log of one output made from the reporting layer: every family's decision,
    sealed to the reporting key; and the audit entry recording the export."""
    public = summaries.reporting_public(us)
    decisions = list(outcome.decisions.values()) if outcome is not None else []
    payload = json.dumps(
        {
            "output": output,
            "by": us.worker.display_name,
            "detail": detail,
            "decisions": [
                {
                    "family_id": d.family_id,
                    "reference": d.reference,
                    "shared": d.allowed,
                    "reasons": d.reasons,
                }
                for d in decisions
            ],
        }
    ).encode()
    share_id = new_id()
    withheld = sum(not d.allowed for d in decisions)
    with us.write() as s:
        if public is not None:
            s.add(
                ReportShareRow(
                    id=share_id,
                    at=now(),
                    actor_id=us.worker.id,
                    output=output,
                    families=len(decisions),
                    withheld=withheld,
                    payload_ct=_seal_share(us, public, payload, share_id),
                )
            )
        us.audit(
            s,
            AuditEvent(
                Action.EXPORT,
                output,
                None,
                {**detail, "report_share": share_id, "withheld": withheld},
            ),
        )
    return share_id


def _share_context(share_id: str) -> bytes:
    return f"familycase/report-share/v1|{share_id}".encode()


# A share-log entry says who exported what, so it is signed as well as sealed: a sender box
# alone could be made in a worker's name by anyone holding the reporting key (the recipient of
# a static-static box can make one), and the reporting key's holders are those who export.
# Layout: ``3 || Ed25519 signature over (context || sender box) (64) || sender box``.
SIGNED_SHARE = 3
SIGNATURE_BYTES = 64


def _seal_share(us: UserSession, public: bytes, payload: bytes, share_id: str) -> bytes:
    context = _share_context(share_id)
    sealed = box.seal_from(us.ring.agreement, public, payload, context)
    return bytes([SIGNED_SHARE]) + us.ring.sign(context + sealed) + sealed


def share_signed_by_actor(
    state: directory.DirectoryState, share_id: str, actor_id: str, blob: bytes
) -> bool | None:
    """Whether a share-log entry was signed and sealed by the worker it names (no key needed);
    None for an entry in an older form, which does not say (logged before entries were signed,
    or written in that form by anyone)."""
    if not blob or blob[0] != SIGNED_SHARE:
        return None
    actor = state.users.get(actor_id)
    sealed = blob[1 + SIGNATURE_BYTES :]
    if actor is None or len(sealed) < 1 + box.PUBLIC_BYTES:
        return False
    if state.key_owners.get(sealed[1 : 1 + box.PUBLIC_BYTES]) != actor_id:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(actor.signing_public).verify(
            blob[1 : 1 + SIGNATURE_BYTES], _share_context(share_id) + sealed
        )
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class ReportShareView:
    id: str
    output: str
    at: object
    by: str
    families: int
    withheld: int
    decisions: list[dict[str, object]]
    # True: signed and sealed by the worker named; False: not (shown as damaged, "?");
    # None: an older entry, which cannot say who wrote it
    signed: bool | None = None


def report_shares(us: UserSession) -> list[ReportShareView]:
    """The reports' share log, newest first (readers of the reporting layer)."""
    key = require_reader(us)
    with us.read() as s:
        rows = list(s.scalars(select(ReportShareRow).order_by(ReportShareRow.at.desc())))
    views = []
    boxes = _boxes(us, key)
    for row in rows:
        blob, context = stored_bytes(row.payload_ct), _share_context(row.id)
        signed = share_signed_by_actor(us.staff, row.id, row.actor_id, blob)
        data: object = None
        try:
            if signed:
                data = json.loads(boxes.open(blob[1 + SIGNATURE_BYTES :], context))
            elif signed is None and box.box_version(blob) == box.BOX_VERSION:
                data = json.loads(box.open_box(key, blob, context))
        except (IntegrityError, ValueError):  # it says it is one thing and is not
            signed = False
        if not isinstance(data, dict):  # not signed by its actor, unreadable or not an object
            data = {"by": "?", "decisions": []}
            if signed:  # signed, but what it says cannot be read
                signed = False
        views.append(
            ReportShareView(
                row.id,
                row.output,
                row.at,
                str(data.get("by", "")),
                row.families,
                row.withheld,
                list(data.get("decisions", [])),
                signed,
            )
        )
    return views


def count_summaries(us: UserSession) -> int:
    with us.read() as s:
        return s.scalar(select(func.count()).select_from(ReportingSummaryRow)) or 0
