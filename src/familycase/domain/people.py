"""One person across family files: finding the same person recorded in two families.

A child who moves between parents' households, a grandmother caring for two sets of
grandchildren, a young person who is a parent themselves: the same person is often in more than
one family file, and each file should know of the other. Matching is pure and runs in memory
over people already decrypted (never over plaintext or hashed identifiers in the database: an
NHS number's hash is as good as the number to anyone with a list of numbers).

Rules, strongest first:
- the same NHS number, or the same Unique Pupil Number: the same person, whatever the names say
  (a difference in names is more likely a typing slip or a change of name);
- otherwise, if both records have an NHS number (or both a UPN) and they differ: different
  people, however alike the names (twins share a birthday and a surname);
- otherwise the same date of birth (or its day and month swapped, a common slip) and names
  that are alike: first names alike (Jon / John, Mia / Mya, Alex / Alexander, or a "known as"
  name) and last names alike (Smith / Smyth, Smith / Smith-Jones). Alike: the same letters, one
  the start of the other, a close spelling, or the same sound (Soundex) with a spelling not far
  off. Twins Ava and Ada are not alike.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from enum import StrEnum

from pydantic import Field

from familycase.domain.family import Member, Record
from familycase.domain.types import PastDate, RecordId, ShortText

NAME_SIMILARITY = 0.85  # difflib ratio from which two spellings count as alike
SOUND_SIMILARITY = 0.6  # ... or from which they do when they also sound alike
MIN_PREFIX = 3  # "Alex" is a short form of "Alexander"; "Al" is too short to say


class MatchReason(StrEnum):
    NHS_NUMBER = "nhs_number"
    UPN = "upn"
    NAME_AND_BIRTH = "name_and_birth"

    @property
    def label(self) -> str:
        return {
            "nhs_number": "Same NHS number",
            "upn": "Same Unique Pupil Number",
            "name_and_birth": "Similar name and the same date of birth",
        }[self.value]


@dataclass(frozen=True, slots=True)
class PersonKey:
    """What matching needs of one person, normalised once (held in memory only)."""

    family_id: str
    reference: str
    member_id: str
    full_name: str
    date_of_birth: date | None
    nhs_number: str | None
    upn: str | None
    given: tuple[str, ...]  # normalised first names and the "known as" name
    surname: str


def normalise(name: str) -> str:
    """Letters only, case and accents folded: "O'Néill-Smith" -> "oneillsmith"."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in folded if ch.isalpha() and not unicodedata.combining(ch))


def key_of(member: Member, family_id: str, reference: str) -> PersonKey:
    given = [normalise(part) for part in member.given_names.split()[:1]]
    if member.known_as:
        given.append(normalise(member.known_as.split()[0]))
    return PersonKey(
        family_id=family_id,
        reference=reference,
        member_id=member.id,
        full_name=member.full_name,
        date_of_birth=member.date_of_birth,
        nhs_number=member.nhs_number,
        upn=member.upn,
        given=tuple(g for g in given if g),
        surname=normalise(member.family_name),
    )


def names_alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= MIN_PREFIX and longer.startswith(shorter):
        return True
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= NAME_SIMILARITY or (ratio >= SOUND_SIMILARITY and soundex(a) == soundex(b))


_SOUNDEX = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}


def soundex(name: str) -> str:
    """American Soundex of a normalised name ("smith" and "smyth" -> "S530")."""
    if not name:
        return ""
    code, last = name[0].upper(), _SOUNDEX.get(name[0], "")
    for ch in name[1:]:
        digit = _SOUNDEX.get(ch, "")
        if digit and digit != last:
            code += digit
        if ch not in "hw":  # h and w do not separate letters of the same code
            last = digit
    return (code + "000")[:4]


def births_alike(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    return a.year == b.year and a.day == b.month and a.month == b.day


def match(a: PersonKey, b: PersonKey) -> MatchReason | None:
    """Why ``a`` and ``b`` may be the same person, or None."""
    if a.nhs_number and a.nhs_number == b.nhs_number:
        return MatchReason.NHS_NUMBER
    if a.upn and a.upn == b.upn:
        return MatchReason.UPN
    if (a.nhs_number and b.nhs_number) or (a.upn and b.upn):
        return None  # both recorded, and different: two people
    if not births_alike(a.date_of_birth, b.date_of_birth):
        return None
    first_alike = any(names_alike(x, y) for x in a.given for y in b.given)
    if first_alike and names_alike(a.surname, b.surname):
        return MatchReason.NAME_AND_BIRTH
    return None


class PersonLink(Record):
    """A worker's decision about two records of people in two family files: the same person
    (linked: each file shows the other), or checked and not the same (no more warnings).
    Kept in both families, encrypted with each family's key."""

    id: RecordId
    member_id: str = Field(title="Person in this family file")
    other_family_id: str
    other_reference: ShortText = ""
    other_member_id: str
    other_name: ShortText = ""  # the other record's name when linked, for the household list
    same_person: bool = Field(title="The same person")
    decided_on: PastDate = Field(title="Date")
    decided_by: ShortText = Field(default="", title="Decided by")
    note: ShortText = Field(default="", title="Note")
