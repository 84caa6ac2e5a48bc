"""Administration from the desktop app, against a real vault: changing my password, workers
(add, disable) for administrators, and retention (list, destroy, the period)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.enums import ClosureReason, Role
from familycase.domain.work import Closure
from familycase.gui.admin.password_dialog import AGAIN, CURRENT, NEW, PasswordDialog
from familycase.gui.common.tasks import wait_for_background_work
from familycase.services import retention, users, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import AccountDisabled, WrongPassword
from test_gui_support import PASSWORD, click_button_with_role, new_family, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures

NEW_PASSWORD = "a brand new passphrase"


def settle(qtbot) -> None:
    for _ in range(3):
        wait_for_background_work()
        qtbot.wait(30)
    wait_for_background_work()


def test_change_my_password_through_the_dialog(qtbot, gui_team, start_app):
    window = start_app("kw2").main_window
    assert window.password_action.isVisible()
    assert not window.workers_action.isVisible() and not window.retention_action.isVisible()
    window.admin.change_password()
    (dialog,) = window.open_editors()
    assert isinstance(dialog, PasswordDialog)

    # The two new passwords differ; too short; nothing reaches the service.
    dialog.current.setText(PASSWORD)
    dialog.new.setText(NEW_PASSWORD)
    dialog.again.setText(NEW_PASSWORD + "x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "different" in dialog.errors.field_message(AGAIN)
    dialog.new.setText("short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in dialog.errors.field_message(NEW)

    # The same as now: refused by the service, shown under the new password.
    dialog.new.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: dialog.errors.field_message(NEW))
    assert "different from the current" in dialog.errors.field_message(NEW)

    # A wrong current password.
    dialog.current.setText("not my password at all")
    dialog.new.setText(NEW_PASSWORD)
    dialog.again.setText(NEW_PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: dialog.errors.field_message(CURRENT))
    assert "current password is not right" in dialog.errors.field_message(CURRENT)
    assert not dialog.pending_save().can_save  # never changed by auto-lock

    dialog.current.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not window.open_editors())
    when(qtbot, lambda: window.question is not None)
    assert "has been changed" in window.question.text()
    settle(qtbot)
    gui_team.vault.unlock("kw2", NEW_PASSWORD).lock()
    with pytest.raises(WrongPassword):
        gui_team.vault.unlock("kw2", PASSWORD)


def test_administrator_adds_and_disables_workers(qtbot, gui_team, start_app):
    window = start_app("admin").main_window
    # The administrator's first page is the administration page, not an empty caseload.
    assert window.pages.currentWidget() is window.admin_home
    assert window.heading.text() == "Administration"
    texts = [b.text() for b in window.admin_home.buttons]
    assert texts[0] == "Manage &workers…" and window.workers_action.isVisible()
    assert window.workers_button.isHidden()  # the page has it; one Alt+W in the window
    window.admin_home.buttons[0].click()
    workers = window.admin.workers_window
    assert workers is not None
    when(qtbot, lambda: workers.workers)
    assert {"admin", "lead", "kw1"} <= {w.username for w in workers.workers}

    workers.add_worker()
    dialog = workers.add_dialog
    assert dialog is not None
    dialog.display_name.setText("Nia Newcomer")
    dialog.username.setText("lead")  # taken
    dialog.role.setCurrentIndex(dialog.role.findData(Role.KEY_WORKER))
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "!")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "different" in dialog.errors.field_message("Initial password again")
    dialog.again.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: dialog.errors.field_message("User name"))
    assert "already taken" in dialog.errors.field_message("User name")
    dialog.username.setText("n newcomer")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "lower-case letters" in dialog.errors.field_message("User name")
    dialog.username.setText(" NNewcomer ")  # tidied to lower case
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: any(w.username == "nnewcomer" for w in workers.workers))
    assert workers.add_dialog is None

    # Disable: the confirmation says where their families go; Cancel does nothing.
    workers.select("nnewcomer")
    assert workers.disable_button.isEnabled()
    workers.ask_to_disable()
    box = workers.question
    assert box is not None and "unallocated" in box.text()
    click_button_with_role(box, QMessageBox.ButtonRole.RejectRole)
    workers.select("nnewcomer")
    workers.ask_to_disable()
    click_button_with_role(workers.question, QMessageBox.ButtonRole.AcceptRole)
    when(qtbot, lambda: workers.last_disabled == "nnewcomer" and not workers.is_loading)
    settle(qtbot)
    session = gui_team.unlock("admin")
    try:
        listed = {w.username: w for w in users.list_workers(session, include_disabled=True)}
    finally:
        session.lock()
    assert listed["nnewcomer"].display_name == "Nia Newcomer"
    assert listed["nnewcomer"].role is Role.KEY_WORKER and not listed["nnewcomer"].active
    assert listed["kw1"].active
    with pytest.raises(AccountDisabled):
        gui_team.vault.unlock("nnewcomer", PASSWORD)

    # Nobody can disable themselves.
    workers.select("admin")
    assert not workers.disable_button.isEnabled()


def _closed_family(gui_team, surname: str) -> tuple[str, str]:
    session = gui_team.unlock("lead")
    try:
        family_id = new_family(session, surname)
        work.close_episode(
            session,
            family_id,
            Closure(
                reason=ClosureReason.OUTCOMES_ACHIEVED,
                on=date.today(),
                exit_plan="Universal services.",
            ),
        )
        row = next(
            r
            for r in caseload(session, CaseloadView.TEAM, statuses=None)
            if r.family_id == family_id
        )
        return family_id, row.reference
    finally:
        session.lock()


def _team_family_ids(gui_team) -> set[str]:
    session = gui_team.unlock("lead")
    try:
        return {r.family_id for r in caseload(session, CaseloadView.TEAM, statuses=None)}
    finally:
        session.lock()


def test_team_leader_destroys_a_family_past_retention(qtbot, gui_team, start_app):
    family_id, reference = _closed_family(gui_team, "Longago")
    window = start_app("lead").main_window
    assert window.retention_action.isVisible()

    # Today nothing is past retention.
    window.admin.open_retention()
    view = window.admin.retention_window
    when(qtbot, lambda: view.count.text())
    assert view.rows == [] and not view.destroy_button.isEnabled()
    view.close()
    when(qtbot, lambda: window.admin.retention_window is None)

    later = retention.add_years(date.today(), retention.retention_years(gui_team.vault))
    window.admin.open_retention(on=later + timedelta(days=1))
    view = window.admin.retention_window
    when(qtbot, lambda: view.rows)
    assert [r.reference for r in view.rows] == [reference]
    assert "6 years" in view.period.text()
    assert view.table.item(0, 1).text() == date.today().strftime("%d/%m/%Y")
    view.select(reference)
    view.ask_to_destroy()
    dialog = view.destroy_dialog
    assert dialog is not None and "cannot be undone" in "".join(
        label.text() for label in dialog.findChildren(type(dialog.problem))
    )

    # The wrong reference: nothing happens.
    dialog.reference.setText("FC-999999")
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: dialog.problem.text())
    assert "type its reference" in dialog.problem.text()
    settle(qtbot)
    assert family_id in _team_family_ids(gui_team)

    dialog.reference.setText(reference.lower())
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    when(qtbot, lambda: view.destroyed_references == [reference] and not view.is_loading)
    assert view.rows == [] and view.destroy_dialog is None
    assert "has been destroyed" in view.message.text()
    settle(qtbot)
    assert family_id not in _team_family_ids(gui_team)


def test_administrator_changes_the_retention_period(qtbot, gui_team, start_app):
    window = start_app("admin").main_window
    assert window.retention_action.isVisible()
    window.admin.open_retention()
    view = window.admin.retention_window
    when(qtbot, lambda: view.period.text())
    assert not view.years_box.parentWidget().isHidden()
    view.years_box.setValue(8)
    qtbot.mouseClick(view.save_years_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: "8 years" in view.period.text())
    settle(qtbot)
    assert retention.retention_years(gui_team.vault) == 8
    view.years_box.setValue(retention.DEFAULT_RETENTION_YEARS)
    qtbot.mouseClick(view.save_years_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: "6 years" in view.period.text())


def test_team_leader_cannot_change_the_retention_period(qtbot, gui_team, start_app):
    window = start_app("lead").main_window
    assert not window.workers_action.isVisible()
    window.admin.open_retention()
    view = window.admin.retention_window
    when(qtbot, lambda: view.period.text())
    assert view.years_box.parentWidget().isHidden()


def test_locking_closes_the_administration_windows(qtbot, gui_team, start_app):
    controller = start_app("admin")
    window = controller.main_window
    window.admin.open_workers()
    window.admin.open_retention()
    workers, kept = window.admin.workers_window, window.admin.retention_window
    when(qtbot, lambda: workers.workers and kept.period.text())
    workers.add_worker()
    workers.add_dialog.password.setText("half typed password")
    controller.lock()
    when(qtbot, lambda: controller.main_window is None and controller.unlock_dialog is not None)
    assert not shiboken6.isValid(workers) or not workers.isVisible()
    assert not shiboken6.isValid(kept) or not kept.isVisible()
