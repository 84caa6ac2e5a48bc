"""Auto-lock and unsaved work: what happens to typed-in work when FamilyCase locks itself.

Locking must drop every key from memory, so nothing typed can stay on screen while locked.
The choice made here:

1. When the idle time runs out, every open form with unsaved changes is checked with the
   domain's validation (``UnsavedWork.pending_save()``).
2. If everything validates, it is **saved**, and then FamilyCase locks at once. The saves are
   queued on the service thread before the lock, so they complete with the keys still there.
3. If anything cannot be saved as it is (a required field left blank, a date that is not a
   date), or it is a **decision** (step up or down, closure, allocation: FamilyCase never makes
   a decision on someone's behalf), a warning appears and counts down (``WARNING_SECONDS``),
   naming what will be lost and why. Any keyboard or mouse input stops the countdown and
   FamilyCase stays unlocked. When the countdown ends, what can be saved is saved, the rest is
   discarded, and FamilyCase locks.

Locking by hand (the Lock button, Ctrl+L) with unsaved changes asks Save / Discard / Cancel.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from familycase.gui.common.editor import PendingSave

WARNING_SECONDS = 60


class AutoLockWarning(QDialog):
    """Counts down to an auto-lock that would lose unsaved work. ``expired`` at zero;
    ``kept_working`` when the person answers (the controller also cancels on any input)."""

    expired = Signal()
    kept_working = Signal()

    def __init__(
        self, pending: Sequence[PendingSave], seconds: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("autoLockWarning")
        self.setWindowTitle(self.tr("FamilyCase is about to lock"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._left = max(1, seconds)
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        lost = [item for item in pending if not item.can_save]
        kept = [item for item in pending if item.can_save]
        text = (
            "<p>"
            + html.escape(
                self.tr(
                    "Nobody has used FamilyCase for a while, so it will lock to keep families' "
                    "details safe. These changes cannot be saved as they are and will be lost:"
                )
            )
            + "</p>"
        )
        text += _items(lost)
        if kept:
            text += "<p>" + html.escape(self.tr("These will be saved before it locks:")) + "</p>"
            text += _items(kept)
        text += (
            "<p><b>"
            + html.escape(self.tr("Move the mouse or press a key to keep working."))
            + "</b></p>"
        )
        self.body = QLabel(text)
        self.body.setObjectName("autoLockText")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.keep = QPushButton(self.tr("&Keep working"))
        self.keep.setObjectName("primary")
        self.keep.setDefault(True)
        self.keep.clicked.connect(self._keep_working)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._show_left()

    @property
    def seconds_left(self) -> int:
        return self._left

    def start(self) -> None:
        self._timer.start()
        self.show()
        self.raise_()

    def stop(self) -> None:
        self._timer.stop()
        self.close()
        self.deleteLater()

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._timer.stop()
            self.expired.emit()
            return
        self._show_left()

    def _show_left(self) -> None:
        self.title.setText(
            self.tr("FamilyCase will lock in 1 second")
            if self._left == 1
            else self.tr("FamilyCase will lock in {n} seconds").format(n=self._left)
        )

    def _keep_working(self) -> None:
        self._timer.stop()
        self.kept_working.emit()

    def reject(self) -> None:  # Escape, or the window's close button
        self._keep_working()


def _items(pending: Sequence[PendingSave]) -> str:
    rows = []
    for item in pending:
        reasons = "".join(f"<br>{html.escape(p)}" for p in item.problems)
        rows.append(
            f"<li>{html.escape(item.description)}<span style='color:#a4161a'>{reasons}</span></li>"
        )
    return "<ul>" + "".join(rows) + "</ul>"
