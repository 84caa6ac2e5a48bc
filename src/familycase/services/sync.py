"""Team side of laptop-to-team sync: importing summary bundles, and the dashboard built on them.

Import is all-or-nothing (one transaction) and idempotent: a summary replaces the stored one
only if its revision is newer; the same bundle twice, or an older bundle from the same sender,
is refused with a plain reason and changes nothing. Imported summaries are kept encrypted under
the organisation's summaries key, which team leaders, managers and the recovery key hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familycase.crypto import aead
from familycase.crypto.aead import Cipher
from familycase.crypto.errors import IntegrityError
from familycase.domain.consent import FamilyConsent, InfoCategory
from familycase.domain.enums import Role
from familycase.exchange.bundle import MAX_BUNDLE_BYTES, BundleError, open_bundle
from familycase.exchange.summary import FamilySummary
from familycase.services import families, reporting, summaries
from familycase.services.audit import Action, AuditEvent
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.clock import now, today
from familycase.services.directory import DirectoryUser
from familycase.services.errors import PermissionDenied, TamperedData, UserMistake
from familycase.services.exchange import family_consent_of
from familycase.services.vault import RECOVERY_HOLDER, UserSession, org_grant
from familycase.store.schema import (
    BundleImportRow,
    FamilyKeyGrant,
    FamilyRow,
    OrgKeyGrant,
    ReportingSummaryRow,
    UserRow,
    VaultMeta,
)

SUMMARIES_KEY = "summaries"
IMPORT_ROLES = (Role.TEAM_LEADER, Role.MANAGER)


class BundleRefused(UserMistake):
    """A bundle that was not imported, and why (nothing was changed)."""


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    sender_name: str
    added: int
    updated: int
    unchanged: int

    def describe(self) -> str:
        return (
            f"Imported the bundle from {self.sender_name}: {self.added} new, "
            f"{self.updated} updated, {self.unchanged} unchanged."
        )


def _aad(family_id: str) -> bytes:
    return f"familycase/v1|imported_summaries.payload_ct|{family_id}".encode()


def summaries_cipher(us: UserSession, create: bool = False) -> Cipher | None:
    """The organisation summaries key, as this user holds it (made on first import)."""
    raw = us.org_key(SUMMARIES_KEY)
    if raw is not None:
        return Cipher(raw)
    if not create:
        return None
    with us.read() as s:
        someone_has_it = s.scalar(select(func.count()).where(OrgKeyGrant.key_name == SUMMARIES_KEY))
    if someone_has_it:
        raise PermissionDenied(
            "Another team leader must share the summaries key with you "
            "first (they can do it by importing any bundle)."
        )
    key = aead.new_key()
    with us.write() as s:
        s.add(org_grant(SUMMARIES_KEY, RECOVERY_HOLDER, us.staff.recovery_public, key))
        _share_summaries_key(us, s, key)
    return Cipher(key)


def _share_summaries_key(us: UserSession, s: Session, key: bytes) -> None:
    """Seal the key to every active team leader and manager (as signed) who lacks it."""
    holders = set(
        s.scalars(select(OrgKeyGrant.holder).where(OrgKeyGrant.key_name == SUMMARIES_KEY))
    )
    for user in us.staff.active_users(IMPORT_ROLES):
        if user.id not in holders:
            s.add(org_grant(SUMMARIES_KEY, user.id, user.agreement_public, key))


def import_bundle(us: UserSession, path: Path) -> ImportResult:
    if us.worker.role not in IMPORT_ROLES:
        raise PermissionDenied("Only team leaders and managers import summary bundles.")
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleRefused(f"{path.name} is far larger than any bundle; it is not one.")
        data = path.read_bytes()
    except OSError as exc:
        raise BundleRefused(f"Cannot read {path}: {exc.strerror}") from None

    def signer(user_id: str) -> bytes | None:  # whoever the signed directory ever named
        user = us.staff.user(user_id)
        return user.signing_public if user is not None else None

    try:
        bundle = open_bundle(data, us.worker.id, us.ring.agreement, signer)
    except BundleError as exc:
        raise BundleRefused(f"{path.name}: {exc}") from None
    sender = us.staff.user(bundle.sender_id)
    if sender is None or not sender.active:
        raise BundleRefused(
            f"{path.name} comes from {bundle.sender_name}, who is no longer an active worker; "
            "nothing was imported."
        )
    with us.read() as s:
        vault_id = s.get(VaultMeta, "vault_id")
        if vault_id is None or bundle.vault_id != vault_id.value:
            raise BundleRefused(f"{path.name} comes from another organisation's vault.")
        if s.get(BundleImportRow, bundle.bundle_id) is not None:
            raise BundleRefused(f"{path.name} has already been imported; nothing changed.")
        last = s.scalar(
            select(func.max(BundleImportRow.sequence)).where(
                BundleImportRow.sender_id == bundle.sender_id
            )
        )
    if last is not None and bundle.sequence <= last:
        raise BundleRefused(
            f"{path.name} is older than a bundle from {bundle.sender_name} "
            "already imported (stale); nothing changed."
        )
    public = summaries.reporting_public(us)
    if public is None:
        raise BundleRefused(
            "This vault has no reporting key yet, so imported summaries would have nowhere to "
            "go: an administrator adds it ('familycase reporting enable'). Nothing was imported."
        )
    added = updated = unchanged = 0
    with us.write() as s:  # all or nothing
        for summary in bundle.summaries:
            row = s.get(ReportingSummaryRow, summary.family_id)
            if not _may_send(us, s, sender, summary, row):
                raise BundleRefused(
                    f"{path.name}: {sender.display_name} may not send the summary of "
                    f"{summary.reference} (they do not hold that family); nothing was imported."
                )
            sealed = summaries.seal_for_reporting(us, public, summary)
            if row is None:
                s.add(
                    ReportingSummaryRow(
                        family_id=summary.family_id,
                        reference=summary.reference,
                        team_id=summary.team_id,
                        revision=summary.revision,
                        source=summaries.SOURCE_BUNDLE,
                        sender_id=bundle.sender_id,
                        bundle_id=bundle.bundle_id,
                        updated_at=now(),
                        summary_ct=sealed,
                    )
                )
                added += 1
            elif summary.revision > row.revision:
                row.revision, row.reference, row.team_id = (
                    summary.revision,
                    summary.reference,
                    summary.team_id,
                )
                row.source, row.summary_ct = summaries.SOURCE_BUNDLE, sealed
                row.sender_id, row.bundle_id, row.updated_at = (
                    bundle.sender_id,
                    bundle.bundle_id,
                    now(),
                )
                updated += 1
            else:
                unchanged += 1
        s.add(
            BundleImportRow(
                bundle_id=bundle.bundle_id,
                sender_id=bundle.sender_id,
                sequence=bundle.sequence,
                created_at=bundle.created_at,
                imported_at=now(),
                summaries=len(bundle.summaries),
            )
        )
        us.audit(
            s,
            AuditEvent(
                Action.CREATE,
                "bundle_import",
                bundle.bundle_id,
                {
                    "sender": bundle.sender_id,
                    "sequence": bundle.sequence,
                    "added": added,
                    "updated": updated,
                    "unchanged": unchanged,
                },
            ),
        )
    return ImportResult(bundle.bundle_id, bundle.sender_name, added, updated, unchanged)


def _may_send(
    us: UserSession,
    s: Session,
    sender: DirectoryUser,
    summary: FamilySummary,
    stored: ReportingSummaryRow | None,
) -> bool:
    """A summary counts only from someone who holds the family: a team leader of its team, its
    lead professional, a worker holding its key in this vault, or whoever sent it before (for a
    family only on laptops; a different sender must be the lead the stored summary names)."""
    if sender.role is Role.TEAM_LEADER and sender.team_id in (summary.team_id, None):
        return True
    family = s.get(FamilyRow, summary.family_id)
    if family is not None:
        if family.lead_worker_id == sender.id:
            return True
        return (
            s.scalar(
                select(FamilyKeyGrant.id).where(
                    FamilyKeyGrant.family_id == family.id, FamilyKeyGrant.holder == sender.id
                )
            )
            is not None
        )
    if stored is None or stored.sender_id == sender.id:
        return True
    key = reporting._private(us)
    if key is None:
        return False
    try:
        blob = reporting.stored_bytes(stored.summary_ct)
        previous = reporting._open(us, key, stored.family_id, blob)
    except reporting.Unsigned:  # nothing trustworthy to keep: a signed bundle's may replace it
        return True
    except (IntegrityError, ValueError):
        return False
    return previous.lead_worker_id == sender.id


def _raw_key(us: UserSession) -> bytes:
    raw = us.org_key(SUMMARIES_KEY)
    assert raw is not None
    return raw


@dataclass(frozen=True)
class TeamDashboardRow:
    family_id: str
    reference: str
    family_name: str | None
    lead_name: str
    status: str
    tier: int | None
    next_review_due: date | None
    last_contact_on: date | None
    consent_state: str | None
    source: str  # "this vault", or where the summary came from
    as_of: datetime | None
    consent: FamilyConsent | None = None  # how many people have consent in force


def team_dashboard(us: UserSession) -> list[TeamDashboardRow]:
    """The team's families: live rows for those in this vault, imported summaries for the rest
    (families whose full files are on other laptops)."""
    live = caseload(us, CaseloadView.TEAM)
    rows = [
        TeamDashboardRow(
            r.family_id,
            r.reference,
            r.family_name,
            r.lead_name,
            r.status.value,
            int(r.tier) if r.tier else None,
            r.next_review_due,
            r.last_contact_on,
            r.consent_state.value if r.consent_state else None,
            "this vault",
            None,
            r.consent,
        )
        for r in live
    ]
    known = {r.family_id: index for index, r in enumerate(live)}
    if not summaries.reporting_public(us) or reporting._private(us) is None:
        return rows
    with us.read() as s:
        imported = s.execute(
            select(ReportingSummaryRow, UserRow.display_name)
            .join(UserRow, UserRow.id == ReportingSummaryRow.sender_id)
            .where(ReportingSummaryRow.source == summaries.SOURCE_BUNDLE)
        ).all()
    key = reporting._private(us)
    assert key is not None
    on = today()
    # A newer summary replaces this vault's own row too (a family changed on a laptop copy
    # since this vault's copy was made: a step down there shows here).
    held = families.revisions(us, [r.family_id for r, _ in imported if r.family_id in known])
    for row, sender in imported:
        if row.family_id in known and row.revision <= held.get(row.family_id, 0):
            continue
        try:
            blob = reporting.stored_bytes(row.summary_ct)
            summary = reporting._open(us, key, row.family_id, blob)
        except reporting.Unsigned:
            continue  # an upgraded vault's, until a team leader's sign-in seals it again
        except (IntegrityError, ValueError):
            raise TamperedData(
                f"The imported summary of {row.reference} failed its integrity "
                "check; import the latest bundle again."
            ) from None
        if summary.status == "closed":
            continue
        # A name only where consent for monitoring holds today (managers never see more).
        named, _ = summaries.family_allows(summary, InfoCategory.BASIC_DETAILS, on)
        shown = TeamDashboardRow(
            summary.family_id,
            summary.reference,
            summary.family_name if named else None,
            summary.lead_worker_name,
            summary.status.value,
            summary.tier,
            summary.next_review_due,
            summary.last_contact_on,
            summary.consent_state.value if summary.consent_state else None,
            f"bundle from {sender}",
            row.updated_at,
            family_consent_of(summary, on),
        )
        if row.family_id in known:
            rows[known[row.family_id]] = shown
        else:
            rows.append(shown)
    rows.sort(key=lambda r: r.reference, reverse=True)
    return rows
