"""What the places ask of the window they live in.

A family file tab asks its ``FamilyFileWindow`` (``FamilyContext``); a place's main-window
actions (``sharing/actions.py``, ``costs/actions.py``, ``admin/actions.py``) ask the
``MainWindow`` (``MainContext``). Neither imports the window: the window composes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class FamilyContext(Protocol):
    """What a family file tab needs from its window (``FamilyFileWindow``)."""

    session: Any
    family_id: str
    data: Any

    @property
    def can_allocate(self) -> bool: ...

    def open_editor(self, dialog: Any) -> None: ...

    def run_change(self, call: Callable[[], Any], what: str) -> None: ...

    def after_change(self, _result: object = None) -> None: ...

    def show_error(self, title: str, error: BaseException) -> None: ...

    def confirm(self, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> None: ...


class MainContext(Protocol):
    """What a place's menu actions need from the main window (``MainWindow``)."""

    session: Any
    question: Any  # the last message box the window showed (closed when it locks)

    def selected_rows(self) -> list[Any]: ...  # the families chosen in the list on screen

    def open_editor(self, dialog: Any) -> None: ...

    def open_editors(self) -> list[Any]: ...

    def inform(self, title: str, text: str) -> None: ...

    def show_error(self, title: str, error: BaseException) -> None: ...  # not for Locked

    def refresh_team_overview(self) -> None: ...  # only if it is on screen
