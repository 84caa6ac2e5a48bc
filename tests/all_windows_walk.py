"""Open every FamilyCase window and dialog and check each as a person would (issue 17).

Run by tests/test_all_windows.py in a child process per screen (the screen size and
QT_SCALE_FACTOR must be set before Qt starts), or by hand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/all_windows_walk.py --screen 1366x768
    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen \
        .venv/bin/python tests/all_windows_walk.py --screen 1920x1080

It makes a demo vault (fictional families, readings, plans, consent, costs), signs in as each
role, opens the main window's pages, every family file section, and every dialog that a
button ending in "…" or a menu action opens (and the dialogs those open), and checks each
with tests/window_checks.py. It prints one JSON object: the problems found per window and
the window classes opened. It changes nothing: every dialog is closed with Cancel.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))


def screen_config(size: str, folder: Path) -> str:
    width, height = (int(x) for x in size.split("x"))
    config = folder / "screen.json"
    screen = {
        "name": "walk",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}))
    return f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screen", default="1366x768")
    parser.add_argument("--families", type=int, default=8)
    parser.add_argument("--roles", default="sam,admin,manager,worker")
    parser.add_argument("--language", default="en", help="en or cy (Welsh)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="familycase-walk-"))
    os.environ["QT_QPA_PLATFORM"] = screen_config(args.screen, folder)
    os.environ["FAMILYCASE_STATE_DIR"] = str(folder / "state")
    # A cyclic garbage collection while Qt deletes the windows a role had open crashed
    # PySide6 6.11 here (in "Garbage-collecting", no Python frame); the walk is short-lived,
    # so collection waits until it is over.
    gc.disable()
    walker = Walker(folder, args.families, args.language)
    try:
        result = walker.run(args.roles.split(","))
    finally:
        walker.close()
    print("WALK-RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # PySide6 6.11 can crash tearing down Qt's widgets at exit; nothing is left
    return 0


class Walker:
    def __init__(self, folder: Path, families: int, language: str = "en") -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
        from familycase.demo import build_demo
        from familycase.gui.admin.preferences import Preferences
        from familycase.gui.common.language import install_language
        from familycase.gui.common.style import apply_style
        from familycase.services.vault import Vault

        self.app = QApplication.instance() or QApplication([])
        apply_style(self.app)
        install_language(language)  # every window below is made in this language
        self.folder = folder
        build_demo(folder / "vault", families, INSECURE_FAST_FOR_TESTS)
        self.vault = Vault.open(folder / "vault")
        self.give_the_fullest_family_everything()
        self.preferences = Preferences(
            QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        )
        self.problems: dict[str, list[str]] = {}
        self.opened: set[str] = set()
        self.screen = self.app.primaryScreen().availableGeometry()

    def give_the_fullest_family_everything(self) -> None:
        """Readings, plans, an assessment draft and consent (with a withdrawal and an override)
        for the family with the most people (as scripts/screenshots.py does)."""
        import screenshots

        from familycase.demo import DEMO_PASSWORD, TEAM_LEADER
        from familycase.services.caseload import CaseloadView, caseload

        session = self.vault.unlock(TEAM_LEADER[0], DEMO_PASSWORD)
        try:
            rows = [r for r in caseload(session, CaseloadView.TEAM) if r.lead_worker_id]
        finally:
            session.lock()
        rows.sort(key=lambda r: -r.member_count)
        self.rich_family = rows[0].family_id
        screenshots.give_progress(self.vault, self.rich_family)
        screenshots.give_consent(self.vault, self.rich_family)

    def close(self) -> None:
        from familycase.gui.common.tasks import wait_for_background_work

        wait_for_background_work()
        self.vault.dispose()

    # --- Qt plumbing ----------------------------------------------------------------------------
    def settle(self, seconds: float = 0.05) -> None:
        from PySide6.QtCore import QEventLoop

        from familycase.gui.common.tasks import wait_for_background_work

        deadline = time.monotonic() + seconds
        while True:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            wait_for_background_work()
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if time.monotonic() >= deadline:
                return

    def wait(self, done: Callable[[], object], timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the app did not get there in time")
            self.settle(0.02)

    def windows(self) -> set[int]:
        return {id(w) for w in self.app.topLevelWidgets() if w.isVisible()}

    def new_windows(self, before: set[int]) -> list[object]:
        return [w for w in self.app.topLevelWidgets() if w.isVisible() and id(w) not in before]

    # --- checking -------------------------------------------------------------------------------
    def check(self, window: object, where: str) -> None:
        import window_checks

        self.settle(0.05)
        if os.environ.get("WALK_DEBUG"):
            print(f"checking {where} [{type(window).__name__}]", file=sys.stderr, flush=True)
        self.opened.add(type(window).__name__)
        found = window_checks.check_window(window)  # type: ignore[arg-type]
        if found:
            key = f"{where} [{type(window).__name__}]"
            known = self.problems.setdefault(key, [])
            known += [p for p in found if p not in known]

    def dismiss(self, window: object) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

        assert isinstance(window, QWidget)
        if isinstance(window, QMessageBox):
            cancel = next(
                (b for b in window.buttons()
                 if window.buttonRole(b) in (QMessageBox.ButtonRole.RejectRole,
                                             QMessageBox.ButtonRole.NoRole)),
                None,
            )  # fmt: skip
            (cancel.click() if cancel is not None else window.reject())
        elif isinstance(window, QDialog):
            window.reject()
        else:
            window.close()
        self.settle(0.02)
        for extra in self.new_windows(set()):  # "discard your changes?" and the like
            if isinstance(extra, QMessageBox) and extra.isVisible():
                self.dismiss(extra)

    def press_everything(self, window: object, where: str, depth: int = 0) -> None:
        """Click every enabled button ending in "…" and check what it opens, recursively."""
        from PySide6.QtWidgets import QAbstractButton, QFileDialog, QWidget

        import window_checks

        assert isinstance(window, QWidget)
        buttons = [
            b
            for b in window.findChildren(QAbstractButton)
            if window_checks.shown(b, window) and b.isEnabled() and b.text().endswith("…")
        ]
        for button in buttons:
            if not button.isVisible() or not button.isEnabled():
                continue
            text = button.text().replace("&", "")
            before = self.windows()  # (confirmations too: every dialog is cancelled)
            button.click()
            self.settle(0.1)
            for opened in self.new_windows(before):
                if isinstance(opened, QFileDialog):
                    opened.reject()
                    continue
                self.check(opened, f"{where} > {text}")
                if depth < 1:
                    self.press_everything(opened, f"{where} > {text}", depth + 1)
                self.dismiss(opened)

    def explore(self, window: object, area: object, where: str) -> None:
        """Check ``window`` with each page of every tab widget inside ``area`` shown in turn
        (first rows of its tables selected), and press what each page offers."""
        from PySide6.QtWidgets import QTableView, QTabWidget

        import window_checks

        def select_first_rows() -> None:
            for table in area.findChildren(QTableView):  # type: ignore[attr-defined]
                model = table.model()
                if window_checks.shown(table, window) and model is not None and model.rowCount():
                    table.selectRow(0)
            self.settle(0.05)

        tabs = [
            t for t in area.findChildren(QTabWidget)  # type: ignore[attr-defined]
            if window_checks.shown(t, window)
        ]
        if not tabs:
            select_first_rows()
            self.check(window, where)
            self.press_everything(window, where)
            return
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                self.settle(0.1)
                page = f"{where}, {tab_widget.tabText(index).replace('&', '')}"
                select_first_rows()
                self.check(window, page)
                self.press_everything(window, page)

    # --- the walk --------------------------------------------------------------------------------
    def run(self, roles: list[str]) -> dict[str, object]:
        from familycase.demo import DEMO_PASSWORD, KEY_WORKERS, MANAGER, TEAM_LEADER

        users = {
            "sam": TEAM_LEADER[0],
            "admin": "admin",
            "manager": MANAGER[0],
            "worker": KEY_WORKERS[0][0],
        }
        for role in roles:
            self.walk_as(users[role], DEMO_PASSWORD, role)
        self.walk_session_windows()
        return {
            "screen": [self.screen.width(), self.screen.height()],
            "problems": self.problems,
            "opened": sorted(self.opened),
        }

    def start(self, username: str, password: str) -> object:
        from familycase.gui.app import AppController

        controller = AppController(self.vault, username, self.preferences)
        controller.start()
        dialog = controller.unlock_dialog
        self.check(dialog, "unlock")
        dialog.user_box.setCurrentText(username)
        dialog.password.setText(password)
        dialog.try_unlock()
        self.wait(lambda: controller.main_window is not None)
        self.wait(lambda: not controller.main_window.is_loading)
        return controller

    def walk_as(self, username: str, password: str, role: str) -> None:
        controller = self.start(username, password)
        window = controller.main_window  # type: ignore[attr-defined]
        self.settle(0.2)
        self.check(window, f"{role}: main window")
        buttons = list(window.view_buttons.values()) + [
            b
            for b in (window.inbox_button, window.team_button, window.admin_button)
            if b is not None
        ]
        for button in buttons:
            if button.isVisible():
                button.click()
                self.settle(0.3)
                self.explore(window, window.pages.currentWidget(),
                             f"{role}: main window, {button.text().replace('&', '')}")  # fmt: skip
        first = next((b for b in buttons if b.isVisible()), None)
        if first is not None:
            first.click()
            self.settle(0.3)
        # Menu actions that open something.
        if window.model.rowCount():
            window.table.selectRow(0)
        for action in window.menuBar().actions():
            menu = action.menu()
            for item in menu.actions() if menu is not None else []:
                if not (item.isVisible() and item.isEnabled() and item.text().endswith("…")):
                    continue
                before = self.windows()
                item.trigger()
                self.settle(0.2)
                for opened in self.new_windows(before):
                    from PySide6.QtWidgets import QFileDialog

                    if isinstance(opened, QFileDialog):
                        opened.reject()
                        continue
                    where = f"{role}: {item.text().replace('&', '')}"
                    self.check(opened, where)
                    self.press_everything(opened, where)
                    self.dismiss(opened)
        if role in ("sam", "admin"):
            from datetime import date, timedelta

            before = self.windows()
            window.admin.open_retention(on=date.today() + timedelta(days=365 * 40))
            self.settle(0.5)
            for opened in self.new_windows(before):
                where = f"{role}: retention in 40 years"
                self.explore(opened, opened, where)
                self.dismiss(opened)
        if role == "admin":
            self.walk_directory_dialogs(window)
        if role == "sam":
            self.walk_oversight_dialogs(window)
            self.walk_laptop_dialogs(window)
        before = self.windows()
        window.show_keys()
        self.settle(0.05)
        for opened in self.new_windows(before):
            self.check(opened, f"{role}: keyboard help")
            self.dismiss(opened)
        if role in ("sam", "worker"):
            self.walk_family_files(window, role)
        window.discard()
        controller.shutdown()  # type: ignore[attr-defined]
        self.settle(0.1)

    def walk_directory_dialogs(self, window: object) -> None:
        """Signing the staff list of an upgraded vault, and repairing one changed outside
        FamilyCase: each opens by itself after an administrator signs in, when needed."""
        from familycase.gui.admin.directory import AdoptDirectoryDialog, RepairDirectoryDialog

        session = window.session  # type: ignore[attr-defined]
        dialog = AdoptDirectoryDialog(session, window)  # type: ignore[arg-type]
        dialog.show()
        self.check(dialog, "admin: sign the staff list")
        self.dismiss(dialog)
        problems = session.directory_problems
        session.directory_problems = [
            "Worker 'priya': the role in the staff table is not the signed one.",
            "Worker 'newcomer' is in the staff table but not in the signed directory.",
        ]
        try:
            dialog = RepairDirectoryDialog(session, window)  # type: ignore[arg-type]
            dialog.show()
            self.check(dialog, "admin: repair the staff list")
            self.dismiss(dialog)
        finally:
            session.directory_problems = problems

    def show_and_check(self, dialog: object, where: str) -> None:
        dialog.show()  # type: ignore[attr-defined]
        self.settle(0.1)
        self.check(dialog, where)
        self.dismiss(dialog)

    def walk_oversight_dialogs(self, window: object) -> None:
        """Deciding a request (from the in-tray or the Oversight section), recording a
        follow-up check and marking a supervision action done: each needs a particular item,
        which the demo may not have waiting on the first row."""
        from datetime import date, timedelta

        from familycase.domain.settings import ApprovalKind
        from familycase.gui.family_file.oversight.dialogs import (
            ActionDoneDialog,
            DecideDialog,
            FollowUpDialog,
        )
        from familycase.services import approvals

        session = window.session  # type: ignore[attr-defined]
        today = date.today()
        waiting = approvals.waiting(session) or [
            approvals.Waiting(
                source=approvals.Source.REQUEST,
                item_id="walk",
                family_id=self.rich_family,
                reference="FC-000001",
                family_name="Walkthrough family",
                kind=ApprovalKind.STEP_UP,
                what="Step up from tier 2 to tier 3",
                reason="Concerns about neglect are growing.",
                requested_by="Priya Shah",
                requested_on=today - timedelta(days=2),
            )
        ]
        for approve in (True, False):
            dialog = DecideDialog(session, waiting[0], approve, window)  # type: ignore[arg-type]
            self.show_and_check(dialog, f"sam: in-tray > decide (approve={approve})")
        follow_up = FollowUpDialog(
            session, self.rich_family, "walk", today - timedelta(days=190), today - timedelta(7),
            window,  # type: ignore[arg-type]
        )  # fmt: skip
        self.show_and_check(follow_up, "sam: oversight > record the follow-up check")
        done = ActionDoneDialog(
            session, self.rich_family, "walk", "Ring the school about attendance this week",
            window,  # type: ignore[arg-type]
        )  # fmt: skip
        self.show_and_check(done, "sam: oversight > mark the action done")

    def walk_laptop_dialogs(self, window: object) -> None:
        """Laptop replicas (gui/replicas, not yet in the menus): taking the selected families
        offline, bringing them back, laptops and check-outs with the reason asked before a
        recall, and a family's conflicting versions. Nothing is taken or changed."""
        from PySide6.QtCore import QCoreApplication

        from familycase.gui.replicas.actions import ReplicaActions, open_conflicts
        from familycase.gui.replicas.bring_back_dialog import BringBackDialog
        from familycase.gui.replicas.laptops_dialog import ReasonDialog
        from familycase.gui.replicas.take_offline_dialog import TakeOfflineDialog

        def words(text: str) -> str:
            return QCoreApplication.translate("LaptopsDialog", text)

        session = window.session  # type: ignore[attr-defined]
        actions = ReplicaActions(window)  # type: ignore[arg-type]
        before = self.windows()
        actions.open_laptops()
        self.settle(0.3)
        for opened in self.new_windows(before):
            self.check(opened, "sam: laptops and check-outs")
            self.dismiss(opened)
        rows = window.model.rows()  # type: ignore[attr-defined]
        self.show_and_check(
            TakeOfflineDialog(session, rows[:3], window),  # type: ignore[arg-type]
            "sam: take the selected families offline",
        )
        held = [r.reference for r in rows[:3]]
        self.show_and_check(
            BringBackDialog(session, held, "/home/kim/FamilyCase team store", window),  # type: ignore[arg-type]
            "sam (on a laptop): bring my families back",
        )
        self.show_and_check(
            ReasonDialog(  # as LaptopsDialog asks it, in the language in use
                words("Revoke '{name}'").format(name="Kim's laptop"),
                words(
                    "For a lost or stolen laptop. Its {count} families are released and each "
                    "gets a new key, so the keys on the laptop open nothing written afterwards; "
                    "the laptop erases its families the next time it connects."
                ).format(count=3),
                words("Re&voke"),
                lambda _reason: None,
                window,  # type: ignore[arg-type]
                warning=words(
                    "Changes made on that laptop and never brought back are lost. If the laptop "
                    "is only left at home, ask its worker to bring the families back instead."
                ),
            ),
            "sam: laptops > recall > the reason",
        )
        before = self.windows()
        reference = next(
            (r.reference for r in rows if r.family_id == self.rich_family), "FC-000001"
        )
        open_conflicts(
            session, self.rich_family, reference, actions.run, lambda: None, window  # type: ignore[arg-type]
        )
        self.settle(0.3)
        for opened in self.new_windows(before):
            self.check(opened, "sam: family file > conflicting versions")
            self.dismiss(opened)

    def walk_family_files(self, window: object, role: str) -> None:
        session = window.session  # type: ignore[attr-defined]
        if session.holds_key(self.rich_family):
            family_id = self.rich_family
        else:
            rows = [r for r in window.model.rows() if r.family_name]  # type: ignore[attr-defined]
            if not rows:
                return
            family_id = max(rows, key=lambda r: r.member_count).family_id
        window.open_family_id(family_id)  # type: ignore[attr-defined]
        self.wait(lambda: family_id in window.family_windows)  # type: ignore[attr-defined]
        family = window.family_windows[family_id]  # type: ignore[attr-defined]
        self.settle(0.2)
        for key in family.TABS:
            family.show_tab(key)
            self.settle(0.3)
            where = f"{role}: family file, {key}"
            self.explore(family, family.section(key), where)
            self.open_special(family, key, where)
        family.discard()
        self.settle(0.1)

    def open_special(self, family: object, key: str, where: str) -> None:
        """Dialogs opened by buttons without "…" (an assessment's form, a reading), and those
        that need a particular row (withdrawing consent that is in force)."""
        if key == "consent":
            tab = family.section("consent")  # type: ignore[attr-defined]
            for row in range(tab.consents.rowCount()):
                tab.consents.selectRow(row)
                self.settle(0.05)
                if tab.withdraw.isEnabled():
                    before = self.windows()
                    tab.withdraw.click()
                    self.settle(0.2)
                    for opened in self.new_windows(before):
                        self.check(opened, f"{where} > row {row} > withdraw")
                        self.dismiss(opened)
                    break
            return
        if key == "documents":
            sample = self.folder / "letter from school.pdf"
            sample.write_bytes(b"%PDF-1.4\n% a document the walk offers to keep\n")
            before = self.windows()
            family.section("documents").add_file(str(sample))  # type: ignore[attr-defined]
            self.settle(0.2)
            for opened in self.new_windows(before):
                self.check(opened, f"{where} > keep a document")
                self.dismiss(opened)
            return
        if key == "work":
            from familycase.gui.family_file.work.referral_dialogs import ReopenDialog

            data = family.data  # type: ignore[attr-defined]
            dialog = ReopenDialog(  # offered when the episode is closed
                family.session,  # type: ignore[attr-defined]
                family.family_id,  # type: ignore[attr-defined]
                data.family_name,
                family,  # type: ignore[arg-type]
            )
            dialog.show()
            self.check(dialog, f"{where} > reopen as a new episode")
            self.dismiss(dialog)
            return
        if key != "assessments":
            return
        tab = family.section("assessments")  # type: ignore[attr-defined]
        for row in range(tab.table.rowCount()):
            tab.table.selectRow(row)
            self.settle(0.05)
            for button in (tab.open_button, tab.sign_off_button, tab.return_button):
                if not (button.isVisible() and button.isEnabled()):
                    continue
                before = self.windows()
                button.click()
                self.settle(0.3)
                for opened in self.new_windows(before):
                    self.check(opened, f"{where} > row {row} > {button.text()}")
                    self.dismiss(opened)

    def walk_session_windows(self) -> None:
        """The first-run wizard's pages, connecting to a team server and the auto-lock
        warning."""
        from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
        from familycase.gui.session.auto_lock import AutoLockWarning
        from familycase.gui.session.connect import ConnectDialog
        from familycase.gui.session.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.folder / "new-vault", lambda: INSECURE_FAST_FOR_TESTS)
        wizard.show()
        self.settle(0.1)
        self.check(wizard, "first run, welcome")
        wizard.close()
        connect = ConnectDialog("postgresql://fc_kim@db.anyshire.gov.uk:5432/familycase")
        connect.show()
        self.settle(0.1)
        self.check(connect, "connect to a team server")
        connect.reject()
        warning = AutoLockWarning([], 60)
        warning.start()
        self.settle(0.05)
        self.check(warning, "auto-lock warning")
        warning.stop()
        self.settle(0.05)


if __name__ == "__main__":
    sys.exit(main())
