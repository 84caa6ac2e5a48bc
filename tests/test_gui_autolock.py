"""Auto-lock after idle time, and what happens to unsaved work (see gui/auto_lock.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.gui.admin.preferences import DEFAULT_AUTO_LOCK_MINUTES
from familycase.gui.common.tasks import wait_for_background_work
from familycase.gui.family_file.work.tier_dialog import TierDialog
from familycase.services import families
from test_gui_support import WAIT_MS, new_family, open_family_window, sign_in

pytest_plugins = ["test_gui_support"]  # the shared fixtures

LONG = 600_000  # long enough never to fire while a test sets things up


def stored_notes(gui_team, family_id: str) -> list[str]:
    session = gui_team.unlock("lead")
    try:
        return [note.text for note in families.open_family(session, family_id).contacts]
    finally:
        session.lock()


def test_idle_time_locks_and_shows_the_unlock_dialog(qtbot, start_app):
    controller = start_app("lead", idle_timeout_ms=300)
    session = controller.session
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
    assert controller.session is None and controller.main_window is None
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
    assert controller.unlock_dialog.user_box.currentText() == "lead"
    assert "locked itself" in controller.unlock_dialog.notice.text()
    assert controller.unlock_dialog.notice.isVisibleTo(controller.unlock_dialog)
    # And in again: the idle clock starts again with the new session.
    sign_in(qtbot, controller, "lead")
    second = controller.session
    qtbot.waitUntil(lambda: second.is_locked, timeout=WAIT_MS)


def test_input_keeps_the_app_unlocked(qtbot, start_app):
    controller = start_app("lead", idle_timeout_ms=400)
    window = controller.main_window
    for _ in range(6):  # 6 x 150 ms of typing: more than the idle time, never idle
        qtbot.keyClicks(window.search, "a")
        qtbot.wait(150)
    assert not controller.session.is_locked
    window.search.clear()


def test_unsaved_work_that_validates_is_saved_before_locking(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Juniper", ("Ora", "Pip"))
    lead.lock()
    controller = start_app("lead", idle_timeout_ms=LONG)
    family = open_family_window(qtbot, controller.main_window, family_id)
    qtbot.keyClicks(family.contacts.entry.text, "Home visit: Pip's new glasses arrived.")
    session = controller.session

    controller.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
    assert controller.lock_warning is None  # nothing to warn about: it could all be saved
    wait_for_background_work()
    assert controller.lock_failures == []
    assert stored_notes(gui_team, family_id) == ["Home visit: Pip's new glasses arrived."]


def test_work_that_cannot_be_saved_is_lost_only_after_a_countdown(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Kestrel", ("Quin", "Rae"))
    lead.lock()
    controller = start_app("lead", idle_timeout_ms=LONG, warning_seconds=1)
    family = open_family_window(qtbot, controller.main_window, family_id)
    entry = family.contacts.entry
    qtbot.keyClicks(entry.others, "Health visitor")  # but nothing under "What happened"
    family.show_tab("work")
    qtbot.mouseClick(family.work.step, Qt.MouseButton.LeftButton)
    step = family.open_editors()[-1]
    assert isinstance(step, TierDialog)
    qtbot.keyClicks(step.reason, "Police call-out")  # a decision: never made automatically
    session = controller.session

    controller.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: controller.lock_warning is not None, timeout=WAIT_MS)
    warning = controller.lock_warning
    text = warning.body.text()
    assert "Contact note for Kestrel family" in text and "What happened" in text
    assert "Tier change for Kestrel family" in text and "never makes a decision" in text
    assert warning.seconds_left == 1 and "lock in 1 second" in warning.title.text()
    assert not session.is_locked  # the countdown is visible first

    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
    assert controller.lock_warning is None and controller.unlock_dialog is not None
    assert stored_notes(gui_team, family_id) == []
    session = gui_team.unlock("lead")
    assert len(families.open_family(session, family_id).current_episode.details.tier_history) == 1
    session.lock()


def test_any_input_during_the_countdown_keeps_working(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Larkspur", ("Sid", "Tam"))
    lead.lock()
    controller = start_app("lead", idle_timeout_ms=LONG, warning_seconds=60)
    family = open_family_window(qtbot, controller.main_window, family_id)
    qtbot.keyClicks(family.contacts.entry.others, "Gran")
    controller.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: controller.lock_warning is not None, timeout=WAIT_MS)
    warning = controller.lock_warning

    qtbot.keyClick(warning, Qt.Key.Key_Shift)  # someone is back
    assert controller.lock_warning is None
    assert not controller.session.is_locked
    assert family.contacts.entry.others.text() == "Gran"  # nothing was lost
    controller.idle.set_timeout_ms(LONG)
    family.contacts.entry.discard_changes()


def test_lock_button_with_unsaved_work_asks_first(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Marigold", ("Uma", "Vic"))
    lead.lock()
    controller = start_app("lead", idle_timeout_ms=LONG)
    window = controller.main_window
    family = open_family_window(qtbot, window, family_id)
    qtbot.keyClicks(family.contacts.entry.text, "Phoned Uma about the school meeting.")
    session = controller.session

    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    box = window.question
    assert box is not None and "Contact note for Marigold family" in box.text()
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()
    assert not session.is_locked and controller.main_window is window

    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    next(b for b in window.question.buttons() if b.text() == "&Save").click()
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
    assert stored_notes(gui_team, family_id) == ["Phoned Uma about the school meeting."]


def test_auto_lock_time_is_a_preference(qtbot, start_app, preferences):
    assert preferences.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES == 10
    controller = start_app("lead")
    assert controller.idle.timeout_ms == 10 * 60_000
    controller.show_preferences()
    dialog = controller.preferences_dialog
    dialog.minutes.setValue(3)
    dialog.save()
    assert preferences.auto_lock_minutes == 3
    assert controller.idle.timeout_ms == 3 * 60_000
    preferences.auto_lock_minutes = 100_000
    assert preferences.auto_lock_minutes == 120  # capped
