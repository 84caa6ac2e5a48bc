"""The main window's costs action: the cost-saving return and claims check (team leaders and
managers), for the team or the families chosen in the list. Wired by ``gui/menus.py``."""

from __future__ import annotations

from PySide6.QtCore import Qt

from familycase.gui.common.actions import WindowActions
from familycase.gui.common.context import MainContext
from familycase.gui.common.widgets import close_if_alive
from familycase.gui.costs.returns_dialog import ReturnsDialog


class CostsActions(WindowActions):
    def __init__(self, window: MainContext) -> None:
        super().__init__(window)
        self.returns_dialog: ReturnsDialog | None = None

    def open_returns(self) -> None:
        """The cost-saving return (and claims check) for the team or the selected families."""
        selected = [(r.family_id, r.reference) for r in self.window.selected_rows()]
        dialog = ReturnsDialog(self.window.session, selected, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "returns_dialog", None))
        self.returns_dialog = dialog
        dialog.open()

    def discard(self) -> None:
        close_if_alive(self.returns_dialog)
