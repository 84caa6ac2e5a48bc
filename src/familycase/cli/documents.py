"""``familycase document``: documents kept (encrypted) in a family file: add, list, save a
copy (a registered output: written owner-only and recorded as an export), remove."""

from __future__ import annotations

import argparse
from pathlib import Path

from familycase.cli.context import (
    Handler,
    Subparsers,
    UsageError,
    note_leaves_the_vault,
    one_by_id,
    person_named,
    signed_in,
)


def register(commands: Subparsers) -> None:
    document = commands.add_parser("document", help="documents kept in a family file")
    what = document.add_subparsers(dest="document_command", required=True)
    add = what.add_parser("add", help="keep a document (at most 20 MB) in the family file")
    add.add_argument("reference")
    add.add_argument("file", type=Path)
    add.add_argument("--description", default="", help="what it is")
    add.add_argument("--person", help="the person it is about")
    listing = what.add_parser("list", help="the family's documents")
    listing.add_argument("reference")
    save = what.add_parser("save", help="save a copy outside the vault")
    save.add_argument("reference")
    save.add_argument("document", metavar="DOCUMENT_ID", help="the id shown by 'document list'")
    save.add_argument("--out", type=Path, required=True, metavar="FILE")
    remove = what.add_parser("remove", help="take a document out of the file")
    remove.add_argument("reference")
    remove.add_argument("document", metavar="DOCUMENT_ID")


def cmd_document(args: argparse.Namespace) -> int:
    from familycase.domain.documents import size_text
    from familycase.services import documents, families

    with signed_in(args) as session:
        family_id = families.find_by_reference(session, args.reference)
        if args.document_command == "add":
            try:
                content = args.file.read_bytes()
            except OSError as exc:
                raise UsageError(f"cannot read {args.file}: {exc.strerror}") from None
            member_id = None
            if args.person:
                members = families.open_family(session, family_id).file.members
                member_id = person_named(members, args.person, args.reference).id
            document_id = documents.attach(
                session, family_id, args.file.name, content, args.description, member_id
            )
            print(f"Kept {args.file.name} in {args.reference.upper()} ({document_id[:8]}).")
            return 0
        items = documents.documents(session, family_id)
        if args.document_command == "list":
            for item in items:
                info = item.info
                print(
                    f"{item.id[:8]}  {item.added_at:%d/%m/%Y}  {info.filename:<32} "
                    f"{info.type_text:<16} {size_text(info.size_bytes):>9}  {info.description}"
                )
            print(f"{len(items)} documents")
            return 0
        item = one_by_id(items, args.document, lambda d: d.id, "document")
        if args.document_command == "remove":
            documents.remove(session, family_id, item.id)
            print(f"Removed {item.info.filename} from {args.reference.upper()}.")
            return 0
        documents.save_copy(session, family_id, item.id, args.out)
    print(f"Saved a copy of {item.info.filename} to {args.out}.")
    note_leaves_the_vault(args.out)
    return 0


COMMANDS: dict[str, Handler] = {"document": cmd_document}
