"""Reflective supervision (pure): a team leader and a worker meet, discuss some of the worker's
families, reflect on each and agree actions with an owner and a date, and set the next session.

What is said about a family is sealed to that family (services/supervision.py); the session
itself (who met whom, when, the next date) is not case data.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from familycase.domain.family import Record
from familycase.domain.types import LongText, PastDate, RequiredText, ShortText

MAX_FAMILIES = 30
MAX_ACTIONS = 20


class ActionAgreed(Record):
    """An action agreed about one family: what, whose (a worker who can open the family), by
    when."""

    what: RequiredText = Field(max_length=1000, title="Action")
    owner_id: str = Field(min_length=1, title="Whose action")
    due_on: date | None = Field(default=None, title="By when")


class FamilyDiscussion(Record):
    family_id: str = Field(min_length=1)
    reflection: RequiredText = Field(title="Reflection")
    actions: list[ActionAgreed] = Field(default_factory=list, max_length=MAX_ACTIONS)


class SupervisionRecord(Record):
    """A session as the team leader records it."""

    worker_id: str = Field(min_length=1, title="Worker")
    held_on: PastDate = Field(title="Date of supervision")
    next_on: date | None = Field(default=None, title="Next supervision")
    families: list[FamilyDiscussion] = Field(
        default_factory=list, max_length=MAX_FAMILIES, title="Families discussed"
    )

    @model_validator(mode="after")
    def _coherent(self) -> SupervisionRecord:
        if self.next_on is not None and self.next_on <= self.held_on:
            raise ValueError("The next supervision must be after this one.")
        ids = [f.family_id for f in self.families]
        if len(set(ids)) != len(ids):
            raise ValueError("Each family is discussed once in a session.")
        for discussion in self.families:
            for action in discussion.actions:
                if action.due_on is not None and action.due_on < self.held_on:
                    raise ValueError("An action cannot be due before the supervision it came from.")
        return self


class SupervisionNote(Record):
    """One family's part of a session (sealed to the family)."""

    worker_id: str
    worker_name: ShortText = ""
    supervisor_name: ShortText = ""
    reflection: RequiredText


class SupervisionAction(Record):
    """An action's words and what became of it (sealed to the family)."""

    what: RequiredText
    owner_name: ShortText = ""
    agreed_on: date
    done_note: LongText = Field(default="", title="What was done")
    done_by_name: ShortText = ""
