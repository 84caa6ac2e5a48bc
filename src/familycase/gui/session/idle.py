"""Noticing that nobody is using FamilyCase: an application-wide event filter on keyboard and
mouse input, and one timer that fires once the app has been idle for the chosen time."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without input, and ``active`` at the first input
    after that. Input only records the time (cheap); the timer re-arms itself for the rest."""

    idle = Signal()
    active = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = max(1, timeout_ms)
        self._last_input = time.monotonic()
        self._is_idle = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def is_idle(self) -> bool:
        return self._is_idle

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, timeout_ms)
        if self._running:
            self._arm(self._remaining_ms())

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
        self._running = True
        self._is_idle = False
        self._last_input = time.monotonic()
        self._arm(self._timeout_ms)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._running:
            app.removeEventFilter(self)
        self._running = False
        self._timer.stop()

    def touch(self) -> None:
        """Count as input (for example after unlocking)."""
        self._last_input = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
            if self._is_idle:
                self._is_idle = False
                self._arm(self._timeout_ms)
                self.active.emit()
        return False

    def _remaining_ms(self) -> int:
        elapsed = (time.monotonic() - self._last_input) * 1000
        return max(0, int(self._timeout_ms - elapsed))

    def _arm(self, msecs: int) -> None:
        self._timer.start(max(1, msecs))

    def _check(self) -> None:
        if not self._running or self._is_idle:
            return
        remaining = self._remaining_ms()
        if remaining > 0:
            self._arm(remaining)
            return
        self._is_idle = True
        self.idle.emit()
