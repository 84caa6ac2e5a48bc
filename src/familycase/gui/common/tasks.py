"""Running slow service calls (the password KDF, loading a caseload) off the GUI thread.

Anki's pattern: the GUI thread never waits on the KDF or the database. ``run_in_background``
runs one callable on a one-thread pool and calls ``on_success(result)`` or ``on_failure(error)``
back on the GUI thread. The callbacks belong to ``owner``: when the owner widget is destroyed
first, the result is dropped (and ``on_abandoned(result)`` is called, so that, say, an unlocked
session nobody will use can be locked again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

_running: set[BackgroundTask] = set()  # keeps the Python side alive until the result is in
_pool: QThreadPool | None = None


def session_pool() -> QThreadPool:
    """One worker thread, so service calls run one at a time and in order: a ``UserSession``
    is not safe to use from two threads at once (it shares one open transaction)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def wait_for_background_work(msecs: int = -1) -> bool:
    """Block until queued service calls have finished (tests, and quitting)."""
    return session_pool().waitForDone(msecs)


class BackgroundTask(QObject):
    """One call on the thread pool. Create it in the GUI thread; it delivers there."""

    _finished = Signal(bool, object)  # succeeded?, result or exception

    def __init__(
        self,
        fn: Callable[[], Any],
        owner: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_abandoned: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(owner)
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_abandoned = on_abandoned
        self._owner_gone = False
        owner.destroyed.connect(self._forget_owner)
        self._finished.connect(self._deliver)

    def start(self, pool: QThreadPool | None = None) -> None:
        _running.add(self)
        (pool or session_pool()).start(self._run)

    def _run(self) -> None:  # on a pool thread: no Qt calls here but the emit
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self._emit(False, exc)
        else:
            self._emit(True, result)

    def _emit(self, ok: bool, value: object) -> None:
        try:
            self._finished.emit(ok, value)
        except RuntimeError:  # the owner (and this task) were destroyed while we ran
            _running.discard(self)
            if ok and self._on_abandoned is not None:
                self._on_abandoned(value)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: Any) -> None:  # on the GUI thread
        _running.discard(self)
        self._fn = None
        try:
            if self._owner_gone:
                if ok and self._on_abandoned is not None:
                    self._on_abandoned(value)
            elif ok:
                self._on_success(value)
            else:
                self._on_failure(value)
        finally:
            self.deleteLater()

    def _forget_owner(self) -> None:
        # Outlive the owner (which is about to delete its children), so that a result already
        # on its way still reaches ``on_abandoned``; ``_running`` keeps us alive until then.
        self._owner_gone = True
        self.setParent(None)


def run_in_background(
    fn: Callable[[], Any],
    owner: QObject,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_abandoned: Callable[[Any], None] | None = None,
) -> BackgroundTask:
    task = BackgroundTask(fn, owner, on_success, on_failure, on_abandoned)
    task.start()
    return task


class ProgressRelay(QObject):
    """Carries progress (done, total) from the service thread to the GUI thread: connect to
    ``moved`` and hand ``moved.emit`` to the service as its progress callback (queued signal)."""

    moved = Signal(int, int)
