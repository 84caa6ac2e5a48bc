"""Laptop-to-team sync: exporting summary bundles, and (team side) importing them.

A key worker exports summaries of the families they lead as one bundle, signed by them and
encrypted to their team's leaders and managers, into a folder (shared drive, removable media).
Each summary passes the consent gate (purpose: monitoring and reporting, recipient: the early
help team) before it carries the family's name.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from familycase.domain.consent import FamilyConsent, InfoCategory, Purpose
from familycase.domain.enums import AgencyType, Role
from familycase.exchange.bundle import seal_bundle
from familycase.exchange.summary import Bundle, ConsentCounts, FamilySummary, OutcomeArea
from familycase.services import assessments, families
from familycase.services import consent as consent_service
from familycase.services.audit import Action, AuditEvent
from familycase.services.caseload import ACTIVE_STATUSES, CaseloadRow, CaseloadView, caseload
from familycase.services.errors import InvalidRequest
from familycase.services.vault import UserSession, new_id
from familycase.store.schema import VaultMeta

BUNDLE_SUFFIX = ".fcbundle"
TEAM = consent_service.Recipient(agency_type=AgencyType.EARLY_HELP, name="Early help team")


def _vault_id(us: UserSession) -> str:
    with us.read() as s:
        row = s.get(VaultMeta, "vault_id")
        assert row is not None
        return row.value


def team_recipients(us: UserSession) -> dict[str, bytes]:
    """Who can read this worker's bundles: their team's active leaders and managers."""
    return {
        user.id: user.agreement_public
        for user in us.staff.active_users([Role.TEAM_LEADER, Role.MANAGER], us.worker.team_id)
    }


def build_summary(us: UserSession, row: CaseloadRow, revision: int) -> FamilySummary:
    """One family's summary: its name and outcome readings only where the consent gate allows
    them for monitoring by the team; what is withheld is said."""
    view = families.open_family(us, row.family_id)
    members = [m.id for m in view.file.members]
    withheld: list[str] = []
    name: str | None = row.family_name
    readings: list[OutcomeArea] = []
    if members:
        result = consent_service.consent_gate(
            us,
            row.family_id,
            TEAM,
            Purpose.MONITORING_AND_REPORTING,
            [(m, c) for m in members for c in (InfoCategory.BASIC_DETAILS, InfoCategory.OUTCOMES)],
            channel="bundle",
            description="Family summary for the team's caseload dashboard",
        )
        if not all(result.allowed(m, InfoCategory.BASIC_DETAILS) for m in members):
            name = None
            withheld.append(
                "Family name withheld: consent to share basic details with the "
                "team for monitoring has not been given for everyone."
            )
        if all(result.allowed(m, InfoCategory.OUTCOMES) for m in members):
            readings = _readings(us, row.family_id)
        else:
            withheld.append(
                "Outcome readings withheld: consent to share outcomes with the "
                "team for monitoring has not been given for everyone."
            )
    return FamilySummary(
        family_id=row.family_id,
        reference=row.reference,
        revision=revision,
        family_name=name,
        withheld=withheld,
        status=row.status.value,
        tier=int(row.tier) if row.tier else None,
        team_id=row.team_id,
        lead_worker_id=row.lead_worker_id,
        lead_worker_name=row.lead_name,
        opened_on=view.episodes[-1].opened_on if view.episodes else None,
        next_review_due=row.next_review_due,
        last_contact_on=row.last_contact_on,
        member_count=row.member_count,
        consent_state=row.consent_state.value if row.consent_state else None,
        consent=_consent_counts(row.consent),
        outcome_readings=readings,
    )


def _readings(us: UserSession, family_id: str) -> list[OutcomeArea]:
    history = assessments.outcome_history(us, family_id)
    first, latest = history.first, history.latest
    if latest is None or first is None:
        return []
    result = []
    for area in latest.scores:
        before = first.score(area.key)
        result.append(
            OutcomeArea(area=area.label, first=before.score if before else None, latest=area.score)
        )
    return result


def export_summaries(us: UserSession, folder: Path) -> Path:
    """Write one signed, encrypted bundle of the summaries of every family this worker leads."""
    recipients = team_recipients(us)
    if not recipients:
        raise InvalidRequest("Your team has no team leader or manager to send summaries to.")
    rows = caseload(us, CaseloadView.MINE, statuses=[*ACTIVE_STATUSES])
    revisions = families.revisions(us, [r.family_id for r in rows])
    summaries = [build_summary(us, row, revisions[row.family_id]) for row in rows]
    with us.write() as s:
        key = f"bundle_sequence:{us.worker.id}"
        counter = s.get(VaultMeta, key)
        if counter is None:
            counter = VaultMeta(key=key, value="0")
            s.add(counter)
        # Never lower than a clock in milliseconds: a laptop copy made from an older vault
        # (whose counter is behind) still sends bundles the team has not seen the like of.
        sequence = max(int(counter.value) + 1, int(time.time() * 1000))
        counter.value = str(sequence)
        bundle = Bundle(
            bundle_id=new_id(),
            vault_id=_vault_id(us),
            sender_id=us.worker.id,
            sender_name=us.worker.display_name,
            created_at=datetime.now(UTC),
            sequence=sequence,
            summaries=summaries,
        )
        data = seal_bundle(bundle, us.ring.signing, recipients)
        name = (
            f"familycase-{us.worker.username}-{bundle.created_at:%Y%m%dT%H%M%S}-"
            f"{sequence:05d}{BUNDLE_SUFFIX}"
        )
        target = _write_atomically(folder, name, data)
        us.audit(
            s,
            AuditEvent(
                Action.EXPORT,
                "bundle",
                bundle.bundle_id,
                {"families": len(summaries), "sequence": sequence},
            ),
        )
    return target


def _write_atomically(folder: Path, name: str, data: bytes) -> Path:
    """Never leave half a bundle behind: write beside the target, flush, then rename."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".partial-", suffix=BUNDLE_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        target = folder / name
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _consent_counts(consent: FamilyConsent | None) -> ConsentCounts | None:
    if consent is None or consent.recorded == 0:
        return None
    return ConsentCounts(
        people=consent.people,
        in_force=consent.valid,
        expiring_soon=consent.expiring,
        expired=consent.expired,
        withdrawn=consent.withdrawn,
        not_yet_valid=consent.not_yet_valid,
    )


def family_consent_of(summary: FamilySummary) -> FamilyConsent | None:
    """A summary's consent counts as the domain's aggregate (None: none recorded, or a summary
    from before the counts were carried)."""
    counts = summary.consent
    if counts is None:
        return None
    return FamilyConsent(
        people=counts.people,
        valid=counts.in_force,
        expiring=counts.expiring_soon,
        expired=counts.expired,
        withdrawn=counts.withdrawn,
        not_yet_valid=counts.not_yet_valid,
    )
