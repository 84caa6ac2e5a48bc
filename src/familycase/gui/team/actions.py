"""The main window's team actions: the team leader's list of possible duplicate people across
the team's family files (each decided as the same person, or not). Wired by ``gui/menus.py``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt

from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import close_if_alive, raise_if_open
from familycase.gui.team.matches_dialog import MatchesDialog
from familycase.services import people
from familycase.services.people import PossibleMatch


class TeamActions(WindowActions):
    def __init__(self, window: MainContext) -> None:
        super().__init__(window)
        self.duplicates_dialog: MatchesDialog | None = None

    def open_duplicates(self) -> None:
        if raise_if_open(self.duplicates_dialog):
            return
        self.run(
            partial(people.duplicates, self.window.session),
            self._show_duplicates,
            self.tr("Could not look for possible duplicates"),
        )

    def _show_duplicates(self, matches: list[PossibleMatch]) -> None:
        dialog = MatchesDialog(
            self.window.session,
            matches,
            self._run_change,
            self.tr("Possible duplicate people in the team's families"),
            self.tr(
                "People recorded in two of the team's family files with the same NHS number "
                "or Unique Pupil Number, or a similar name and the same date of birth. Decide "
                "each pair: the same person (the files are linked) or different people. "
                "Nothing about this is stored until you decide."
            ),
            self.widget,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "duplicates_dialog", None))
        self.duplicates_dialog = dialog
        dialog.open()

    def _run_change(self, call: Callable[[], Any], failed: str) -> None:
        self.run(call, lambda _result: None, failed)

    def discard(self) -> None:
        close_if_alive(self.duplicates_dialog)
        self.duplicates_dialog = None
