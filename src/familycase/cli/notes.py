"""``familycase note``: contact notes: record one, list them, correct one (its earlier version
is kept), and read a note's history."""

from __future__ import annotations

import argparse

from familycase.cli.context import (
    Handler,
    Subparsers,
    day,
    one_by_id,
    person_named,
    signed_in,
    yes_no,
)
from familycase.domain.enums import ContactKind


def register(commands: Subparsers) -> None:
    note = commands.add_parser("note", help="contact notes: add, list, correct, history")
    what = note.add_subparsers(dest="note_command", required=True)
    add = what.add_parser("add", help="record a contact")
    add.add_argument("reference")
    add.add_argument("--kind", required=True, choices=[k.value for k in ContactKind])
    add.add_argument("--text", required=True, help="what happened")
    add.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--seen", action="append", default=[], help="a person seen (repeatable)")
    add.add_argument("--minutes", type=int, default=0)
    add.add_argument("--child-seen", action="store_true")
    add.add_argument("--child-seen-alone", action="store_true")
    add.add_argument("--significant", action="store_true", help="show it in the chronology")
    listing = what.add_parser("list", help="a family's contact notes, newest first")
    listing.add_argument("reference")
    edit = what.add_parser("edit", help="correct a note (the earlier version is kept)")
    edit.add_argument("reference")
    edit.add_argument("note", metavar="NOTE_ID", help="the id shown by 'note list'")
    edit.add_argument("--reason", required=True, help="why it is being changed")
    edit.add_argument("--text")
    edit.add_argument("--on", type=day, metavar="YYYY-MM-DD")
    edit.add_argument("--kind", choices=[k.value for k in ContactKind])
    for flag in ("child-seen", "child-seen-alone", "significant"):
        edit.add_argument(f"--{flag}", type=yes_no, metavar="yes|no")
    history = what.add_parser("history", help="every version of a note, the original first")
    history.add_argument("reference")
    history.add_argument("note", metavar="NOTE_ID")


def cmd_note(args: argparse.Namespace) -> int:
    from familycase.domain.errors import validated
    from familycase.domain.work import ContactNote, NoteContent
    from familycase.services import families, work
    from familycase.services.clock import today

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        view = families.open_family(session, family_id)
        if args.note_command == "add":
            note = validated(
                ContactNote,
                {
                    "occurred_on": args.on or today(),
                    "kind": args.kind,
                    "member_ids": [
                        person_named(view.file.members, n, args.reference).id for n in args.seen
                    ],
                    "duration_minutes": args.minutes,
                    "text": args.text,
                    "child_seen": args.child_seen or args.child_seen_alone,
                    "child_seen_alone": args.child_seen_alone,
                    "significant": args.significant,
                },
            )
            work.add_contact_note(session, family_id, note)
            print(f"Recorded the contact ({note.id[:8]}).")
            return 0
        if args.note_command == "list":
            for note in view.contacts:
                marks = [
                    word
                    for on, word in (
                        (note.significant, "significant"),
                        (note.child_seen_alone, "child seen alone"),
                        (note.child_seen and not note.child_seen_alone, "child seen"),
                        (note.edited, "corrected"),
                    )
                    if on
                ]
                first_line = note.text.splitlines()[0] if note.text else ""
                print(
                    f"{note.id[:8]}  {note.occurred_on:%d/%m/%Y}  {note.kind.label:<22} "
                    f"{first_line[:60]}" + (f"  [{', '.join(marks)}]" if marks else "")
                )
            print(f"{len(view.contacts)} contact notes")
            return 0
        note = one_by_id(view.contacts, args.note, lambda n: n.id, "contact note")
        if args.note_command == "history":
            versions = [*(edit.before for edit in note.history), note.content()]
            for number, version in enumerate(versions, start=1):
                label = "original" if number == 1 else f"version {number}"
                if number > 1:
                    edit = note.history[number - 2]
                    label += (
                        f", corrected by {edit.by_name} on {edit.at:%d/%m/%Y %H:%M} UTC: "
                        f"{edit.reason} (changed: {', '.join(edit.changed)})"
                    )
                print(f"--- {label}")
                print(f"{version.occurred_on:%d/%m/%Y}  {version.kind.label}")
                print(version.text)
            return 0
        changes = {
            key: value
            for key, value in {
                "text": args.text,
                "occurred_on": args.on,
                "kind": args.kind,
                "child_seen": args.child_seen,
                "child_seen_alone": args.child_seen_alone,
                "significant": args.significant,
            }.items()
            if value is not None
        }
        content = validated(NoteContent, {**note.content().model_dump(), **changes})
        edited = work.edit_contact_note(session, family_id, note.id, content, args.reason)
    changed = ", ".join(edited.history[-1].changed)
    print(f"Corrected the note ({changed}); the earlier version is kept.")
    return 0


COMMANDS: dict[str, Handler] = {"note": cmd_note}
