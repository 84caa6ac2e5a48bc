"""Laptop replicas in the desktop app, against a real vault and real SQLCipher replicas: take
families offline, bring them back, recall and revoke as a team leader, and resolve a recalled
family's conflicting versions."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.enums import ContactKind
from familycase.domain.work import ContactNote
from familycase.gui.common.tasks import run_in_background, wait_for_background_work
from familycase.gui.replicas.bring_back_dialog import BringBackDialog
from familycase.gui.replicas.conflicts_dialog import ConflictsDialog
from familycase.gui.replicas.laptops_dialog import LaptopsDialog
from familycase.gui.replicas.take_offline_dialog import TakeOfflineDialog
from familycase.services import checkin, checkouts, families, replica, work
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.errors import WrongPassword
from familycase.services.vault import Vault
from test_gui_support import PASSWORD, new_family, when

pytest_plugins = ["test_gui_support"]


@pytest.fixture(autouse=True)
def no_collection_while_widgets_live():
    """PySide6 6.11 can crash when a cyclic garbage collection runs while Qt processes the
    events of dialogs a test made (seen after these tests, in pytest-qt's event processing;
    tests/all_windows_walk.py meets the same). Collection waits until the widgets are gone."""
    gc.disable()
    yield
    wait_for_background_work()
    gc.enable()


def note(text: str) -> ContactNote:
    return ContactNote(occurred_on=date.today(), kind=ContactKind.HOME_VISIT, text=text)


def texts(session, family_id: str) -> list[str]:
    return sorted(n.text for n in families.open_family(session, family_id).contacts)


class Runner:
    """The window's ``run``: the call on the service thread, failures kept for the test."""

    def __init__(self) -> None:
        self.failures: list[tuple[str, BaseException]] = []
        self.parent = None

    def __call__(self, call, on_success, failed: str) -> None:
        run_in_background(
            call, self.parent, on_success, lambda e: self.failures.append((failed, e))
        )


def test_take_offline_then_bring_back(qtbot, gui_team, tmp_path):
    kim = gui_team.unlock("kw1")
    family_id = new_family(kim, "Offlineton")
    [row] = [r for r in caseload(kim, CaseloadView.MINE) if r.family_id == family_id]
    laptop = tmp_path / "laptop"

    dialog = TakeOfflineDialog(kim, [row])
    qtbot.addWidget(dialog)
    assert row.reference in dialog.families.text()
    dialog.folder.setText("")
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert "Choose a folder" in dialog.problem.text()
    dialog.folder.setText(str(laptop))
    assert "new replica" in dialog.device_note.text()
    dialog.device.setText("Kim laptop")
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: dialog.checkout is not None or dialog.problem.text())
    assert not dialog.problem.text(), dialog.problem.text()
    assert dialog.checkout.checked_out == [row.reference]
    assert row.reference in dialog.outcome.text() and str(laptop) in dialog.outcome.text()
    assert not dialog.go.isEnabled() and dialog.cancel_button.text() == "Close"
    info = checkouts.of_family(kim, family_id)
    assert info is not None and info.device == "Kim laptop"

    again = TakeOfflineDialog(kim, [row])
    qtbot.addWidget(again)
    again.folder.setText(str(laptop))  # the same laptop: its name comes from its card
    assert again.device.text() == "Kim laptop" and again.device.isReadOnly()
    wait_for_background_work()
    kim.lock()

    vault = Vault.open(laptop)
    rs = vault.unlock("kw1", PASSWORD)
    work.add_contact_note(rs, family_id, note("Seen at home, offline"))
    back = BringBackDialog(rs, checkin.on_this_laptop(rs), replica.team_location(vault))
    qtbot.addWidget(back)
    assert row.reference in back.families.text()
    qtbot.mouseClick(back.go, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: back.report is not None or back.problem.text())
    assert not back.problem.text(), back.problem.text()
    assert back.report.brought_back == [row.reference]
    assert row.reference in back.outcome.text()
    assert checkin.on_this_laptop(rs) == []
    wait_for_background_work()
    rs.lock()
    vault.dispose()

    kim = gui_team.unlock("kw1")
    assert "Seen at home, offline" in texts(kim, family_id)
    assert checkouts.of_family(kim, family_id) is None
    kim.lock()


def test_recall_conflicts_and_revoke(qtbot, gui_team, tmp_path):
    kim = gui_team.unlock("kw1")
    family_id = new_family(kim, "Recallby")
    reference = families.open_family(kim, family_id).file.reference
    replica.check_out(kim, [reference], tmp_path / "laptop", "Recall laptop")
    vault = Vault.open(tmp_path / "laptop")
    rs = vault.unlock("kw1", PASSWORD)
    work.add_contact_note(rs, family_id, note("Written on the laptop after the recall"))

    lead = gui_team.unlock("lead")
    run = Runner()
    laptops = LaptopsDialog(lead, run)
    qtbot.addWidget(laptops)
    run.parent = laptops
    laptops.reload()
    when(qtbot, lambda: laptops.out_table.rowCount() >= 1)
    row = next(
        r for r in range(laptops.out_table.rowCount())
        if laptops.out_table.item(r, 0).text() == reference
    )  # fmt: skip
    assert not laptops.recall_button.isEnabled()  # nothing chosen yet
    laptops.out_table.selectRow(row)
    assert laptops.recall_button.isEnabled()
    qtbot.mouseClick(laptops.recall_button, Qt.MouseButton.LeftButton)
    ask = laptops.reason_dialog
    assert ask is not None and reference in ask.findChild(type(laptops.outcome)).text()
    qtbot.mouseClick(ask.ok, Qt.MouseButton.LeftButton)  # no reason: refused
    assert "Say why" in ask.problem.text()
    ask.reason.setText("Kim is off sick")
    qtbot.mouseClick(ask.ok, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: "recalled" in laptops.outcome.text() or run.failures)
    assert not run.failures, run.failures
    assert checkouts.of_family(lead, family_id).recalled_at is not None

    team = checkin.connect_team(rs, PASSWORD)
    assert checkin.check_in(rs, team).conflicts == [reference]
    team.lock()
    rs.lock()
    vault.dispose()

    resolved: list[bool] = []
    merge = ConflictsDialog(kim, family_id, reference, run, lambda: resolved.append(True))
    qtbot.addWidget(merge)
    run.parent = merge
    merge.reload()
    when(qtbot, lambda: merge.list.count() == 1)
    item = merge.current()
    assert item.change == "added" and item.resolved_at is None
    cells = [merge.fields.item(r, 1).text() for r in range(merge.fields.rowCount())]
    assert "Written on the laptop after the recall" in cells
    assert merge.keep_laptop.isEnabled() and merge.keep_team.isEnabled()
    assert not merge.keep_both.isEnabled()  # a new note: there is no team version to keep too
    assert "Written on the laptop after the recall" not in texts(kim, family_id)
    qtbot.mouseClick(merge.keep_laptop, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: resolved and merge.current() and merge.current().resolved_at)
    assert "resolved" in merge.list.item(0).text() and not merge.keep_laptop.isEnabled()
    assert "Written on the laptop after the recall" in texts(kim, family_id)

    # A lost laptop: revoked, its family released and given a new key.
    other = new_family(kim, "Lostwell")
    other_ref = families.open_family(kim, other).file.reference
    replica.check_out(kim, [other_ref], tmp_path / "lost", "Lost laptop")
    kim.lock()
    run.parent = laptops
    laptops.reload()
    when(
        qtbot,
        lambda: any(
            laptops.device_table.item(r, 0).text() == "Lost laptop"
            for r in range(laptops.device_table.rowCount())
        ),
    )
    row = next(
        r for r in range(laptops.device_table.rowCount())
        if laptops.device_table.item(r, 0).text() == "Lost laptop"
    )  # fmt: skip
    laptops.device_table.selectRow(row)
    qtbot.mouseClick(laptops.revoke_button, Qt.MouseButton.LeftButton)
    ask = laptops.reason_dialog
    notice = ask.findChild(type(laptops.outcome), "notice")
    assert notice is not None and "lost" in notice.text()
    ask.reason.setText("left on a bus")
    qtbot.mouseClick(ask.ok, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: "revoked" in laptops.outcome.text() or run.failures)
    assert not run.failures, run.failures
    assert other_ref in laptops.outcome.text()  # new keys for it
    assert checkouts.of_family(lead, other) is None
    wait_for_background_work()
    lead.lock()


def _select(qtbot, window, family_id: str) -> None:
    window.filters.reset()
    when(qtbot, lambda: not window.is_loading)
    model = window.table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(model.ROW_ROLE).family_id == family_id:
            window.table.selectRow(row)
            return
    raise AssertionError("family not in the caseload")


def _status_text(window, family_id: str) -> str:
    from familycase.gui.caseload.model import Column

    model = window.table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(model.ROW_ROLE).family_id == family_id:
            return model.index(row, Column.STATUS).data()
    return ""


def test_from_the_menus_on_the_team_store_and_on_the_laptop(
    qtbot, gui_team, start_app, preferences, tmp_path
):
    from familycase.gui.app import AppController
    from test_gui_support import open_family_window, sign_in

    kim = gui_team.unlock("kw1")
    family_id = new_family(kim, "Menuford")
    kim.lock()
    window = start_app("kw1").main_window
    assert window.take_offline_action.isVisible()
    assert not window.bring_back_action.isVisible()  # the team store: nothing to bring back
    assert not window.laptops_action.isVisible()  # team leaders only
    _select(qtbot, window, family_id)
    window.take_offline_action.trigger()
    dialog = window.replicas.dialog
    assert isinstance(dialog, TakeOfflineDialog)
    dialog.folder.setText(str(tmp_path / "laptop"))
    dialog.device.setText("Menu laptop")
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: dialog.checkout is not None or dialog.problem.text())
    assert not dialog.problem.text(), dialog.problem.text()
    dialog.close()  # the list is loaded again: the family is shown as on a laptop
    when(qtbot, lambda: "On a laptop" in _status_text(window, family_id))
    family_window = open_family_window(qtbot, window, family_id)
    strip = family_window.replica_strip
    assert strip.isVisible() and "Checked out to Kim Worker's laptop (Menu laptop)" in (
        strip.text.text()
    )
    assert not strip.conflicts_button.isVisible()

    laptop_vault = Vault.open(tmp_path / "laptop")
    with pytest.raises(WrongPassword):  # someone else at the laptop, before Kim
        laptop_vault.unlock("kw1", "not the password")
    laptop = AppController(laptop_vault, "kw1", preferences)
    laptop.start()
    try:
        sign_in(qtbot, laptop, "kw1")
        offline = laptop.main_window
        [told] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.windowTitle() == "Failed sign-ins on this laptop"
        ]
        assert "with a wrong password once" in told.text() and "team leader" in told.text()
        told.close()
        assert offline.bring_back_action.isVisible()
        assert not offline.take_offline_action.isVisible()
        offline.bring_back_action.trigger()
        when(qtbot, lambda: isinstance(offline.replicas.dialog, BringBackDialog))
        back = offline.replicas.dialog
        qtbot.mouseClick(back.go, Qt.MouseButton.LeftButton)
        when(qtbot, lambda: back.report is not None or back.problem.text())
        assert not back.problem.text(), back.problem.text()
        assert back.report.unchanged or back.report.brought_back
        back.close()
    finally:
        if laptop.main_window is not None:
            laptop.main_window.discard()
        laptop.shutdown()
        wait_for_background_work()
    window.refresh()
    when(qtbot, lambda: not window.is_loading)
    assert "On a laptop" not in _status_text(window, family_id)
