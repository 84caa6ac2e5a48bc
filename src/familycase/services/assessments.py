"""Assessments and outcome readings: start, save a draft, complete, sign off, open.

Instruments come from ``forms/`` (shipped) and from ``<vault>/forms/`` (a service's own or
licensed instruments). The first time a version of an instrument is used, its definition is
copied into the vault (``instrument_definitions``); an assessment always opens with the copy of
the version it was made with, checked against the digest kept inside its encrypted payload.
A form file edited in place without a new version number is refused, not silently mixed in.

Status: a draft can be saved as often as needed (answers are checked for type, not for
completeness); completing checks every required question; a team leader signs off a complete
assessment, or returns it to draft with a reason. Completing an outcome reading moves the
family's next review date on (see ``services.plans``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from platformdirs import user_config_path
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from familycase.domain.assessment import (
    AreaChange,
    Assessment,
    AssessmentStatus,
    Contributor,
    ContributorKind,
    DistanceSummary,
    IdentifiedNeed,
    OutcomeReading,
    PersonGroup,
    StageChange,
    StatusChange,
    Subject,
    check_answers,
    distance_travelled,
    identified_needs,
    ordered,
    reading_from,
    stage_changes,
    summarise,
)
from familycase.domain.enums import HouseholdRole, Role
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.family import Member
from familycase.domain.instruments import (
    FAMILY_PROGRESS_MEASURE,
    About,
    InstrumentDefinition,
    InstrumentError,
    InstrumentKind,
    InstrumentLibrary,
    InstrumentProblem,
    load_folder,
    parse_definition,
    shipped_definitions,
)
from familycase.domain.settings import Jurisdiction
from familycase.services import plans
from familycase.services.audit import Action, AuditEvent
from familycase.services.clock import now, today
from familycase.services.errors import (
    ConcurrentChange,
    InvalidRequest,
    PermissionDenied,
    TamperedData,
    UnknownRecord,
)
from familycase.services.records import family_row, seal, touch, unseal, unseal_row
from familycase.services.vault import UserSession, Vault
from familycase.store.schema import AssessmentRow, FamilyRow, InstrumentDefinitionRow, MemberRow

FORMS_FOLDER = "forms"  # inside the vault folder: the service's own instruments
RESERVED_PREFIX = "familycase."  # ids of the instruments shipped with FamilyCase
CHILD_ROLES = (HouseholdRole.CHILD, HouseholdRole.UNBORN_CHILD)
READING_STATUSES = (AssessmentStatus.COMPLETE, AssessmentStatus.SIGNED_OFF)


# --- instruments --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _shipped() -> tuple[InstrumentDefinition, ...]:
    return tuple(shipped_definitions())


FORMS_DIR_ENV = "FAMILYCASE_FORMS_DIR"


def forms_folder(vault: Vault) -> Path:
    """The service's own forms: ``FAMILYCASE_FORMS_DIR`` where set (on a team server, a shared
    folder every worker's computer reads); else the vault folder's ``forms``; for a team
    server without it, the forms folder in this computer's FamilyCase settings."""
    override = os.environ.get(FORMS_DIR_ENV)
    if override:
        return Path(override)
    if vault.is_server:
        return user_config_path("FamilyCase", appauthor=False) / FORMS_FOLDER
    return Path(vault.location) / FORMS_FOLDER


def instrument_library(vault: Vault, extra_folders: Sequence[Path] = ()) -> InstrumentLibrary:
    """The shipped instruments plus the vault's own (``<vault>/forms/*.json``) and any
    ``extra_folders``. A local file that fails to load, uses the reserved ``familycase.``
    prefix, or changes a version that already exists is listed in ``library.errors`` and
    left out; the rest stay usable."""
    library = InstrumentLibrary(_shipped())
    for folder in [forms_folder(vault), *extra_folders]:
        report = load_folder(folder)
        library.errors.extend(report.errors)
        for path, definition in report.loaded:
            if definition.id.startswith(RESERVED_PREFIX):
                library.errors.append(
                    InstrumentError(
                        str(path),
                        [
                            InstrumentProblem(
                                "id",
                                f'ids starting "{RESERVED_PREFIX}" belong to the forms shipped '
                                "with FamilyCase; give your form your service's own id",
                            )
                        ],
                    )
                )
                continue
            try:
                library.add(definition, str(path))
            except InstrumentError as exc:
                library.errors.append(exc)
    return library


@dataclass(frozen=True)
class InstrumentChoice:
    """An instrument offered when starting an assessment (its latest version)."""

    id: str
    version: int
    title: str
    kind: InstrumentKind
    about: About
    description: str


def available_instruments(
    vault: Vault, extra_folders: Sequence[Path] = (), jurisdiction: Jurisdiction | None = None
) -> tuple[list[InstrumentChoice], list[InstrumentError]]:
    """The latest version of each form (only those for ``jurisdiction``, when given), and the
    local files that could not be used."""
    library = instrument_library(vault, extra_folders)
    choices = [
        InstrumentChoice(d.id, d.version, d.title, d.kind, d.about, d.description)
        for d in library.latest_of_each()
        if jurisdiction is None or d.offered_in(jurisdiction)
    ]
    return choices, library.errors


def instruments_offered(
    us: UserSession, extra_folders: Sequence[Path] = ()
) -> tuple[list[InstrumentChoice], list[InstrumentError]]:
    """The forms offered in this organisation: its jurisdiction (signed settings) chooses."""
    return available_instruments(us.vault, extra_folders, org_jurisdiction(us))


def org_jurisdiction(us: UserSession) -> Jurisdiction:
    with us.read():
        return us.staff.settings.jurisdiction


def _store_definition(s: Session, definition: InstrumentDefinition) -> None:
    """Keep a copy of this version in the vault the first time it is used."""
    row = s.get(InstrumentDefinitionRow, definition.key)
    if row is None:
        values = {
            "key": definition.key,
            "instrument_id": definition.id,
            "version": definition.version,
            "kind": definition.kind.value,
            "title": definition.title,
            "digest": definition.digest(),
            "definition": definition.canonical_json(),
            "stored_at": now(),
        }
        if s.get_bind().dialect.name == "postgresql":
            # Two workers may use a new form version for the first time at the same moment:
            # the second finds it stored (and checks it below), never a clash.
            s.execute(pg_insert(InstrumentDefinitionRow).values(values).on_conflict_do_nothing())
            row = s.get(InstrumentDefinitionRow, definition.key, populate_existing=True)
        else:
            s.add(InstrumentDefinitionRow(**values))
            s.flush()
    if row is not None and row.digest != definition.digest():
        raise InvalidRequest(
            f'The form "{definition.title}" version {definition.version} has been changed since '
            "it was first used in this vault. A changed form needs a new version number; ask "
            "whoever looks after your forms to fix the file."
        )


_parsed: dict[tuple[str, str], InstrumentDefinition] = {}


def _stored_definition(s: Session, key: str, digest: str, reference: str) -> InstrumentDefinition:
    """The vault's copy of an instrument version, checked against the assessment's digest."""
    cached = _parsed.get((key, digest))
    if cached is not None:
        return cached
    row = s.get(InstrumentDefinitionRow, key)
    if row is None:
        raise TamperedData(
            f"Family {reference}: the form an assessment was made with ({key}) is missing "
            "from the vault. Ask an administrator to run 'familycase verify'."
        )
    definition = parse_definition(row.definition, f"vault copy of {key}")
    if definition.digest() != digest or row.digest != digest:
        raise TamperedData(
            f"Family {reference}: the stored copy of the form {key} does not match the one the "
            "assessment was made with; it may have been altered. Nothing was changed. Ask an "
            "administrator to run 'familycase verify'."
        )
    _parsed[(key, digest)] = definition
    return definition


# --- reading and writing ------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentView:
    """An assessment with the definition of the instrument version it was made with."""

    assessment: Assessment
    definition: InstrumentDefinition
    revision: int
    created_by: str
    updated_at: datetime
    names: dict[str, str] = field(default_factory=dict)  # member id -> name, for labels

    @property
    def id(self) -> str:
        return self.assessment.id

    @property
    def title(self) -> str:
        return self.definition.title


@dataclass(frozen=True)
class AssessmentListItem:
    """One line of a family's list of assessments: plaintext columns only."""

    id: str
    instrument_key: str
    title: str
    kind: InstrumentKind
    status: AssessmentStatus
    assessed_on: date
    completed_on: date | None
    signed_off_on: date | None


def _members(us: UserSession, s: Session, family: FamilyRow) -> list[Member]:
    return [
        unseal(us, Member, blob, "members", "payload_ct", member_id, family.id, family.reference)
        for member_id, blob in s.execute(
            select(MemberRow.id, MemberRow.payload_ct)
            .where(MemberRow.family_id == family.id)
            .order_by(MemberRow.position)
        )
    ]


def person_group(member: Member) -> PersonGroup:
    """Child or adult, for sections that repeat per person (unborn children count as children)."""
    return PersonGroup.CHILD if member.household_role in CHILD_ROLES else PersonGroup.ADULT


def member_names(members: Sequence[Member]) -> dict[str, str]:
    """How forms name people: the name they are known by, or their first name(s)."""
    return {m.id: m.known_as or m.given_names for m in members}


def _row(s: Session, family_id: str, assessment_id: str) -> AssessmentRow:
    row = s.get(AssessmentRow, assessment_id)
    if row is None or row.family_id != family_id:
        raise UnknownRecord("That assessment is not in this family file.")
    return row


def _read(
    us: UserSession, s: Session, family: FamilyRow, row: AssessmentRow
) -> tuple[Assessment, InstrumentDefinition]:
    assessment = unseal_row(us, Assessment, row, family.reference)
    if assessment.instrument_key != row.instrument_key:
        raise TamperedData(
            f"Family {family.reference}: an assessment's form does not match its record. "
            "Ask an administrator to run 'familycase verify'."
        )
    definition = _stored_definition(
        s, row.instrument_key, assessment.instrument_digest, family.reference
    )
    return assessment, definition


def _write(us: UserSession, row: AssessmentRow, assessment: Assessment, family_id: str) -> None:
    row.payload_ct = seal(us, assessment, "assessments", "payload_ct", row.id, family_id)
    row.status = assessment.status.value
    row.assessed_on = assessment.assessed_on
    row.completed_on = assessment.completed_on
    row.signed_off_on = assessment.signed_off_on
    row.updated_at = now()
    row.revision = (row.revision or 0) + 1


def _check(
    definition: InstrumentDefinition,
    assessment: Assessment,
    names: dict[str, str],
    *,
    for_completion: bool,
) -> None:
    problems = check_answers(definition, assessment, for_completion=for_completion, names=names)
    if problems:
        raise DomainValidationError(problems)


def _status_change(us: UserSession, status: AssessmentStatus, note: str = "") -> StatusChange:
    return StatusChange(
        status=status, at=now(), by_id=us.worker.id, by_name=us.worker.display_name, note=note
    )


def _write_status(
    us: UserSession,
    s: Session,
    family: FamilyRow,
    row: AssessmentRow,
    definition: InstrumentDefinition,
    assessment: Assessment,
    detail: dict[str, str],
) -> None:
    """Store a status change (completed, signed off, back to draft) and audit it. An outcome
    measure's readings changed, so the family's next review date may move."""
    _write(us, row, assessment, family.id)
    s.flush()
    if definition.kind is InstrumentKind.OUTCOME_MEASURE:
        plans.refresh_next_review_due(s, family)
    touch(family)
    us.audit(s, AuditEvent(Action.EDIT, "assessment", row.id, {"family": family.id, **detail}))


def start_assessment(
    us: UserSession,
    family_id: str,
    instrument_id: str,
    member_ids: Sequence[str] | None = None,
    assessed_on: date | None = None,
    version: int | None = None,
    contributors: Sequence[Contributor] | None = None,
    extra_folders: Sequence[Path] = (),
) -> AssessmentView:
    """Start a draft with the latest version of an instrument (or ``version``).

    ``member_ids``: who it is about. For a family instrument the default is everyone who lives
    in the household; a form about one child or adult needs exactly one person."""
    us.family_key(family_id)
    library = instrument_library(us.vault, extra_folders)
    try:
        definition = (
            library.get(instrument_id, version)
            if version is not None
            else library.latest(instrument_id)
        )
    except KeyError:
        raise UnknownRecord("There is no such form (or no such version of it).") from None
    jurisdiction = org_jurisdiction(us)
    if not definition.offered_in(jurisdiction):
        where = ", ".join(j.label for j in definition.jurisdictions)
        raise InvalidRequest(
            f'"{definition.title}" is written for {where}; this organisation works in '
            f"{jurisdiction.label} (an administrator sets this in the organisation settings)."
        )
    with us.write() as s:
        family = family_row(s, family_id)
        members = _members(us, s, family)
        by_id = {m.id: m for m in members}
        if member_ids is None:
            if definition.about is not About.FAMILY:
                raise InvalidRequest(f'Choose the person "{definition.title}" is about.')
            member_ids = [m.id for m in members if m.lives_in_household]
        unknown = [m for m in member_ids if m not in by_id]
        if unknown:
            raise InvalidRequest("An assessment can only be about people in this family file.")
        _store_definition(s, definition)
        assessment = validated(
            Assessment,
            {
                "instrument_id": definition.id,
                "instrument_version": definition.version,
                "instrument_digest": definition.digest(),
                "assessed_on": assessed_on or today(),
                "subjects": [
                    Subject(member_id=m, group=person_group(by_id[m])).model_dump()
                    for m in member_ids
                ],
                "contributors": [
                    c.model_dump()
                    for c in (
                        contributors
                        if contributors is not None
                        else [Contributor(kind=ContributorKind.WORKER, name=us.worker.display_name)]
                    )
                ],
                "history": [_status_change(us, AssessmentStatus.DRAFT, "Started").model_dump()],
            },
        )
        names = member_names(members)
        _check(definition, assessment, names, for_completion=False)
        row = AssessmentRow(
            id=assessment.id,
            family_id=family_id,
            instrument_key=definition.key,
            kind=definition.kind.value,
            created_by=us.worker.id,
            revision=0,
        )
        _write(us, row, assessment, family_id)
        s.add(row)
        touch(family)
        us.audit(
            s,
            AuditEvent(
                Action.CREATE,
                "assessment",
                assessment.id,
                {"family": family_id, "instrument": definition.key},
            ),
        )
    return AssessmentView(assessment, definition, row.revision, us.worker.id, row.updated_at, names)


def _editable_update(stored: Assessment, incoming: Assessment) -> Assessment:
    """What a draft save may change: the answers, who it is about, who contributed, the date.
    The instrument, status, sign-off and history stay as stored."""
    if incoming.id != stored.id:
        raise InvalidRequest("That is a different assessment.")
    return validated(
        Assessment,
        {
            **stored.model_dump(),
            "answers": [a.model_dump() for a in incoming.answers],
            "subjects": [x.model_dump() for x in incoming.subjects],
            "contributors": [c.model_dump() for c in incoming.contributors],
            "assessed_on": incoming.assessed_on,
        },
    )


def save_draft(
    us: UserSession,
    family_id: str,
    assessment: Assessment,
    expected_revision: int | None = None,
) -> AssessmentView:
    """Save a draft's answers. ``expected_revision`` (from the view that was edited) stops a
    save over someone else's newer one."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = _row(s, family_id, assessment.id)
        if expected_revision is not None and row.revision != expected_revision:
            raise ConcurrentChange(
                "Someone else saved this assessment since you opened it; open it again to see "
                "their changes."
            )
        stored, definition = _read(us, s, family, row)
        if not stored.editable:
            raise InvalidRequest(
                "This assessment is no longer a draft; a team leader can return it to draft."
            )
        updated = _editable_update(stored, assessment)
        members = _members(us, s, family)
        _check_subjects_in_family(updated, members)
        names = member_names(members)
        _check(definition, updated, names, for_completion=False)
        _write(us, row, updated, family_id)
        touch(family)
        us.audit(
            s,
            AuditEvent(Action.EDIT, "assessment", row.id, {"family": family_id, "change": "draft"}),
        )
    return AssessmentView(updated, definition, row.revision, row.created_by, row.updated_at, names)


def _check_subjects_in_family(assessment: Assessment, members: Sequence[Member]) -> None:
    groups = {m.id: person_group(m) for m in members}
    for subject in assessment.subjects:
        if groups.get(subject.member_id) is not subject.group:
            raise InvalidRequest("An assessment can only be about people in this family file.")


def complete_assessment(
    us: UserSession,
    family_id: str,
    assessment_id: str,
    latest: Assessment | None = None,
    expected_revision: int | None = None,
) -> AssessmentView:
    """Mark a draft complete (saving ``latest`` first, in the same transaction, if given).
    Every required question must be answered. An outcome reading moves the next review on."""
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = _row(s, family_id, assessment_id)
        if expected_revision is not None and row.revision != expected_revision:
            raise ConcurrentChange(
                "Someone else saved this assessment since you opened it; open it again."
            )
        stored, definition = _read(us, s, family, row)
        if not stored.editable:
            raise InvalidRequest("Only a draft can be completed.")
        members = _members(us, s, family)
        names = member_names(members)
        current = _editable_update(stored, latest) if latest is not None else stored
        _check_subjects_in_family(current, members)
        _check(definition, current, names, for_completion=True)
        done = validated(
            Assessment,
            {
                **current.model_dump(),
                "status": AssessmentStatus.COMPLETE,
                "completed_on": today(),
                "history": [
                    *(h.model_dump() for h in current.history),
                    _status_change(us, AssessmentStatus.COMPLETE).model_dump(),
                ],
            },
        )
        _write_status(us, s, family, row, definition, done, {"change": "completed"})
    return AssessmentView(done, definition, row.revision, row.created_by, row.updated_at, names)


def sign_off(us: UserSession, family_id: str, assessment_id: str, note: str = "") -> AssessmentView:
    """A team leader signs off a complete assessment."""
    if us.worker.role is not Role.TEAM_LEADER:
        raise PermissionDenied("Only a team leader can sign off an assessment.")
    return _change_status(
        us, family_id, assessment_id, AssessmentStatus.COMPLETE, AssessmentStatus.SIGNED_OFF, note
    )


def return_to_draft(
    us: UserSession, family_id: str, assessment_id: str, reason: str
) -> AssessmentView:
    """A team leader sends a complete (not yet signed off) assessment back for more work."""
    if us.worker.role is not Role.TEAM_LEADER:
        raise PermissionDenied("Only a team leader can return an assessment to draft.")
    if not reason.strip():
        raise InvalidRequest("Say why the assessment is going back to draft.")
    return _change_status(
        us, family_id, assessment_id, AssessmentStatus.COMPLETE, AssessmentStatus.DRAFT, reason
    )


def _change_status(
    us: UserSession,
    family_id: str,
    assessment_id: str,
    expected: AssessmentStatus,
    to: AssessmentStatus,
    note: str,
) -> AssessmentView:
    us.family_key(family_id)
    with us.write() as s:
        family = family_row(s, family_id)
        row = _row(s, family_id, assessment_id)
        stored, definition = _read(us, s, family, row)
        if stored.status is not expected:
            verb = "signed off" if to is AssessmentStatus.SIGNED_OFF else "returned to draft"
            raise InvalidRequest(
                f"This assessment is {stored.status.label.lower()}; only a "
                f"{expected.label.lower()} one can be {verb}."
            )
        update: dict[str, object] = {
            "status": to,
            "history": [
                *(h.model_dump() for h in stored.history),
                _status_change(us, to, note).model_dump(),
            ],
        }
        if to is AssessmentStatus.SIGNED_OFF:
            update |= {"signed_off_on": today(), "signed_off_by": us.worker.display_name}
        else:
            update |= {"completed_on": None}
        changed = validated(Assessment, {**stored.model_dump(), **update})
        _write_status(us, s, family, row, definition, changed, {"change": to.value, "note": note})
        names = member_names(_members(us, s, family))
    return AssessmentView(changed, definition, row.revision, row.created_by, row.updated_at, names)


def open_assessment(us: UserSession, family_id: str, assessment_id: str) -> AssessmentView:
    """Decrypt one assessment, with the instrument version it was made with."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        row = _row(s, family_id, assessment_id)
        assessment, definition = _read(us, s, family, row)
        names = member_names(_members(us, s, family))
        view = AssessmentView(
            assessment, definition, row.revision, row.created_by, row.updated_at, names
        )
    with us.write() as s:
        us.audit(s, AuditEvent(Action.VIEW, "assessment", assessment_id, {"family": family_id}))
    return view


def list_assessments(us: UserSession, family_id: str) -> list[AssessmentListItem]:
    """A family's assessments and readings, newest first (plaintext columns only)."""
    us.family_key(family_id)
    with us.read() as s:
        family_row(s, family_id)
        rows = s.execute(
            select(AssessmentRow, InstrumentDefinitionRow.title)
            .join(
                InstrumentDefinitionRow, InstrumentDefinitionRow.key == AssessmentRow.instrument_key
            )
            .where(AssessmentRow.family_id == family_id)
            .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.updated_at.desc())
        ).all()
    return [
        AssessmentListItem(
            row.id,
            row.instrument_key,
            title,
            InstrumentKind(row.kind),
            AssessmentStatus(row.status),
            row.assessed_on,
            row.completed_on,
            row.signed_off_on,
        )
        for row, title in rows
    ]


def needs_identified(us: UserSession, family_id: str, assessment_id: str) -> list[IdentifiedNeed]:
    """The needs an assessment identified, for linking the family plan's outcomes and actions."""
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        assessment, definition = _read(us, s, family, _row(s, family_id, assessment_id))
    return identified_needs(definition, assessment)


# --- outcome readings ---------------------------------------------------------------------------


def family_readings(
    us: UserSession,
    s: Session,
    family: FamilyRow,
    instrument_id: str,
    since: date | None = None,
    until: date | None = None,
) -> tuple[list[OutcomeReading], list[InstrumentDefinition]]:
    """Completed (and signed-off) readings of one instrument for one family, oldest first,
    with the definitions they were made with (inside the caller's read)."""
    query = (
        select(AssessmentRow)
        .join(InstrumentDefinitionRow, InstrumentDefinitionRow.key == AssessmentRow.instrument_key)
        .where(
            AssessmentRow.family_id == family.id,
            InstrumentDefinitionRow.instrument_id == instrument_id,
            AssessmentRow.status.in_([s_.value for s_ in READING_STATUSES]),
        )
        .order_by(AssessmentRow.assessed_on, AssessmentRow.updated_at)
    )
    if since is not None:
        query = query.where(AssessmentRow.assessed_on >= since)
    if until is not None:
        query = query.where(AssessmentRow.assessed_on <= until)
    readings, definitions = [], []
    for row in s.scalars(query):
        assessment, definition = _read(us, s, family, row)
        readings.append(reading_from(definition, assessment))
        definitions.append(definition)
    return readings, definitions


@dataclass(frozen=True)
class OutcomeHistory:
    """A family's readings of one outcome measure, and what changed between the first and the
    latest (or any pair chosen with ``compare``)."""

    instrument_id: str
    title: str
    definition: InstrumentDefinition | None  # the newest version used (for labels and stages)
    readings: list[OutcomeReading]
    stage_changes: list[StageChange]

    @property
    def first(self) -> OutcomeReading | None:
        return self.readings[0] if self.readings else None

    @property
    def latest(self) -> OutcomeReading | None:
        return self.readings[-1] if self.readings else None

    def reading(self, assessment_id: str) -> OutcomeReading:
        for reading in self.readings:
            if reading.assessment_id == assessment_id:
                return reading
        raise KeyError(assessment_id)

    def compare(self, first_id: str, latest_id: str) -> list[AreaChange]:
        return distance_travelled(self.reading(first_id), self.reading(latest_id))

    @property
    def distance(self) -> list[AreaChange]:
        """First reading against the latest; empty until there are two."""
        if len(self.readings) < 2:
            return []
        return distance_travelled(self.readings[0], self.readings[-1])

    @property
    def summary(self) -> DistanceSummary:
        return summarise(self.distance)


def outcome_history(
    us: UserSession, family_id: str, instrument_id: str = FAMILY_PROGRESS_MEASURE
) -> OutcomeHistory:
    us.family_key(family_id)
    with us.read() as s:
        family = family_row(s, family_id)
        readings, definitions = family_readings(us, s, family, instrument_id)
    with us.write() as s:
        us.audit(
            s,
            AuditEvent(
                Action.VIEW,
                "outcome_history",
                None,
                {"family": family_id, "instrument": instrument_id},
            ),
        )
    newest = max(definitions, key=lambda d: d.version) if definitions else None
    title = newest.title if newest else instrument_id
    readings = ordered(readings)
    return OutcomeHistory(instrument_id, title, newest, readings, stage_changes(readings))
