"""``familycase people``: one person across family files: possible matches, the team's
possible duplicates (team leaders), and linking two records as the same person (or not)."""

from __future__ import annotations

import argparse

from familycase.cli.context import Handler, Subparsers, person_named, signed_in


def register(commands: Subparsers) -> None:
    people = commands.add_parser("people", help="the same person in more than one family file")
    what = people.add_subparsers(dest="people_command", required=True)
    what.add_parser(
        "duplicates", help="possible duplicates in the families you hold (team leaders)"
    )
    matches = what.add_parser("matches", help="people in this family who may be in another")
    matches.add_argument("reference")
    link = what.add_parser("link", help="decide whether two records are the same person")
    link.add_argument("reference")
    link.add_argument("--person", required=True, help="their full name in REFERENCE")
    link.add_argument("other_reference", metavar="OTHER_REFERENCE")
    link.add_argument("--other-person", required=True, help="their full name in OTHER_REFERENCE")
    link.add_argument(
        "--not-same", action="store_true", help="record that they are different people"
    )
    link.add_argument("--note", default="")


def cmd_people(args: argparse.Namespace) -> int:
    from familycase.services import families, people

    with signed_in(args) as session:
        if args.people_command == "link":
            ids, chosen = [], []
            for reference, name in (
                (args.reference, args.person),
                (args.other_reference, args.other_person),
            ):
                family_id = families.find_by_reference(session, reference)
                members = families.open_family(session, family_id).file.members
                ids.append(family_id)
                chosen.append(person_named(members, name, reference).id)
            same = not args.not_same
            people.decide(session, ids[0], chosen[0], ids[1], chosen[1], same, args.note)
            print(
                f"Recorded: {args.person} ({args.reference.upper()}) and {args.other_person} "
                f"({args.other_reference.upper()}) are "
                + ("the same person." if same else "different people.")
            )
            return 0
        if args.people_command == "matches":
            found = people.possible_matches(
                session, families.find_by_reference(session, args.reference)
            )
        else:
            found = people.duplicates(session)
    for match in found:
        print(
            f"{match.here.reference}  {match.here.full_name:<28} may be  "
            f"{match.there.reference}  {match.there.full_name:<28} ({match.reason.label.lower()})"
        )
    print(f"{len(found)} possible matches")
    return 0


COMMANDS: dict[str, Handler] = {"people": cmd_people}
