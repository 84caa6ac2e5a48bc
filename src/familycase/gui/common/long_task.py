"""Dialogs that run one long service call at a time, family by family: panel summaries and the
cost-saving return. The call runs on the service thread with a progress bar (``ProgressRelay``
carries progress back) and a thread-safe Stop flag; while it runs, Cancel becomes Stop, and
closing the dialog stops it too. A stopped call produces nothing; a problem is shown in words
above the progress bar.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from familycase.gui.common.editor import error_text
from familycase.gui.common.tasks import ProgressRelay, run_in_background
from familycase.gui.common.widgets import problem_label, show_text
from familycase.services.errors import Cancelled, Locked

# Amber: something to read before going on (what will be withheld, what leaves the vault).
NOTICE_STYLE = (
    "QLabel { color: #3d2a00; background: #fff4ce; border: 1px solid #8a6100;"
    " border-left: 5px solid #8a6100; padding: 8px 10px; }"
)


def notice_label(accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName("notice")
    label.setStyleSheet(NOTICE_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


class LongTaskDialog(QDialog):
    """Subclasses lay out ``problem``, ``progress`` and ``cancel_button``, say what Cancel is
    called when idle and what a stop means (``idle_text``, ``stopped_text``), and keep their
    own buttons in step in ``_update_buttons``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._cancel = threading.Event()
        self._busy = False
        self._progress = ProgressRelay(self)
        self._progress.moved.connect(self._moved)
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None

        self.problem = problem_label()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m families"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.idle_text())
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)

    # --- for subclasses ----------------------------------------------------------------------
    def idle_text(self) -> str:
        return self.tr("Cancel")

    def stopped_text(self) -> str:
        raise NotImplementedError

    def _update_buttons(self, *_args: object) -> None:
        pass

    # --- running -----------------------------------------------------------------------------
    def start(self, call: Callable[..., Any], done: Callable[[Any], None]) -> None:
        """Run ``call(progress, cancelled)`` on the service thread; ``done(result)`` after."""
        self._cancel.clear()
        self._set_busy(True)
        progress, cancelled = self._progress.moved.emit, self._cancel.is_set
        run_in_background(partial(call, progress, cancelled), self, done, self._failed)

    def start_stoppable(
        self, call: Callable[[Callable[[int, int], bool]], Any], done: Callable[[Any], None]
    ) -> None:
        """``start`` for a service that takes one progress callback answering "carry on?"
        (check-out, check-in): it moves the bar and says no once Stop was pressed."""

        def run(moved: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            def progress(done_: int, total: int) -> bool:
                moved(done_, total)
                return not cancelled()

            return call(progress)

        self.start(run, done)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.progress.hide()
        if isinstance(error, Locked):
            return
        if isinstance(error, Cancelled):
            show_text(self.problem, self.stopped_text())
            return
        show_text(self.problem, error_text(error))

    # --- stop, cancel, busy ------------------------------------------------------------------
    def stop(self) -> None:
        """Ask the service thread to stop before the next family (or file)."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def cancel(self) -> None:
        if self._busy:
            self.stop()
            return
        self.reject()

    def reject(self) -> None:
        if self._busy:
            self._cancel.set()
        super().reject()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Stop") if busy else self.idle_text())
        self._update_buttons()
