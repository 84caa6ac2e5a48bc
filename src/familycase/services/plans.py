"""The family plan and its versions, reviews and TAF meetings, and the review rhythm.

Every save of a plan adds a version (older versions are kept and can be opened), so the plan as
it stood at each review is on record. Recording a review stores who came (by agency), progress
per action, decisions and the next review date; progress that changes the plan makes a new plan
version. The family's ``next_review_due`` (the date caseloads show and count as overdue) is
then set from the review's decision, or from the review rhythm.

The rhythm (``domain.review_rhythm``) is a vault setting. ``refresh_next_review_due`` applies
it: until the first outcome reading is taken, the first-reading date counts; after that, the
next review is the date agreed at the last review, or ``review_weeks`` after it (or after the
start of the work when there has been no review).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familycase.domain.enums import FamilyStatus, Role
from familycase.domain.errors import validated
from familycase.domain.instruments import InstrumentKind
from familycase.domain.plan import FamilyPlan, Review, apply_progress, plan_changed
from familycase.domain.review_rhythm import (
    ReviewRhythm,
    RhythmState,
    closure_problems,
    review_due_after,
    rhythm_state,
)
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import InvalidRequest, PermissionDenied, UnknownRecord
from familycase.services.records import family_row, member_ids, seal, touch, unseal_row
from familycase.services.vault import UserSession, Vault, new_id
from familycase.store.schema import (
    AssessmentRow,
    EpisodeRow,
    FamilyPlanRow,
    FamilyRow,
    LeadAllocationRow,
    ReviewRow,
    UserRow,
    VaultMeta,
)

RHYTHM_KEY = "review_rhythm"
READING_STATUSES = ("complete", "signed_off")


# --- the rhythm ---------------------------------------------------------------------------------


def review_rhythm(vault: Vault) -> ReviewRhythm:
    """The vault's rhythm (the defaults until someone changes it)."""
    with Session(vault.engine) as s:
        return _rhythm(s)


def _rhythm(s: Session) -> ReviewRhythm:
    row = s.get(VaultMeta, RHYTHM_KEY)
    return ReviewRhythm.model_validate_json(row.value) if row else ReviewRhythm()


def set_review_rhythm(us: UserSession, rhythm: ReviewRhythm) -> None:
    if us.worker.role not in (Role.TEAM_LEADER, Role.ADMINISTRATOR):
        raise PermissionDenied("Only a team leader or an administrator can change the rhythm.")
    rhythm = validated(ReviewRhythm, rhythm.model_dump())
    with us.write() as s:
        row = s.get(VaultMeta, RHYTHM_KEY)
        if row is None:
            s.add(VaultMeta(key=RHYTHM_KEY, value=rhythm.model_dump_json()))
        else:
            row.value = rhythm.model_dump_json()
        us.audit(s, AuditEvent(Action.EDIT, "vault", None, {"review_rhythm": rhythm.model_dump()}))


def _open_episode(s: Session, family_id: str) -> EpisodeRow | None:
    return s.scalar(
        select(EpisodeRow)
        .where(EpisodeRow.family_id == family_id, EpisodeRow.closed_on.is_(None))
        .order_by(EpisodeRow.opened_on.desc())
    )


def work_started_on(s: Session, family: FamilyRow) -> date:
    """The start of the current work: the first lead allocation in the open episode, or the
    day the episode opened when nobody has been allocated yet."""
    episode = _open_episode(s, family.id)
    opened = episode.opened_on if episode else (family.opened_on or family.created_at.date())
    allocated = s.scalar(
        select(func.min(LeadAllocationRow.started_on)).where(
            LeadAllocationRow.family_id == family.id, LeadAllocationRow.started_on >= opened
        )
    )
    return allocated or opened


def _rhythm_state(s: Session, family: FamilyRow, rhythm: ReviewRhythm) -> RhythmState:
    started = work_started_on(s, family)
    episode = _open_episode(s, family.id)
    since = episode.opened_on if episode else started
    readings = s.scalars(
        select(AssessmentRow.assessed_on).where(
            AssessmentRow.family_id == family.id,
            AssessmentRow.kind == InstrumentKind.OUTCOME_MEASURE.value,
            AssessmentRow.status.in_(READING_STATUSES),
            AssessmentRow.assessed_on >= since,
        )
    ).all()
    reviews = s.execute(
        select(ReviewRow.held_on, ReviewRow.next_review_on)
        .where(ReviewRow.family_id == family.id, ReviewRow.held_on >= since)
        .order_by(ReviewRow.held_on, ReviewRow.recorded_at)
    ).all()
    agreed = reviews[-1].next_review_on if reviews else None
    return rhythm_state(started, readings, [r.held_on for r in reviews], rhythm, agreed)


def refresh_next_review_due(s: Session, family: FamilyRow) -> date | None:
    """Set the family's next review date from the rhythm (inside the caller's transaction).
    A closed family has none."""
    if family.status == FamilyStatus.CLOSED.value:
        family.next_review_due = None
        return None
    family.next_review_due = _rhythm_state(s, family, _rhythm(s)).next_due
    return family.next_review_due


def apply_review_rhythm(us: UserSession, family_id: str) -> date | None:
    """Recalculate the next review date from the rhythm (for example after allocation)."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        due = refresh_next_review_due(s, family)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.EDIT,
                "family",
                family_id,
                {"next_review": due.isoformat() if due else None, "by": "review_rhythm"},
            ),
        )
    return due


def rhythm_for_family(us: UserSession, family_id: str) -> RhythmState:
    """What is due for a family (first reading, next review, readings short of closure)."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        return _rhythm_state(s, family, _rhythm(s))


def closure_readiness(us: UserSession, family_id: str) -> list[str]:
    """Reasons, in plain English, why closing now would break the rhythm (empty: ready)."""
    state = rhythm_for_family(us, family_id)
    return closure_problems(state.readings, review_rhythm(us.vault))


# --- the plan -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanVersionView:
    id: str
    version: int
    made_at: datetime
    made_by: str  # worker's display name
    plan: FamilyPlan


def _worker_names(s: Session) -> dict[str, str]:
    return {user_id: name for user_id, name in s.execute(select(UserRow.id, UserRow.display_name))}


def _plan_view(
    us: UserSession, row: FamilyPlanRow, reference: str, names: dict[str, str]
) -> PlanVersionView:
    plan = unseal_row(us, FamilyPlan, row, reference)
    return PlanVersionView(row.id, row.version, row.made_at, names.get(row.made_by, ""), plan)


def _check_links(s: Session, family_id: str, plan: FamilyPlan) -> None:
    members = member_ids(s, family_id)
    for outcome in plan.outcomes:
        if not set(outcome.member_ids) <= members:
            raise InvalidRequest("An outcome is for someone who is not in this family file.")
    wanted = plan.linked_assessment_ids() | (
        {plan.based_on_assessment_id} if plan.based_on_assessment_id else set()
    )
    if wanted:
        found = set(
            s.scalars(
                select(AssessmentRow.id).where(
                    AssessmentRow.family_id == family_id, AssessmentRow.id.in_(wanted)
                )
            )
        )
        if found != wanted:
            raise InvalidRequest(
                "The plan refers to an assessment that is not in this family file."
            )


def _add_version(us: UserSession, s: Session, family: FamilyRow, plan: FamilyPlan) -> int:
    latest = s.scalar(
        select(func.max(FamilyPlanRow.version)).where(FamilyPlanRow.family_id == family.id)
    )
    version = (latest or 0) + 1
    plan_id = new_id()
    s.add(
        FamilyPlanRow(
            id=plan_id,
            family_id=family.id,
            version=version,
            made_at=now(),
            made_by=us.worker.id,
            payload_ct=seal(us, plan, "family_plans", "payload_ct", plan_id, family.id),
        )
    )
    us.audit(
        s,
        AuditEvent(
            Action.CREATE, "family_plan", plan_id, {"family": family.id, "version": version}
        ),
    )
    return version


def save_plan(us: UserSession, family_id: str, plan: FamilyPlan) -> PlanVersionView:
    """Save the plan as a new version (the previous versions stay as they were)."""
    us.family_key(family_id)
    plan = validated(FamilyPlan, plan.model_dump())
    with us.write() as s:
        family = family_row(s, family_id)
        if family.status == FamilyStatus.CLOSED.value:
            raise InvalidRequest("This family's episode is closed; the plan can no longer change.")
        _check_links(s, family_id, plan)
        version = _add_version(us, s, family, plan)
        touch(family)
        s.flush()
        row = s.scalar(
            select(FamilyPlanRow).where(
                FamilyPlanRow.family_id == family_id, FamilyPlanRow.version == version
            )
        )
        assert row is not None
        return _plan_view(us, row, family.reference, {us.worker.id: us.worker.display_name})


def plan_versions(us: UserSession, family_id: str) -> list[PlanVersionView]:
    """Every version of the family plan, oldest first."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        names = _worker_names(s)
        rows = s.scalars(
            select(FamilyPlanRow)
            .where(FamilyPlanRow.family_id == family_id)
            .order_by(FamilyPlanRow.version)
        ).all()
        return [_plan_view(us, row, family.reference, names) for row in rows]


def plan_version(us: UserSession, family_id: str, version: int) -> PlanVersionView:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        row = s.scalar(
            select(FamilyPlanRow).where(
                FamilyPlanRow.family_id == family_id, FamilyPlanRow.version == version
            )
        )
        if row is None:
            raise UnknownRecord(f"This family has no plan version {version}.")
        return _plan_view(us, row, family.reference, _worker_names(s))


def current_plan(us: UserSession, family_id: str) -> PlanVersionView | None:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        row = s.scalar(
            select(FamilyPlanRow)
            .where(FamilyPlanRow.family_id == family_id)
            .order_by(FamilyPlanRow.version.desc())
            .limit(1)
        )
        return None if row is None else _plan_view(us, row, family.reference, _worker_names(s))


# --- reviews ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewView:
    id: str
    review: Review
    recorded_at: datetime
    recorded_by_id: str
    next_review_due: date | None = None  # the family's next review date after recording


def record_review(us: UserSession, family_id: str, review: Review) -> ReviewView:
    """Record a review or TAF meeting. Progress on actions updates the plan (a new version
    when anything changed); the family's next review date comes from the meeting's decision,
    or from the rhythm."""
    us.family_key(family_id)
    review = validated(Review, review.model_dump())
    with us.write() as s:
        family = family_row(s, family_id)
        if family.status == FamilyStatus.CLOSED.value:
            raise InvalidRequest("This family's episode is closed; reviews cannot be added.")
        members = member_ids(s, family_id)
        if any(a.member_id is not None and a.member_id not in members for a in review.attendees):
            raise InvalidRequest("An attendee is marked as a family member not in this file.")
        plan_row = _plan_row_for(s, family_id, review.plan_version)
        after = None
        if plan_row is None:
            if review.progress:
                raise InvalidRequest("There is no family plan yet, so there are no actions.")
        else:
            plan = unseal_row(us, FamilyPlan, plan_row, family.reference)
            try:
                updated = apply_progress(
                    plan,
                    review.progress,
                    f"Progress recorded at the review on {review.held_on:%d/%m/%Y}",
                )
            except ValueError as exc:
                raise InvalidRequest(str(exc)) from None
            if plan_changed(plan, updated):
                after = _add_version(us, s, family, updated)
        review = review.model_copy(
            update={
                "plan_version": plan_row.version if plan_row else None,
                "plan_version_after": after,
                "recorded_by": us.worker.display_name,
            }
        )
        recorded_at = now()
        s.add(
            ReviewRow(
                id=review.id,
                family_id=family_id,
                kind=review.kind.value,
                held_on=review.held_on,
                next_review_on=review.next_review_on,
                plan_version=review.plan_version,
                recorded_by=us.worker.id,
                recorded_at=recorded_at,
                payload_ct=seal(us, review, "reviews", "payload_ct", review.id, family_id),
            )
        )
        s.flush()
        due = refresh_next_review_due(s, family)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.CREATE,
                "review",
                review.id,
                {
                    "family": family_id,
                    "kind": review.kind.value,
                    "plan_version_after": after,
                    "next_review": due.isoformat() if due else None,
                },
            ),
        )
    return ReviewView(review.id, review, recorded_at, us.worker.id, due)


def _plan_row_for(s: Session, family_id: str, version: int | None) -> FamilyPlanRow | None:
    query = select(FamilyPlanRow).where(FamilyPlanRow.family_id == family_id)
    if version is not None:
        row = s.scalar(query.where(FamilyPlanRow.version == version))
        if row is None:
            raise InvalidRequest(f"This family has no plan version {version}.")
        return row
    return s.scalar(query.order_by(FamilyPlanRow.version.desc()).limit(1))


def reviews(us: UserSession, family_id: str) -> list[ReviewView]:
    """Every review and TAF meeting, oldest first."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        rows = s.scalars(
            select(ReviewRow)
            .where(ReviewRow.family_id == family_id)
            .order_by(ReviewRow.held_on, ReviewRow.recorded_at)
        ).all()
        return [
            ReviewView(
                row.id,
                unseal_row(us, Review, row, family.reference),
                row.recorded_at,
                row.recorded_by,
            )
            for row in rows
        ]


def review_dates(us: UserSession, family_id: str) -> list[date]:
    """Plaintext dates only (no decryption), for a timeline or a count."""
    us.family_key(family_id)
    with us.read() as s:
        return list(
            s.scalars(
                select(ReviewRow.held_on)
                .where(ReviewRow.family_id == family_id)
                .order_by(ReviewRow.held_on)
            )
        )


def default_review_date(us: UserSession, family_id: str, held_on: date | None = None) -> date:
    """The date to offer as 'next review' when recording a review held on ``held_on``."""
    us.family_key(family_id)
    return review_due_after(held_on or today(), review_rhythm(us.vault))
