"""Whole tasks done with the keyboard alone, as a key worker would (issue 17): keys go to the
focused widget through Qt's own event path (qtbot.keyClick), never a method call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from familycase.gui.family_file.work.tier_dialog import TierDialog
from test_gui_support import WAIT_MS, new_family, open_family_window, sign_in

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def focused():
    return QApplication.focusWidget()


def test_ctrl_l_locks_from_a_dialog_and_unlocking_goes_back_to_the_same_place(
    qtbot, gui_team, start_app
):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Keyfast", ("Ivy", "Oak"))
    lead.lock()
    controller = start_app("lead")
    window = controller.main_window
    family = open_family_window(qtbot, window, family_id)
    family.show_tab("plan")
    family.show_tab("work")
    family.work.step.click()
    dialog = next(d for d in family.open_editors() if isinstance(d, TierDialog))
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.activateWindow()
    dialog.reason.setFocus()
    session = controller.session
    # Ctrl+L inside the dialog (a decision: nothing typed yet, so nothing to ask about).
    qtbot.keyClick(dialog.reason, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
    assert controller.main_window is None and controller.unlock_dialog is not None
    sign_in(qtbot, controller, "lead")
    window = controller.main_window
    qtbot.waitUntil(lambda: family_id in window.family_windows, timeout=WAIT_MS)
    again = window.family_windows[family_id]
    assert again.current_section() == "work"


def test_ctrl_l_works_in_a_family_file_and_ctrl_f_finds_from_it(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Findable", ("Ash",))
    lead.lock()
    controller = start_app("lead")
    window = controller.main_window
    family = open_family_window(qtbot, window, family_id)
    family.show_tab("contacts")
    text = family.contacts.entry.text
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    # The main window comes to the front with its search box ready (offscreen, window
    # activation is not real, so ask the main window which of its widgets has the focus).
    assert window.focusWidget() is window.search
    assert text.toPlainText() == ""  # the key did not reach the note
    session = controller.session
    qtbot.keyClick(family.contacts.entry.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
