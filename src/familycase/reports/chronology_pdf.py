"""A family's chronology as a PDF: the events the consent gate allowed for the recipient,
newest first, and a boxed WITHHELD notice counting the rest (never silently dropped)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Spacer, Table

from familycase.i18n import tr
from familycase.reports.pdf_common import MARGIN, PAGE, build_pdf, grid_style, withheld_box
from familycase.reports.pdf_common import paragraph as _p
from familycase.services import outputs
from familycase.services.clock import now
from familycase.services.timeline import ChronologyPrint, recipient_text, record_printed
from familycase.services.vault import UserSession


def _tr(text: str) -> str:
    return tr("chronology_pdf", text)


WITHHELD = "{n} event(s): the family has not agreed to share them with {agency}."


def chronology_pdf(printed: ChronologyPrint, produced_by: str) -> bytes:
    to = recipient_text(printed.recipient)
    produced = now()
    heading = _tr("Chronology {reference}").format(reference=printed.reference)
    if printed.family_name:
        heading += f": {printed.family_name}"
    wanted = printed.wanted
    scope = []
    if wanted.groups is not None:
        kinds = ", ".join(sorted(g.label.lower() for g in wanted.groups))
        scope.append(_tr("only {kinds}").format(kinds=kinds))
    if printed.person:
        scope.append(
            _tr("events about {person} and the whole family").format(person=printed.person)
        )
    elif wanted.member_id:
        scope.append(_tr("events about one person and the whole family"))
    if wanted.since or wanted.until:
        since = f"{wanted.since:%d/%m/%Y}" if wanted.since else _tr("the start")
        until = f"{wanted.until:%d/%m/%Y}" if wanted.until else _tr("today")
        scope.append(_tr("from {since} to {until}").format(since=since, until=until))
    if not wanted.all_contacts:
        scope.append(_tr("contacts marked significant"))
    intro = _tr("For {to}, purpose: {purpose}. Prepared by {who} on {date}. Newest first.").format(
        to=to,
        purpose=tr("Words", printed.purpose.label).lower(),
        who=produced_by,
        date=f"{produced:%d/%m/%Y}",
    )
    if scope:
        intro += " " + _tr("Showing {scope}.").format(scope="; ".join(scope))
    story: list[object] = [
        _p(heading, "title"),
        _p(intro),
        _p(
            _tr(
                "Only what the family agreed to share with this agency is shown. Withheld events "
                "are counted in a WITHHELD notice; ask the lead professional if more is needed."
            ),
            "note",
        ),
    ]
    if printed.withheld:
        agency = printed.recipient.name or to
        notice = _tr(WITHHELD).format(n=printed.withheld, agency=agency)
        story += [withheld_box(notice), Spacer(1, 6)]
    if printed.shown:
        width = PAGE[0] - 2 * MARGIN
        headers = (_tr("Date"), _tr("What happened"), _tr("Detail"), _tr("Who"))
        rows = [[_p(h, "small") for h in headers]]
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
        story.append(_p(_tr("No events to show.")))
    return build_pdf(
        story,
        title=_tr("Chronology {reference}").format(reference=printed.reference),
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
