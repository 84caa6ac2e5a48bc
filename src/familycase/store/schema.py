"""The tables. Plaintext columns are only what lists and queries need and identify no one.

Everything about a person (names, dates of birth, addresses, notes, assessments) lives in the
``*_ct`` columns as AES-256-GCM ciphertext bound to its row (see store/binding.py).
Primary keys are client-generated UUID hex strings: the ciphertext's associated data needs the
row id before the insert, and summaries can be exchanged between laptops without clashes.
Types are chosen to be portable between SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(32)
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultMeta(Base):
    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TeamRow(Base):
    __tablename__ = "teams"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    kdf: Mapped[str] = mapped_column(String(200))  # JSON of the Argon2id parameters
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_master_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_keys: Mapped[bytes] = mapped_column(LargeBinary)
    agreement_public: Mapped[bytes] = mapped_column(LargeBinary)
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    failed_unlocks: Mapped[int] = mapped_column(Integer, default=0)
    # What this worker has seen of the audit log and the directory (AES-GCM under their master
    # key): an older copy of the vault is noticed at their next sign-in.
    ring_state: Mapped[bytes | None] = mapped_column(LargeBinary)


class DirectoryRow(Base):
    """The staff directory as signed, hash-chained entries: who the workers are, their roles,
    teams, active flags and public keys, the organisation's public keys and the password policy.
    Only an administrator's or the recovery key's signature makes an entry count; ``users``,
    ``teams`` and the public keys in ``vault_meta`` are a cache checked against it."""

    __tablename__ = "directory"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(30))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed exactly as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(40))  # a user id, or "recovery"
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class FamilyRow(Base):
    __tablename__ = "families"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    tier: Mapped[int | None] = mapped_column(Integer)
    lead_worker_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    opened_on: Mapped[date | None] = mapped_column(Date)
    next_review_due: Mapped[date | None] = mapped_column(Date)
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # Small payload decrypted for lists and search: family name and member names.
    summary_ct: Mapped[bytes] = mapped_column(LargeBinary)
    details_ct: Mapped[bytes] = mapped_column(LargeBinary)
    # Every record of the family (id and content digest) and every column above, sealed under
    # the family's data key in the same transaction as each change (see services/manifest.py).
    manifest_ct: Mapped[bytes | None] = mapped_column(LargeBinary)


class FamilyKeyGrant(Base):
    """One wrap of a family's data key for one holder (a worker, or the recovery key).

    ``form`` is 'sealed' (X25519 box, as granted) or 'wrapped' (AES-GCM under the holder's own
    master key, after their first unlock; cheap to open at every unlock).
    """

    __tablename__ = "family_key_grants"
    __table_args__ = (UniqueConstraint("family_id", "holder", name="uq_family_key_grants_holder"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), index=True)
    holder: Mapped[str] = mapped_column(String(40))  # a user id, or "recovery"
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    form: Mapped[str] = mapped_column(String(10))
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    granted_at: Mapped[datetime] = mapped_column(DateTime)
    granted_by: Mapped[str | None] = mapped_column(String(32))


class OrgKeyGrant(Base):
    """Organisation keys (the audit-reading key) sealed to each holder."""

    __tablename__ = "org_key_grants"
    __table_args__ = (UniqueConstraint("key_name", "holder", name="uq_org_key_grants_holder"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    key_name: Mapped[str] = mapped_column(String(20))
    holder: Mapped[str] = mapped_column(String(40))
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class _FamilyRecord:
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), index=True)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class MemberRow(_FamilyRecord, Base):
    __tablename__ = "members"
    position: Mapped[int] = mapped_column(Integer)


class RelationshipRow(_FamilyRecord, Base):
    __tablename__ = "relationships"


class AgencyInvolvementRow(_FamilyRecord, Base):
    __tablename__ = "agency_involvements"


class EpisodeRow(_FamilyRecord, Base):
    __tablename__ = "episodes"
    status: Mapped[str] = mapped_column(String(20))
    tier: Mapped[int | None] = mapped_column(Integer)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class LeadAllocationRow(_FamilyRecord, Base):
    __tablename__ = "lead_allocations"
    worker_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    # The allocation's place in the family's history (1, 2, ...): two allocations can start on
    # the same day, so dates alone cannot say which came last. Null in rows made before the
    # oversight migration, which all come before any numbered one.
    sequence: Mapped[int | None] = mapped_column(Integer)


class ContactNoteRow(_FamilyRecord, Base):
    __tablename__ = "contact_notes"
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class AuditRow(Base):
    """Append-only, hash-chained. ``detail_ct`` is sealed to the audit key (write-only for most)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC, hashed exactly as stored
    actor_id: Mapped[str | None] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(64), index=True)
    detail_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The family this entry changed and its state afterwards ("<revision>:<manifest digest>",
    # or "destroyed"): the signed chain pins every family's latest state.
    family_id: Mapped[str | None] = mapped_column(String(32), index=True)
    family_state: Mapped[str | None] = mapped_column(String(120))


class ConsentRow(_FamilyRecord, Base):
    """One person's consent to share. Dates are plaintext so lists can show consent state."""

    __tablename__ = "consents"
    member_id: Mapped[str] = mapped_column(ID, index=True)
    given_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class ConsentEvidenceRow(_FamilyRecord, Base):
    """A signed form, a recording note or an email, attached to a consent (encrypted)."""

    __tablename__ = "consent_evidence"
    consent_id: Mapped[str] = mapped_column(ForeignKey("consents.id"), index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    content_ct: Mapped[bytes] = mapped_column(LargeBinary)


class SharingOverrideRow(_FamilyRecord, Base):
    __tablename__ = "sharing_overrides"
    member_id: Mapped[str] = mapped_column(ID, index=True)
    decided_on: Mapped[date] = mapped_column(Date)
    applies_until: Mapped[date] = mapped_column(Date)


class ShareLogRow(_FamilyRecord, Base):
    """Every decision to share or not to share: what, with whom, when, why, who."""

    __tablename__ = "share_log"
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))  # print, export, panel, bundle, manual


class InstrumentDefinitionRow(Base):
    """Every instrument version ever used in this vault, as it was (plain JSON: a form, not
    case data). Assessments point here, so an assessment still opens when its form file has
    changed or gone; the digest is also inside each assessment's encrypted payload."""

    __tablename__ = "instrument_definitions"
    __table_args__ = (UniqueConstraint("instrument_id", "version", name="instrument_version_once"),)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)  # "<id>@<version>"
    instrument_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    digest: Mapped[str] = mapped_column(String(64))
    definition: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(DateTime)


class AssessmentRow(_FamilyRecord, Base):
    """An assessment or outcome reading. Answers and scores are in the payload only."""

    __tablename__ = "assessments"
    instrument_key: Mapped[str] = mapped_column(
        ForeignKey("instrument_definitions.key"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    assessed_on: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    signed_off_on: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    revision: Mapped[int] = mapped_column(Integer, default=1)


class FamilyPlanRow(_FamilyRecord, Base):
    """One version of a family plan; a save adds a version, old ones are kept."""

    __tablename__ = "family_plans"
    __table_args__ = (UniqueConstraint("family_id", "version", name="plan_version_once"),)
    version: Mapped[int] = mapped_column(Integer)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    made_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class ReviewRow(_FamilyRecord, Base):
    """A review or Team Around the Family meeting."""

    __tablename__ = "reviews"
    kind: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[date] = mapped_column(Date)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    plan_version: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ImportedSummaryRow(Base):
    """A family summary imported from a key worker's bundle (team side of sync). The summary is
    encrypted under the organisation summaries key; reference and revision are plaintext so
    that import can be idempotent without decrypting."""

    __tablename__ = "imported_summaries"
    family_id: Mapped[str] = mapped_column(ID, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer)
    sender_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    bundle_id: Mapped[str] = mapped_column(ID)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


class BundleImportRow(Base):
    """Every bundle imported, so a replayed or older bundle is recognised and refused."""

    __tablename__ = "bundle_imports"
    bundle_id: Mapped[str] = mapped_column(ID, primary_key=True)
    sender_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    summaries: Mapped[int] = mapped_column(Integer)


# --- prevented costs, baselines, realised outcomes and intervention costs (schema 0005) --------


class LocalUnitCostRow(Base):
    """A unit cost the organisation added to the library (not personal data: plaintext).
    Amounts are kept as exact decimal text, never binary floating point."""

    __tablename__ = "local_unit_costs"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    description: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(40))
    agency: Mapped[str] = mapped_column(String(200))
    price_year: Mapped[str] = mapped_column(String(7))
    source: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(200), default="")
    added_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class DeflatorTableRow(Base):
    """A deflator table as edited in the vault (JSON of ``DeflatorTable``). The newest row is
    the one in use; older rows are kept so that earlier returns can be explained."""

    __tablename__ = "deflator_tables"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    definition: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class PreventedCostRow(_FamilyRecord, Base):
    """One prevented-cost line. What was avoided, the costing and the rationale are encrypted;
    plaintext: status, the date it was assessed and the outcome area (for period filters)."""

    __tablename__ = "prevented_costs"
    status: Mapped[str] = mapped_column(String(20))
    assessed_on: Mapped[date] = mapped_column(Date, index=True)
    outcome_area: Mapped[str | None] = mapped_column(String(40))
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class BaselineServiceUseRow(_FamilyRecord, Base):
    """Services the family used before the work started (e.g. the six months before)."""

    __tablename__ = "baseline_service_use"
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RealisedOutcomeRow(_FamilyRecord, Base):
    """An outcome achieved for an identified need, and when it was last confirmed as held."""

    __tablename__ = "realised_outcomes"
    outcome_area: Mapped[str] = mapped_column(String(40))
    achieved_on: Mapped[date] = mapped_column(Date)
    last_confirmed_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class InterventionCostRow(_FamilyRecord, Base):
    """What the work cost: key worker time, flexible spend, a personal budget (a ledger)."""

    __tablename__ = "intervention_costs"
    kind: Mapped[str] = mapped_column(String(30))
    spent_on: Mapped[date] = mapped_column(Date, index=True)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# --- practice records: risk flags, people across families, documents, chronology (0007) -----


class RiskFlagRow(_FamilyRecord, Base):
    """A risk or alert flag (child protection plan, domestic abuse / MARAC...). Its kind, dates
    and people are encrypted: a plaintext column would say which families have a CP plan.
    Lists learn of current flags from the family's encrypted list summary."""

    __tablename__ = "risk_flags"
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class PersonLinkRow(_FamilyRecord, Base):
    """A decision that a person here is (or is not) the same as one in another family file;
    one row in each of the two families, each sealed with its own family's key."""

    __tablename__ = "person_links"
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class DocumentRow(_FamilyRecord, Base):
    """A document attached to the family, a person or a contact note. Name, type, size and what
    it is attached to are in ``payload_ct``; the file itself in ``content_ct``."""

    __tablename__ = "documents"
    added_at: Mapped[datetime] = mapped_column(DateTime)
    content_ct: Mapped[bytes] = mapped_column(LargeBinary)


class ChronologyEntryRow(_FamilyRecord, Base):
    """A household change or a significant event recorded for the chronology."""

    __tablename__ = "chronology_entries"
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


# --- management oversight: approvals, follow-up after closure, supervision ----------------------


class ApprovalRow(_FamilyRecord, Base):
    """A step up, step down or closure asked for and waiting for a team leader (or decided).
    What is asked, even its kind, is in the payload ("which families are being stepped up" is
    itself sensitive); plaintext: the status and who asked and decided, when."""

    __tablename__ = "approvals"
    status: Mapped[str] = mapped_column(String(20), index=True)
    requested_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


class FollowUpRow(_FamilyRecord, Base):
    """The sustained-outcome check a closure schedules (6 months later by default). What was
    found is in the payload; plaintext: when it is due, when it was done and whose it is."""

    __tablename__ = "follow_ups"
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    scheduled_at: Mapped[datetime] = mapped_column(DateTime)


class SupervisionSessionRow(Base):
    """A reflective supervision session between a team leader and a worker: who, when, and the
    next one. Not case data (what was said about each family is sealed to that family in
    ``supervision_notes``); signed by the team leader who recorded it (Ed25519 over its
    columns), so an edited date or worker is noticed."""

    __tablename__ = "supervision_sessions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    worker_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    supervisor_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    next_on: Mapped[date | None] = mapped_column(Date)
    families: Mapped[int] = mapped_column(Integer, default=0)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class SupervisionNoteRow(_FamilyRecord, Base):
    """One family discussed in a supervision session: the reflection, sealed to the family."""

    __tablename__ = "supervision_notes"
    session_id: Mapped[str] = mapped_column(ForeignKey("supervision_sessions.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class SupervisionActionRow(_FamilyRecord, Base):
    """An action agreed in supervision about one family: what (sealed), whose and by when."""

    __tablename__ = "supervision_actions"
    note_id: Mapped[str] = mapped_column(ForeignKey("supervision_notes.id"), index=True)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


# --- the reporting layer (schema 0010) ---------------------------------------------------------


class FamilyReportRow(_FamilyRecord, Base):
    """The family's summary (``familycase.summary/2``) under its own data key: what the next
    change updates section by section before sealing it again to the reporting key. One per
    family; covered by the family manifest like every record."""

    __tablename__ = "family_reports"
    built_at: Mapped[datetime] = mapped_column(DateTime)


class ReportingSummaryRow(Base):
    """The organisation's reporting copy of one family: its summary sealed to the reporting
    key's public half (X25519 box), readable by managers, team leaders and the recovery key
    without any family key. Written in the same transaction as every change to the family, or
    by the import of a newer summary from a bundle. Plaintext: ids, reference, team, revision
    and where it came from (what import and lists need without opening it)."""

    __tablename__ = "reporting_summaries"
    family_id: Mapped[str] = mapped_column(ID, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[str | None] = mapped_column(String(32), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10))  # "vault" or "bundle"
    sender_id: Mapped[str | None] = mapped_column(String(32))
    bundle_id: Mapped[str | None] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    summary_ct: Mapped[bytes] = mapped_column(LargeBinary)


class ReportShareRow(Base):
    """The share log of an output built from the reporting layer (a return, claims, a cohort or
    service report): who, when, which output, for whom and why, and the consent gate's decision
    for every family in it (``payload_ct``, sealed to the reporting key). Append-only."""

    __tablename__ = "report_shares"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    output: Mapped[str] = mapped_column(String(40))
    families: Mapped[int] = mapped_column(Integer)
    withheld: Mapped[int] = mapped_column(Integer)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary)


Index("ix_contact_notes_family_date", ContactNoteRow.family_id, ContactNoteRow.occurred_on)
# Team caseloads are listed newest reference first: no temporary sort at 10k families.
Index("ix_families_team_reference", FamilyRow.team_id, FamilyRow.reference)

# --- laptop replicas (schema 0008) --------------------------------------------------------------


class DeviceRow(Base):
    """A laptop replica a worker took families to (team store side)."""

    __tablename__ = "devices"
    replica_id: Mapped[str] = mapped_column(ID, primary_key=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(32))


class CheckoutRow(Base):
    """A family checked out to a laptop replica: the team store refuses writes to it until it
    is checked in, or a team leader recalls it (then the laptop's changes come back as a
    conflicting version). Who, which device and since when are shown in lists."""

    __tablename__ = "checkouts"
    family_id: Mapped[str] = mapped_column(ForeignKey("families.id"), primary_key=True)
    replica_id: Mapped[str] = mapped_column(ForeignKey("devices.replica_id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    since: Mapped[datetime] = mapped_column(DateTime)
    # The family's state (revision:reference:manifest digest) when it went out.
    state: Mapped[str] = mapped_column(String(120))
    recalled_at: Mapped[datetime | None] = mapped_column(DateTime)
    recalled_by: Mapped[str | None] = mapped_column(String(32))
    # On the replica only: the family's sealed manifest as it went out, so that check-in knows
    # which records the laptop changed (the team store keeps null here).
    baseline_ct: Mapped[bytes | None] = mapped_column(LargeBinary)


class ReplicaAuditRow(Base):
    """A laptop replica's audit entries, as its worker signed them, brought in at check-in:
    each replica's chain is kept whole (verify checks its links and signatures), and the team
    chain records each check-in with the families' pinned states."""

    __tablename__ = "replica_audit"
    replica_id: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(64))
    detail_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    family_id: Mapped[str | None] = mapped_column(String(32))
    family_state: Mapped[str | None] = mapped_column(String(120))
    checked_in_at: Mapped[datetime] = mapped_column(DateTime)


class ConflictRow(_FamilyRecord, Base):
    """A laptop's changes to a family that was recalled while checked out: its records as the
    laptop stored them, sealed under the family's key, for the lead professional to resolve
    record by record. Nothing a laptop brings back is ever dropped silently."""

    __tablename__ = "conflicts"
    replica_id: Mapped[str] = mapped_column(ID)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


# Every per-family record table (the family manifest covers each), by table name.
FAMILY_RECORD_TABLES: dict[str, type[_FamilyRecord]] = {
    mapper.local_table.name: mapper.class_
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, _FamilyRecord)
}

# Every table holding ciphertext, and its ciphertext columns: used by `verify` and the canary test.
ENCRYPTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "families": ("summary_ct", "details_ct", "manifest_ct"),
    "members": ("payload_ct",),
    "relationships": ("payload_ct",),
    "agency_involvements": ("payload_ct",),
    "episodes": ("payload_ct",),
    "lead_allocations": ("payload_ct",),
    "contact_notes": ("payload_ct",),
    "consents": ("payload_ct",),
    "consent_evidence": ("payload_ct", "content_ct"),
    "sharing_overrides": ("payload_ct",),
    "share_log": ("payload_ct",),
    "assessments": ("payload_ct",),
    "family_plans": ("payload_ct",),
    "reviews": ("payload_ct",),
    "prevented_costs": ("payload_ct",),
    "baseline_service_use": ("payload_ct",),
    "realised_outcomes": ("payload_ct",),
    "intervention_costs": ("payload_ct",),
    "risk_flags": ("payload_ct",),
    "person_links": ("payload_ct",),
    "documents": ("payload_ct", "content_ct"),
    "chronology_entries": ("payload_ct",),
    "approvals": ("payload_ct",),
    "follow_ups": ("payload_ct",),
    "supervision_notes": ("payload_ct",),
    "supervision_actions": ("payload_ct",),
    "family_reports": ("payload_ct",),
    "conflicts": ("payload_ct",),
}
