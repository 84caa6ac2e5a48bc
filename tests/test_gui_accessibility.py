"""Keyboard and screen readers: every input has an accessible name, every label that names a
field has a mnemonic and is the field's buddy, and the main actions have shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.gui.admin.preferences_dialog import PreferencesDialog
from familycase.gui.session.first_run import FirstRunWizard
from test_gui_support import new_family, open_family_window

pytest_plugins = ["test_gui_support"]  # the shared fixtures

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView, QTextBrowser)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name (a button's or tick box's text is its name).
    Qt's own parts (headers, a combo's pop-up list, a line edit's clear button) are left out."""
    missing = []
    for widget in root.findChildren(QWidget):
        parent = widget.parent()
        if isinstance(widget, QHeaderView) or isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(parent, (QLineEdit, QTabBar, QMenuBar)) or widget.objectName().startswith(
            "qt_"
        ):
            continue
        if (
            isinstance(widget, QAbstractItemView)
            and parent is not None
            and parent.inherits("QComboBoxPrivateContainer")
        ):
            continue
        if isinstance(widget, INPUTS) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
        if isinstance(widget, QAbstractButton) and not (widget.text() or widget.accessibleName()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def labels_without_buddies(root: QWidget) -> list[str]:
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.objectName() == "formLabel" and ("&" not in label.text() or not label.buddy())
    ]


def test_every_screen_names_its_inputs(qtbot, gui_team, start_app, tmp_path, preferences):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Nightingale", ("Wren", "Xan"))
    lead.lock()
    controller = start_app("lead")
    window = controller.main_window
    assert unnamed_inputs(window) == []

    window.new_family()
    dialog = window.open_editors()[-1]
    assert unnamed_inputs(dialog) == [] and labels_without_buddies(dialog) == []
    dialog.discard_changes()

    family = open_family_window(qtbot, window, family_id)
    assert unnamed_inputs(family) == []
    for button in (
        family.household.add_member,
        family.household.add_relationship,
        family.household.edit_details,
        family.agencies.add,
        family.work.step,
        family.work.close_episode,
        family.work.allocate,
    ):
        button.click()
        editor = family.open_editors()[-1]
        assert unnamed_inputs(editor) == [], editor.objectName()
        assert labels_without_buddies(editor) == [], editor.objectName()
        editor.discard_changes()

    window.show_team()
    qtbot.waitUntil(lambda: window.team_view.data is not None, timeout=10_000)
    assert unnamed_inputs(window) == []

    wizard = FirstRunWizard(tmp_path / "v")
    qtbot.addWidget(wizard)
    assert unnamed_inputs(wizard) == [] and labels_without_buddies(wizard) == []
    prefs = PreferencesDialog(preferences)
    qtbot.addWidget(prefs)
    assert unnamed_inputs(prefs) == []


def test_main_actions_have_shortcuts(qtbot, start_app):
    window = start_app("lead").main_window
    shortcuts = {
        action.text().replace("&", ""): action.shortcut()
        for menu in window.menuBar().findChildren(QWidget)
        for action in menu.actions()
    }
    assert shortcuts["New family…"] == QKeySequence("Ctrl+N")
    assert shortcuts["Lock"] == QKeySequence("Ctrl+L")
    assert shortcuts["Find a family"] == QKeySequence("Ctrl+F")
    assert shortcuts["In-tray"] == QKeySequence("Ctrl+1")  # the first page
    assert shortcuts["Team overview"] == QKeySequence("Ctrl+5")
    assert shortcuts["Refresh"] == QKeySequence("F5")
    assert all("&" in b.text() for b in window.view_buttons.values())
    assert window.table.focusPolicy() & Qt.FocusPolicy.TabFocus
