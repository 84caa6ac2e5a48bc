"""Management oversight on one family's file, in one read (the family file's Oversight
section): its requests for a team leader's approval and their decisions, its follow-up checks
after closure, and the supervision discussions of it with their actions."""

from __future__ import annotations

from dataclasses import dataclass

from familycase.domain.enums import Role
from familycase.domain.settings import ApprovalKind
from familycase.services import approvals, follow_ups, supervision
from familycase.services.approvals import ApprovalView
from familycase.services.follow_ups import FollowUpView
from familycase.services.supervision import DiscussionView
from familycase.services.vault import UserSession


@dataclass(frozen=True)
class OversightRecord:
    requests: list[ApprovalView]
    follow_ups: list[FollowUpView]
    supervision: list[DiscussionView]
    reserved: frozenset[ApprovalKind]
    decides: bool  # this worker is a team leader (approves, returns, records supervision)
    worker_id: str


def family_record(us: UserSession, family_id: str) -> OversightRecord:
    return OversightRecord(
        approvals.for_family(us, family_id),
        follow_ups.follow_ups(us, family_id),
        supervision.for_family(us, family_id),
        approvals.reserved(us),
        us.worker.role is Role.TEAM_LEADER,
        us.worker.id,
    )
