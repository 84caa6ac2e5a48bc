"""The caseload's filter bar: status, tier, lead professional and "needs attention".

It only builds a ``team.CaseloadFilter``; what the filters mean (for example when a contact
is overdue) is decided in ``services/team.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from familycase.domain.enums import FamilyStatus, Tier
from familycase.gui.common import words
from familycase.services import team
from familycase.services.caseload import ACTIVE_STATUSES

_OPEN_WORK = "open-work"
_ANY = "any"


class CaseloadFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.status = QComboBox()
        self.status.addItem(self.tr("Open work (not closed)"), _OPEN_WORK)
        self.status.addItem(self.tr("Any status"), _ANY)
        for status in FamilyStatus:
            self.status.addItem(words.status_text(status), status)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("Any tier"), None)
        for tier in Tier:
            self.tier.addItem(words.tier_text(tier), tier)
        self.worker = QComboBox()
        self.worker.setMinimumContentsLength(16)
        self.worker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.set_workers([])
        self.overdue = QCheckBox(self.tr("Needs &attention"))
        self.overdue.setToolTip(
            self.tr(
                "Only families whose review is overdue or who have had no contact for more "
                "than {days} days"
            ).format(days=team.DEFAULT_CONTACT_DAYS)
        )
        self.overdue.setAccessibleName(self.tr("Only families that need attention"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for text, combo, name in [
            (self.tr("&Status"), self.status, self.tr("Status filter")),
            (self.tr("Ti&er"), self.tier, self.tr("Tier filter")),
            (self.tr("Lea&d"), self.worker, self.tr("Lead professional filter")),
        ]:
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self._changed)
            layout.addWidget(label)
            layout.addWidget(combo)
            layout.addSpacing(6)
            if combo is self.worker:
                self._worker_label = label
        layout.addWidget(self.overdue)
        layout.addSpacing(6)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.overdue.toggled.connect(self._changed)
        self._update_clear()

    def set_workers(self, workers: Sequence[tuple[str, str]]) -> None:
        """(worker id, name) of everyone leading a family in the list."""
        current = self.worker.currentData()
        self.worker.blockSignals(True)
        self.worker.clear()
        self.worker.addItem(self.tr("Anyone"), None)
        self.worker.addItem(self.tr("Not allocated"), team.NOT_ALLOCATED)
        for worker_id, name in sorted(workers, key=lambda w: w[1].casefold()):
            self.worker.addItem(name, worker_id)
        index = self.worker.findData(current)
        self.worker.setCurrentIndex(max(0, index))
        self.worker.blockSignals(False)
        if current is not None and index < 0:
            self._changed()

    def set_worker_filter_shown(self, shown: bool) -> None:
        self.worker.setVisible(shown)
        self._worker_label.setVisible(shown)
        if not shown and self.worker.currentIndex() != 0:
            self.worker.setCurrentIndex(0)

    def current(self) -> team.CaseloadFilter:
        status = self.status.currentData()
        statuses: frozenset[FamilyStatus] | None
        if status == _OPEN_WORK:
            statuses = frozenset(ACTIVE_STATUSES)
        elif status == _ANY:
            statuses = None
        else:
            statuses = frozenset({status})
        return team.CaseloadFilter(
            statuses=statuses,
            tier=self.tier.currentData(),
            worker_id=self.worker.currentData() if self.worker.isVisibleTo(self) else None,
            overdue_only=self.overdue.isChecked(),
        )

    def reset(self) -> None:
        for widget in (self.status, self.tier, self.worker, self.overdue):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.tier.setCurrentIndex(0)
        self.worker.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in (self.status, self.tier, self.worker, self.overdue):
            widget.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(not self.current().is_default)
