"""The shape of the code: no import cycles, Qt only in gui/, and imports point downward only.

Every module under src/familycase is parsed (never imported), and every import in it counts:
top-level, function-local, under ``if TYPE_CHECKING``, and ``importlib.import_module`` /
``__import__`` with a literal name. ``from P import name`` goes to the module ``P.name`` when
there is one, else to ``P`` (a package's ``__init__``); ``import P.Q`` goes to ``P.Q``.
The last tests run the same checks over small made-up packages, to show that each one fails
when it should.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "familycase"

QT_MODULES = {"PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt6", "PyQt5", "qtpy", "Qt"}

# What each part of familycase may import from familycase besides itself (DESIGN.md "Layers",
# docs/architecture.md). A part is a top-level package or module: familycase.<part>. The root
# package (only __version__) may be imported by anyone and imports nothing.
_BELOW_SERVICES = {"store", "crypto", "domain", "exchange", "costs_data", "i18n", "paths"}
MAY_IMPORT: dict[str, set[str]] = {
    PACKAGE: set(),
    "i18n": set(),
    "translations": set(),  # the catalogues (package data); more_messages.py imports nothing
    "paths": set(),
    "domain": {"i18n"},
    "crypto": set(),
    "store": {"crypto", "domain", "i18n"},
    "exchange": {"crypto", "domain", "i18n"},  # the bundle format; services build on it
    "costs_data": {"domain", "i18n"},
    "services": _BELOW_SERVICES,  # never reports, gui, cli or the demo generator
    "reports": {"services", "domain", "i18n"},  # writers over service read-models
    "demo": {
        "demo_costs",
        "demo_practice",
        "services",
        "crypto",
        "domain",
        "costs_data",
        "i18n",
        "paths",
    },
    "demo_costs": {"services", "crypto", "domain", "costs_data", "i18n"},
    "demo_practice": {"services", "domain", "i18n"},
    # The front ends call services (and use domain types, reports, the demo); never the store.
    "gui": (_BELOW_SERVICES - {"store"}) | {"services", "reports", "demo", "demo_costs"},
    "cli": (_BELOW_SERVICES - {"store"}) | {"services", "reports", "demo", "demo_costs"},
    "__main__": {"cli"},
}
# Single modules a part may import although their part is not allowed: `familycase gui` (and
# `familycase` with no command) start the desktop app through gui.app, inside the command.
EXCEPTIONS = {("cli", "gui.app")}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a package stands for its __init__)
    line: int


def module_files(src: Path, package: str) -> dict[str, Path]:
    """Every module of ``package`` under ``src``, by dotted name."""
    modules = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def imported_names(name: str, path: Path) -> list[tuple[str, str | None, int]]:
    """(module, imported name or None, line) for every import in the file, relative ones
    resolved against ``name``."""
    is_package = path.name == "__init__.py"
    here = name if is_package else name.rpartition(".")[0]
    found: list[tuple[str, str | None, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, None, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found += [(module, alias.name, node.lineno) for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            found.append((node.args[0].value, None, node.lineno))
    return found


def import_graph(src: Path, package: str) -> tuple[dict[str, Path], list[Import]]:
    modules = module_files(src, package)
    imports = []
    for name, path in modules.items():
        for module, attribute, line in imported_names(name, path):
            if attribute is not None and f"{module}.{attribute}" in modules:
                target = f"{module}.{attribute}"
            elif module in modules:
                target = module
            else:
                continue  # not ours (or a data package such as familycase.forms)
            if target != name:
                imports.append(Import(name, target, line))
    return modules, list(dict.fromkeys(imports))  # `from p import a, b` once, not twice


def cycles(imports: list[Import]) -> list[tuple[set[str], list[Import]]]:
    """Each group of modules that import each other round in a circle (Tarjan's strongly
    connected components), with the shortest circle through its first module, as imports."""
    edges: dict[str, dict[str, Import]] = defaultdict(dict)
    for imp in imports:
        edges[imp.source].setdefault(imp.target, imp)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted({i.source for i in imports} | {i.target for i in imports}):
        if node not in index:
            visit(node)

    found = []
    for group in groups:  # the shortest way round from the group's first module, back to it
        start = min(group)
        paths: dict[str, list[Import]] = {start: []}
        queue = [start]
        while queue and not any(start in edges[n] for n in queue):
            nxt_queue = []
            for node in queue:
                for nxt, imp in sorted(edges[node].items()):
                    if nxt in group and nxt not in paths:
                        paths[nxt] = [*paths[node], imp]
                        nxt_queue.append(nxt)
            queue = nxt_queue
        last = next(n for n in queue if start in edges[n])
        found.append((group, [*paths[last], edges[last][start]]))
    return found


def describe(group: set[str], cycle: list[Import], modules: dict[str, Path], src: Path) -> str:
    route = " -> ".join([cycle[0].source] + [imp.target for imp in cycle])
    where = ", ".join(f"{modules[i.source].relative_to(src)}:{i.line}" for i in cycle)
    text = f"{route} (imports at {where})"
    others = sorted(group - {i.source for i in cycle})
    return f"{text}; also in this circle: {', '.join(others)}" if others else text


def part_of(module: str, package: str) -> str:
    return module.split(".")[1] if "." in module else package


def upward_imports(imports: list[Import], package: str) -> list[Import]:
    """The imports that ``MAY_IMPORT`` and ``EXCEPTIONS`` do not allow."""
    wrong = []
    for imp in imports:
        source, target = part_of(imp.source, package), part_of(imp.target, package)
        if source == target or target == package:
            continue
        if (source, imp.target.removeprefix(f"{package}.")) in EXCEPTIONS:
            continue
        if target not in MAY_IMPORT.get(source, set()):
            wrong.append(imp)
    return wrong


def qt_imports(src: Path, package: str) -> list[str]:
    """Modules outside ``package``.gui that import Qt, with the line."""
    found = []
    for name, path in module_files(src, package).items():
        if name == f"{package}.gui" or name.startswith(f"{package}.gui."):
            continue
        for module, _attribute, line in imported_names(name, path):
            if module.split(".")[0] in QT_MODULES:
                found.append(f"{path.relative_to(src)}:{line} imports {module}")
    return found


# --- the rules, over src/familycase ---------------------------------------------------------


def test_every_part_of_familycase_has_a_rule():
    parts = {part_of(name, PACKAGE) for name in module_files(SRC, PACKAGE)}
    assert parts <= set(MAY_IMPORT), f"no import rule for {sorted(parts - set(MAY_IMPORT))}"


def test_no_import_cycles():
    modules, imports = import_graph(SRC, PACKAGE)
    assert len(modules) > 100 and len(imports) > 500  # the graph really was built
    found = [describe(*circle, modules, SRC) for circle in cycles(imports)]
    assert not found, "import cycles:\n" + "\n".join(found)


def test_only_gui_imports_qt():
    found = qt_imports(SRC, PACKAGE)
    assert not found, "Qt outside familycase/gui/:\n" + "\n".join(found)


def test_imports_point_downward_only():
    modules, imports = import_graph(SRC, PACKAGE)
    found = [
        f"{modules[i.source].relative_to(SRC)}:{i.line}: {i.source} imports {i.target}"
        for i in upward_imports(imports, PACKAGE)
    ]
    assert not found, "imports against the layers (see MAY_IMPORT):\n" + "\n".join(found)


# --- the checks themselves fail when they should ----------------------------------------------


def make_package(src: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_cycle_check_sees_relative_function_local_and_package_imports(tmp_path):
    make_package(
        tmp_path,
        {
            "fc/__init__.py": "",
            "fc/a.py": "def f():\n    from . import b\n",  # function-local, relative
            "fc/b.py": "from fc.c import thing\n",
            "fc/c.py": "import fc.a\nthing = 1\n",
            "fc/tool/__init__.py": "from fc.tool import helper\nHandler = 1\n",
            "fc/tool/helper.py": "from fc.tool import Handler\n",  # goes to the __init__
            "fc/fine.py": "from fc import c\nimport os\n",
        },
    )
    modules, imports = import_graph(tmp_path, "fc")
    found = sorted(describe(*circle, modules, tmp_path) for circle in cycles(imports))
    assert found == [
        "fc.a -> fc.b -> fc.c -> fc.a (imports at fc/a.py:2, fc/b.py:1, fc/c.py:1)",
        "fc.tool -> fc.tool.helper -> fc.tool (imports at fc/tool/__init__.py:1, "
        "fc/tool/helper.py:1)",
    ]


def test_the_qt_check_sees_imports_anywhere_in_a_file(tmp_path):
    make_package(
        tmp_path,
        {
            "fc/__init__.py": "",
            "fc/services/__init__.py": "",
            "fc/services/a.py": "def f():\n    from PySide6.QtCore import QObject\n",
            "fc/services/b.py": "import importlib\nimportlib.import_module('shiboken6')\n",
            "fc/gui/__init__.py": "from PySide6 import QtWidgets\n",
        },
    )
    assert qt_imports(tmp_path, "fc") == [
        "fc/services/a.py:2 imports PySide6.QtCore",
        "fc/services/b.py:2 imports shiboken6",
    ]


def test_the_layer_check_refuses_an_upward_import(tmp_path):
    make_package(
        tmp_path,
        {
            "fc/__init__.py": "",
            "fc/domain/__init__.py": "",
            "fc/domain/rules.py": "def f():\n    from fc.services import work\n",
            "fc/services/__init__.py": "",
            "fc/services/work.py": "from fc.domain import rules\nfrom fc import reports\n",
            "fc/reports/__init__.py": "from fc.services import work\n",
            "fc/cli/__init__.py": "from fc.gui import app, tabs\n",
            "fc/gui/__init__.py": "",
            "fc/gui/app.py": "",
            "fc/gui/tabs.py": "",
        },
    )
    _, imports = import_graph(tmp_path, "fc")
    wrong = sorted(f"{i.source} -> {i.target}" for i in upward_imports(imports, "fc"))
    assert wrong == [
        "fc.cli -> fc.gui.tabs",
        "fc.domain.rules -> fc.services.work",
        "fc.services.work -> fc.reports",
    ]
