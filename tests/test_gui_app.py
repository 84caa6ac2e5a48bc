"""The first desktop screens, driven with pytest-qt against a real (fast-KDF) demo vault."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.demo import DEMO_PASSWORD, build_demo
from familycase.domain.enums import FamilyStatus, Tier
from familycase.gui import app as gui_app
from familycase.gui.app import AppController, no_vault_message
from familycase.gui.caseload.model import CaseloadModel, Column
from familycase.gui.common.style import style_sheet
from familycase.gui.common.tasks import wait_for_background_work
from familycase.gui.inbox.page import INBOX_PAGE
from familycase.gui.main_window import MainWindow
from familycase.gui.session.unlock import is_demo_organisation, retry_delay
from familycase.services.caseload import (
    CaseloadRow,
    CaseloadView,
    NameIndex,
    caseload,
)
from familycase.services.errors import VaultNotFound
from familycase.services.vault import Vault

WRONG = "The user name or password is not right."
WAIT_MS = 10_000


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gui") / "vault"
    build_demo(path, 30, INSECURE_FAST_FOR_TESTS)
    return path


@pytest.fixture
def vault(demo_dir: Path) -> Iterator[Vault]:
    vault = Vault.open(demo_dir)
    yield vault
    wait_for_background_work()
    vault.dispose()


def rows_for(vault: Vault, username: str, view: CaseloadView) -> list[CaseloadRow]:
    """The caseload computed straight from the services, in a session of its own."""
    session = vault.unlock(username, DEMO_PASSWORD)
    try:
        return caseload(session, view)
    finally:
        session.lock()


@pytest.fixture
def make_controller(qtbot, vault: Vault):
    made: list[AppController] = []

    def make(username: str | None = "sam") -> AppController:
        controller = AppController(vault, username)
        controller.start()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        for widget in (controller.main_window, controller.unlock_dialog):
            if widget is not None:
                widget.close()
        controller.shutdown()
    wait_for_background_work()
    QCoreApplication.processEvents()


def unlock(qtbot, controller: AppController, username: str, password: str = DEMO_PASSWORD) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.user_box.setCurrentText(username)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter unlocks


def wait_for_window(qtbot, controller: AppController) -> MainWindow:
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.is_loading, timeout=WAIT_MS)
    return window


def ids(rows: list[CaseloadRow]) -> set[str]:
    return {row.family_id for row in rows}


# --- unlocking -------------------------------------------------------------------------------


def test_right_password_opens_the_in_tray_with_the_team_caseload_behind_it(
    qtbot, vault, make_controller
):
    expected = rows_for(vault, "sam", CaseloadView.TEAM)
    controller = make_controller("sam")
    dialog = controller.unlock_dialog
    assert dialog.user_box.currentText() == "sam"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    unlock(qtbot, controller, "sam")
    window = wait_for_window(qtbot, controller)

    assert window.windowTitle() == "FamilyCase — Demoford Council (demo)"
    assert window.current_view == INBOX_PAGE  # what is waiting today comes first
    assert window.pages.currentWidget() is window.inbox and window.inbox.data is not None
    assert window.heading.text() == "In-tray"
    qtbot.mouseClick(window.view_buttons[CaseloadView.TEAM], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_loading, timeout=WAIT_MS)
    assert window.current_view is CaseloadView.TEAM
    assert set(window.view_buttons) == {
        CaseloadView.MINE,
        CaseloadView.TEAM,
        CaseloadView.UNALLOCATED,
    }
    assert window.model.rowCount() == len(expected) > 0
    assert ids(window.visible_rows()) == ids(expected)
    assert window.count_label.text().startswith(f"{len(expected)} families")
    assert controller.session is not None and not controller.session.is_locked


def test_key_worker_sees_only_their_own_caseload(qtbot, vault, make_controller):
    expected = rows_for(vault, "priya", CaseloadView.MINE)
    controller = make_controller(None)
    unlock(qtbot, controller, "priya")
    window = wait_for_window(qtbot, controller)

    assert list(window.view_buttons) == [CaseloadView.MINE]
    assert window.current_view == INBOX_PAGE
    qtbot.mouseClick(window.view_buttons[CaseloadView.MINE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_loading, timeout=WAIT_MS)
    assert window.current_view is CaseloadView.MINE
    assert window.table.isColumnHidden(Column.LEAD)  # always priya here
    assert window.heading.text() == "My caseload"
    assert window.model.rowCount() == len(expected)
    assert ids(window.visible_rows()) == ids(expected)


def test_switching_to_unallocated_lists_families_without_a_lead(qtbot, vault, make_controller):
    expected = rows_for(vault, "sam", CaseloadView.UNALLOCATED)
    controller = make_controller("sam")
    unlock(qtbot, controller, "sam")
    window = wait_for_window(qtbot, controller)
    qtbot.mouseClick(window.view_buttons[CaseloadView.UNALLOCATED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_loading, timeout=WAIT_MS)

    assert window.current_view is CaseloadView.UNALLOCATED
    assert ids(window.visible_rows()) == ids(expected)
    assert all(row.lead_worker_id is None for row in window.visible_rows())


def test_wrong_password_says_so_plainly_and_opens_nothing(qtbot, make_controller):
    controller = make_controller("sam")
    dialog = controller.unlock_dialog
    unlock(qtbot, controller, "sam", "not the password")
    qtbot.waitUntil(lambda: dialog.failures == 1 and not dialog.is_busy, timeout=WAIT_MS)

    assert dialog.message_text() == WRONG
    assert controller.main_window is None
    assert controller.session is None
    assert dialog.isVisible()
    assert dialog.password.text() == ""
    assert dialog.seconds_to_wait == 0  # the first mistake costs nothing
    assert dialog.unlock_button.isEnabled()

    unlock(qtbot, controller, "sam", "still not it")
    qtbot.waitUntil(lambda: dialog.failures == 2 and not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.seconds_to_wait == 1
    assert not dialog.unlock_button.isEnabled()
    assert dialog.message_text().startswith(WRONG)
    assert "try again in 1 second" in dialog.message_text()


def test_unknown_user_gets_the_same_message(qtbot, make_controller):
    controller = make_controller(None)
    dialog = controller.unlock_dialog
    unlock(qtbot, controller, "nobody-here")
    qtbot.waitUntil(lambda: dialog.failures == 1 and not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.message_text() == WRONG
    assert controller.main_window is None


def test_closing_the_dialog_mid_unlock_locks_the_late_session(qtbot, vault, make_controller):
    sessions = []
    real_unlock = vault.unlock

    def unlock_and_remember(username, password, **options):
        session = real_unlock(username, password, **options)
        sessions.append(session)
        return session

    vault.unlock = unlock_and_remember
    controller = make_controller("sam")
    dialog = controller.unlock_dialog
    dialog.password.setText(DEMO_PASSWORD)
    dialog.try_unlock()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(sessions) == 1 and sessions[0].is_locked, timeout=WAIT_MS)
    assert controller.main_window is None


def test_retry_delay_grows_and_is_capped():
    assert [retry_delay(n) for n in range(1, 10)] == [0, 1, 2, 4, 8, 16, 30, 30, 30]
    assert retry_delay(0) == 0


def test_demo_vault_shows_the_demo_password_hint(make_controller):
    controller = make_controller(None)
    hint = controller.unlock_dialog.demo_hint
    assert hint.isVisibleTo(controller.unlock_dialog)
    assert DEMO_PASSWORD in hint.text()
    assert "sam" in hint.text() and "priya" in hint.text()
    assert is_demo_organisation("Demoford Council (demo)")
    assert not is_demo_organisation("Northshire County Council")


def test_inputs_have_accessible_names(make_controller):
    dialog = make_controller(None).unlock_dialog
    assert dialog.user_box.accessibleName() == "User name"
    assert dialog.password.accessibleName() == "Password"
    assert dialog.unlock_button.isDefault()


# --- search ----------------------------------------------------------------------------------


def _narrowing_name(rows: list[CaseloadRow]) -> str:
    """A first name that some, but not all, families have a member called."""
    index = NameIndex(rows)
    for row in rows:
        for name in row.member_names:
            given = name.split()[0]
            if 0 < len(index.search(given)) < len(rows):
                return given
    raise AssertionError("the demo data has no narrowing name")


def test_search_as_you_type_narrows_to_matching_families(qtbot, vault, make_controller):
    rows = rows_for(vault, "sam", CaseloadView.TEAM)
    name = _narrowing_name(rows)
    expected = NameIndex(rows).search(name)
    controller = make_controller("sam")
    unlock(qtbot, controller, "sam")
    window = wait_for_window(qtbot, controller)

    qtbot.keyClicks(window.search, name.lower())
    shown = window.visible_rows()
    assert ids(shown) == ids(expected)
    assert 0 < len(shown) < len(rows)
    for row in shown:
        assert any(name.casefold() in member.casefold() for member in row.member_names)
    assert window.count_label.text().startswith(f"{len(shown)} of {len(rows)} families")

    window.search.clear()
    assert window.model.rowCount() == len(rows)

    qtbot.keyClicks(window.search, "zzqqxx")
    assert window.model.rowCount() == 0
    assert window.stack.currentWidget() is window.empty
    assert "zzqqxx" in window.empty.text()


def test_ctrl_f_focuses_search(qtbot, make_controller):
    controller = make_controller("sam")
    unlock(qtbot, controller, "sam")
    window = wait_for_window(qtbot, controller)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus, timeout=WAIT_MS)


# --- locking ---------------------------------------------------------------------------------


def test_lock_button_drops_the_keys_and_asks_again(qtbot, make_controller):
    controller = make_controller("sam")
    unlock(qtbot, controller, "sam")
    window = wait_for_window(qtbot, controller)
    session = controller.session
    assert window.model.rowCount() > 0

    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)

    assert controller.session is None  # at once: the keys go on the service thread, next
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
    assert controller.main_window is None
    assert window.model.rowCount() == 0  # nothing left on screen
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.user_box.currentText() == "sam"

    unlock(qtbot, controller, "sam")  # and back in again
    assert wait_for_window(qtbot, controller).model.rowCount() > 0


def test_ctrl_l_locks(qtbot, make_controller):
    controller = make_controller("sam")
    unlock(qtbot, controller, "sam")
    window = wait_for_window(qtbot, controller)
    session = controller.session
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.unlock_dialog is not None
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)


# --- the family file ---------------------------------------------------------------------------


def test_double_click_opens_the_family_file(qtbot, make_controller):
    controller = make_controller("sam")
    unlock(qtbot, controller, "sam")
    window = wait_for_window(qtbot, controller)
    index = window.model.index(0, Column.FAMILY)
    row = index.data(CaseloadModel.ROW_ROLE)
    window.table.activated.emit(index)  # what a double-click or Enter on the row does
    qtbot.waitUntil(lambda: row.family_id in window.family_windows, timeout=WAIT_MS)
    family = window.family_windows[row.family_id]
    members = family.household.members
    assert members.rowCount() == row.member_count
    names = {members.item(r, 0).text() for r in range(members.rowCount())}
    assert names == {name.split(" (")[0] for name in row.member_names}
    family.close()


# --- the model -------------------------------------------------------------------------------


def test_caseload_model_passes_qt_model_tester(qtbot, vault):
    rows = rows_for(vault, "sam", CaseloadView.TEAM)
    model = CaseloadModel(rows)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows[:5])
    model.set_rows(rows)
    model.clear()
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    assert model.columnCount() == 9
    del tester


def test_model_words_and_overdue_marking(qtbot):
    on = date(2026, 3, 10)

    def row(**changes) -> CaseloadRow:
        base = dict(
            family_id="f1",
            reference="FC-000001",
            family_name="Example family",
            member_names=("Ann Example",),
            lead_worker_id=None,
            lead_name="",
            team_id=None,
            tier=Tier.TARGETED,
            status=FamilyStatus.REFERRED,
            next_review_due=None,
            last_contact_on=None,
            member_count=1,
        )
        base.update(changes)
        return CaseloadRow(**base)

    overdue = row(
        family_id="f2",
        status=FamilyStatus.OPEN,
        lead_name="Priya Shah",
        next_review_due=on - timedelta(days=1),
        last_contact_on=on - timedelta(days=12),
    )
    due_later = row(family_id="f3", status=FamilyStatus.STEPPED_UP, next_review_due=on)
    model = CaseloadModel([row(), overdue, due_later], on=on)

    def text(r: int, c: Column) -> str:
        return model.index(r, c).data(Qt.ItemDataRole.DisplayRole)

    assert [text(r, Column.STATUS) for r in range(3)] == [
        "Awaiting allocation",
        "Open",
        "Stepped up",
    ]
    assert text(0, Column.LEAD) == "Not allocated"
    assert text(0, Column.TIER) == "3 \N{EN DASH} Targeted"
    assert text(0, Column.DAYS_SINCE_CONTACT) == "No contact yet"
    assert (
        text(1, Column.NEXT_REVIEW) == "09/03/2026 \N{EN DASH} overdue"
    )  # words, not colour alone
    assert model.index(1, Column.NEXT_REVIEW).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, Column.NEXT_REVIEW).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert text(1, Column.DAYS_SINCE_CONTACT) == "12"
    assert text(2, Column.NEXT_REVIEW) == "10/03/2026"  # due today is not overdue
    assert model.index(2, Column.NEXT_REVIEW).data(Qt.ItemDataRole.FontRole) is None
    assert model.headerData(Column.NEXT_REVIEW, Qt.Orientation.Horizontal) == "Next review"


# --- starting up -----------------------------------------------------------------------------


def test_no_vault_message_says_how_to_make_one(tmp_path):
    title, body = no_vault_message(tmp_path, VaultNotFound("none"))
    assert "No FamilyCase vault" in title
    assert str(tmp_path) in body
    assert "init" in body and "demo" in body


def test_not_a_vault_is_explained_too(qtbot, tmp_path, monkeypatch):
    (tmp_path / "familycase.sqlite3").write_bytes(b"this is not a database at all")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert gui_app.run(tmp_path) == 2
    assert "not a FamilyCase vault" in shown[0]


def test_style_sheet_ships_with_the_package():
    sheet = style_sheet()
    assert "QTableView" in sheet and "font-size" in sheet


def test_qt_binding_keeps_reference_counts_of_none_and_true(qtbot):
    """PySide6 6.12.0 dropped a reference to None on every void call, which aborts Python 3.11
    within seconds (pyproject excludes it). Guard against any binding that does it again."""
    import sys

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QLabel

    class Emitter(QObject):
        fired = Signal(bool)

    label = QLabel()
    emitter = Emitter()
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        emitter.fired.emit(True)
    assert sys.getrefcount(None) >= before_none - 50
    assert sys.getrefcount(True) >= before_true - 50
