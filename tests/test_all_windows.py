"""Every window and dialog, checked as a person would (issue 17).

tests/all_windows_walk.py opens them all in a child process per screen, because the screen
size and QT_SCALE_FACTOR must be set before Qt starts: a 1366x768 laptop at 100%, and a
1920x1080 one at 150% (1280x720 usable). It fails on a duplicate mnemonic within one window,
an input without an accessible name, a control Tab never reaches, text cut off, and a window
larger than the screen. This file also fails when a window or dialog class of the desktop app
was not opened by the walk, and on style sheet colour pairs below WCAG AA.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import window_checks

REPO = Path(__file__).resolve().parents[1]
GUI = REPO / "src" / "familycase" / "gui"
WINDOW_BASES = {
    "QDialog",
    "QMainWindow",
    "QWizard",
    "EditorDialog",
    "LongTaskDialog",
}
NOT_WALKED: dict[str, str] = {  # class name -> why the walk cannot open it
    "OutputDialog": "a base class: the chronology print and the feedback letter are walked",
    "_DirectoryDialog": "a base class: signing and repairing the staff list are walked",
}

SCREENS = [
    pytest.param("1366x768", "1", "en", id="1366x768-at-100%"),
    pytest.param("1920x1080", "1.5", "en", id="1920x1080-at-150%"),
    pytest.param("1366x768", "1", "cy", id="1366x768-at-100%-in-Welsh"),
    pytest.param("1920x1080", "1.5", "cy", id="1920x1080-at-150%-in-Welsh"),
]


def window_classes() -> set[str]:
    """Every class in gui/ that is a window or dialog (by its base classes, transitively)."""
    bases: dict[str, set[str]] = {}
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                    for b in node.bases
                }

    def is_window(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name in WINDOW_BASES:
            return True
        return any(
            is_window(base, seen | {name}) for base in bases.get(name, ()) if base not in seen
        )

    return {name for name in bases if name not in WINDOW_BASES and is_window(name)}


def walk(screen: str, scale: str, language: str = "en") -> dict[str, object]:
    env = dict(os.environ)
    env["QT_SCALE_FACTOR"] = scale
    env.pop("QT_QPA_PLATFORM", None)  # the walk sets its own offscreen screen
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "tests" / "all_windows_walk.py"),
            "--screen",
            screen,
            "--language",
            language,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("WALK-RESULT "):
            return json.loads(line.removeprefix("WALK-RESULT "))
    raise AssertionError(f"the walk did not finish:\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}")


@pytest.mark.slow
@pytest.mark.parametrize(("screen", "scale", "language"), SCREENS)
def test_every_window_and_dialog_passes_the_checks(screen, scale, language):
    result = walk(screen, scale, language)
    width, height = (int(x) for x in screen.split("x"))
    assert result["screen"] == [round(width / float(scale)), round(height / float(scale))]
    problems = result["problems"]
    report = "\n".join(
        f"{where}:\n" + "\n".join(f"    {p}" for p in found) for where, found in problems.items()
    )
    assert not problems, f"{len(problems)} windows have problems:\n{report}"
    missing = window_classes() - set(result["opened"]) - set(NOT_WALKED)
    assert not missing, f"the walk never opened {sorted(missing)}: teach all_windows_walk.py"


def test_the_walk_finds_what_it_is_meant_to_find(qtbot):
    """The checks themselves can fail: a clash, an unnamed input, an unreachable control and
    cut-off text, each built on purpose."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    school = QLineEdit()
    form.addRow("&School", school)
    nameless = QLineEdit()
    form.addRow(nameless)
    save = QPushButton("&Save")
    unreachable = QPushButton("Never by Tab")
    unreachable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    cut = QLabel("A label with far too many words for the little room it is given here")
    cut.setFixedWidth(40)
    for widget in (save, unreachable, cut):
        form.addRow(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window_checks.mnemonic_clashes(dialog) == [
        "Alt+S is used 2 times: QLabel('&School'), QPushButton('&Save')"
    ]
    assert [p.split(" has ")[0] for p in window_checks.unnamed_inputs(dialog)] == ["QLineEdit()"]
    assert window_checks.unreachable_by_tab(dialog) == [
        "QPushButton('Never by Tab') can take input but Tab never reaches it"
    ]
    assert any("is cut off" in p for p in window_checks.cut_off_text(dialog))


def test_style_sheet_colours_meet_wcag_aa():
    qss = (REPO / "ui" / "style.qss").read_text(encoding="utf-8")
    pairs = window_checks.colour_pairs(qss, page="#f3f5f7", base="#ffffff")
    assert len(pairs) > 20  # the parser found the style sheet's pairs
    # Colours set in code: overdue and attention text, on white and on the alternate row;
    # the chosen score of a scale.
    pairs += [
        ("caseload overdue", "#a4161a", "#ffffff"),
        ("caseload overdue (alternate row)", "#a4161a", "#f4f7fa"),
        ("caseload muted placeholder", "#56606b", "#ffffff"),
        ("caseload muted placeholder (alternate row)", "#56606b", "#f4f7fa"),
        ("chosen score", "#ffffff", "#1d5c8c"),
    ]
    assert window_checks.contrast_problems(pairs) == []


def test_contrast_is_computed_as_wcag_says():
    # WCAG 2.x examples: black on white 21:1; #777777 on white about 4.48:1 (just fails AA).
    assert round(window_checks.contrast("#000000", "#ffffff"), 2) == 21.0
    assert 4.47 < window_checks.contrast("#777777", "#ffffff") < 4.49
    assert window_checks.contrast_problems([("x", "#777777", "#ffffff")])
