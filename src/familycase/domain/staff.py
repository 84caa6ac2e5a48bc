"""Workers and teams."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from familycase.domain.enums import Role

Username = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        to_lower=True,
        min_length=2,
        max_length=64,
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
    ),
]


class Team(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str = Field(min_length=1, max_length=100, title="Team name")


class Worker(BaseModel):
    """A member of staff who can sign in. Not case data: staff names are stored in plaintext."""

    model_config = ConfigDict(frozen=True)

    id: str
    username: Username = Field(title="User name")
    display_name: str = Field(min_length=1, max_length=100, title="Name")
    role: Role = Field(title="Role")
    team_id: str | None = None
    active: bool = True

    @property
    def can_allocate(self) -> bool:
        return self.role is Role.TEAM_LEADER

    @property
    def can_hold_cases(self) -> bool:
        return self.role in (Role.KEY_WORKER, Role.TEAM_LEADER)

    @property
    def can_manage_users(self) -> bool:
        return self.role is Role.ADMINISTRATOR

    @property
    def reads_audit(self) -> bool:
        return self.role in (Role.TEAM_LEADER, Role.ADMINISTRATOR)
