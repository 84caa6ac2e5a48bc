"""FamilyCase's translations: the Qt Linguist catalogues, their compiled form, their coverage.

    .venv/bin/python scripts/translations.py update     # every tr() site into the .ts files
    .venv/bin/python scripts/translations.py release    # compile .ts -> .qm (package data)
    .venv/bin/python scripts/translations.py coverage   # how much of each language is translated
    .venv/bin/python scripts/translations.py coverage --by-context

``update`` runs ``pyside6-lupdate`` over ``src/familycase`` and ``ui/`` (it finds ``self.tr(...)``
in classes, ``QCoreApplication.translate("Context", "...")`` and Designer files by itself), plus
``src/familycase/translations/more_messages.py``, which this script writes first: the strings
lupdate cannot see on its own, each as a ``translate("Context", "text")`` call with where it came
from. Those are

- module helpers such as ``_tr("text")`` whose context is fixed inside the helper
  (``def _tr(text): return QCoreApplication.translate("Words", text)``),
- ``familycase.i18n.tr("context", "text")`` below the GUI (domain, services, reports),
- words chosen at run time from tables (agency types, purposes, closure reasons...), and
- the few Qt strings FamilyCase shows through Qt's own widgets (standard buttons, the text
  box menu), which Qt has no Welsh catalogue for.

Existing translations are kept (lupdate merges); strings that are no longer in the code are
dropped (``-no-obsolete``). Translate with Qt Linguist (``pyside6-linguist``) or any editor that
keeps the XML; then ``release``. ``tests/test_translations.py`` fails when a .qm file is older than
its .ts, when Welsh is missing for a string on the main screens, or when a translation loses a
placeholder or a mnemonic.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "src" / "familycase"
UI = REPO / "ui"
FOLDER = SOURCE / "translations"
MORE = FOLDER / "more_messages.py"
LANGUAGES = ("cy",)  # English is the source language
TR_NAMES = {"tr", "translate"}
# Helpers that borrow their caller's ``tr`` (``tr = owner.tr``): at run time PySide6 looks a
# string up under each class of the caller's MRO in turn, so these strings are catalogued under
# a class every caller inherits from.
BORROWED_CONTEXTS = {"src/familycase/gui/family_file/household/details_dialog.py": "EditorDialog"}


def catalogue(language: str) -> Path:
    return FOLDER / f"familycase_{language}.ts"


def compiled(language: str) -> Path:
    return FOLDER / f"familycase_{language}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


# --- what lupdate cannot see -------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    where: str  # path:line, or the table it came from


def _string(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _is_self_call(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("self", "cls")
    )


def scan_module(path: Path) -> Iterator[Message]:
    """Calls lupdate misses in one module: helpers with a fixed context and i18n.tr()."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(REPO).as_posix()
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    helpers: dict[str, str] = {}  # helper name -> its context
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        param = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and _call_name(inner) in TR_NAMES
                and len(inner.args) == 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == param
            ):
                context = _string(inner.args[0], constants)
                if context is not None:
                    helpers[node.name] = context
    yield from _borrowed_tr(tree, where)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _call_name(node)
        if name in helpers and len(node.args) == 1:
            text = _string(node.args[0], constants)
            if text is not None:
                yield Message(helpers[name], text, f"{where}:{node.lineno}")
        elif name in TR_NAMES and len(node.args) >= 2 and not _is_self_call(node):
            context = _string(node.args[0], constants)
            text = _string(node.args[1], constants)
            if context is not None and text is not None:
                yield Message(context, text, f"{where}:{node.lineno}")


def _borrowed_tr(tree: ast.Module, where: str) -> Iterator[Message]:
    """``tr = self.tr`` in a method (the class is the context), or ``tr = owner.tr`` in a
    helper (``BORROWED_CONTEXTS``), then ``tr("text")``: lupdate files these under no context."""

    def functions(node: ast.AST, owner: str | None) -> Iterator[tuple[ast.FunctionDef, str | None]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from functions(child, child.name)
            elif isinstance(child, ast.FunctionDef):
                yield child, owner
                yield from functions(child, owner)

    for function, owner in functions(tree, None):
        aliases: dict[str, str] = {}
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "tr"
                and isinstance(node.value.value, ast.Name)
            ):
                if node.value.value.id == "self" and owner is not None:
                    context = owner
                elif where in BORROWED_CONTEXTS:
                    context = BORROWED_CONTEXTS[where]
                else:
                    raise SystemExit(f"{where}:{node.lineno}: say in BORROWED_CONTEXTS whose tr")
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        aliases[target.id] = context
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in aliases
                and len(node.args) == 1
            ):
                text = _string(node.args[0], {})
                if text is not None:
                    yield Message(aliases[node.func.id], text, f"{where}:{node.lineno}")


def table_messages() -> Iterator[Message]:
    """Words the code picks from tables at run time (imported, so always the current ones)."""
    sys.path.insert(0, str(REPO / "src"))
    from familycase.domain.assessment import AssessmentStatus, ContributorKind
    from familycase.domain.consent import InfoCategory, Purpose
    from familycase.domain.enums import ContactKind
    from familycase.domain.errors import _PLAIN
    from familycase.services import timeline

    for name in ("_TIER_NAMES", "_AGENCY_TYPES", "_CLOSURE_REASONS", "_DECISIONS"):
        for text in getattr(timeline, name).values():
            yield Message(timeline._CONTEXT, text, f"services/timeline.py {name}")
    for kind in ContactKind:
        yield Message(timeline._CONTEXT, kind.label, "domain ContactKind.label")
    for value in (*Purpose, *InfoCategory):
        yield Message("Words", value.label, f"domain {type(value).__name__}.label")
    for kind in ContributorKind:
        yield Message("AssessmentForm", kind.label, "domain ContributorKind.label")
    for status in AssessmentStatus:
        yield Message("AssessmentForm", status.label, "domain AssessmentStatus.label")
    for text in _PLAIN.values():
        yield Message("validation", text, "domain/errors.py _PLAIN")
    yield from field_titles()
    from familycase.services import panel

    for name in ("ROLES", "ACTION_STATUS", "TIER_CHANGES"):
        for text in getattr(panel, name).values():
            yield Message(panel._CONTEXT, text, f"services/panel.py {name}")
    yield from practice_messages()
    yield from qt_messages()


def practice_messages() -> Iterator[Message]:
    """Words of the practice records picked from tables: alert kinds (the GUI's words, the
    panel summary and the chronology), document types, why two records may be one person, the
    chronology's groups and what the referral feedback letter says happens next."""
    from familycase.domain.documents import TYPE_WORDS
    from familycase.domain.people import MatchReason
    from familycase.domain.risk import RiskKind
    from familycase.services import referrals, timeline

    for kind in RiskKind:
        yield Message("Words", kind.label, "domain RiskKind.label")
        yield Message(timeline._CONTEXT, kind.label, "domain RiskKind.label (chronology)")
    for text in TYPE_WORDS.values():
        yield Message("Words", text, "domain/documents.py TYPE_WORDS")
    for reason in MatchReason:
        yield Message("Words", reason.label, "domain MatchReason.label")
    for text in timeline._GROUP_WORDS.values():
        yield Message(timeline._CONTEXT, text, "services/timeline.py _GROUP_WORDS")
    for text in referrals._WHAT_HAPPENS.values():
        yield Message("referral_letter", text, "services/referrals.py _WHAT_HAPPENS")


# Qt's own words that FamilyCase shows (Qt ships no Welsh catalogue): standard buttons, the
# wizard's buttons and the right-click menu of text boxes.
QT_WORDS = {
    "QPlatformTheme": [
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
        "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ],
    "QWizard": ["&Next >", "< &Back", "&Finish", "Cancel", "Help", "Go Back", "Continue",
                "Commit", "Done"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete",
                           "Select All", "Copy &Link Location"],
    "QAbstractSpinBox": ["&Select All", "&Step up", "Step &down"],
}  # fmt: skip


def field_titles() -> Iterator[Message]:
    """The titles of the domain models' fields: validation problems name the field by its title
    (gui/common/forms.py field_text shows it in the language in use)."""
    import importlib
    import inspect
    import pkgutil

    from pydantic import BaseModel

    import familycase.domain as domain

    for info in pkgutil.walk_packages(domain.__path__, "familycase.domain."):
        module = importlib.import_module(info.name)
        for _name, model in inspect.getmembers(module, inspect.isclass):
            if not issubclass(model, BaseModel) or model.__module__ != info.name:
                continue
            for field in model.model_fields.values():
                if field.title:
                    yield Message("validation", field.title, f"{info.name}.{model.__name__}")


def qt_messages() -> Iterator[Message]:
    for context, texts in QT_WORDS.items():
        for text in texts:
            yield Message(context, text, "Qt")


def domain_messages() -> Iterator[Message]:
    """Plain-English validation messages raised by the domain's models (shown as they are)."""
    for path in sorted((SOURCE / "domain").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = path.relative_to(REPO).as_posix()
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Raise)
                and isinstance(node.exc, ast.Call)
                and _call_name(node.exc) == "ValueError"
                and node.exc.args
            ):
                text = _string(node.exc.args[0], {})
                if text is not None and " " in text:
                    yield Message("validation", text, f"{where}:{node.lineno}")


def more_messages() -> list[Message]:
    found: list[Message] = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path == MORE:
            continue
        found += scan_module(path)
    found += table_messages()
    found += domain_messages()
    seen: set[tuple[str, str]] = set()
    unique = []
    for message in found:
        key = (message.context, message.text)
        if key not in seen and message.text.strip():
            seen.add(key)
            unique.append(message)
    return unique


def write_more(messages: list[Message]) -> None:
    lines = [
        "# ruff: noqa: E501, RUF001",
        '"""Generated by scripts/translations.py update: do not edit, and never imported.',
        "",
        "The strings pyside6-lupdate cannot find by itself (module helpers with a fixed context,",
        "familycase.i18n.tr() below the GUI, words chosen from tables at run time, Qt's own",
        'buttons), written as calls it can read, each with where it came from."""',
        "",
        "",
        "def translate(_context: str, text: str) -> str:",
        "    return text",
        "",
        "",
    ]
    for message in messages:
        lines.append(f"# {message.where}")
        lines.append(f"translate({message.context!r}, {message.text!r})")
    MORE.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- commands -----------------------------------------------------------------------------------


def update(_args: argparse.Namespace) -> int:
    FOLDER.mkdir(exist_ok=True)
    write_more(more_messages())
    for language in LANGUAGES:
        result = subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-extensions", "py,ui",
                "-no-obsolete",
                "-locations", "absolute",
                "-source-language", "en_GB",
                "-target-language", f"{language}_GB",
                str(SOURCE), str(UI),
                "-ts", str(catalogue(language)),
            ],
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
        print(result.stdout.strip() or result.stderr.strip())
        if result.returncode:
            print(result.stderr, file=sys.stderr)
            return result.returncode
        drop_unnamed_context(catalogue(language))
    return 0


def drop_unnamed_context(path: Path) -> None:
    """lupdate reads a two-argument ``tr("context", "text")`` outside a class as ``tr(text,
    disambiguation)`` under no context; those strings are in more_messages.py with their real
    context, so the unnamed context goes. (Edited as text: lupdate's layout stays as it is.)"""
    text = path.read_text(encoding="utf-8")
    start = text.find("<context>\n    <name></name>")
    if start < 0:
        return
    end = text.index("</context>\n", start) + len("</context>\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def release(_args: argparse.Namespace) -> int:
    for language in LANGUAGES:
        result = subprocess.run(
            [tool("pyside6-lrelease"), str(catalogue(language)), "-qm", str(compiled(language))],
            capture_output=True,
            text=True,
            check=False,
        )
        print(result.stdout.strip())
        if result.returncode:
            print(result.stderr, file=sys.stderr)
            return result.returncode
    return 0


@dataclass(frozen=True)
class Coverage:
    language: str
    total: int
    translated: int
    by_context: dict[str, tuple[int, int]]  # context -> (translated, total)

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def coverage_of(path: Path) -> Coverage:
    root = ET.parse(path).getroot()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            done = translation is not None and kind != "unfinished" and bool(translation.text)
            counts[name]["total"] += 1
            counts[name]["done"] += int(done)
    by_context = {name: (c["done"], c["total"]) for name, c in sorted(counts.items())}
    return Coverage(
        root.get("language", path.stem),
        sum(total for _, total in by_context.values()),
        sum(done for done, _ in by_context.values()),
        by_context,
    )


def coverage(args: argparse.Namespace) -> int:
    print(f"{'language':<10}{'translated':>12}{'total':>8}{'cover':>9}")
    print(f"{'en_GB':<10}{'(source)':>12}")
    result = 0
    for language in LANGUAGES:
        cover = coverage_of(catalogue(language))
        print(f"{cover.language:<10}{cover.translated:>12}{cover.total:>8}{cover.percent:>8.1f}%")
        if args.by_context:
            for name, (done, total) in cover.by_context.items():
                if args.all or done < total:
                    print(f"    {name:<32}{done:>6} / {total}")
        if args.minimum is not None and cover.percent < args.minimum:
            result = 1
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the tr() sites into the .ts catalogues")
    commands.add_parser("release", help="compile the .ts catalogues into .qm files")
    report = commands.add_parser("coverage", help="how much of each language is translated")
    report.add_argument("--by-context", action="store_true", help="list contexts not complete")
    report.add_argument("--all", action="store_true", help="with --by-context: every context")
    report.add_argument("--minimum", type=float, help="exit 1 below this percentage")
    args = parser.parse_args(argv)
    return {"update": update, "release": release, "coverage": coverage}[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
