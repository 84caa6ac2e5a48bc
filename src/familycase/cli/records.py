"""Command-line access to records administration: the audit log, subject access, retention."""

from __future__ import annotations

import argparse
from pathlib import Path

from familycase.cli.context import (
    Handler,
    Subparsers,
    bounded_int,
    day,
    note_leaves_the_vault,
    person_named,
    signed_in,
)
from familycase.services.errors import UnknownRecord


def register(commands: Subparsers) -> None:
    audit = commands.add_parser("audit", help="read the audit log (team leaders, administrators)")
    audit.add_argument("--worker", metavar="USERNAME", help="only this worker's actions")
    audit.add_argument("--family", metavar="REFERENCE", help="only entries about this family")
    audit.add_argument("--action", help="only this action, e.g. view, share, unlock_failed")
    audit.add_argument("--since", type=day, metavar="YYYY-MM-DD")
    audit.add_argument("--until", type=day, metavar="YYYY-MM-DD")
    audit.add_argument("--limit", type=bounded_int(1, 10_000_000), default=None)
    audit.add_argument("--csv", type=Path, metavar="FILE", help="write the entries as CSV")

    sar = commands.add_parser(
        "subject-access", help="export everything held about one person (JSON and PDF)"
    )
    sar.add_argument("reference", help="the family file, e.g. FC-000123")
    sar.add_argument("--person", required=True, help="the person's full name as recorded")
    sar.add_argument("--out", type=Path, required=True, metavar="FOLDER")

    keep = commands.add_parser("retention", help="families past retention, and destruction")
    keep_commands = keep.add_subparsers(dest="retention_command", required=True)
    keep_commands.add_parser("list", help="closed families whose retention period has ended")
    destroy = keep_commands.add_parser("destroy", help="destroy one family for good")
    destroy.add_argument("reference")
    destroy.add_argument(
        "--confirm", required=True, metavar="REFERENCE", help="type the reference again to confirm"
    )
    years = keep_commands.add_parser("set-years", help="set the retention period (admins)")
    years.add_argument("years", type=bounded_int(1, 100))


def cmd_audit(args: argparse.Namespace) -> int:
    from familycase.reports.audit_csv import write_audit_csv
    from familycase.services import audit_log, families, users

    with signed_in(args) as session:
        actor_id = None
        if args.worker:
            match = [
                w
                for w in users.list_workers(session, include_disabled=True)
                if w.username == args.worker.strip().lower()
            ]
            if not match:
                raise UnknownRecord(f"There is no user called '{args.worker}'.")
            actor_id = match[0].id
        family_id = families.find_by_reference(session, args.family) if args.family else None
        entries = audit_log.query_audit(
            session,
            actor_id=actor_id,
            family_id=family_id,
            action=args.action,
            since=args.since,
            until=args.until,
            limit=args.limit,
        )
        if args.csv:
            write_audit_csv(
                session,
                entries,
                args.csv,
                {
                    k: str(v)
                    for k, v in vars(args).items()
                    if k in ("worker", "family", "action", "since", "until") and v
                },
            )
            print(f"Wrote {len(entries)} audit entries to {args.csv}")
            note_leaves_the_vault(args.csv)
            return 0
        for e in entries:
            print(
                f"{e.seq:>7} {e.at[:19]} {e.actor_name or '-':<28} {e.action:<16} "
                f"{e.object_type:<14} {e.detail or ''}"
                + (f" [on laptop {e.laptop}]" if e.laptop else "")
            )
        print(f"{len(entries)} entries")
    return 0


def cmd_subject_access(args: argparse.Namespace) -> int:
    from familycase.reports.subject_access_pdf import write_subject_access
    from familycase.services import families
    from familycase.services.subject_access import subject_access

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        members = families.open_family(session, family_id).file.members
        person = person_named(members, args.person, args.reference)
        pack = subject_access(session, family_id, person.id)
        stem = f"subject-access-{pack.family_reference}-{person.id[:8]}"
        write_subject_access(session, family_id, pack, args.out, stem)
    print(f"Wrote {stem}.json and {stem}.pdf to {args.out}")
    note_leaves_the_vault(f"{args.out}/{stem}.*")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from familycase.services import families, retention

    with signed_in(args) as session:
        if args.retention_command == "list":
            rows = retention.past_retention(session)
            for row in rows:
                print(
                    f"{row.reference}  closed {row.last_closed_on:%d/%m/%Y}  "
                    f"retention ended {row.destroy_after:%d/%m/%Y}"
                )
            print(
                f"{len(rows)} families past their retention period "
                f"({retention.retention_years(session.vault)} years after closure)"
            )
        elif args.retention_command == "set-years":
            retention.set_retention_years(session, args.years)
            print(f"Families are now kept for {args.years} years after closure.")
        else:
            family_id = families.find_by_reference(session, args.reference)
            reference = retention.destroy_family(session, family_id, args.confirm)
            print(f"Destroyed {reference}: its keys and records are gone for good.")
    return 0


COMMANDS: dict[str, Handler] = {
    "audit": cmd_audit,
    "subject-access": cmd_subject_access,
    "retention": cmd_retention,
}
