"""Family file tabs that read their data only while they are on screen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from familycase.gui.common.context import FamilyContext
from familycase.gui.common.editor import ServiceCall
from familycase.gui.common.tasks import run_in_background
from familycase.services.errors import Locked


class LoadsWhenShown(QWidget):
    """A tab whose data is read from the services only while it is on screen: after each
    change the window calls ``show_data``; a hidden tab just remembers that it is out of date
    and loads when it is next shown (fewer decryptions, and fewer 'viewed' audit entries)."""

    context: FamilyContext

    def __init__(self) -> None:
        super().__init__()
        self._stale = False
        self._loading = False

    @property
    def is_loading(self) -> bool:
        return self._loading

    def show_data(self, _data: object) -> None:
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        self._loading = True
        run_in_background(self.loader(), self, self._finish_loading, self._loading_failed)

    def _finish_loading(self, result: object) -> None:
        self._loading = False
        self.loaded(result)

    def _loading_failed(self, error: BaseException) -> None:
        self._loading = False
        if not isinstance(error, Locked):
            self.context.show_error(self.load_failed_text(), error)

    # --- for subclasses ----------------------------------------------------------------------
    def loader(self) -> ServiceCall:
        raise NotImplementedError

    def loaded(self, result: object) -> None:
        raise NotImplementedError

    def load_failed_text(self) -> str:
        raise NotImplementedError
