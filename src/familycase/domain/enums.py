"""The fixed vocabularies of early-help work, in the words practitioners use."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Role(StrEnum):
    KEY_WORKER = "key_worker"
    TEAM_LEADER = "team_leader"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Tier(IntEnum):
    """Continuum of need: 1 universal ... 4 complex / statutory."""

    UNIVERSAL = 1
    EARLY_HELP = 2
    TARGETED = 3
    COMPLEX = 4


class FamilyStatus(StrEnum):
    REFERRED = "referred"  # referral received, no decision or no lead professional yet
    OPEN = "open"
    STEPPED_UP = "stepped_up"  # now held by statutory social care; early help may support
    CLOSED = "closed"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    OTHER = "other"
    NOT_KNOWN = "not_known"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"


class HouseholdRole(StrEnum):
    PARENT = "parent"
    STEP_PARENT = "step_parent"
    CARER = "carer"
    GRANDPARENT = "grandparent"
    CHILD = "child"
    UNBORN_CHILD = "unborn_child"
    OTHER_ADULT = "other_adult"
    WIDER_FAMILY = "wider_family"  # does not live in the household


class RelationshipKind(StrEnum):
    PARENT_OF = "parent_of"
    STEP_PARENT_OF = "step_parent_of"
    GRANDPARENT_OF = "grandparent_of"
    CARER_OF = "carer_of"
    SIBLING_OF = "sibling_of"
    HALF_SIBLING_OF = "half_sibling_of"
    PARTNER_OF = "partner_of"
    EX_PARTNER_OF = "ex_partner_of"
    OTHER = "other"


class AgencyType(StrEnum):
    SCHOOL = "school"
    EARLY_YEARS = "early_years"
    HEALTH = "health"
    POLICE = "police"
    HOUSING = "housing"
    SOCIAL_CARE = "social_care"
    EARLY_HELP = "early_help"
    YOUTH_JUSTICE = "youth_justice"
    ADULT_SERVICES = "adult_services"
    EMPLOYMENT = "employment"
    VOLUNTARY_SECTOR = "voluntary_sector"
    SELF_REFERRAL = "self_referral"
    OTHER = "other"


class ReferralDecision(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    SIGNPOSTED = "signposted"
    NO_FURTHER_ACTION = "no_further_action"
    STEPPED_UP = "stepped_up"


class TierChangeKind(StrEnum):
    INITIAL = "initial"
    STEP_UP = "step_up"
    STEP_DOWN = "step_down"


class ClosureReason(StrEnum):
    OUTCOMES_ACHIEVED = "outcomes_achieved"
    STEPPED_UP = "stepped_up"
    STEPPED_DOWN_TO_UNIVERSAL = "stepped_down_to_universal"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    DISENGAGED = "disengaged"
    MOVED_AWAY = "moved_away"
    OTHER = "other"


class ContactKind(StrEnum):
    HOME_VISIT = "home_visit"
    JOINT_VISIT = "joint_visit"
    OFFICE_VISIT = "office_visit"
    SCHOOL_VISIT = "school_visit"
    TAF_MEETING = "taf_meeting"
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MESSAGE = "message"
    NO_ACCESS_VISIT = "no_access_visit"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"taf_meeting": "TAF meeting", "message": "Text, email or letter"}.get(
            self.value, self.value.replace("_", " ").capitalize()
        )
