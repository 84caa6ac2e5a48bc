"""``familycase allocate``, ``supervision list|record|done``, ``settings show|set`` and
``genogram``: the team leader's and administrator's side of oversight, and the family tree."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from familycase.cli.context import (
    Handler,
    Subparsers,
    UsageError,
    note_leaves_the_vault,
    one_by_id,
    read_text_file,
    signed_in,
)
from familycase.domain.consent import Purpose
from familycase.domain.enums import AgencyType, Tier
from familycase.domain.settings import ApprovalKind, Jurisdiction


def register(commands: Subparsers) -> None:
    allocate = commands.add_parser("allocate", help="allocate a lead professional (team leaders)")
    allocate.add_argument("reference")
    allocate.add_argument("--to", metavar="USER", help="a worker's user name")
    allocate.add_argument("--suggested", action="store_true", help="the suggested worker")
    allocate.add_argument("--reason", help="why (needed to allocate)")

    supervision = commands.add_parser("supervision", help="reflective supervision")
    sub = supervision.add_subparsers(dest="supervision_command", required=True)
    listing = sub.add_parser("list", help="sessions: your own, or your team's")
    listing.add_argument("--worker", metavar="USER")
    record = sub.add_parser("record", help="record a session from a JSON file (team leaders)")
    record.add_argument("file", type=Path, help="see README: Supervision")
    done = sub.add_parser("done", help="mark a supervision action done")
    done.add_argument("reference")
    done.add_argument("action", metavar="ACTION_ID")
    done.add_argument("--note", default="")

    settings = commands.add_parser("settings", help="the organisation's settings (signed)")
    ssub = settings.add_subparsers(dest="settings_command", required=True)
    ssub.add_parser("show", help="the settings in force")
    change = ssub.add_parser("set", help="change some settings (administrators)")
    change.add_argument(
        "--approvals",
        metavar="KINDS",
        help="comma-separated decisions needing a team leader ('none' for none): "
        + ", ".join(k.value for k in ApprovalKind),
    )
    change.add_argument("--jurisdiction", choices=[j.value for j in Jurisdiction])
    change.add_argument("--follow-up-months", type=int)
    change.add_argument("--cap", type=float, help="the caseload weight cap")
    change.add_argument("--weight", action="append", default=[], metavar="TIER=WEIGHT")
    change.add_argument("--unallocated-days", type=int)
    change.add_argument("--due-soon-days", type=int)
    change.add_argument("--checkout-days", type=int)

    tree = commands.add_parser("genogram", help="a family's tree, or a PDF of it for an agency")
    tree.add_argument("reference")
    tree.add_argument("--pdf", type=Path, metavar="FILE")
    tree.add_argument("--agency", choices=[a.value for a in AgencyType])
    tree.add_argument("--agency-name", default="")
    tree.add_argument(
        "--purpose",
        default=Purpose.ASSESSMENT_AND_PLANNING.value,
        choices=[p.value for p in Purpose],
    )


def _worker_id(session: object, username: str) -> str:
    from familycase.services import users

    for worker in users.list_workers(session):  # type: ignore[arg-type]
        if worker.username == username.strip().lower():
            return worker.id
    raise UsageError(f"there is no active worker called '{username}'")


def cmd_allocate(args: argparse.Namespace) -> int:
    from familycase.services import families, team

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        advice = team.allocation_advice(session, family_id)
        if args.to is None and not args.suggested:
            if advice.days_waiting is not None:
                print(f"Waiting for allocation for {advice.days_waiting} days.")
            if advice.suggestion.worker_id is not None:
                print(f"Suggested: {advice.suggestion.name}. {advice.suggestion.reason}")
            else:
                print(advice.suggestion.reason)
            return 0
        if not args.reason:
            raise UsageError("say why with --reason")
        worker_id = advice.suggestion.worker_id if args.suggested else _worker_id(session, args.to)
        if worker_id is None:
            raise UsageError(advice.suggestion.reason)
        done = team.allocate(session, family_id, worker_id, args.reason)
    print(done.sentence())
    return 0


def cmd_supervision(args: argparse.Namespace) -> int:
    from familycase.domain.errors import validated
    from familycase.domain.supervision import SupervisionRecord
    from familycase.services import families, supervision

    with signed_in(args) as session:
        if args.supervision_command == "list":
            worker = _worker_id(session, args.worker) if args.worker else None
            for s in supervision.sessions(session, worker):
                print(
                    f"{s.held_on:%d/%m/%Y}  {s.worker_name} with {s.supervisor_name}: "
                    f"{s.families} families"
                    + (f"; next {s.next_on:%d/%m/%Y}" if s.next_on else "")
                    + ("" if s.signed else "  [CHANGED OUTSIDE FAMILYCASE: not signed]")
                )
                for d in s.discussions:
                    print(f"    {d.reference}: {d.note.reflection}")
                    for a in d.actions:
                        state = f"done {a.done_on:%d/%m/%Y}" if a.done_on else "open"
                        print(
                            f"      - {a.id[:8]} {a.action.what} ({a.action.owner_name}, {state})"
                        )
            return 0
        if args.supervision_command == "done":
            family_id = families.find_by_reference(session, args.reference)
            actions = [a for d in supervision.for_family(session, family_id) for a in d.actions]
            action = one_by_id(actions, args.action, lambda a: a.id, "supervision action")
            supervision.complete_action(session, family_id, action.id, args.note)
            print(f"Marked done: {action.action.what}")
            return 0
        try:
            data = json.loads(read_text_file(args.file))
            discussed = [
                {
                    "family_id": families.find_by_reference(session, f["reference"]),
                    "reflection": f.get("reflection", ""),
                    "actions": [
                        {
                            "what": a.get("what", ""),
                            "owner_id": _worker_id(session, a["owner"]),
                            "due_on": a.get("due_on"),
                        }
                        for a in f.get("actions", [])
                    ],
                }
                for f in data.get("families", [])
            ]
            record = validated(
                SupervisionRecord,
                {
                    "worker_id": _worker_id(session, data["worker"]),
                    "held_on": data.get("held_on"),
                    "next_on": data.get("next_on"),
                    "families": discussed,
                },
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            if hasattr(exc, "problems"):
                raise
            raise UsageError(f"{args.file} is not a supervision record: {exc}") from None
        supervision.record_session(session, record)
    print(f"Recorded supervision: {len(record.families)} families discussed.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from familycase.services import org_settings

    with signed_in(args) as session:
        if args.settings_command == "set":
            changes: dict[str, object] = {}
            if args.approvals is not None:
                wanted = [] if args.approvals.strip() == "none" else args.approvals.split(",")
                try:
                    changes["approvals"] = frozenset(ApprovalKind(k.strip()) for k in wanted)
                except ValueError as exc:
                    raise UsageError(f"--approvals: {exc}") from None
            for option, key in (
                ("jurisdiction", "jurisdiction"),
                ("follow_up_months", "follow_up_months"),
                ("cap", "allocation_cap"),
                ("unallocated_days", "unallocated_days"),
                ("due_soon_days", "due_soon_days"),
                ("checkout_days", "checkout_days"),
            ):
                if getattr(args, option) is not None:
                    changes[key] = getattr(args, option)
            if args.weight:
                weights = dict(org_settings.current(session).tier_weights)
                for pair in args.weight:
                    tier, _, weight = pair.partition("=")
                    try:
                        weights[Tier(int(tier))] = float(weight)
                    except ValueError:
                        raise UsageError(f"--weight {pair}: give TIER=WEIGHT, e.g. 4=2.5") from None
                changes["tier_weights"] = weights
            if not changes:
                raise UsageError("say what to change (see 'familycase settings set --help')")
            org_settings.change(session, **changes)
        current = org_settings.current(session)
    print(f"Jurisdiction: {current.jurisdiction.label}")
    needs = ", ".join(k.label.lower() for k in ApprovalKind if k in current.approvals)
    print(f"Decisions that need a team leader: {needs or 'none'}")
    print(f"Follow-up after closure: {current.follow_up_months} months")
    weights = ", ".join(f"tier {int(t)} = {w:g}" for t, w in sorted(current.tier_weights.items()))
    print(f"Caseload weight cap: {current.allocation_cap:g} ({weights})")
    print(
        f"In-tray: unallocated over {current.unallocated_days} days, due within "
        f"{current.due_soon_days} days, laptop check-outs over {current.checkout_days} days"
    )
    return 0


def cmd_genogram(args: argparse.Namespace) -> int:
    from familycase.domain.genogram import LinkKind, Shape
    from familycase.reports.genogram_pdf import write_genogram
    from familycase.services import families, genogram
    from familycase.services.consent import Recipient

    if args.pdf is not None and args.agency is None:
        raise UsageError("say who the PDF is for with --agency")
    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        if args.pdf is not None:
            recipient = Recipient(agency_type=AgencyType(args.agency), name=args.agency_name)
            printed = genogram.prepare_print(session, family_id, recipient, Purpose(args.purpose))
            write_genogram(session, printed, args.pdf)
            print(
                f"Wrote the family tree of {printed.reference} to {args.pdf}: "
                f"{len(printed.genogram.people) - printed.withheld} people named, "
                f"{printed.withheld} withheld for lack of consent."
            )
            note_leaves_the_vault(args.pdf)
            return 0
        tree = genogram.family_tree(session, family_id)
    names = {p.member_id: " ".join(p.label[:2]) for p in tree.people}
    for level in range(tree.levels):
        people = sorted((p for p in tree.people if p.level == level), key=lambda p: p.x)
        line = ", ".join(
            names[p.member_id]
            + (" (died)" if p.deceased else "")
            + (" (lives elsewhere)" if p.lives_elsewhere else "")
            for p in people
            if p.shape is not Shape.WITHHELD
        )
        print(f"Generation {level + 1}: {line}")
    words = {
        LinkKind.COUPLE: "partners",
        LinkKind.SEPARATED: "separated",
        LinkKind.CHILD: "child of",
        LinkKind.SIBLINGS: "siblings",
        LinkKind.GRANDPARENT: "grandparent of",
        LinkKind.OTHER: "related",
    }
    for link in tree.links:
        if link.kind is LinkKind.CHILD:
            *parents, child = link.members
            print(f"  {names[child]}: child of {' and '.join(names[p] for p in parents)}")
        else:
            a, b = link.members
            print(f"  {names[a]} and {names[b]}: {words[link.kind]}")
    print(f"{len(tree.people)} people, {len(tree.links)} links")
    return 0


COMMANDS: dict[str, Handler] = {
    "allocate": cmd_allocate,
    "supervision": cmd_supervision,
    "settings": cmd_settings,
    "genogram": cmd_genogram,
}
