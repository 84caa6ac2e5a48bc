"""Screenshots of the desktop app for docs/screenshots/, taken against fresh temporary vaults.

Run under a virtual display (no real screen needed):

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots.py

At 150% scaling, as on many council laptops (1920x1080 at 150% = 1280x720 usable):

    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" \
        python scripts/screenshots.py --suffix -150 --out /tmp/shots

Screens: the first-run wizard (welcome, administrator, recovery key), unlock, caseload, search,
team overview, new family, and a family file (household, work, contacts, timeline).
Vaults are built with the fast, insecure KDF in a temporary folder and deleted afterwards;
the recovery key shown is from a throwaway vault.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from familycase import i18n
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.demo import DEMO_PASSWORD, build_demo
from familycase.gui.app import AppController
from familycase.gui.family_window import FamilyFileWindow
from familycase.gui.first_run import FirstRunWizard
from familycase.gui.main_window import MainWindow
from familycase.gui.preferences import Preferences
from familycase.gui.style import apply_style
from familycase.gui.tasks import wait_for_background_work
from familycase.services.caseload import CaseloadRow, NameIndex
from familycase.services.vault import Vault

REPO = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1280, 720)
DIALOG_SIZE = (760, 640)


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let layouts, style sheet polish and painting finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"saved {path}")


def search_term(window: MainWindow) -> str:
    """A first name a few (not all) families in the list share: a realistic search."""
    rows = window.visible_rows()
    index = NameIndex(rows)
    for row in rows:
        for name in row.member_names:
            given = name.split()[0]
            if 2 <= len(index.search(given)) <= 5:
                return given
    return rows[0].member_names[0].split()[0] if rows and rows[0].member_names else "a"


def busy_family(window: MainWindow) -> CaseloadRow:
    """An open, allocated family with several people: the fullest family file to show."""
    rows = [r for r in window.visible_rows() if r.lead_worker_id and r.family_name]
    rows.sort(key=lambda r: (r.last_contact_on is None, -r.member_count))
    return rows[0]


def first_run(app: QApplication, out: Path, suffix: str) -> None:
    with tempfile.TemporaryDirectory(prefix="familycase-wizard-") as tmp:
        wizard = FirstRunWizard(Path(tmp) / "vault", calibrate=lambda: INSECURE_FAST_FOR_TESTS)
        wizard.show()
        wizard.welcome.organisation.setText("Anyshire Council")
        settle(app)
        save(wizard, out / f"first-run-welcome{suffix}.png")
        wizard.next()
        wizard.admin.full_name.setText("Asha Smith")
        wizard.admin.username.setText("asmith")
        wizard.admin.password.setText("three blue herons at dawn")
        wizard.admin.confirm.setText("three blue herons at dawn")
        settle(app)
        save(wizard, out / f"first-run-administrator{suffix}.png")
        wizard.next()
        wait_until(app, lambda: wizard.currentPage() is wizard.recovery)
        settle(app)
        save(wizard, out / f"first-run-recovery-key{suffix}.png")
        wizard.recovery.stored.setChecked(True)
        wizard.accept()
        wait_for_background_work()
        if wizard.vault is not None:
            wizard.vault.dispose()
        wizard.deleteLater()
        settle(app, 0.1)


def main_screens(app: QApplication, out: Path, suffix: str, families: int) -> None:
    with tempfile.TemporaryDirectory(prefix="familycase-shots-") as tmp:
        data_dir = Path(tmp) / "vault"
        build_demo(data_dir, families, INSECURE_FAST_FOR_TESTS)
        vault = Vault.open(data_dir)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(vault, "sam", Preferences(settings))
        try:
            controller.start()
            dialog = controller.unlock_dialog
            assert dialog is not None
            dialog.password.setText(DEMO_PASSWORD)
            dialog.adjustSize()
            settle(app)
            save(dialog, out / f"unlock{suffix}.png")

            dialog.try_unlock()
            wait_until(app, lambda: controller.main_window is not None)
            window = controller.main_window
            assert window is not None
            window.resize(*WINDOW_SIZE)
            wait_until(app, lambda: not window.is_loading)
            settle(app)
            save(window, out / f"caseload{suffix}.png")

            window.search.setFocus()
            window.search.setText(search_term(window).lower())
            settle(app)
            save(window, out / f"search{suffix}.png")
            window.search.clear()

            window.show_team()
            wait_until(app, lambda: not window.team_view.is_loading)
            settle(app)
            save(window, out / f"team-overview{suffix}.png")

            window.new_family()
            new_family = window.open_editors()[-1]
            new_family.resize(*DIALOG_SIZE)
            settle(app)
            save(new_family, out / f"new-family{suffix}.png")
            new_family.discard_changes()

            window.show_view(list(window.view_buttons)[1])  # the team caseload
            wait_until(app, lambda: not window.is_loading)
            row = busy_family(window)
            opened: list[FamilyFileWindow] = []
            window.family_opened.connect(opened.append)
            window.open_family(row)
            wait_until(app, lambda: bool(opened))
            family = opened[0]
            family.resize(*WINDOW_SIZE)
            for tab in ("household", "work", "contacts", "timeline"):
                family.show_tab(tab)
                settle(app)
                save(family, out / f"family-{tab}{suffix}.png")
            family.discard()
        finally:
            wait_for_background_work()
            controller.shutdown()
            for widget in (controller.main_window, controller.unlock_dialog):
                if widget is not None:
                    widget.close()
            settle(app, 0.1)
            vault.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--families", type=int, default=60)
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -150")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("FamilyCase")
    apply_style(app)
    i18n.install_translator(QCoreApplication.translate)
    first_run(app, args.out, args.suffix)
    main_screens(app, args.out, args.suffix, args.families)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
