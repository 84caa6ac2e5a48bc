"""A small bar chart painted with QPainter (no QtCharts): labels on the left, bars with their
values, readable in greyscale and at any scale; an accessible description lists the figures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#4a6fa5")


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.items: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    def set_items(self, items: Sequence[tuple[str, float]]) -> None:
        self.items = list(items)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {value:g}" for label, value in self.items)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height() + 6
        return QSize(420, line * (len(self.items) + 2))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        painter.drawText(0, metrics.ascent(), self.title)
        if not self.items:
            painter.drawText(0, line + metrics.ascent(), self.tr("Nothing in this period."))
            return
        label_width = min(
            self.width() // 2, max(metrics.horizontalAdvance(text) for text, _ in self.items) + 8
        )
        top = line
        largest = max(v for _, v in self.items) or 1.0
        room = max(10, self.width() - label_width - 60)
        for index, (label, value) in enumerate(self.items):
            y = top + index * line
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, y, label_width - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6),
            )
            width = room * value / largest
            painter.fillRect(QRectF(label_width, y + 3, width, line - 6), BAR)
            painter.drawText(
                QRectF(label_width + width + 4, y, 56, line),
                Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
