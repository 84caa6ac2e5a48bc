"""Screenshots of the desktop app for docs/screenshots/, taken against a fresh demo vault.

Run under a virtual display (no real screen needed):

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots.py

At 150% scaling, as on many council laptops (1920x1080 at 150% = 1280x720 usable):

    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" \
        python scripts/screenshots.py --suffix -150 --out /tmp/shots

The vault is built with the fast, insecure KDF in a temporary folder and deleted afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from familycase import i18n
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.demo import DEMO_PASSWORD, build_demo
from familycase.gui.app import AppController
from familycase.gui.main_window import MainWindow
from familycase.gui.style import apply_style
from familycase.gui.tasks import wait_for_background_work
from familycase.services.caseload import NameIndex
from familycase.services.vault import Vault

REPO = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1280, 720)


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
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

    with tempfile.TemporaryDirectory(prefix="familycase-shots-") as tmp:
        data_dir = Path(tmp) / "vault"
        build_demo(data_dir, args.families, INSECURE_FAST_FOR_TESTS)
        vault = Vault.open(data_dir)
        controller = AppController(vault, "sam")
        try:
            controller.start()
            dialog = controller.unlock_dialog
            assert dialog is not None
            dialog.password.setText(DEMO_PASSWORD)
            dialog.adjustSize()
            settle(app)
            save(dialog, args.out / f"unlock{args.suffix}.png")

            dialog.try_unlock()
            wait_until(app, lambda: controller.main_window is not None)
            window = controller.main_window
            assert window is not None
            window.resize(*WINDOW_SIZE)
            wait_until(app, lambda: not window.is_loading)
            settle(app)
            save(window, args.out / f"caseload{args.suffix}.png")

            window.search.setFocus()
            window.search.setText(search_term(window).lower())
            settle(app)
            save(window, args.out / f"search{args.suffix}.png")
        finally:
            wait_for_background_work()
            controller.shutdown()
            for widget in (controller.main_window, controller.unlock_dialog):
                if widget is not None:
                    widget.close()
            settle(app, 0.1)
            vault.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
