"""What happens when something unexpected goes wrong in the desktop app.

An exception's message can hold personal data (a name in a validation error, say), and stderr
is often redirected to a log file. So by default only the exception's type and where it was
raised are written out, and the person sees a plain message; FAMILYCASE_DEBUG=1 restores the
full traceback for developers.
"""

from __future__ import annotations

import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def _where(tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    if not frames:
        return "unknown place"
    last = frames[-1]
    return f"{os.path.basename(last.filename)}:{last.lineno} in {last.name}"


def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if os.environ.get("FAMILYCASE_DEBUG") == "1":
        traceback.print_exception(kind, error, tb)
    else:
        print(
            f"familycase: unexpected error {kind.__name__} at {_where(tb)} "
            "(details withheld; set FAMILYCASE_DEBUG=1 to see them)",
            file=sys.stderr,
        )
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("crash", "Something went wrong"),
            QCoreApplication.translate(
                "crash",
                "FamilyCase met an unexpected problem. What you had already saved is safe. "
                "If it happens again, tell your administrator what you were doing.",
            ),
        )


def install() -> None:
    sys.excepthook = report
