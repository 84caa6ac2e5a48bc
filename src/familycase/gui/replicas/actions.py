"""The main window's laptop actions: "Take these families offline" (team store), "Bring my
families back" (on a laptop replica) and "Laptops and check-outs" (team leaders). Wired by
``gui/menus.py``; a family's conflicting versions open from its window (``open_conflicts``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from familycase.domain.enums import Role
from familycase.domain.staff import Worker
from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import close_if_alive, raise_if_open
from familycase.gui.replicas.bring_back_dialog import BringBackDialog
from familycase.gui.replicas.conflicts_dialog import ConflictsDialog
from familycase.gui.replicas.laptops_dialog import LaptopsDialog
from familycase.gui.replicas.take_offline_dialog import TakeOfflineDialog
from familycase.services import checkin, replica


def on_replica(session: Any) -> bool:
    return getattr(session.vault, "replica", None) is not None


def may_take_offline(worker: Worker) -> bool:
    return worker.role in (Role.KEY_WORKER, Role.TEAM_LEADER)


class ReplicaActions(WindowActions):
    def __init__(self, window: MainContext) -> None:
        super().__init__(window)
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog, after: Callable[[], None] | None = None) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        if after is not None:
            dialog.finished.connect(lambda _code: after())
        self.dialog = dialog
        dialog.open()

    def _refresh(self) -> None:
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()

    def take_offline(self) -> None:
        if raise_if_open(self.dialog):
            return
        session = self.window.session
        if on_replica(session):
            self.window.inform(
                self.tr("Take families offline"),
                self.tr(
                    "This is a laptop replica already. Take families offline from the team "
                    "store (open it while on the network)."
                ),
            )
            return
        rows = self.window.selected_rows()
        if not rows:
            self.window.inform(
                self.tr("Take families offline"),
                self.tr("Select the families to take in the list first (Ctrl+click for more)."),
            )
            return
        self._open(TakeOfflineDialog(session, rows, self.widget), self._refresh)

    def bring_back(self) -> None:
        if raise_if_open(self.dialog):
            return
        session = self.window.session
        if not on_replica(session):
            self.window.inform(
                self.tr("Bring my families back"),
                self.tr("This is the team store: families are brought back from a laptop."),
            )
            return
        self.run(
            partial(checkin.on_this_laptop, session),
            self._show_bring_back,
            self.tr("Could not list the families on this laptop"),
        )

    def _show_bring_back(self, held: list[str]) -> None:
        session = self.window.session
        team = replica.team_location(session.vault)
        self._open(BringBackDialog(session, held, team, self.widget), self._refresh)

    def open_laptops(self) -> None:
        if raise_if_open(self.dialog):
            return
        dialog = LaptopsDialog(self.window.session, self.run, self.widget)
        self._open(dialog, self._refresh)
        dialog.reload()

    def discard(self) -> None:
        close_if_alive(self.dialog)
        self.dialog = None


def open_conflicts(
    session: Any,
    family_id: str,
    reference: str,
    run: Callable[[Callable[[], Any], Callable[[Any], None], str], None],
    on_resolved: Callable[[], None],
    parent: QWidget,
) -> ConflictsDialog:
    """The family's conflicting versions (from its window)."""
    dialog = ConflictsDialog(session, family_id, reference, run, on_resolved, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.reload()
    return dialog
