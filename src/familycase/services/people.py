"""One person across family files: possible matches, links, and the team's duplicates list.

Matching (``domain/people.py``) runs in memory over the people of every family this worker
holds the key for, decrypted after unlock and kept in the session (``UserSession.people``,
refreshed only for families whose revision changed, dropped at lock). Nothing about matching
is stored in plaintext, hashed or otherwise: a key worker sees matches among the families they
may open; a team leader, who holds the key of every family in their team, sees the team's.
Nobody sees a match with a family they cannot open.

A worker decides each possible match: the same person (the records are linked: each file shows
the other's reference), or not the same person (the warning stops). The decision is kept in
both families (``person_links``), so it needs the keys of both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.domain.enums import Role
from familycase.domain.family import Member
from familycase.domain.people import MatchReason, PersonKey, PersonLink, key_of, match
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest, PermissionDenied
from familycase.services.records import family_row, seal_row, touch, unseal_row
from familycase.services.vault import UserSession, new_id
from familycase.store.schema import FamilyRow, MemberRow, PersonLinkRow


@dataclass(frozen=True)
class PossibleMatch:
    here: PersonKey
    there: PersonKey
    reason: MatchReason

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.here.member_id, self.there.member_id))


def _people(us: UserSession) -> dict[str, list[PersonKey]]:
    """Every held family's people, decrypting only families changed since the last call."""
    held = us.accessible_family_ids()
    with us.read() as s:
        revisions = {
            family_id: (revision, reference)
            for family_id, revision, reference in s.execute(
                select(FamilyRow.id, FamilyRow.revision, FamilyRow.reference)
            )
            if family_id in held
        }
        stale = [
            fid for fid, (rev, _) in revisions.items() if us.people.get(fid, (None,))[0] != rev
        ]
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            found: dict[str, list[PersonKey]] = {fid: [] for fid in chunk}
            for row in s.scalars(select(MemberRow).where(MemberRow.family_id.in_(chunk))):
                reference = revisions[row.family_id][1]
                member = unseal_row(us, Member, row, reference)
                found[row.family_id].append(key_of(member, row.family_id, reference))
            for fid, keys in found.items():
                us.people[fid] = (revisions[fid][0], keys)
    for gone in set(us.people) - set(revisions):
        del us.people[gone]
    return {fid: keys for fid, (_, keys) in us.people.items()}


def _decided(us: UserSession, s: Session, family_ids: Iterable[str]) -> set[frozenset[str]]:
    """Pairs of people already decided (linked or not the same), from these families' links."""
    pairs: set[frozenset[str]] = set()
    ids = list(family_ids)
    references = dict(s.execute(select(FamilyRow.id, FamilyRow.reference)).all())
    for start in range(0, len(ids), 500):
        for row in s.scalars(
            select(PersonLinkRow).where(PersonLinkRow.family_id.in_(ids[start : start + 500]))
        ):
            link = unseal_row(us, PersonLink, row, references.get(row.family_id, "?"))
            pairs.add(frozenset((link.member_id, link.other_member_id)))
    return pairs


def _blocks(person: PersonKey, query: bool = False) -> list[tuple[str, object]]:
    """Keys that any match must share: the NHS number, the UPN or the date of birth (a query
    also looks under the day and month swapped). Only people sharing one are compared."""
    keys: list[tuple[str, object]] = []
    if person.nhs_number:
        keys.append(("nhs", person.nhs_number))
    if person.upn:
        keys.append(("upn", person.upn))
    born = person.date_of_birth
    if born is not None:
        keys.append(("born", born))
        if query and born.day <= 12 and born.day != born.month:  # always a real date
            keys.append(("born", born.replace(month=born.day, day=born.month)))
    return keys


def _find(
    people: dict[str, list[PersonKey]], mine: Iterable[PersonKey], decided: set[frozenset[str]]
) -> list[PossibleMatch]:
    index: dict[tuple[str, object], list[PersonKey]] = defaultdict(list)
    for keys in people.values():
        for person in keys:
            for block in _blocks(person):
                index[block].append(person)
    found = []
    for here in mine:
        candidates = {
            there.member_id: there for block in _blocks(here, query=True) for there in index[block]
        }
        for there in candidates.values():
            if there.family_id == here.family_id:
                continue
            reason = match(here, there)
            if reason is not None and frozenset((here.member_id, there.member_id)) not in decided:
                found.append(PossibleMatch(here, there, reason))
    return sorted(found, key=lambda m: (m.here.full_name, m.there.reference, m.reason.value))


def possible_matches(us: UserSession, family_id: str) -> list[PossibleMatch]:
    """People of this family who may also be in another family this worker can open, and not
    yet decided about. Names, numbers and dates are compared in memory only."""
    us.family_key(family_id)
    people = _people(us)
    with us.read() as s:
        decided = _decided(us, s, [family_id])
    return _find(people, people.get(family_id, []), decided)


def duplicates(us: UserSession) -> list[PossibleMatch]:
    """For team leaders: every undecided possible match among the families they hold the keys
    for (all of their team's), each pair once."""
    if us.worker.role is not Role.TEAM_LEADER:
        raise PermissionDenied("The list of possible duplicates is for team leaders.")
    people = _people(us)
    with us.read() as s:
        decided = _decided(us, s, people)
    seen: set[frozenset[str]] = set()
    result = []
    for found in _find(people, [p for keys in people.values() for p in keys], decided):
        if found.pair not in seen:
            seen.add(found.pair)
            result.append(found)
    with us.write() as s:
        us.audit(s, AuditEvent(Action.LIST, "possible_duplicates", None, {"rows": len(result)}))
    return result


def decide(
    us: UserSession,
    family_id: str,
    member_id: str,
    other_family_id: str,
    other_member_id: str,
    same_person: bool,
    note: str = "",
) -> None:
    """Record that two records are the same person (linked) or not, in both families."""
    if family_id == other_family_id:
        raise InvalidRequest("Both records are in the same family file.")
    us.family_key(family_id)
    us.family_key(other_family_id)  # both files must be open to this worker
    on = today()
    with us.write() as s:
        sides = []
        for fid, mid in ((family_id, member_id), (other_family_id, other_member_id)):
            family = family_row(s, fid)
            row = s.get(MemberRow, mid)
            if row is None or row.family_id != fid:
                raise InvalidRequest(f"That person is not in {family.reference}.")
            sides.append((family, unseal_row(us, Member, row, family.reference)))
        pair = frozenset((member_id, other_member_id))
        if pair in _decided(us, s, [family_id, other_family_id]):
            raise InvalidRequest("These two records have already been decided about.")
        for (family, member), (other, other_member) in (sides, sides[::-1]):
            link = PersonLink(
                id=new_id(),
                member_id=member.id,
                other_family_id=other.id,
                other_reference=other.reference,
                other_member_id=other_member.id,
                other_name=other_member.full_name,
                same_person=same_person,
                decided_on=on,
                decided_by=us.worker.display_name,
                note=note,
            )
            row = PersonLinkRow(id=link.id, family_id=family.id, decided_at=now(), payload_ct=b"")
            row.payload_ct = seal_row(us, link, row)
            s.add(row)
            touch(family)
            us.audit(
                s,
                AuditEvent(
                    Action.EDIT,
                    "person_link",
                    link.id,
                    {"family": family.id, "same_person": same_person},
                ),
            )


def links_of(links: Iterable[PersonLink], member_id: str) -> list[PersonLink]:
    """The same-person links of one member (for the household list)."""
    return [link for link in links if link.member_id == member_id and link.same_person]
