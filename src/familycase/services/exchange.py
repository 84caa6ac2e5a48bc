"""Laptop-to-team sync: exporting summary bundles, and (team side) importing them.

A key worker exports summaries of the families they lead as one bundle, signed by them and
encrypted to their team's leaders and managers, into a folder (shared drive, removable media).
Each summary passes the consent gate (purpose: monitoring and reporting, recipient: the early
help team) before it carries the family's name.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

from familycase.domain.consent import FamilyConsent, InfoCategory, Purpose, family_consent
from familycase.domain.enums import AgencyType, Role
from familycase.exchange.bundle import seal_bundle
from familycase.exchange.summary import Bundle, FamilySummary
from familycase.services import consent as consent_service
from familycase.services import families, manifest, outputs, summaries
from familycase.services.audit import Action, AuditEvent
from familycase.services.caseload import ACTIVE_STATUSES, CaseloadRow, CaseloadView, caseload
from familycase.services.clock import today
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
    """One family's summary (``familycase.summary/2``, as the reporting layer keeps it), with
    its name only where the consent gate allows it for monitoring by the team, and its outcome
    readings only where it allows outcomes; what is withheld is said."""
    with us.read() as s:
        values = manifest.family_values(s, [row.family_id])[row.family_id]
        summary = summaries.build(s, us, values, (), None)
    members = summary.member_ids
    withheld: list[str] = []
    name: str | None = row.family_name
    updates: dict[str, object] = {}
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
        if not all(result.allowed(m, InfoCategory.OUTCOMES) for m in members):
            updates["outcome_readings"] = []
            withheld.append(
                "Outcome readings withheld: consent to share outcomes with the "
                "team for monitoring has not been given for everyone."
            )
    else:
        name = None
    return summary.model_copy(
        update={"family_name": name, "withheld": withheld, "revision": revision, **updates}
    )


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
    """Never leave half a bundle behind, and readable by its owner only (0600)."""
    folder.mkdir(parents=True, exist_ok=True)
    return outputs.write_private(folder / name, data)


def family_consent_of(summary: FamilySummary, on: date | None = None) -> FamilyConsent | None:
    """A summary's consent to share as the domain's family aggregate, from the consent windows
    it carries (None: no consent recorded for anyone)."""
    windows = summary.consent.windows
    if not windows:
        return None
    return family_consent(
        [(w.member_id, w.given_on, w.review_on, w.withdrawn_on) for w in windows],
        summary.member_count,
        on or today(),
    )
