"""``familycase caseload``: your caseload (or the team's), as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from familycase.cli.context import EXIT_OK, Handler, Subparsers, note_leaves_the_vault, signed_in
from familycase.domain.enums import FamilyStatus, Tier
from familycase.reports.cells import csv_text
from familycase.services import caseload as caseload_service
from familycase.services import outputs


def register(commands: Subparsers) -> None:
    case = commands.add_parser("caseload", help="print your caseload")
    case.add_argument(
        "--view", choices=[v.value for v in caseload_service.CaseloadView], default="mine"
    )
    case.add_argument(
        "--status",
        choices=[s.value for s in FamilyStatus],
        action="append",
        help="only these statuses (repeatable; default: all open work)",
    )
    case.add_argument("--tier", type=int, choices=[t.value for t in Tier])
    case.add_argument("--search", metavar="TEXT", help="only families with a member named TEXT")
    case.add_argument("--format", choices=["table", "csv", "json"], default="table")


def cmd_caseload(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        statuses = (
            [FamilyStatus(s) for s in args.status]
            if args.status
            else caseload_service.ACTIVE_STATUSES
        )
        rows = caseload_service.caseload(
            session,
            caseload_service.CaseloadView(args.view),
            statuses=statuses,
            tier=Tier(args.tier) if args.tier else None,
        )
        if args.search:
            rows = caseload_service.NameIndex(rows).search(args.search)
        if args.format in ("csv", "json"):  # a copy for a script or a spreadsheet: an export
            outputs.record_export(
                session,
                outputs.CASELOAD_LIST,
                None,
                {
                    "format": args.format,
                    "families": len(rows),
                    "names": sum(r.family_name is not None for r in rows),
                },
            )
    _print_rows(rows, args.format)
    if args.format in ("csv", "json"):
        note_leaves_the_vault("the caseload printed above")
    return EXIT_OK


def _print_rows(rows: Sequence[caseload_service.CaseloadRow], fmt: str) -> None:
    records = [
        {
            "reference": r.reference,
            "family": r.display_name,
            "lead_professional": r.lead_name,
            "tier": int(r.tier) if r.tier else None,
            "status": r.status.value,
            "next_review_due": r.next_review_due.isoformat() if r.next_review_due else None,
            "last_contact": r.last_contact_on.isoformat() if r.last_contact_on else None,
            "members": r.member_count,
        }
        for r in rows
    ]
    if fmt == "json":
        print(json.dumps(records, indent=2))
        return
    if fmt == "csv":
        header = list(records[0]) if records else ["reference"]
        sys.stdout.write(csv_text(header, ([r[k] for k in header] for r in records)))
        return
    if not records:
        print("No families in this caseload.")
        return
    print(
        f"{'Reference':<11} {'Family':<28} {'Lead professional':<30} {'Tier':<4} "
        f"{'Status':<11} {'Review due':<10}"
    )
    for r in records:
        print(
            f"{r['reference']:<11} {r['family'][:28]:<28} {r['lead_professional'][:30]:<30} "
            f"{r['tier'] or '':<4} {r['status']:<11} {r['next_review_due'] or '':<10}"
        )
    print(f"{len(records)} families")


COMMANDS: dict[str, Handler] = {"caseload": cmd_caseload}
