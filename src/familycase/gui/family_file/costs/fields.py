"""Small input helpers shared by the Costs tab's dialogs: percentages, numbers as typed, an
optional choice. They only read what was typed; the services' models decide what is valid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox


def percent_spin(value: Decimal | float, tooltip: str = "") -> QSpinBox:
    """0-100 %, shown and typed as a whole number of per cent."""
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setSuffix(" %")
    spin.setValue(round(Decimal(str(value)) * 100))
    spin.setMaximumWidth(130)
    if tooltip:
        spin.setToolTip(tooltip)
    return spin


def share(spin: QSpinBox) -> str:
    """The spin box's per cent as a share (40 % -> "0.4")."""
    return str(Decimal(spin.value()) / 100)


def set_share(spin: QSpinBox, value: Decimal) -> None:
    spin.setValue(round(value * 100))


def number_or_none(field: QLineEdit) -> str | None:
    """What was typed, without thousands separators or a pound sign; None when blank."""
    text = field.text().strip().replace(",", "").replace("£", "")
    return text or None


def optional_combo(
    values: Sequence[Any], text: Callable[[Any], str], none_text: str, current: Any
) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for value in values:
        combo.addItem(text(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
