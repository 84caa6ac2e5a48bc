"""Creating and opening family files; editing the household and the agencies around it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familycase.domain.consent import ConsentState, FamilyConsent, family_consent
from familycase.domain.enums import FamilyStatus, Role, Tier, TierChangeKind
from familycase.domain.family import (
    AgencyInvolvement,
    FamilyDetails,
    FamilyFile,
    Member,
    Relationship,
)
from familycase.domain.people import PersonLink
from familycase.domain.risk import RiskFlag, in_order
from familycase.domain.work import ContactNote, EpisodeDetails, LeadAllocation, Referral, TierChange
from familycase.services import chronology_log, manifest
from familycase.services.allocation import history_order, start_lead_allocation
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest, PermissionDenied, UnknownRecord
from familycase.services.integrity import check_family
from familycase.services.plans import refresh_next_review_due
from familycase.services.records import (
    family_row,
    member_ids,
    read_details,
    record_in_family,
    refresh_summary,
    seal,
    touch,
    unseal_row,
)
from familycase.services.vault import (
    RECOVERY_HOLDER,
    UserSession,
    grant_family_key,
    new_family_key,
    new_id,
)
from familycase.store import server_security
from familycase.store.schema import (
    AgencyInvolvementRow,
    ConsentRow,
    ContactNoteRow,
    EpisodeRow,
    FamilyRow,
    LeadAllocationRow,
    MemberRow,
    PersonLinkRow,
    RelationshipRow,
    RiskFlagRow,
    UserRow,
    VaultMeta,
)


@dataclass(frozen=True)
class EpisodeView:
    id: str
    status: str
    tier: Tier | None
    opened_on: date
    closed_on: date | None
    details: EpisodeDetails

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class AllocationView:
    worker_id: str
    worker_name: str
    allocation: LeadAllocation


@dataclass(frozen=True)
class FamilyFileView:
    """Everything the family file window shows, decrypted for one user."""

    file: FamilyFile
    status: FamilyStatus
    tier: Tier | None
    lead_worker_id: str | None
    team_id: str | None
    revision: int
    episodes: list[EpisodeView] = field(default_factory=list)
    allocations: list[AllocationView] = field(default_factory=list)
    contacts: list[ContactNote] = field(default_factory=list)
    next_review_due: date | None = None  # as stored (set by the rhythm, a review, or by hand)
    consent: FamilyConsent | None = None  # how many people have consent to share in force
    risks: list[RiskFlag] = field(default_factory=list)  # current first, newest first
    links: list[PersonLink] = field(default_factory=list)  # people checked against other files

    @property
    def consent_state(self) -> ConsentState | None:
        """The most urgent state of anyone's latest consent (None: none recorded)."""
        return self.consent.state if self.consent is not None else None

    @property
    def current_risks(self) -> list[RiskFlag]:
        on = today()
        return [flag for flag in self.risks if flag.current_on(on)]

    @property
    def current_episode(self) -> EpisodeView | None:
        for episode in self.episodes:
            if episode.is_open:
                return episode
        return None


def next_reference(s: Session) -> str:
    """The next FC-nnnnnn. On a team server a sequence hands them out (many writers at once);
    in a file vault the counter in vault_meta moves under the write lock every writer takes. On
    a laptop replica, a provisional FC-P-<device>-nnnn until check-in gives the real one."""
    if s.get_bind().dialect.name == "postgresql":
        return f"FC-{server_security.next_reference_number(s.connection()):06d}"
    counter = s.get(VaultMeta, "next_reference")
    assert counter is not None
    number = int(counter.value)
    counter.value = str(number + 1)
    provisional = s.get(VaultMeta, PROVISIONAL_PREFIX_KEY)
    if provisional is not None:  # a laptop replica: the team store gives the real one
        return f"{provisional.value}{number:04d}"
    return f"FC-{number:06d}"


PROVISIONAL_PREFIX_KEY = "provisional_reference_prefix"


def is_provisional(reference: str) -> bool:
    return reference.startswith("FC-P-")


def require_role(us: UserSession, *roles: Role) -> None:
    if us.worker.role not in roles:
        labels = " or ".join(role.label.lower() for role in roles)
        article = "an" if labels[0] in "aeiou" else "a"
        raise PermissionDenied(f"Only {article} {labels} can do this.")


def create_family(
    us: UserSession,
    details: FamilyDetails,
    referral: Referral,
    tier: Tier,
    members: Sequence[Member] = (),
    team_id: str | None = None,
) -> str:
    """A new family file from a referral: the household, a first episode and its tier.

    The family's key is granted to the person recording it, every team leader in the team, and
    the organisation recovery key.
    """
    require_role(us, Role.KEY_WORKER, Role.TEAM_LEADER)
    team_id = team_id or us.worker.team_id
    family_id = new_id()
    key = new_family_key()
    share = us.vault.shares.put(family_id)  # committed first: an orphan share is harmless
    us.remember_family_key(family_id, key, share)
    today = now()
    with us.write() as s:
        row = FamilyRow(
            id=family_id,
            reference=next_reference(s),
            team_id=team_id,
            status=FamilyStatus.REFERRED.value,
            tier=int(tier),
            lead_worker_id=None,
            created_at=today,
            updated_at=today,
            opened_on=referral.received_on,
            next_review_due=None,
            last_contact_on=None,
            member_count=0,
            revision=0,
            summary_ct=b"",
            details_ct=seal(us, details, "families", "details_ct", family_id, family_id),
        )
        s.add(row)
        s.flush()  # the family row first: its records refer to it
        for position, member in enumerate(members):
            s.add(
                MemberRow(
                    id=member.id,
                    family_id=family_id,
                    position=position,
                    payload_ct=seal(us, member, "members", "payload_ct", member.id, family_id),
                )
            )
        _add_episode(us, s, family_id, referral, tier)
        s.flush()
        refresh_summary(us, s, row, details)
        holders = {us.worker.id: us.staff.agreement_public(us.worker.id)} | {
            leader.id: leader.agreement_public
            for leader in us.staff.active_users([Role.TEAM_LEADER], team_id)
        }
        for holder_id, public in holders.items():
            own = us.ring.master_key if holder_id == us.worker.id else None
            grant_family_key(s, family_id, key, holder_id, public, us.worker.id, holder_id, own)
        grant_family_key(
            s, family_id, key, RECOVERY_HOLDER, us.staff.recovery_public, us.worker.id, None
        )
        refresh_next_review_due(s, row)
        if us.worker.role is Role.KEY_WORKER:
            # A key worker who records a family is working with it: they lead it until a team
            # leader decides otherwise (otherwise it would vanish from every list they have).
            start_lead_allocation(us, s, row, us.worker.id, "Recorded the referral")
        us.audit(s, AuditEvent(Action.CREATE, "family", family_id))
    return family_id


def _add_episode(
    us: UserSession, s: Session, family_id: str, referral: Referral, tier: Tier
) -> str:
    episode_id = new_id()
    details = EpisodeDetails(
        referral=referral,
        tier_history=[
            TierChange(
                kind=TierChangeKind.INITIAL,
                to_tier=tier,
                on=referral.received_on,
                decided_by=us.worker.display_name,
            )
        ],
    )
    s.add(
        EpisodeRow(
            id=episode_id,
            family_id=family_id,
            status=FamilyStatus.REFERRED.value,
            tier=int(tier),
            opened_on=referral.received_on,
            closed_on=None,
            payload_ct=seal(us, details, "episodes", "payload_ct", episode_id, family_id),
        )
    )
    return episode_id


def open_family(us: UserSession, family_id: str, *, watch: bool = False) -> FamilyFileView:
    """Decrypt a whole family file. Recorded in the audit log as a view.

    ``watch``: the caller shows this family for editing (the desktop app's family window): an
    edit of it after someone else has changed it is then refused as stale (records.family_row)
    until it is opened again."""
    cipher_check = us.family_key(family_id)  # raises NoAccessToFamily before any read
    del cipher_check
    with us.read(snapshot=True) as s:  # manifest and records at one moment
        row = family_row(s, family_id)
        ref = row.reference
        sealed = check_family(us, s, family_id, ref)

        def records(table: type, model: type, order: object) -> list:
            return [
                unseal_row(us, model, r, ref)
                for r in s.scalars(
                    select(table).where(table.family_id == family_id).order_by(order)
                )
            ]

        file = FamilyFile(
            id=row.id,
            reference=ref,
            details=read_details(us, row),
            members=records(MemberRow, Member, MemberRow.position),
            relationships=records(RelationshipRow, Relationship, RelationshipRow.id),
            agencies=records(AgencyInvolvementRow, AgencyInvolvement, AgencyInvolvementRow.id),
        )
        episodes = [
            EpisodeView(
                e.id,
                e.status,
                Tier(e.tier) if e.tier else None,
                e.opened_on,
                e.closed_on,
                unseal_row(us, EpisodeDetails, e, ref),
            )
            for e in s.scalars(
                select(EpisodeRow)
                .where(EpisodeRow.family_id == family_id)
                .order_by(EpisodeRow.opened_on)
            )
        ]
        names = dict(s.execute(select(UserRow.id, UserRow.display_name)).all())
        allocations = [
            AllocationView(
                a.worker_id,
                names.get(a.worker_id, "?"),
                unseal_row(us, LeadAllocation, a, ref),
            )
            for a in s.scalars(
                select(LeadAllocationRow)
                .where(LeadAllocationRow.family_id == family_id)
                .order_by(*history_order())
            )
        ]
        contacts = [
            unseal_row(us, ContactNote, c, ref)
            for c in s.scalars(
                select(ContactNoteRow)
                .where(ContactNoteRow.family_id == family_id)
                .order_by(ContactNoteRow.occurred_on.desc())
            )
        ]
        risks = in_order(records(RiskFlagRow, RiskFlag, RiskFlagRow.recorded_at), today())
        links = records(PersonLinkRow, PersonLink, PersonLinkRow.decided_at)
        view = FamilyFileView(
            file=file,
            status=FamilyStatus(row.status),
            tier=Tier(row.tier) if row.tier else None,
            lead_worker_id=row.lead_worker_id,
            team_id=row.team_id,
            revision=row.revision,
            next_review_due=row.next_review_due,
            consent=family_consent(
                s.execute(
                    select(
                        ConsentRow.member_id,
                        ConsentRow.given_on,
                        ConsentRow.review_on,
                        ConsentRow.withdrawn_on,
                    ).where(
                        ConsentRow.family_id == family_id,
                        ConsentRow.member_id.in_([m.id for m in file.members]),
                    )
                ).all(),
                len(file.members),
                today(),
            ),
            episodes=episodes,
            allocations=allocations,
            contacts=contacts,
            risks=risks,
            links=links,
        )
    if watch:
        us.known_revisions[family_id] = view.revision
    with us.write() as s:
        if not sealed:  # a family from before manifests: sealed as it stands, once
            changes = manifest.tracker(s)
            assert changes is not None
            changes.mark(family_id)
        us.audit(s, AuditEvent(Action.VIEW, "family", family_id))
    return view


def save_details(us: UserSession, family_id: str, details: FamilyDetails) -> None:
    us.family_key(family_id)
    with us.write() as s:
        row = family_row(s, family_id)
        chronology_log.note_details_change(us, s, family_id, read_details(us, row), details)
        row.details_ct = seal(us, details, "families", "details_ct", family_id, family_id)
        refresh_summary(us, s, row, details)
        us.audit(s, AuditEvent(Action.EDIT, "family", family_id, {"part": "details"}))


def save_member(us: UserSession, family_id: str, member: Member) -> None:
    """Add a member, or replace the one with the same id."""
    us.family_key(family_id)
    with us.write() as s:
        row = family_row(s, family_id)
        existing = s.get(MemberRow, member.id)
        payload = seal(us, member, "members", "payload_ct", member.id, family_id)
        if existing is not None:
            if existing.family_id != family_id:
                raise InvalidRequest("That person belongs to another family file.")
            before = unseal_row(us, Member, existing, row.reference)
            chronology_log.note_member_change(us, s, family_id, before, member)
            existing.payload_ct = payload
        else:
            position = s.scalar(select(func.count()).where(MemberRow.family_id == family_id))
            s.add(
                MemberRow(
                    id=member.id, family_id=family_id, position=position or 0, payload_ct=payload
                )
            )
            chronology_log.note_member_change(us, s, family_id, None, member)
        s.flush()
        refresh_summary(us, s, row)
        us.audit(s, AuditEvent(Action.EDIT, "member", member.id, {"family": family_id}))


def remove_member(us: UserSession, family_id: str, member_id: str) -> None:
    """Remove a person and every relationship that names them."""
    us.family_key(family_id)
    with us.write() as s:
        row = family_row(s, family_id)
        member = s.get(MemberRow, member_id)
        if member is None or member.family_id != family_id:
            raise UnknownRecord("That person is not in this family file.")
        chronology_log.note_member_removed(
            us, s, family_id, unseal_row(us, Member, member, row.reference)
        )
        s.delete(member)
        for rel in s.scalars(select(RelationshipRow).where(RelationshipRow.family_id == family_id)):
            relationship = unseal_row(us, Relationship, rel, row.reference)
            if member_id in (relationship.from_member_id, relationship.to_member_id):
                s.delete(rel)
        s.flush()
        refresh_summary(us, s, row)
        us.audit(s, AuditEvent(Action.DELETE, "member", member_id, {"family": family_id}))


def save_relationship(us: UserSession, family_id: str, relationship: Relationship) -> None:
    us.family_key(family_id)
    with us.write() as s:
        row = family_row(s, family_id)
        known = member_ids(s, family_id)
        if not {relationship.from_member_id, relationship.to_member_id} <= known:
            raise InvalidRequest("Both people in a relationship must be in this family file.")
        _upsert(
            s,
            RelationshipRow,
            relationship.id,
            family_id,
            seal(us, relationship, "relationships", "payload_ct", relationship.id, family_id),
        )
        touch(row)
        us.audit(s, AuditEvent(Action.EDIT, "relationship", relationship.id, {"family": family_id}))


def save_agency(us: UserSession, family_id: str, agency: AgencyInvolvement) -> None:
    us.family_key(family_id)
    with us.write() as s:
        row = family_row(s, family_id)
        if not set(agency.member_ids) <= member_ids(s, family_id):
            raise InvalidRequest("Everyone an agency works with must be in this family file.")
        _upsert(
            s,
            AgencyInvolvementRow,
            agency.id,
            family_id,
            seal(us, agency, "agency_involvements", "payload_ct", agency.id, family_id),
        )
        touch(row)
        us.audit(s, AuditEvent(Action.EDIT, "agency", agency.id, {"family": family_id}))


def remove_relationship(us: UserSession, family_id: str, relationship_id: str) -> None:
    remove_record(us, family_id, RelationshipRow, relationship_id)


def remove_agency(us: UserSession, family_id: str, agency_id: str) -> None:
    remove_record(us, family_id, AgencyInvolvementRow, agency_id)


def remove_record(us: UserSession, family_id: str, table: type, record_id: str) -> None:
    """Remove a relationship or an agency involvement."""
    if table not in (RelationshipRow, AgencyInvolvementRow):
        raise InvalidRequest("That kind of record cannot be removed this way.")
    us.family_key(family_id)
    with us.write() as s:
        row = family_row(s, family_id)
        s.delete(record_in_family(s, table, record_id, family_id, "record"))
        touch(row)
        us.audit(
            s, AuditEvent(Action.DELETE, table.__tablename__, record_id, {"family": family_id})
        )


def _upsert(s: Session, table: type, record_id: str, family_id: str, payload: bytes) -> None:
    existing = s.get(table, record_id)
    if existing is None:
        s.add(table(id=record_id, family_id=family_id, payload_ct=payload))
    elif existing.family_id != family_id:
        raise InvalidRequest("That record belongs to another family file.")
    else:
        existing.payload_ct = payload


def find_by_reference(us: UserSession, reference: str) -> str:
    """The family id for a reference such as FC-000123 (case and spacing forgiven)."""
    wanted = reference.strip().upper()
    with us.read() as s:
        family_id = s.scalar(select(FamilyRow.id).where(FamilyRow.reference == wanted))
    if family_id is None:
        raise UnknownRecord(f"There is no family file {wanted}.")
    return family_id


def revisions(us: UserSession, family_ids: list[str]) -> dict[str, int]:
    """Each family's revision number (it goes up with every change to the family file)."""
    with us.read() as s:
        return dict(
            s.execute(
                select(FamilyRow.id, FamilyRow.revision).where(FamilyRow.id.in_(family_ids))
            ).all()
        )
