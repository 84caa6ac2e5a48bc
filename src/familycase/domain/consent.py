"""Consent to share information, overrides, and the consent gate's rule (pure, no I/O).

The gate answers one question: may this information about this person go to this agency for
this purpose on this date? Valid consent that covers all four allows it; otherwise a recorded
override (a decision to share without consent, with a reason and a lawful basis) allows it by
override; otherwise it is denied. Every answer carries its reasons, in plain English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from pydantic import Field, model_validator

from familycase.domain.enums import AgencyType
from familycase.domain.family import Record
from familycase.domain.types import LongText, PastDate, RecordId, RequiredText, ShortText
from familycase.i18n import tr

EXPIRING_SOON_DAYS = 30
YOUNG_PERSON_CONSENT_AGE = 16  # from 16 a young person is presumed able to consent


class GivenBy(StrEnum):
    THE_PERSON = "the_person"
    PARENTAL_RESPONSIBILITY = "parental_responsibility"  # someone with parental responsibility
    COMPETENT_YOUNG_PERSON = "competent_young_person"  # under 16, assessed as competent
    LEGAL_REPRESENTATIVE = "legal_representative"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    VERBAL = "verbal"
    ELECTRONIC = "electronic"


class Purpose(StrEnum):
    ASSESSMENT_AND_PLANNING = "assessment_and_planning"
    TEAM_AROUND_THE_FAMILY = "team_around_the_family"
    PANEL = "panel"  # multi-agency allocation / step-up-step-down panel
    REFERRAL_TO_A_SERVICE = "referral_to_a_service"
    MONITORING_AND_REPORTING = "monitoring_and_reporting"  # returns, outcomes, claims
    # Telling the person or agency who referred the family what was decided. Not "referral to
    # a service" (sending the family on to someone): a family may agree to one and not the other.
    REFERRAL_FEEDBACK = "referral_feedback"

    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())


class InfoCategory(StrEnum):
    """Categories of information, so consent can be given for some and not others."""

    BASIC_DETAILS = "basic_details"  # names, dates of birth, address, household
    EDUCATION = "education"
    HEALTH = "health"
    MENTAL_HEALTH = "mental_health"
    SOCIAL_CARE = "social_care"
    CRIME_AND_ASB = "crime_and_asb"
    DOMESTIC_ABUSE = "domestic_abuse"
    SUBSTANCE_USE = "substance_use"
    HOUSING_AND_MONEY = "housing_and_money"
    ASSESSMENT_AND_PLAN = "assessment_and_plan"
    OUTCOMES = "outcomes"

    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())


_LABELS = {
    "team_around_the_family": "Team Around the Family",
    "crime_and_asb": "Crime and anti-social behaviour",
    "housing_and_money": "Housing and money",
    "assessment_and_plan": "Assessment and family plan",
    "referral_feedback": "Telling the referrer the outcome",
}


class LawfulBasis(StrEnum):
    """UK GDPR Article 6 bases. Recorded separately from consent to share."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class ConsentState(StrEnum):
    NOT_YET_VALID = "not_yet_valid"
    CURRENT = "current"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


class GateOutcome(StrEnum):
    ALLOW = "allow"
    ALLOW_BY_OVERRIDE = "allow_by_override"
    DENY = "deny"


class Withdrawal(Record):
    on: PastDate = Field(title="Date withdrawn")
    reason: RequiredText = Field(title="Reason")
    recorded_by: ShortText = Field(default="", title="Recorded by")


class ConsentRecord(Record):
    """One person's consent to share, for named agencies, purposes and categories."""

    id: RecordId
    member_id: str = Field(title="Person")
    given_by: GivenBy = Field(title="Given by")
    given_by_name: ShortText = Field(default="", title="Name of the person giving consent")
    competence_assessed: bool = Field(default=False, title="Competence assessed")
    method: ConsentMethod = Field(title="How consent was given")
    agencies: list[AgencyType] = Field(min_length=1, title="Agencies")
    purposes: list[Purpose] = Field(min_length=1, title="Purposes")
    categories: list[InfoCategory] = Field(min_length=1, title="Information")
    given_on: PastDate = Field(title="Date given")
    review_on: date | None = Field(default=None, title="Review or expiry date")
    lawful_basis: LawfulBasis = Field(default=LawfulBasis.PUBLIC_TASK, title="Lawful basis")
    notes: LongText = Field(default="", title="Notes")
    withdrawal: Withdrawal | None = Field(default=None, title="Withdrawal")

    @model_validator(mode="after")
    def _coherent(self) -> ConsentRecord:
        if self.review_on is not None and self.review_on <= self.given_on:
            raise ValueError("The review or expiry date must be after the date consent was given.")
        if self.given_by is GivenBy.COMPETENT_YOUNG_PERSON and not self.competence_assessed:
            raise ValueError(
                "A young person under 16 can consent for themselves only once their competence "
                "to decide has been assessed; tick 'Competence assessed' or record who has "
                "parental responsibility."
            )
        if self.withdrawal is not None and self.withdrawal.on < self.given_on:
            raise ValueError("Consent cannot be withdrawn before it was given.")
        return self

    def state_on(self, on: date, soon_days: int = EXPIRING_SOON_DAYS) -> ConsentState:
        withdrawn_on = self.withdrawal.on if self.withdrawal is not None else None
        return state_from_dates(self.given_on, self.review_on, withdrawn_on, on, soon_days)

    def valid_on(self, on: date) -> bool:
        return self.state_on(on) in (ConsentState.CURRENT, ConsentState.EXPIRING_SOON)

    def covers(self, agency: AgencyType, purpose: Purpose, category: InfoCategory) -> bool:
        return agency in self.agencies and purpose in self.purposes and category in self.categories


class PersonAgreeing(Record):
    """One person in a family-level consent: who gave consent for them."""

    member_id: str = Field(title="Person")
    given_by: GivenBy = Field(default=GivenBy.THE_PERSON, title="Given by")
    given_by_name: ShortText = Field(default="", title="Name of the person giving consent")
    competence_assessed: bool = Field(default=False, title="Competence assessed")


class LeftOut(Record):
    """A per-person exception: this person did not agree to this agency, or to this kind of
    information (for every agency they did agree to)."""

    member_id: str = Field(title="Person")
    agency: AgencyType | None = Field(default=None, title="Agency left out")
    category: InfoCategory | None = Field(default=None, title="Information left out")

    @model_validator(mode="after")
    def _one_thing(self) -> LeftOut:
        if (self.agency is None) == (self.category is None):
            raise ValueError("An exception leaves out one agency or one kind of information.")
        return self


class FamilyConsentForm(Record):
    """Consent given at one meeting by several people in a family: what they agreed in common,
    and what each person left out. ``records()`` is one ``ConsentRecord`` per person."""

    people: list[PersonAgreeing] = Field(min_length=1, title="People who agreed")
    method: ConsentMethod = Field(title="How consent was given")
    agencies: list[AgencyType] = Field(min_length=1, title="Agencies")
    purposes: list[Purpose] = Field(min_length=1, title="Purposes")
    categories: list[InfoCategory] = Field(min_length=1, title="Information")
    given_on: PastDate = Field(title="Date given")
    review_on: date | None = Field(default=None, title="Review or expiry date")
    lawful_basis: LawfulBasis = Field(default=LawfulBasis.PUBLIC_TASK, title="Lawful basis")
    notes: LongText = Field(default="", title="Notes")
    left_out: list[LeftOut] = Field(default_factory=list, title="Exceptions")

    @model_validator(mode="after")
    def _coherent(self) -> FamilyConsentForm:
        chosen = {p.member_id for p in self.people}
        if len(chosen) != len(self.people):
            raise ValueError("Each person can be listed once.")
        for exception in self.left_out:
            if exception.member_id not in chosen:
                raise ValueError("An exception is for someone who is not ticked as agreeing.")
        if self.review_on is not None and self.review_on <= self.given_on:
            raise ValueError("The review or expiry date must be after the date consent was given.")
        for person in self.people:
            if (
                person.given_by is GivenBy.COMPETENT_YOUNG_PERSON
                and not person.competence_assessed
            ):
                raise ValueError(
                    "A young person under 16 can consent for themselves only once their "
                    "competence to decide has been assessed; tick 'Competence assessed' or "
                    "record who has parental responsibility."
                )
            mine = [e for e in self.left_out if e.member_id == person.member_id]
            if set(self.agencies) <= {e.agency for e in mine} or set(self.categories) <= {
                e.category for e in mine
            }:
                raise ValueError(
                    "The exceptions leave nothing to share for one of the people: untick "
                    "them instead."
                )
        return self

    def records(self) -> list[ConsentRecord]:
        """One consent per person: the common agreement less their exceptions. Raises
        ValueError (in words) when a person would be left with nothing to share."""
        records = []
        for person in self.people:
            mine = [e for e in self.left_out if e.member_id == person.member_id]
            agencies = [a for a in self.agencies if a not in {e.agency for e in mine}]
            categories = [c for c in self.categories if c not in {e.category for e in mine}]
            records.append(
                ConsentRecord(
                    member_id=person.member_id,
                    given_by=person.given_by,
                    given_by_name=person.given_by_name,
                    competence_assessed=person.competence_assessed,
                    method=self.method,
                    agencies=agencies,
                    purposes=list(self.purposes),
                    categories=categories,
                    given_on=self.given_on,
                    review_on=self.review_on,
                    lawful_basis=self.lawful_basis,
                    notes=self.notes,
                )
            )
        return records


class SharingOverride(Record):
    """A decision to share without consent (for example to protect a child)."""

    id: RecordId
    member_id: str = Field(title="Person")
    agency: AgencyType = Field(title="Agency")
    agency_name: ShortText = Field(default="", title="Agency name")
    purpose: Purpose = Field(title="Purpose")
    categories: list[InfoCategory] = Field(min_length=1, title="Information")
    reason: RequiredText = Field(title="Reason for sharing without consent")
    lawful_basis: LawfulBasis = Field(title="Lawful basis")
    legal_gateway: ShortText = Field(default="", title="Legal gateway (e.g. Children Act 1989)")
    decided_by: RequiredText = Field(title="Decided by")
    decided_on: PastDate = Field(title="Date of decision")
    applies_until: date = Field(title="Applies until")

    @model_validator(mode="after")
    def _coherent(self) -> SharingOverride:
        if self.lawful_basis is LawfulBasis.CONSENT:
            raise ValueError("Sharing without consent needs a lawful basis other than consent.")
        if self.applies_until < self.decided_on:
            raise ValueError("An override cannot end before it was decided.")
        return self

    def applies(
        self, member_id: str, agency: AgencyType, purpose: Purpose, category: InfoCategory, on: date
    ) -> bool:
        return (
            self.member_id == member_id
            and self.agency is agency
            and self.purpose is purpose
            and category in self.categories
            and self.decided_on <= on <= self.applies_until
        )


class GateDecision(Record):
    member_id: str
    agency: AgencyType
    purpose: Purpose
    category: InfoCategory
    on: date
    outcome: GateOutcome
    reasons: list[str]
    consent_id: str | None = None
    override_id: str | None = None
    # Why consent in force did not allow it: what it leaves out ("agency", "purpose",
    # "category"), or "none" (nothing recorded) / "withdrawn" / "expired" / "not_started".
    why: list[str] = Field(default_factory=list)

    @property
    def allowed(self) -> bool:
        return self.outcome is not GateOutcome.DENY


def decide(
    member_id: str,
    agency: AgencyType,
    purpose: Purpose,
    category: InfoCategory,
    on: date,
    consents: Iterable[ConsentRecord],
    overrides: Iterable[SharingOverride] = (),
) -> GateDecision:
    """The consent gate's rule for one person, one agency, one purpose, one category, one day."""
    what = f"{category.label.lower()} for {purpose.label.lower()}"
    base = {
        "member_id": member_id,
        "agency": agency,
        "purpose": purpose,
        "category": category,
        "on": on,
    }
    reasons: list[str] = []
    why: list[str] = []
    mine = [c for c in consents if c.member_id == member_id]
    for consent in mine:
        if consent.covers(agency, purpose, category):
            state = consent.state_on(on)
            if consent.valid_on(on):
                return GateDecision(
                    **base,
                    outcome=GateOutcome.ALLOW,
                    consent_id=consent.id,
                    reasons=[
                        f"Consent given on {consent.given_on:%d/%m/%Y} covers {what} "
                        f"with this agency ({state.value.replace('_', ' ')})."
                    ],
                )
            reasons.append(_why_not_valid(consent, state))
            why.append({ConsentState.WITHDRAWN: "withdrawn", ConsentState.EXPIRED: "expired"}
                       .get(state, "not_started"))  # fmt: skip
    if not mine:
        reasons.append("No consent to share has been recorded for this person.")
        why.append("none")
    elif not reasons:
        # Consent is recorded but does not cover this: say what it leaves out (the closest
        # consent in force, else the latest), so that a purpose or agency mismatch is named.
        in_force = [c for c in mine if c.valid_on(on)] or mine
        closest = min(
            in_force,
            key=lambda c: (len(_missing(c, agency, purpose, category)), -c.given_on.toordinal()),
        )
        why = _missing(closest, agency, purpose, category)
        reasons.append(_not_covered(closest, why, agency, purpose, category))
    for override in overrides:
        if override.applies(member_id, agency, purpose, category, on):
            basis = override.lawful_basis.value.replace("_", " ")
            return GateDecision(
                **base,
                outcome=GateOutcome.ALLOW_BY_OVERRIDE,
                override_id=override.id,
                reasons=[
                    *reasons,
                    f"Shared without consent: decided by {override.decided_by} on "
                    f"{override.decided_on:%d/%m/%Y} ({basis}): {override.reason}",
                ],
            )
    return GateDecision(**base, outcome=GateOutcome.DENY, reasons=reasons, why=why)


def _missing(
    consent: ConsentRecord, agency: AgencyType, purpose: Purpose, category: InfoCategory
) -> list[str]:
    return [
        kind
        for kind, covered in (
            ("agency", agency in consent.agencies),
            ("purpose", purpose in consent.purposes),
            ("category", category in consent.categories),
        )
        if not covered
    ]


def _not_covered(
    consent: ConsentRecord,
    missing: list[str],
    agency: AgencyType,
    purpose: Purpose,
    category: InfoCategory,
) -> str:
    parts = []
    if "purpose" in missing:
        agreed = ", ".join(p.label.lower() for p in consent.purposes)
        parts.append(f"it was given for {agreed}, not for {purpose.label.lower()}")
    if "agency" in missing:
        parts.append(f"it does not include {agency.value.replace('_', ' ')} among the agencies")
    if "category" in missing:
        parts.append(f"it does not include {category.label.lower()}")
    return f"Consent given on {consent.given_on:%d/%m/%Y} does not cover this: " + (
        "; ".join(parts) + "."
    )


def _why_not_valid(consent: ConsentRecord, state: ConsentState) -> str:
    if state is ConsentState.WITHDRAWN and consent.withdrawal is not None:
        return f"Consent was withdrawn on {consent.withdrawal.on:%d/%m/%Y}."
    if state is ConsentState.EXPIRED and consent.review_on is not None:
        return f"Consent expired on {consent.review_on:%d/%m/%Y} and has not been renewed."
    return f"Consent only starts on {consent.given_on:%d/%m/%Y}."


def state_from_dates(
    given_on: date,
    review_on: date | None,
    withdrawn_on: date | None,
    on: date,
    soon_days: int = EXPIRING_SOON_DAYS,
) -> ConsentState:
    """A consent's state from its dates alone (lists use this without decrypting)."""
    if withdrawn_on is not None and withdrawn_on <= on:
        return ConsentState.WITHDRAWN
    if on < given_on:
        return ConsentState.NOT_YET_VALID
    if review_on is not None:
        if on >= review_on:
            return ConsentState.EXPIRED
        if on >= review_on - timedelta(days=soon_days):
            return ConsentState.EXPIRING_SOON
    return ConsentState.CURRENT


URGENCY = [
    ConsentState.WITHDRAWN,
    ConsentState.EXPIRED,
    ConsentState.EXPIRING_SOON,
    ConsentState.NOT_YET_VALID,
    ConsentState.CURRENT,
]


def family_consent_state(
    dated: Iterable[tuple[str, date, date | None, date | None]], on: date
) -> ConsentState | None:
    """The most urgent state of anyone's latest consent (None: none recorded). Kept for
    sorting and filtering; what people read is ``family_consent(...).text()``."""
    return family_consent(dated, 0, on).state


@dataclass(frozen=True, slots=True)
class FamilyConsent:
    """Consent to share across a family, honestly: how many of its people have consent in
    force, and how many have consent that is expiring, expired, withdrawn or not yet started.

    One person's consent says nothing about anyone else's, so a family where 1 of 6 people
    has consented must never read as "Current". The family file's header, the caseload, the
    team overview and the panel summary all show ``text()``.
    """

    people: int  # people in the family file (0 when not known)
    valid: int = 0  # latest consent in force (current or expiring soon)
    expiring: int = 0  # of those, ending within EXPIRING_SOON_DAYS
    expired: int = 0
    withdrawn: int = 0
    not_yet_valid: int = 0

    @property
    def recorded(self) -> int:
        """People with any consent recorded."""
        return self.valid + self.expired + self.withdrawn + self.not_yet_valid

    @property
    def state(self) -> ConsentState | None:
        """The most urgent state among the people with consent recorded (None: nobody)."""
        for state, count in (
            (ConsentState.WITHDRAWN, self.withdrawn),
            (ConsentState.EXPIRED, self.expired),
            (ConsentState.EXPIRING_SOON, self.expiring),
            (ConsentState.NOT_YET_VALID, self.not_yet_valid),
            (ConsentState.CURRENT, self.valid - self.expiring),
        ):
            if count:
                return state
        return None

    @property
    def everyone(self) -> bool:
        """Everyone in the family has consent in force."""
        return self.people > 0 and self.valid >= self.people

    @property
    def needs_attention(self) -> bool:
        return bool(self.withdrawn or self.expired or self.expiring)

    def sort_key(self) -> tuple[int, float]:
        """Most urgent first, then the smallest share of people with consent."""
        state = self.state
        urgency = URGENCY.index(state) if state is not None else len(URGENCY)
        share = self.valid / self.people if self.people else 0.0
        return (urgency if self.needs_attention else len(URGENCY), share)

    def text(self, short: bool = False) -> str:
        """'3 of 6 people', '6 of 6 people, 1 expiring soon', 'None recorded'. ``short``
        (lists): only the most urgent of the other states, and "…" when there are more."""
        if self.recorded == 0:
            return tr("consent", "None recorded")
        people = max(self.people, self.recorded)
        if people == 1:
            head = tr("consent", "{n} of 1 person").format(n=self.valid)
        else:
            head = tr("consent", "{n} of {people} people").format(n=self.valid, people=people)
        notes = [  # most urgent first
            text.format(n=count)
            for text, count in (
                (tr("consent", "{n} withdrawn"), self.withdrawn),
                (tr("consent", "{n} expired"), self.expired),
                (tr("consent", "{n} expiring soon"), self.expiring),
                (tr("consent", "{n} not started yet"), self.not_yet_valid),
            )
            if count
        ]
        if short and len(notes) > 1:
            notes = [notes[0] + "\N{HORIZONTAL ELLIPSIS}"]
        return ", ".join([head, *notes])

    def explanation(self) -> str:
        """A sentence for tooltips and the panel summary."""
        if self.recorded == 0:
            return tr("consent", "No consent to share has been recorded for anyone in the family.")
        return tr(
            "consent",
            "Consent to share is in force for {n} of the {people} people in the family file. "
            "Each person's consent covers only what they agreed to: open the Consent section "
            "for the details.",
        ).format(n=self.valid, people=max(self.people, self.recorded))


def family_consent(
    dated: Iterable[tuple[str, date, date | None, date | None]], people: int, on: date
) -> FamilyConsent:
    """The family's consent to share from each person's latest consent's dates alone (lists
    use this without decrypting). ``dated`` is (member id, given, review, withdrawn);
    ``people`` is how many people the family file holds."""
    latest: dict[str, tuple[date, date | None, date | None]] = {}
    for member_id, given_on, review_on, withdrawn_on in dated:
        if member_id not in latest or given_on >= latest[member_id][0]:
            latest[member_id] = (given_on, review_on, withdrawn_on)
    counts = dict.fromkeys(ConsentState, 0)
    for given_on, review_on, withdrawn_on in latest.values():
        counts[state_from_dates(given_on, review_on, withdrawn_on, on)] += 1
    return FamilyConsent(
        people=people,
        valid=counts[ConsentState.CURRENT] + counts[ConsentState.EXPIRING_SOON],
        expiring=counts[ConsentState.EXPIRING_SOON],
        expired=counts[ConsentState.EXPIRED],
        withdrawn=counts[ConsentState.WITHDRAWN],
        not_yet_valid=counts[ConsentState.NOT_YET_VALID],
    )
