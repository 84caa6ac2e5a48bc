"""``familycase referral``: the decision about a referral and its reason, the feedback letter
to the referrer (PDF, through the consent gate), the day they were told, and reopening a
closed family as a new episode."""

from __future__ import annotations

import argparse
from pathlib import Path

from familycase.cli.context import (
    Handler,
    Subparsers,
    day,
    note_leaves_the_vault,
    signed_in,
)
from familycase.domain.enums import AgencyType, ReferralDecision, Tier


def register(commands: Subparsers) -> None:
    referral = commands.add_parser("referral", help="referral decisions, feedback, reopening")
    what = referral.add_subparsers(dest="referral_command", required=True)
    decide = what.add_parser("decide", help="record what was decided, and why")
    decide.add_argument("reference")
    decide.add_argument(
        "--decision",
        required=True,
        choices=[d.value for d in ReferralDecision if d is not ReferralDecision.PENDING],
    )
    decide.add_argument("--reason", required=True)
    decide.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")
    letter = what.add_parser("letter", help="the feedback letter to the referrer (PDF)")
    letter.add_argument("reference")
    letter.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    told = what.add_parser("told", help="record the day the referrer was told the outcome")
    told.add_argument("reference")
    told.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")
    reopen = what.add_parser("reopen", help="reopen a closed family from a new referral")
    reopen.add_argument("reference")
    reopen.add_argument("--source", required=True, choices=[a.value for a in AgencyType])
    reopen.add_argument("--source-name", default="", help="the referrer")
    reopen.add_argument("--reason", required=True)
    reopen.add_argument("--received", type=day, metavar="YYYY-MM-DD", help="default: today")
    reopen.add_argument("--tier", type=int, choices=[t.value for t in Tier], default=2)
    reopen.add_argument(
        "--no-consent",
        action="store_true",
        help="the family did not consent to the referral",
    )


def cmd_referral(args: argparse.Namespace) -> int:
    from familycase.domain.errors import validated
    from familycase.domain.work import Referral
    from familycase.reports.referral_letter_pdf import write_letter
    from familycase.services import families, referrals, work
    from familycase.services.clock import today

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        reference = args.reference.upper()
        if args.referral_command == "decide":
            decided = work.record_referral_decision(
                session, family_id, ReferralDecision(args.decision), args.on, reason=args.reason
            )
            print(f"Recorded the decision for {reference}: {decided.decision.value}.")
        elif args.referral_command == "letter":
            letter = referrals.prepare_letter(session, family_id)
            write_letter(session, letter, args.out)
            print(
                f"Wrote the feedback letter for {reference} to {args.out}"
                + (
                    " (the outcome is withheld: the family has not agreed to share it)."
                    if letter.outcome_withheld
                    else "."
                )
                + " Record the day it is sent with 'familycase referral told'."
            )
            note_leaves_the_vault(args.out)
        elif args.referral_command == "told":
            told = work.record_referrer_told(session, family_id, args.on)
            print(f"Recorded: the referrer was told on {told.feedback_to_referrer_on:%d/%m/%Y}.")
        else:
            referral = validated(
                Referral,
                {
                    "source_type": args.source,
                    "source_name": args.source_name,
                    "reason": args.reason,
                    "received_on": args.received or today(),
                    "consent_to_referral": not args.no_consent,
                },
            )
            work.open_episode(session, family_id, referral, Tier(args.tier))
            print(f"Reopened {reference} as a new episode of work.")
    return 0


COMMANDS: dict[str, Handler] = {"referral": cmd_referral}
