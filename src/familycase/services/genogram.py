"""The family tree (genogram) from the recorded people and relationships: on screen for those
who hold the family's key, and printed for an agency through the consent gate (the registered
output ``genogram_pdf``: each person is drawn only where the family agreed to share their basic
details with that agency, or a recorded decision allows it; the rest are drawn as "Withheld"
and counted, never left out silently). Panel summaries carry the same drawing
(services/panel.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from familycase.domain.consent import GateDecision, InfoCategory, Purpose
from familycase.domain.family import Member, Relationship
from familycase.domain.genogram import Genogram, layout
from familycase.services import consent, families
from familycase.services.clock import now, today
from familycase.services.consent import Recipient
from familycase.services.vault import UserSession


def family_tree(us: UserSession, family_id: str) -> Genogram:
    """The whole tree, for someone who may open the family file (its opening is audited)."""
    view = families.open_family(us, family_id)
    return layout(view.file.members, view.file.relationships, on=today())


def gated_tree(
    members: list[Member], relationships: list[Relationship], decisions: list[GateDecision]
) -> tuple[Genogram, int]:
    """The tree with only the people whose basic details the gate allowed, and how many were
    withheld."""
    allowed = {
        d.member_id for d in decisions if d.allowed and d.category is InfoCategory.BASIC_DETAILS
    }
    shown = [m.id for m in members if m.id in allowed]
    return layout(members, relationships, shown, today()), len(members) - len(shown)


@dataclass(frozen=True)
class GenogramPrint:
    family_id: str
    reference: str
    family_name: str | None  # only when everyone's basic details may be shared
    recipient: Recipient
    purpose: Purpose
    genogram: Genogram
    withheld: int
    decisions: list[GateDecision] = field(default_factory=list)
    prepared_at: datetime = field(default_factory=now)


def prepare_print(
    us: UserSession,
    family_id: str,
    recipient: Recipient,
    purpose: Purpose = Purpose.ASSESSMENT_AND_PLANNING,
) -> GenogramPrint:
    """Check each person with the consent gate for ``recipient``; nothing is logged yet
    (``record_printed`` once the file exists)."""
    view = families.open_family(us, family_id)
    members = view.file.members
    items = [(m.id, InfoCategory.BASIC_DETAILS) for m in members]
    decisions = consent.check(us, family_id, recipient, purpose, items) if items else []
    tree, withheld = gated_tree(members, view.file.relationships, decisions)
    return GenogramPrint(
        family_id=family_id,
        reference=view.file.reference,
        family_name=view.file.details.family_name if withheld == 0 else None,
        recipient=recipient,
        purpose=purpose,
        genogram=tree,
        withheld=withheld,
        decisions=decisions,
    )


def record_printed(us: UserSession, printed: GenogramPrint, channel: str = "print") -> str:
    """Once the PDF exists: the gate's decisions go into the share log (with an audit entry)."""
    shown = len(printed.genogram.people) - printed.withheld
    return consent.log_share(
        us,
        printed.family_id,
        printed.recipient,
        printed.purpose,
        printed.decisions,
        channel,
        f"Family tree ({shown} people, {printed.withheld} withheld)",
    )
