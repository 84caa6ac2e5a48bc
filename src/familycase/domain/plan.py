"""The family plan (outcomes wanted, actions), its versions, and reviews / TAF meetings.

A family plan is "a documented action plan which is modified and monitored regularly": every
save makes a new numbered version and old versions are kept, so the plan as it stood at each
review can be seen. Outcomes say what the family wants to be different; actions say what will
be done, by whom (a person and an agency), by when, and how far it has got. Outcomes and
actions can point at the needs an assessment identified.

A review (or Team Around the Family meeting) records who came, from which agency, the progress
of each action, the decisions and the date of the next review.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator

from familycase.domain.enums import AgencyType
from familycase.domain.family import Record
from familycase.domain.instruments import OutcomeArea
from familycase.domain.types import LongText, Name, PastDate, RecordId, RequiredText, ShortText


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"  # no longer needed, or could not be done (say why in the note)

    @property
    def label(self) -> str:
        return {
            "not_started": "Not started",
            "in_progress": "In progress",
            "done": "Done",
            "stopped": "Stopped",
        }[self.value]

    @property
    def finished(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.STOPPED)


class NeedLink(Record):
    """A need written in an assessment (a strengths-and-needs answer) that this addresses."""

    assessment_id: str = Field(min_length=1, max_length=64)
    question_id: str = Field(min_length=1, max_length=60)
    member_id: str | None = None
    area: ShortText = Field(default="", title="Area")  # the question's text, for display


class PlanOutcome(Record):
    id: RecordId
    text: RequiredText = Field(title="What the family wants to be different")
    member_ids: list[str] = Field(default_factory=list, title="Who it is for")
    outcome_area: OutcomeArea | None = Field(default=None, title="Outcome area")
    needs: list[NeedLink] = Field(default_factory=list, title="Needs it addresses")
    achieved_on: PastDate | None = Field(default=None, title="Achieved on")


class PlanAction(Record):
    id: RecordId
    what: RequiredText = Field(title="What will be done")
    who: Name = Field(title="Who will do it")
    agency_type: AgencyType | None = Field(default=None, title="Agency (type)")
    agency_name: ShortText = Field(default="", title="Agency")
    by_when: date | None = Field(default=None, title="By when")
    status: ActionStatus = Field(default=ActionStatus.NOT_STARTED, title="Status")
    outcome_ids: list[str] = Field(default_factory=list, title="Outcomes it works towards")
    needs: list[NeedLink] = Field(default_factory=list, title="Needs it addresses")
    note: LongText = Field(default="", title="Progress note")

    def overdue_on(self, on: date) -> bool:
        return self.by_when is not None and self.by_when < on and not self.status.finished


class FamilyPlan(Record):
    """One version of the family plan (the content; the version number is the store's)."""

    outcomes: list[PlanOutcome] = Field(default_factory=list, title="Outcomes")
    actions: list[PlanAction] = Field(default_factory=list, title="Actions")
    based_on_assessment_id: str | None = Field(default=None, title="Based on the assessment")
    family_view: LongText = Field(default="", title="What the family says about the plan")
    change_note: ShortText = Field(default="", title="What changed in this version")

    @model_validator(mode="after")
    def _consistent(self) -> FamilyPlan:
        outcome_ids = [o.id for o in self.outcomes]
        action_ids = [a.id for a in self.actions]
        if len(set(outcome_ids)) != len(outcome_ids) or len(set(action_ids)) != len(action_ids):
            raise ValueError("Two outcomes or two actions have the same id.")
        known = set(outcome_ids)
        for action in self.actions:
            if not set(action.outcome_ids) <= known:
                raise ValueError(
                    f"The action '{action.what[:40]}' points at an outcome that is not in the plan."
                )
        return self

    def action(self, action_id: str) -> PlanAction:
        for action in self.actions:
            if action.id == action_id:
                return action
        raise KeyError(action_id)

    def overdue_actions(self, on: date) -> list[PlanAction]:
        return [a for a in self.actions if a.overdue_on(on)]

    def linked_assessment_ids(self) -> set[str]:
        links = [n for o in self.outcomes for n in o.needs] + [
            n for a in self.actions for n in a.needs
        ]
        return {link.assessment_id for link in links}


class ReviewKind(StrEnum):
    REVIEW = "review"  # the lead professional and the family
    TAF_MEETING = "taf_meeting"  # Team Around the Family meeting

    @property
    def label(self) -> str:
        return {"review": "Review", "taf_meeting": "TAF meeting"}[self.value]


class Attendee(Record):
    name: Name = Field(title="Name")
    role: ShortText = Field(default="", title="Role")
    member_id: str | None = Field(default=None, title="Family member")
    agency_type: AgencyType | None = Field(default=None, title="Agency (type)")
    agency_name: ShortText = Field(default="", title="Agency")
    attended: bool = Field(default=True, title="Attended")  # False: sent apologies / a report


class ActionProgress(Record):
    action_id: str = Field(min_length=1, max_length=64)
    status: ActionStatus = Field(title="Status")
    note: LongText = Field(default="", title="Progress")


class Review(Record):
    id: RecordId
    kind: ReviewKind = Field(default=ReviewKind.REVIEW, title="Kind of meeting")
    held_on: PastDate = Field(title="Date held")
    attendees: list[Attendee] = Field(min_length=1, title="Who came")
    plan_version: int | None = Field(default=None, ge=1, title="Plan version reviewed")
    progress: list[ActionProgress] = Field(default_factory=list, title="Progress on actions")
    decisions: LongText = Field(default="", title="Decisions")
    family_view: LongText = Field(default="", title="What the family said")
    notes: LongText = Field(default="", title="Notes")
    next_review_on: date | None = Field(default=None, title="Next review")
    recorded_by: ShortText = Field(default="", title="Recorded by")
    # Set when the review is recorded: the plan version its progress produced (if it changed).
    plan_version_after: int | None = Field(default=None, ge=1, title="Plan version after")

    @model_validator(mode="after")
    def _coherent(self) -> Review:
        if self.next_review_on is not None and self.next_review_on <= self.held_on:
            raise ValueError("The next review must be after this one.")
        ids = [p.action_id for p in self.progress]
        if len(set(ids)) != len(ids):
            raise ValueError("An action's progress is recorded twice.")
        if not any(a.attended for a in self.attendees):
            raise ValueError("Record at least one person who attended.")
        return self

    def agencies_present(self) -> list[str]:
        """The agencies that attended, for the minutes (family members are not agencies)."""
        seen: list[str] = []
        for attendee in self.attendees:
            if not attendee.attended or attendee.agency_type is None:
                continue
            name = attendee.agency_name or attendee.agency_type.value.replace("_", " ")
            if name not in seen:
                seen.append(name)
        return seen


def apply_progress(plan: FamilyPlan, progress: Iterable[ActionProgress], note: str) -> FamilyPlan:
    """The plan with each action's status (and note, when given) updated from a review."""
    by_id = {p.action_id: p for p in progress}
    unknown = set(by_id) - {a.id for a in plan.actions}
    if unknown:
        raise ValueError("Progress was recorded for an action that is not in the plan reviewed.")
    actions = []
    for action in plan.actions:
        update = by_id.get(action.id)
        if update is None:
            actions.append(action)
            continue
        actions.append(
            action.model_copy(update={"status": update.status, "note": update.note or action.note})
        )
    return FamilyPlan.model_validate(
        {**plan.model_dump(), "actions": [a.model_dump() for a in actions], "change_note": note}
    )


def plan_changed(before: FamilyPlan, after: FamilyPlan) -> bool:
    return before.model_dump(exclude={"change_note"}) != after.model_dump(exclude={"change_note"})
