"""``familycase inbox``, ``work step|close``, ``approvals list|approve|return|withdraw`` and
``follow-up list|record``: management oversight from the command line (the same services as
the in-tray, the Work section's dialogs and the Oversight section)."""

from __future__ import annotations

import argparse
import json

from familycase.cli.context import Handler, Subparsers, UsageError, day, one_by_id, signed_in
from familycase.domain.enums import ClosureReason, Tier
from familycase.domain.follow_up import CheckMethod
from familycase.domain.instruments import OutcomeArea


def register(commands: Subparsers) -> None:
    inbox = commands.add_parser("inbox", help="what is waiting for you: your in-tray")
    inbox.add_argument(
        "--on", type=day, metavar="YYYY-MM-DD", help="as on this day (default: today)"
    )
    inbox.add_argument("--format", choices=["table", "json"], default="table")

    work = commands.add_parser("work", help="step a family up or down, or close it")
    what = work.add_subparsers(dest="work_command", required=True)
    step = what.add_parser("step", help="step up or down a tier (or ask a team leader to)")
    step.add_argument("reference")
    step.add_argument("--to", type=int, required=True, choices=[int(t) for t in Tier])
    step.add_argument("--reason", required=True)
    step.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")
    close = what.add_parser("close", help="close the episode (or ask a team leader to)")
    close.add_argument("reference")
    close.add_argument("--reason", required=True, choices=[r.value for r in ClosureReason])
    close.add_argument("--exit-plan", required=True)
    close.add_argument("--summary", default="")
    close.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")

    approvals = commands.add_parser("approvals", help="decisions waiting for a team leader")
    sub = approvals.add_subparsers(dest="approvals_command", required=True)
    sub.add_parser("list", help="what waits for your approval (team leaders)")
    approve = sub.add_parser("approve", help="approve a request or sign off an assessment")
    approve.add_argument("item", metavar="ITEM_ID", help="the id shown by 'approvals list'")
    approve.add_argument("--note", default="")
    send_back = sub.add_parser("return", help="return it with a reason (nothing changes)")
    send_back.add_argument("item", metavar="ITEM_ID")
    send_back.add_argument("--reason", required=True)
    withdraw = sub.add_parser("withdraw", help="take back a family's waiting request")
    withdraw.add_argument("reference")

    follow = commands.add_parser("follow-up", help="the sustained-outcome check after closure")
    fsub = follow.add_subparsers(dest="follow_command", required=True)
    listing = fsub.add_parser("list", help="a family's follow-up checks")
    listing.add_argument("reference")
    record = fsub.add_parser("record", help="record what the check found")
    record.add_argument("reference")
    record.add_argument("check", metavar="CHECK_ID", help="the id shown by 'follow-up list'")
    record.add_argument("--method", required=True, choices=[m.value for m in CheckMethod])
    record.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")
    areas = [a.value for a in OutcomeArea]
    record.add_argument("--held", action="append", default=[], choices=areas, metavar="AREA")
    record.add_argument("--not-held", action="append", default=[], choices=areas, metavar="AREA")
    record.add_argument("--referred-again", action="store_true")
    record.add_argument("--note", default="")


def cmd_inbox(args: argparse.Namespace) -> int:
    from familycase.services import inbox

    with signed_in(args) as session:
        found = inbox.inbox(session, args.on)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "kind": i.kind.value,
                        "title": i.title,
                        "detail": i.detail,
                        "due_on": i.due_on.isoformat() if i.due_on else None,
                        "since": i.since.isoformat() if i.since else None,
                        "overdue": i.overdue,
                        "reference": i.reference,
                        "opens": i.place.value,
                        "section": i.section,
                        "item_id": i.item_id,
                    }
                    for i in found.items
                ],
                indent=2,
            )
        )
        return 0
    for item in found.items:
        if item.due_on is not None:
            when = f"{'OVERDUE ' if item.overdue else 'due '}{item.due_on:%d/%m/%Y}"
        else:
            when = f"{'OVERDUE ' if item.overdue else ''}since {item.since:%d/%m/%Y}"
            when = when if item.since else ""
        family = f"{item.reference} " if item.reference else ""
        print(f"{when:<19} {family}{item.title}" + (f": {item.detail}" if item.detail else ""))
    print(f"{len(found.items)} waiting, {found.overdue} overdue")
    return 0


def cmd_work(args: argparse.Namespace) -> int:
    from familycase.domain.errors import validated
    from familycase.domain.work import Closure
    from familycase.services import approvals, families
    from familycase.services.clock import today

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        if args.work_command == "step":
            outcome = approvals.change_tier_or_ask(
                session, family_id, Tier(args.to), args.reason, args.on
            )
            done = "Stepped" if outcome.applied else "Asked a team leader to step"
            print(f"{done} {args.reference.upper()} to tier {args.to}.")
        else:
            closure = validated(
                Closure,
                {
                    "reason": args.reason,
                    "on": args.on or today(),
                    "exit_plan": args.exit_plan,
                    "summary": args.summary,
                },
            )
            outcome = approvals.close_or_ask(session, family_id, closure)
            done = "Closed" if outcome.applied else "Asked a team leader to close"
            print(f"{done} {args.reference.upper()}.")
    if not outcome.applied:
        print("Nothing changes until a team leader approves it (see 'familycase inbox').")
    return 0


def cmd_approvals(args: argparse.Namespace) -> int:
    from familycase.services import approvals, families

    with signed_in(args) as session:
        if args.approvals_command == "withdraw":
            family_id = families.find_by_reference(session, args.reference)
            pending = approvals.pending(session, family_id)
            if pending is None:
                raise UsageError(f"{args.reference.upper()} has no request waiting")
            approvals.withdraw(session, family_id, pending.id)
            print(f"Withdrew the request for {args.reference.upper()}.")
            return 0
        waiting = approvals.waiting(session)
        if args.approvals_command == "list":
            for w in waiting:
                print(
                    f"{w.item_id[:8]}  {w.reference}  {w.what}  (asked by {w.requested_by} on "
                    f"{w.requested_on:%d/%m/%Y})" + (f": {w.reason}" if w.reason else "")
                )
            print(f"{len(waiting)} waiting for your approval")
            return 0
        item = one_by_id(waiting, args.item, lambda w: w.item_id, "waiting item")
        approve = args.approvals_command == "approve"
        approvals.decide_waiting(session, item, approve, args.note if approve else args.reason)
    print(f"{'Approved' if approve else 'Returned'}: {item.what} ({item.reference}).")
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    from familycase.domain.errors import validated
    from familycase.domain.follow_up import FollowUpCheck
    from familycase.services import families, follow_ups
    from familycase.services.clock import today

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        checks = follow_ups.follow_ups(session, family_id)
        if args.follow_command == "list":
            for c in checks:
                done = f"done {c.done_on:%d/%m/%Y}" if c.done_on else "not yet done"
                print(f"{c.id[:8]}  due {c.due_on:%d/%m/%Y}  {done}")
                if c.follow_up.check is not None:
                    for area in c.follow_up.check.areas:
                        print(f"          {area.outcome_area.label}: "
                              f"{'held' if area.held else 'not held'}")  # fmt: skip
            print(f"{len(checks)} follow-up checks")
            return 0
        chosen = one_by_id(checks, args.check, lambda c: c.id, "follow-up check")
        if set(args.held) & set(args.not_held):
            raise UsageError("an area cannot be both --held and --not-held")
        check = validated(
            FollowUpCheck,
            {
                "checked_on": args.on or today(),
                "method": args.method,
                "areas": [{"outcome_area": a, "held": True} for a in args.held]
                + [{"outcome_area": a, "held": False} for a in args.not_held],
                "referred_again": args.referred_again,
                "note": args.note,
            },
        )
        follow_ups.record_check(session, family_id, chosen.id, check)
    print(f"Recorded the follow-up check of {args.reference.upper()}.")
    return 0


COMMANDS: dict[str, Handler] = {
    "inbox": cmd_inbox,
    "work": cmd_work,
    "approvals": cmd_approvals,
    "follow-up": cmd_follow_up,
}
