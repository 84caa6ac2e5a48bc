"""``familycase risk add|list|end``: risk and alert flags on a family or people in it."""

from __future__ import annotations

import argparse

from familycase.cli.context import (
    Handler,
    Subparsers,
    day,
    one_by_id,
    person_named,
    signed_in,
)
from familycase.domain.consent import InfoCategory
from familycase.domain.enums import AgencyType
from familycase.domain.errors import validated
from familycase.domain.risk import RiskFlag, RiskKind


def register(commands: Subparsers) -> None:
    risk = commands.add_parser("risk", help="risk and alert flags (CP plan, MARAC...)")
    what = risk.add_subparsers(dest="risk_command", required=True)
    add = what.add_parser("add", help="flag a family, or people in it")
    add.add_argument("reference", help="the family file, e.g. FC-000123")
    add.add_argument("--kind", required=True, choices=[k.value for k in RiskKind])
    add.add_argument("--other-kind", default="", help="what kind of alert (with --kind other)")
    add.add_argument(
        "--category",
        choices=[c.value for c in InfoCategory],
        help="type of information for the consent gate (needed with --kind other)",
    )
    add.add_argument(
        "--person",
        action="append",
        default=[],
        help="a person it is about (repeatable; none: the whole family)",
    )
    add.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--agency", choices=[a.value for a in AgencyType], help="who told us")
    add.add_argument("--agency-name", default="")
    add.add_argument("--note", default="")
    listing = what.add_parser("list", help="a family's flags, current ones first")
    listing.add_argument("reference")
    end = what.add_parser("end", help="end a flag (it stays in the chronology)")
    end.add_argument("reference")
    end.add_argument(
        "flag", metavar="FLAG_ID", help="the id shown by 'risk list' (its start will do)"
    )
    end.add_argument("--reason", required=True)
    end.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")


def cmd_risk(args: argparse.Namespace) -> int:
    from familycase.services import families, risks
    from familycase.services.clock import today
    from familycase.services.timeline import agency_type_label

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        if args.risk_command == "add":
            members = families.open_family(session, family_id).file.members
            flag = validated(
                RiskFlag,
                {
                    "kind": args.kind,
                    "other_kind": args.other_kind,
                    "category": args.category,
                    "member_ids": [
                        person_named(members, n, args.reference).id for n in args.person
                    ],
                    "started_on": args.since or today(),
                    "source_agency_type": args.agency,
                    "source_agency_name": args.agency_name,
                    "note": args.note,
                },
            )
            flag = risks.save_flag(session, family_id, flag)
            print(f"Flagged {args.reference.upper()}: {flag.title} ({flag.id[:8]}).")
            return 0
        all_flags = risks.flags(session, family_id)
        if args.risk_command == "end":
            flag = one_by_id(all_flags, args.flag, lambda f: f.id, "alert")
            ended = risks.end_flag(session, family_id, flag.id, args.reason, args.on)
            print(f"Ended {ended.title} on {ended.ended_on:%d/%m/%Y}.")
            return 0
        names = {m.id: m.full_name for m in families.open_family(session, family_id).file.members}
    on = today()
    for flag in all_flags:
        about = ", ".join(names.get(m, "?") for m in flag.member_ids) or "the whole family"
        state = "current" if flag.current_on(on) else f"ended {flag.ended_on:%d/%m/%Y}"
        told = flag.source_agency_name or (
            agency_type_label(flag.source_agency_type) if flag.source_agency_type else ""
        )
        print(
            f"{flag.id[:8]}  {flag.title:<24} {about:<28} since {flag.started_on:%d/%m/%Y}  "
            f"{state}{'  told by ' + told if told else ''}"
        )
        if flag.note:
            print(f"          {flag.note}")
    print(f"{len(all_flags)} flags")
    return 0


COMMANDS: dict[str, Handler] = {"risk": cmd_risk}
