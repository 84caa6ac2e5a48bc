"""``familycase chronology REF``: every significant event in a family's file, newest first;
``--pdf FILE`` prints it for an agency through the consent gate. ``familycase event add``
records a significant event by hand (an exclusion, an incident, a hospital stay)."""

from __future__ import annotations

import argparse
from pathlib import Path

from familycase.cli.context import (
    Handler,
    Subparsers,
    UsageError,
    day,
    note_leaves_the_vault,
    person_named,
    signed_in,
)
from familycase.domain.consent import InfoCategory, Purpose
from familycase.domain.enums import AgencyType


def register(commands: Subparsers) -> None:
    from familycase.services.timeline import EventGroup

    chrono = commands.add_parser("chronology", help="a family's chronology (or print it to PDF)")
    chrono.add_argument("reference", help="the family file, e.g. FC-000123")
    chrono.add_argument(
        "--kind",
        action="append",
        choices=[g.value for g in EventGroup],
        help="only these kinds of event (repeatable)",
    )
    chrono.add_argument("--person", help="one person's events (and the whole family's)")
    chrono.add_argument("--since", type=day, metavar="YYYY-MM-DD")
    chrono.add_argument("--until", type=day, metavar="YYYY-MM-DD")
    chrono.add_argument(
        "--all-contacts", action="store_true", help="every contact, not only significant ones"
    )
    chrono.add_argument("--pdf", type=Path, metavar="FILE", help="print it to a PDF for --agency")
    chrono.add_argument(
        "--agency",
        choices=[a.value for a in AgencyType],
        help="the type of agency the PDF is for (the consent gate decides by it)",
    )
    chrono.add_argument("--agency-name", default="")
    chrono.add_argument(
        "--purpose",
        default=Purpose.ASSESSMENT_AND_PLANNING.value,
        choices=[p.value for p in Purpose],
    )

    event = commands.add_parser("event", help="record a significant event for the chronology")
    what = event.add_subparsers(dest="event_command", required=True)
    add = what.add_parser("add", help="an exclusion, an incident, a hospital stay...")
    add.add_argument("reference")
    add.add_argument("--title", required=True, help="what happened, in a few words")
    add.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--detail", default="")
    add.add_argument("--person", action="append", default=[], help="who it is about (repeatable)")
    add.add_argument(
        "--category",
        default=InfoCategory.ASSESSMENT_AND_PLAN.value,
        choices=[c.value for c in InfoCategory],
        help="type of information, for the consent gate when it is printed",
    )


def cmd_chronology(args: argparse.Namespace) -> int:
    from familycase.reports.chronology_pdf import write_chronology
    from familycase.services import families, timeline
    from familycase.services.consent import Recipient
    from familycase.services.timeline import ChronologyFilter, EventGroup

    if args.pdf is not None and args.agency is None:
        raise UsageError("say who the PDF is for with --agency")
    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        member_id = None
        if args.person:
            members = families.open_family(session, family_id).file.members
            member_id = person_named(members, args.person, args.reference).id
        wanted = ChronologyFilter(
            groups=frozenset(EventGroup(k) for k in args.kind) if args.kind else None,
            member_id=member_id,
            since=args.since,
            until=args.until,
            all_contacts=args.all_contacts,
        )
        if args.pdf is not None:
            recipient = Recipient(agency_type=AgencyType(args.agency), name=args.agency_name)
            printed = timeline.prepare_print(
                session, family_id, recipient, Purpose(args.purpose), wanted
            )
            write_chronology(session, printed, args.pdf)
            print(
                f"Wrote the chronology of {printed.reference} to {args.pdf}: "
                f"{len(printed.shown)} events, {printed.withheld} withheld for lack of consent."
            )
            note_leaves_the_vault(args.pdf)
            return 0
        found = timeline.chronology(session, family_id)
    events = found.filtered(wanted)
    for event in events:
        print(f"{event.on:%d/%m/%Y}  {event.title}" + (f"  [{event.who}]" if event.who else ""))
        for line in event.detail.splitlines():
            print(f"            {line}")
    print(f"{len(events)} events")
    return 0


def cmd_event(args: argparse.Namespace) -> int:
    from familycase.domain.chronology import ChronologyEntry, EntryKind
    from familycase.domain.errors import validated
    from familycase.services import chronology_log, families
    from familycase.services.clock import today

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        members = families.open_family(session, family_id).file.members
        entry = validated(
            ChronologyEntry,
            {
                "kind": EntryKind.SIGNIFICANT_EVENT,
                "on": args.on or today(),
                "title": args.title,
                "detail": args.detail,
                "member_ids": [person_named(members, n, args.reference).id for n in args.person],
                "category": args.category,
            },
        )
        chronology_log.record_event(session, family_id, entry)
    print(f"Recorded in the chronology of {args.reference.upper()}: {entry.title}.")
    return 0


COMMANDS: dict[str, Handler] = {"chronology": cmd_chronology, "event": cmd_event}
