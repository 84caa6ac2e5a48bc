"""A family's chronology as a PDF: the events the consent gate allowed for the recipient,
newest first, and a boxed WITHHELD notice counting the rest (never silently dropped)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Spacer, Table

from familycase.reports.pdf_common import MARGIN, PAGE, build_pdf, grid_style, withheld_box
from familycase.reports.pdf_common import paragraph as _p
from familycase.services import outputs
from familycase.services.clock import now
from familycase.services.referrals import recipient_text
from familycase.services.timeline import ChronologyPrint, record_printed
from familycase.services.vault import UserSession

WITHHELD = "{n} event(s): the family has not agreed to share them with {agency}."


def chronology_pdf(printed: ChronologyPrint, produced_by: str) -> bytes:
    to = recipient_text(printed.recipient)
    produced = now()
    heading = f"Chronology {printed.reference}"
    if printed.family_name:
        heading += f": {printed.family_name}"
    wanted = printed.wanted
    scope = []
    if wanted.groups is not None:
        scope.append("only " + ", ".join(sorted(g.label.lower() for g in wanted.groups)))
    if printed.person:
        scope.append(f"events about {printed.person} and the whole family")
    elif wanted.member_id:
        scope.append("events about one person and the whole family")
    if wanted.since or wanted.until:
        since = f"{wanted.since:%d/%m/%Y}" if wanted.since else "the start"
        until = f"{wanted.until:%d/%m/%Y}" if wanted.until else "today"
        scope.append(f"from {since} to {until}")
    if not wanted.all_contacts:
        scope.append("contacts marked significant")
    story: list[object] = [
        _p(heading, "title"),
        _p(
            f"For {to}, purpose: {printed.purpose.label.lower()}. Prepared by {produced_by} "
            f"on {produced:%d/%m/%Y}. Newest first."
            + (f" Showing {'; '.join(scope)}." if scope else "")
        ),
        _p(
            "Only what the family agreed to share with this agency is shown. Withheld events "
            "are counted in a WITHHELD notice; ask the lead professional if more is needed.",
            "note",
        ),
    ]
    if printed.withheld:
        agency = printed.recipient.name or to
        story += [withheld_box(WITHHELD.format(n=printed.withheld, agency=agency)), Spacer(1, 6)]
    if printed.shown:
        width = PAGE[0] - 2 * MARGIN
        rows = [[_p(h, "small") for h in ("Date", "What happened", "Detail", "Who")]]
        rows += [
            [
                _p(f"{e.on:%d/%m/%Y}", "small"),
                _p(e.title, "small"),
                _p(e.detail, "small"),
                _p(e.who, "small"),
            ]
            for e in printed.shown
        ]
        table = Table(rows, colWidths=[w * width for w in (0.12, 0.3, 0.4, 0.18)], repeatRows=1)
        table.setStyle(grid_style(header="#d9d9d9", grid="#7f7f7f"))
        story.append(table)
    else:
        story.append(_p("No events to show."))
    return build_pdf(
        story,
        title=f"Chronology {printed.reference}",
        author="FamilyCase",
        marked_for=to,
        produced=produced,
    )


def write_chronology(us: UserSession, printed: ChronologyPrint, target: Path) -> Path:
    """The registered output ``chronology_pdf``: the PDF written whole and owner-only, then the
    gate's decisions in the share log (with their audit entry)."""
    written = outputs.write_private(target, chronology_pdf(printed, us.worker.display_name))
    record_printed(us, printed)
    return written
