"""Consent to share, overrides, the consent gate and the share log.

`consent_gate` is the one function every print, export, panel summary and exchange bundle
calls before anything about a family leaves the encrypted store. It decides per person and per
category of information, records the decision in the share log (rule 7 of the seven golden
rules: keep a record of every decision to share or not to share), and returns what may go and
what must be shown as withheld.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pydantic import BaseModel, Field
from sqlalchemy import select

from familycase.crypto.errors import IntegrityError
from familycase.domain.consent import (
    ConsentRecord,
    GateDecision,
    GateOutcome,
    InfoCategory,
    Purpose,
    SharingOverride,
    Withdrawal,
    decide,
)
from familycase.domain.enums import AgencyType, Role
from familycase.domain.errors import validated
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest
from familycase.services.records import (
    family_row,
    member_ids,
    record_in_family,
    seal,
    seal_row,
    tampered,
    touch,
    unseal_row,
)
from familycase.services.vault import UserSession, new_id
from familycase.store.binding import associated_data
from familycase.store.schema import (
    ConsentEvidenceRow,
    ConsentRow,
    FamilyRow,
    ShareLogRow,
    SharingOverrideRow,
)

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


class Recipient(BaseModel):
    agency_type: AgencyType
    name: str = Field(default="", max_length=200)


class ShareLogEntry(BaseModel):
    """What was (or was not) shared, with whom, when, why and by whom."""

    channel: str  # print, export, panel, bundle, manual
    recipient: Recipient
    purpose: Purpose
    description: str
    shared: bool
    decisions: list[GateDecision]
    recorded_by: str  # worker id
    recorded_by_name: str


class EvidenceInfo(BaseModel):
    filename: str
    media_type: str
    size_bytes: int


@dataclass(frozen=True)
class GateResult:
    """The gate's answer for one share: a decision per person and category, already logged."""

    decisions: list[GateDecision]
    share_log_id: str

    def allowed(self, member_id: str, category: InfoCategory) -> bool:
        return any(
            d.allowed for d in self.decisions if d.member_id == member_id and d.category is category
        )

    @property
    def withheld(self) -> list[GateDecision]:
        return [d for d in self.decisions if not d.allowed]

    @property
    def overridden(self) -> list[GateDecision]:
        return [d for d in self.decisions if d.outcome is GateOutcome.ALLOW_BY_OVERRIDE]


# --- recording consent ------------------------------------------------------------------------


def record_consent(us: UserSession, family_id: str, consent: ConsentRecord) -> None:
    """Record a new consent (or correct one that has not been withdrawn)."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        if consent.member_id not in member_ids(s, family_id):
            raise InvalidRequest("Consent must be for someone in this family file.")
        row = s.get(ConsentRow, consent.id)
        payload = seal(us, consent, "consents", "payload_ct", consent.id, family_id)
        values = {
            "member_id": consent.member_id,
            "given_on": consent.given_on,
            "review_on": consent.review_on,
            "withdrawn_on": consent.withdrawal.on if consent.withdrawal else None,
            "payload_ct": payload,
        }
        if row is None:
            s.add(ConsentRow(id=consent.id, family_id=family_id, **values))
        elif row.family_id != family_id:
            raise InvalidRequest("That consent belongs to another family file.")
        elif row.withdrawn_on is not None:
            raise InvalidRequest("Withdrawn consent cannot be changed; record new consent.")
        else:
            for key, value in values.items():
                setattr(row, key, value)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.CONSENT,
                "consent",
                consent.id,
                {"family": family_id, "member": consent.member_id},
            ),
        )


def record_family_consent(
    us: UserSession, family_id: str, consents: Sequence[ConsentRecord]
) -> list[str]:
    """Consent given by several people of a family at once (``FamilyConsentForm.records()``):
    all recorded, or none, in one transaction. Returns the new consents' ids."""
    if not consents:
        raise InvalidRequest("Tick at least one person who agreed.")
    with us.write():
        for consent in consents:
            record_consent(us, family_id, consent)
    return [consent.id for consent in consents]


def withdraw_consent(
    us: UserSession, family_id: str, consent_id: str, reason: str, on: date | None = None
) -> ConsentRecord:
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, ConsentRow, consent_id, family_id, "consent")
        consent = unseal_row(us, ConsentRecord, row, family.reference)
        if consent.withdrawal is not None:
            raise InvalidRequest("This consent has already been withdrawn.")
        withdrawal = validated(
            Withdrawal,
            {"on": on or today(), "reason": reason, "recorded_by": us.worker.display_name},
        )
        consent = validated(ConsentRecord, {**consent.model_dump(), "withdrawal": withdrawal})
        row.payload_ct = seal_row(us, consent, row)
        row.withdrawn_on = withdrawal.on
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.CONSENT,
                "consent",
                consent_id,
                {"family": family_id, "withdrawn": withdrawal.on.isoformat()},
            ),
        )
    return consent


def consents(us: UserSession, family_id: str) -> list[ConsentRecord]:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        return [
            unseal_row(us, ConsentRecord, row, family.reference)
            for row in s.scalars(
                select(ConsentRow)
                .where(ConsentRow.family_id == family_id)
                .order_by(ConsentRow.given_on)
            )
        ]


def attach_evidence(
    us: UserSession, family_id: str, consent_id: str, filename: str, media_type: str, content: bytes
) -> str:
    """Keep a copy of the signed form (or other evidence), encrypted with the family's key."""
    if len(content) > MAX_EVIDENCE_BYTES:
        raise InvalidRequest("Evidence files can be at most 20 MB; scan at a lower resolution.")
    us.family_key(family_id)
    evidence_id = new_id()
    with us.write() as s:
        family = family_row(s, family_id)
        record_in_family(s, ConsentRow, consent_id, family_id, "consent")
        info = EvidenceInfo(filename=filename, media_type=media_type, size_bytes=len(content))
        cipher = us.cipher(family_id)
        s.add(
            ConsentEvidenceRow(
                id=evidence_id,
                family_id=family_id,
                consent_id=consent_id,
                added_at=now(),
                payload_ct=seal(us, info, "consent_evidence", "payload_ct", evidence_id, family_id),
                content_ct=cipher.encrypt(
                    content,
                    associated_data("consent_evidence", "content_ct", evidence_id, family_id),
                ),
            )
        )
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.CONSENT,
                "consent_evidence",
                evidence_id,
                {"family": family_id, "consent": consent_id},
            ),
        )
    return evidence_id


@dataclass(frozen=True)
class EvidenceItem:
    id: str
    consent_id: str
    info: EvidenceInfo
    added_at: datetime


def evidence_for(us: UserSession, family_id: str) -> list[EvidenceItem]:
    """Every piece of evidence kept for the family's consents (names and sizes, not content)."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        rows = s.scalars(
            select(ConsentEvidenceRow)
            .where(ConsentEvidenceRow.family_id == family_id)
            .order_by(ConsentEvidenceRow.added_at)
        ).all()
        return [
            EvidenceItem(
                row.id,
                row.consent_id,
                unseal_row(us, EvidenceInfo, row, family.reference),
                row.added_at,
            )
            for row in rows
        ]


def read_evidence(us: UserSession, family_id: str, evidence_id: str) -> tuple[EvidenceInfo, bytes]:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        row = record_in_family(s, ConsentEvidenceRow, evidence_id, family_id, "evidence")
        info = unseal_row(us, EvidenceInfo, row, family.reference)
        try:
            content = us.cipher(family_id).decrypt(
                row.content_ct, associated_data("consent_evidence", "content_ct", row.id, family_id)
            )
        except IntegrityError:
            raise tampered("consent evidence", family.reference) from None
    with us.write() as s:
        us.audit(s, AuditEvent(Action.VIEW, "consent_evidence", evidence_id, {"family": family_id}))
    return info, content


# --- overrides --------------------------------------------------------------------------------


def record_override(us: UserSession, family_id: str, override: SharingOverride) -> None:
    """A decision to share without consent. Kept with its reason, lawful basis and decider,
    and listed for team leaders (`overrides_for_team`)."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        if override.member_id not in member_ids(s, family_id):
            raise InvalidRequest("An override must be about someone in this family file.")
        s.add(
            SharingOverrideRow(
                id=override.id,
                family_id=family_id,
                member_id=override.member_id,
                decided_on=override.decided_on,
                applies_until=override.applies_until,
                payload_ct=seal(
                    us, override, "sharing_overrides", "payload_ct", override.id, family_id
                ),
            )
        )
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.CONSENT_OVERRIDE,
                "family",
                family_id,
                {
                    "override": override.id,
                    "agency": override.agency.value,
                    "purpose": override.purpose.value,
                    "lawful_basis": override.lawful_basis.value,
                },
            ),
        )


def overrides(us: UserSession, family_id: str) -> list[SharingOverride]:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        return [
            unseal_row(us, SharingOverride, row, family.reference)
            for row in s.scalars(
                select(SharingOverrideRow)
                .where(SharingOverrideRow.family_id == family_id)
                .order_by(SharingOverrideRow.decided_on)
            )
        ]


@dataclass(frozen=True)
class OverrideView:
    family_id: str
    reference: str
    override: SharingOverride


def overrides_for_team(us: UserSession, since: date | None = None) -> list[OverrideView]:
    """Every override in the team leader's families, newest first: sharing without consent is
    always visible to the team leader."""
    if us.worker.role is not Role.TEAM_LEADER:
        raise InvalidRequest("The list of overrides is for team leaders.")
    query = (
        select(SharingOverrideRow, FamilyRow.reference)
        .join(FamilyRow, FamilyRow.id == SharingOverrideRow.family_id)
        .where(FamilyRow.team_id == us.worker.team_id)
        .order_by(SharingOverrideRow.decided_on.desc())
    )
    if since is not None:
        query = query.where(SharingOverrideRow.decided_on >= since)
    with us.read() as s:
        rows = s.execute(query).all()
    return [
        OverrideView(
            row.family_id,
            reference,
            unseal_row(us, SharingOverride, row, reference),
        )
        for row, reference in rows
        if us.holds_key(row.family_id)
    ]


# --- the gate ---------------------------------------------------------------------------------


def items_about(
    member_ids: Sequence[str], category: InfoCategory, everyone: Sequence[str]
) -> list[tuple[str, InfoCategory]]:
    """What the gate must allow before one piece of information goes out: its category for
    each person it is about (everyone in the family, for something about the whole family),
    and the basic details of each person it names."""
    about = member_ids or everyone
    return list(
        dict.fromkeys(
            [(m, category) for m in about] + [(m, InfoCategory.BASIC_DETAILS) for m in member_ids]
        )
    )


def check(
    us: UserSession,
    family_id: str,
    recipient: Recipient,
    purpose: Purpose,
    items: Iterable[tuple[str, InfoCategory]],
    on: date | None = None,
) -> list[GateDecision]:
    """The gate's decisions without recording them (for a warning before an action)."""
    on = on or today()
    recorded = consents(us, family_id)
    decided = overrides(us, family_id)
    return [
        decide(member_id, recipient.agency_type, purpose, category, on, recorded, decided)
        for member_id, category in items
    ]


def consent_gate(
    us: UserSession,
    family_id: str,
    recipient: Recipient,
    purpose: Purpose,
    items: Sequence[tuple[str, InfoCategory]],
    channel: str,
    description: str,
    on: date | None = None,
) -> GateResult:
    """Decide, per person and category, what may go to ``recipient`` for ``purpose``, and
    record the decision in the share log. The caller must withhold what is denied, visibly."""
    if not items:
        raise InvalidRequest("Say what is to be shared.")
    decisions = check(us, family_id, recipient, purpose, items, on)
    return GateResult(
        decisions, log_share(us, family_id, recipient, purpose, decisions, channel, description)
    )


def log_share(
    us: UserSession,
    family_id: str,
    recipient: Recipient,
    purpose: Purpose,
    decisions: Sequence[GateDecision],
    channel: str,
    description: str,
) -> str:
    """Record decisions already made by `check` (used when the output is only produced after
    all of a pack's decisions are known, and may be cancelled before then)."""
    entry = ShareLogEntry(
        channel=channel,
        recipient=recipient,
        purpose=purpose,
        description=description,
        shared=any(d.allowed for d in decisions),
        decisions=list(decisions),
        recorded_by=us.worker.id,
        recorded_by_name=us.worker.display_name,
    )
    log_id = new_id()
    outcome = (
        "shared"
        if all(d.allowed for d in decisions)
        else "partly_withheld"
        if entry.shared
        else "withheld"
    )
    with us.write() as s:
        family_row(s, family_id)  # it exists; a share log entry is not a change to it
        s.add(
            ShareLogRow(
                id=log_id,
                family_id=family_id,
                at=now(),
                actor_id=us.worker.id,
                outcome=outcome,
                channel=channel,
                payload_ct=seal(us, entry, "share_log", "payload_ct", log_id, family_id),
            )
        )
        us.audit(
            s,
            AuditEvent(
                Action.SHARE,
                "family",
                family_id,
                {
                    "share_log": log_id,
                    "channel": channel,
                    "outcome": outcome,
                    "agency": recipient.agency_type.value,
                    "purpose": purpose.value,
                    "overrides": sum(d.outcome is GateOutcome.ALLOW_BY_OVERRIDE for d in decisions),
                },
            ),
        )
    return log_id


@dataclass(frozen=True)
class ShareLogView:
    id: str
    at: datetime
    outcome: str
    channel: str
    entry: ShareLogEntry


def share_log(us: UserSession, family_id: str) -> list[ShareLogView]:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        rows = s.scalars(
            select(ShareLogRow)
            .where(ShareLogRow.family_id == family_id)
            .order_by(ShareLogRow.at.desc())
        ).all()
        return [
            ShareLogView(
                row.id,
                row.at,
                row.outcome,
                row.channel,
                unseal_row(us, ShareLogEntry, row, family.reference),
            )
            for row in rows
        ]


def save_evidence_copy(us: UserSession, family_id: str, evidence_id: str, target: Path) -> Path:
    """The registered output ``consent_evidence_copy`` ("Save a copy"): written whole and
    owner-only, and audited as an export (no gate: see its entry in services/outputs.py)."""
    from familycase.services import outputs

    _info, content = read_evidence(us, family_id, evidence_id)
    written = outputs.write_private(target, content)
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.EXPORT,
                "consent_evidence",
                evidence_id,
                {"family": family_id, "output": outputs.CONSENT_EVIDENCE_COPY.name},
            ),
        )
    return written
