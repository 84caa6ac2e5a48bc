"""Laptop replicas from the command line: ``checkout``, ``checkin``, ``checkouts``, ``recall``,
``device list|revoke``, ``conflicts`` (list and resolve), and ``family show`` (a family file as
the app shows it, as text or JSON, audited as a view)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from familycase.cli.context import (
    EXIT_OK,
    Handler,
    Subparsers,
    end_progress_line,
    families_progress,
    signed_in,
)


def register(commands: Subparsers) -> None:
    out = commands.add_parser(
        "checkout", help="take families to a laptop replica (--data is the team store)"
    )
    out.add_argument("references", nargs="+", metavar="REF", help="family references (FC-000123)")
    out.add_argument(
        "--replica", type=Path, required=True, metavar="FOLDER", help="the laptop replica's folder"
    )
    out.add_argument("--device", metavar="NAME", help="the laptop's name (a new replica)")
    commands.add_parser(
        "checkin", help="bring a laptop replica's families back (--data is the replica)"
    )
    commands.add_parser("checkouts", help="families checked out to laptops, and since when")
    recall = commands.add_parser("recall", help="take a checked-out family back (team leaders)")
    recall.add_argument("reference", metavar="REF", help="the family's reference")
    recall.add_argument("--reason", required=True, help="why (kept in the audit log)")
    device = commands.add_parser("device", help="laptop replicas: list, revoke a lost one")
    what = device.add_subparsers(dest="device_command", required=True)
    what.add_parser("list", help="every laptop replica, its worker and families")
    revoke = what.add_parser("revoke", help="a lost or stolen laptop: release and re-key")
    revoke.add_argument("name", metavar="NAME", help="the laptop's name (see device list)")
    revoke.add_argument("--reason", default="lost or stolen")
    conflicts = commands.add_parser(
        "conflicts", help="a recalled family's versions from a laptop: list, resolve"
    )
    conflicts.add_argument("reference", metavar="REF", help="the family's reference")
    conflicts.add_argument("--resolve", metavar="ID", help="the id shown in the list")
    conflicts.add_argument(
        "--keep",
        choices=["laptop", "team", "both", "mine", "theirs"],
        help="mine = the laptop's version, theirs = the team's; both (notes) keeps the two",
    )
    family = commands.add_parser("family", help="a family file as the app shows it")
    family_what = family.add_subparsers(dest="family_command", required=True)
    show = family_what.add_parser("show", help="print the family file (audited as a view)")
    show.add_argument("reference", metavar="REF")
    show.add_argument("--format", choices=["text", "json"], default="text")


def cmd_checkout(args: argparse.Namespace) -> int:
    from familycase.services import replica

    with signed_in(args) as session:
        progress = families_progress()
        result = replica.check_out(
            session,
            args.references,
            args.replica,
            args.device,
            progress=None if progress is None else _carry_on(progress),
        )
        end_progress_line(progress)
    if result.created:
        print(f"Made the laptop replica '{result.device}' in {result.folder}.")
    if result.checked_out:
        print(f"Checked out: {', '.join(result.checked_out)}.")
    if result.already_there:
        print(f"Already on this laptop (kept as they are): {', '.join(result.already_there)}.")
    print(
        "The replica is encrypted under your password. Bring the families back with "
        f"'familycase --data {result.folder} checkin'."
    )
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    from familycase.services import checkin
    from familycase.services.errors import ServerPasswordNeeded

    with signed_in(args) as session:
        try:
            team = checkin.connect_team(session)
        except ServerPasswordNeeded:
            if not sys.stdin.isatty():
                raise
            team = checkin.connect_team(session, getpass.getpass("Database password: "))
        try:
            progress = families_progress()
            report = checkin.check_in(
                session, team, None if progress is None else _carry_on(progress)
            )
            end_progress_line(progress)
        finally:
            team.lock()
            team.vault.dispose()
    for line in report.lines():
        print(line)
    return EXIT_OK


def cmd_checkouts(args: argparse.Namespace) -> int:
    from familycase.services import devices

    with signed_in(args) as session:
        found = devices.checkouts_list(session)
    for item in found:
        state = " (recalled)" if not item.info.in_force else ""
        print(f"{item.reference:<20} {item.info.label()}{state}")
    print(f"{len(found)} families checked out")
    return EXIT_OK


def cmd_recall(args: argparse.Namespace) -> int:
    from familycase.services import devices

    with signed_in(args) as session:
        info = devices.recall(session, args.reference, args.reason)
    print(
        f"Recalled {args.reference.upper()} from {info.label()}. It can be changed here again; "
        f"what {info.worker_name} changes on the laptop comes back for merging."
    )
    return EXIT_OK


def cmd_device(args: argparse.Namespace) -> int:
    from familycase.services import devices

    with signed_in(args) as session:
        if args.device_command == "list":
            for device in devices.devices_list(session):
                state = (
                    f"revoked {device.revoked_at:%d/%m/%Y}"
                    if device.revoked_at
                    else f"{device.families} families checked out"
                )
                print(
                    f"{device.name:<30} {device.worker_name:<24} since "
                    f"{device.created_at:%d/%m/%Y}  {state}"
                )
            return EXIT_OK
        report = devices.revoke(session, args.name, args.reason)
    print(f"Revoked the laptop '{report.device}'.")
    if report.released:
        print(f"Released: {', '.join(report.released)}.")
    if report.rotated:
        print(f"New keys for: {', '.join(report.rotated)} (the laptop's keys open none of it).")
    if report.not_rotated:
        print(
            "Not re-keyed (you hold no key for them; ask their team leader to run this too): "
            + ", ".join(report.not_rotated)
        )
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from familycase.cli.context import UsageError, one_by_id
    from familycase.services import conflicts, families

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        items = conflicts.open_conflicts(session, family_id)
        if args.resolve:
            if not args.keep:
                raise UsageError("say which version to keep with --keep laptop|team|both")
            item = one_by_id(items, args.resolve, lambda i: i.id, "conflicting version")
            done = conflicts.resolve(session, item.id, args.keep)
            kept = {"laptop": "the laptop's version", "team": "the team's version"}
            print(f"Resolved: {done.summary()}; kept {kept.get(done.kept or '', 'both')}.")
            return EXIT_OK
    for item in items:
        print(f"{item.id[:8]}  {item.summary()} ({item.made_at:%d/%m/%Y})")
        for label, text in (("Laptop", item.laptop), ("Team", item.team)):
            shown = "; ".join(f"{k}: {v}" for k, v in text) or "(none)"
            print(f"    {label}: {shown[:300]}")
    print(f"{len(items)} conflicting versions to resolve")
    return EXIT_OK


def cmd_family(args: argparse.Namespace) -> int:
    from familycase.services import checkouts, families

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        view = families.open_family(session, family_id)
        checkout = checkouts.of_family(session, family_id)
    if args.format == "json":
        data = _plain(view)
        data["checked_out"] = checkout.label() if checkout and checkout.in_force else None
        json.dump(data, sys.stdout, indent=1, ensure_ascii=False, sort_keys=True)
        print()
        return EXIT_OK
    file = view.file
    print(f"{file.reference}  {file.details.family_name}")
    print(
        f"Status: {view.status.value.replace('_', ' ')}   "
        f"Tier: {int(view.tier) if view.tier else '-'}   "
        f"Lead professional: {_lead(view) or 'none'}"
    )
    if view.next_review_due:
        print(f"Next review: {view.next_review_due:%d/%m/%Y}")
    if view.consent_state is not None:
        print(f"Consent: {view.consent_state.value.replace('_', ' ')}")
    if checkout is not None and checkout.in_force:
        print(f"Checked out to {checkout.label()}")
    risks = view.current_risks
    if risks:
        print("Current alerts: " + ", ".join(str(r.kind.value).replace("_", " ") for r in risks))
    print(f"People ({len(file.members)}):")
    for member in file.members:
        print(f"  {member.full_name}")
    print(f"Contact notes ({len(view.contacts)}):")
    for note in view.contacts:
        first = note.text.splitlines()[0] if note.text else ""
        print(f"  {note.occurred_on:%d/%m/%Y}  {note.kind.label:<22} {first[:70]}")
    return EXIT_OK


def _lead(view: Any) -> str:
    for allocation in view.allocations:
        if allocation.worker_id == view.lead_worker_id:
            return str(allocation.worker_name)
    return ""


def _plain(value: Any) -> Any:
    """A view as JSON-ready values (dataclasses, pydantic models, enums, dates)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _carry_on(progress: Any) -> Any:
    def step(done: int, total: int) -> bool:
        progress(done, total)
        return True

    return step


COMMANDS: dict[str, Handler] = {
    "checkout": cmd_checkout,
    "checkin": cmd_checkin,
    "checkouts": cmd_checkouts,
    "recall": cmd_recall,
    "device": cmd_device,
    "conflicts": cmd_conflicts,
    "family": cmd_family,
}
