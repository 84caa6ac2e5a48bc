"""Choosing a unit cost for a prevented-cost line: a search box over the unit cost library
(GMCA and the organisation's local unit costs) and the matching entries.

Entries the library check marks as suspect values (``UnitCost.suspect``) are listed, marked
"suspect value" with the reason as their tooltip, so nobody wonders where a familiar code went;
choosing one is refused with the services' own message (``suspect_message``, which
``services.costs.record_prevented_cost`` raises when such a line is saved). A local unit cost
with the same code replaces a suspect entry and is offered like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from familycase.domain.costs.flows import suspect_message
from familycase.domain.costs.library import UnitCost, UnitCostLibrary
from familycase.gui.common import words
from familycase.services.costs import LOCAL_SOURCE_PREFIX

SEARCH_LIMIT = 60
CODE_ROLE = Qt.ItemDataRole.UserRole
SUSPECT_COLOUR = QColor("#a4161a")  # the style sheet's "problem" red (7:1 on white)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnitCostPicker", text)


def is_local(cost: UnitCost) -> bool:
    return cost.source.startswith(LOCAL_SOURCE_PREFIX)


def unit_cost_text(cost: UnitCost) -> str:
    """ "SS2.0 (GMCA) · Child into foster care… · £700.00 per week · 2013-14"."""
    year = cost.price_year or _tr("price year not stated")
    if not is_local(cost):
        where = "GMCA"
    elif cost.replaces:
        where = _tr("local, replaces a suspect GMCA entry")
    else:
        where = _tr("local")
    text = (
        f"{cost.code} ({where}) · {cost.description} · {words.money_text(cost.value)} "
        f"{cost.unit.lower()} · {year}"
    )
    if cost.suspect:
        text = _tr("SUSPECT VALUE, not used: {text}").format(text=text)
    return text


def unit_cost_tooltip(cost: UnitCost) -> str:
    if cost.suspect:
        return _tr("Suspect value: {reason}").format(reason=cost.suspect)
    if cost.replaces:
        return _tr("{citation}\nReplaces the suspect entry {replaced}").format(
            citation=cost.citation(), replaced=cost.replaces
        )
    return cost.citation()


class UnitCostPicker(QWidget):
    """A search box over the unit cost library and the matching costs, one to choose."""

    picked = Signal()  # a unit cost was chosen (``refusal()`` says if it cannot be used)

    def __init__(self, library: UnitCostLibrary, current: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: foster, A&E, eviction, police, SS2.0…"))
        self.search.setAccessibleName(self.tr("Search the unit costs"))
        self.search.setClearButtonEnabled(True)
        self.search.setProperty("ignoreForChanges", True)
        self.setFocusProxy(self.search)  # the field's label (Alt+U) goes to the search box
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching unit costs"))
        self.results.setMinimumHeight(self.results.fontMetrics().height() * 6)
        self.results.setWordWrap(True)  # long unit cost names wrap, never cut off
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen = QLabel()
        self.chosen.setObjectName("hint")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.search)
        column.addWidget(self.results)
        column.addWidget(self.chosen)
        self._code = current
        self.search.textChanged.connect(self._find)
        self.results.currentItemChanged.connect(self._picked)
        self.search.returnPressed.connect(self.results.setFocus)
        if current and library.get(current) is not None:
            self.search.setText(current)
        else:
            self._find("")
        self._describe()

    def _find(self, text: str) -> None:
        found = self.library.search(text, limit=SEARCH_LIMIT) if text.strip() else []
        if not text.strip():
            found = self.library.entries[:SEARCH_LIMIT]
        self.results.blockSignals(True)
        self.results.clear()
        for cost in found:
            item = QListWidgetItem(unit_cost_text(cost))
            item.setData(CODE_ROLE, cost.code)
            item.setToolTip(unit_cost_tooltip(cost))
            if cost.suspect:
                item.setForeground(QBrush(SUSPECT_COLOUR))
            self.results.addItem(item)
            if cost.code == self._code:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self._code = item.data(CODE_ROLE)
            self._describe()
            self.picked.emit()

    def _describe(self) -> None:
        cost = self.current()
        if cost is None:
            self.chosen.setText(self.tr("No unit cost chosen yet."))
            return
        if cost.suspect:
            self.chosen.setText(
                self.tr("Cannot be used: {code} is a suspect value ({reason})").format(
                    code=cost.code, reason=cost.suspect
                )
            )
            return
        self.chosen.setText(
            self.tr("Chosen: {text}. Source: {citation}").format(
                text=unit_cost_text(cost), citation=cost.citation()
            )
        )

    def choose(self, code: str) -> None:
        """Choose a unit cost by its code (as if searched for and picked)."""
        self.search.setText(code)
        for i in range(self.results.count()):
            if self.results.item(i).data(CODE_ROLE) == code:
                self.results.setCurrentRow(i)
                return
        raise KeyError(code)

    def current(self) -> UnitCost | None:
        return self.library.get(self._code) if self._code else None

    def code(self) -> str | None:
        return self._code

    def refusal(self) -> str | None:
        """Why the chosen unit cost cannot be used (the services' words), or None."""
        cost = self.current()
        if cost is None or not cost.suspect:
            return None
        return suspect_message(cost, self.library.name)
