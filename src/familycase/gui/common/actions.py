"""Menu actions as data: each row says which menu, its words (with the mnemonic), its shortcut,
who may use it, and how to find the code that runs it. A window builds its menus from one table
of these rows (``gui/menus.py`` for the main window) instead of wiring each action by hand.

Every action is created for every worker: the ones a worker may not use are hidden and disabled
(so that their shortcuts do nothing), and the window keeps each named action as an attribute
(``window.export_action``), so that code and tests can ask whether it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from familycase.domain.enums import Role
from familycase.domain.staff import Worker
from familycase.gui.common.context import MainContext
from familycase.gui.common.tasks import run_in_background
from familycase.services.errors import Locked

Allowed = Callable[[Worker], bool]
Handler = Callable[[Any], Callable[[], object]]  # given the window, what to call


def everyone(_worker: Worker) -> bool:
    return True


def only(*roles: Role) -> Allowed:
    """Allowed for these roles only."""

    def allowed(worker: Worker) -> bool:
        return worker.role in roles

    return allowed


@dataclass(frozen=True)
class ActionSpec:
    menu: str  # the menu's title, with its mnemonic ("&File")
    text: str  # the action's words, with its mnemonic ("&Print panel summaries…")
    handler: Handler
    shortcut: str = ""
    allowed: Allowed = everyone
    name: str = ""  # kept on the window under this attribute ("panel_action")
    on_list: bool = False  # also in the right-click menu of the window's list of families
    separator_before: bool = False


def build_menus(
    window: QMainWindow, specs: Sequence[ActionSpec], worker: Worker, context_list: QWidget
) -> list[QAction]:
    """Add the table's actions to ``window``'s menu bar, in order; menus appear as first named.
    Each action is added to ``context_list`` too when the row says ``on_list``."""
    menus: dict[str, QMenu] = {}
    actions = []
    for spec in specs:
        menu = menus.get(spec.menu)
        if menu is None:
            menu = menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        if spec.separator_before:
            menu.addSeparator()
        action = QAction(spec.text, window)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        slot = spec.handler(window)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        allowed = spec.allowed(worker)
        action.setVisible(allowed)
        action.setEnabled(allowed)
        menu.addAction(action)
        if spec.on_list:
            context_list.addAction(action)
        if spec.name:
            setattr(window, spec.name, action)
        actions.append(action)
    return actions


class WindowActions(QObject):
    """The actions one place adds to the main window (``SharingActions``, ``AdminActions``...).

    They act for the window through ``MainContext``, keep the dialogs and windows they open
    (so that a second click raises the open one), and close them all in ``discard`` when
    FamilyCase locks.
    """

    def __init__(self, window: MainContext) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.widget = cast(QWidget, window)  # the parent of the dialogs opened here

    def run(self, call: Callable[[], Any], on_success: Callable[[Any], None], failed: str) -> None:
        """Run a service call on the service thread; a failure is shown titled ``failed``."""

        def on_failure(error: BaseException) -> None:
            if not isinstance(error, Locked):
                self.window.show_error(failed, error)

        run_in_background(call, self.widget, on_success, on_failure)

    def discard(self) -> None:
        raise NotImplementedError
