"""The family file: the household, its members, their relationships and the agencies around them."""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field, model_validator

from familycase.domain.enums import AgencyType, Gender, HouseholdRole, RelationshipKind
from familycase.domain.types import (
    Email,
    LongText,
    Name,
    NhsNumber,
    PastDate,
    Phone,
    Postcode,
    RecordId,
    ShortText,
    Upn,
)

MAX_AGE_YEARS = 120


class Record(BaseModel):
    """Base for every stored record: strict about unknown fields, trims strings."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)


class Address(Record):
    lines: list[ShortText] = Field(min_length=1, max_length=4, title="Address")
    town: ShortText = Field(default="", title="Town")
    postcode: Postcode = Field(title="Postcode")

    @model_validator(mode="after")
    def _first_line_present(self) -> Address:
        if not self.lines or not self.lines[0]:
            raise ValueError("The first line of the address cannot be blank.")
        return self

    def one_line(self) -> str:
        return ", ".join([*(line for line in self.lines if line), self.town, self.postcode])


class ContactDetails(Record):
    phone: Phone = Field(default=None, title="Phone")
    email: Email = Field(default=None, title="Email")


class Member(Record):
    """One person in (or close to) the household."""

    id: RecordId
    given_names: Name = Field(title="First name(s)")
    family_name: Name = Field(title="Last name")
    known_as: ShortText = Field(default="", title="Known as")
    date_of_birth: PastDate | None = Field(default=None, title="Date of birth")
    expected_date: date | None = Field(default=None, title="Expected date of birth")
    gender: Gender = Field(default=Gender.NOT_KNOWN, title="Gender")
    household_role: HouseholdRole = Field(title="Role in household")
    lives_in_household: bool = Field(default=True, title="Lives in the household")
    school_or_setting: ShortText = Field(default="", title="School or setting")
    nhs_number: NhsNumber = Field(default=None, title="NHS number")
    upn: Upn = Field(default=None, title="Unique Pupil Number")
    contact: ContactDetails = Field(default_factory=ContactDetails, title="Contact details")
    address: Address | None = Field(default=None, title="Address (if not the family's)")
    notes: LongText = Field(default="", title="Notes")
    # For the family tree: someone who has died (a parent, a grandparent, a child) still
    # matters to the family's story. The date may not be known.
    deceased: bool = Field(default=False, title="Has died")
    died_on: PastDate | None = Field(default=None, title="Date of death")

    @model_validator(mode="after")
    def _dates_make_sense(self) -> Member:
        if self.household_role is HouseholdRole.UNBORN_CHILD:
            if self.expected_date is None:
                raise ValueError("An unborn child needs an expected date of birth.")
            if self.date_of_birth is not None:
                raise ValueError(
                    "An unborn child has no date of birth yet; change their role once born."
                )
            if (
                not date.today() - timedelta(days=90)
                <= self.expected_date
                <= date.today() + (timedelta(days=300))
            ):
                raise ValueError("The expected date of birth must be within the next 10 months.")
        elif self.expected_date is not None:
            raise ValueError("Only an unborn child has an expected date of birth.")
        if self.date_of_birth and self.date_of_birth.year < date.today().year - MAX_AGE_YEARS:
            raise ValueError("The date of birth is more than 120 years ago; please check it.")
        if self.died_on is not None and not self.deceased:
            raise ValueError("A date of death is only for someone who has died: tick 'Has died'.")
        if self.died_on and self.date_of_birth and self.died_on < self.date_of_birth:
            raise ValueError("The date of death cannot come before the date of birth.")
        if self.deceased and self.household_role is HouseholdRole.UNBORN_CHILD:
            raise ValueError("Record a baby who died before birth as a child, with the date.")
        return self

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name}"

    def age_on(self, on: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class Relationship(Record):
    id: RecordId
    from_member_id: str = Field(title="Person")
    to_member_id: str = Field(title="Related to")
    kind: RelationshipKind = Field(title="Relationship")
    note: ShortText = Field(default="", title="Note")

    @model_validator(mode="after")
    def _not_self(self) -> Relationship:
        if self.from_member_id == self.to_member_id:
            raise ValueError("A person cannot be related to themselves.")
        return self


class Practitioner(Record):
    name: Name = Field(title="Practitioner's name")
    job_title: ShortText = Field(default="", title="Job title")
    contact: ContactDetails = Field(default_factory=ContactDetails, title="Contact details")


class AgencyInvolvement(Record):
    """An agency working with the family, and the practitioner there."""

    id: RecordId
    agency_name: Name = Field(title="Agency")
    agency_type: AgencyType = Field(title="Type of agency")
    practitioner: Practitioner | None = Field(default=None, title="Practitioner")
    member_ids: list[str] = Field(default_factory=list, title="Family members involved")
    involvement: LongText = Field(default="", title="What they do with the family")
    started_on: PastDate | None = Field(default=None, title="Involved since")
    ended_on: PastDate | None = Field(default=None, title="Involvement ended")
    in_team_around_family: bool = Field(default=False, title="Part of the Team Around the Family")

    @model_validator(mode="after")
    def _ordered(self) -> AgencyInvolvement:
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise ValueError("The involvement cannot end before it started.")
        return self


class FamilyDetails(Record):
    """The household as a whole. Everything here is encrypted at rest."""

    family_name: Name = Field(title="Family name")
    address: Address | None = Field(default=None, title="Address")
    main_language: ShortText = Field(default="English", title="Main language at home")
    interpreter_needed: bool = Field(default=False, title="Interpreter needed")
    notes: LongText = Field(default="", title="Notes")


class FamilyFile(Record):
    """A whole family file as it is opened: details, people and the agencies around them."""

    id: str
    reference: str
    details: FamilyDetails
    members: list[Member] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    agencies: list[AgencyInvolvement] = Field(default_factory=list)

    def member(self, member_id: str) -> Member:
        for member in self.members:
            if member.id == member_id:
                return member
        raise KeyError(member_id)
