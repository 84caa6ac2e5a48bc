"""Loading Qt Designer files from ui/ (installed as the package ``familycase.ui``)."""

from __future__ import annotations

from importlib import resources
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget described by ``ui/<name>`` (its strings are translated by Qt)."""
    data = resources.files("familycase.ui").joinpath(name).read_bytes()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    widget = QUiLoader().load(buffer, parent)
    buffer.close()
    if widget is None:
        raise RuntimeError(f"the layout {name} could not be loaded")
    return widget


def child(widget: QWidget, kind: type[W], name: str) -> W:
    """A named child of a loaded layout, checked for its type."""
    found = widget.findChild(kind, name)
    if found is None:
        raise LookupError(f"{name} ({kind.__name__}) is missing from the layout")
    return found
