"""A radar chart of outcome readings, drawn with QPainter (no QtCharts needed).

One spoke per area, rings for every score on the scale (stronger at the end of each stage),
and up to four readings overlaid. Each reading differs in three ways at once: colour, line
style (solid, dashed, dotted...) and marker shape (filled circle, hollow square...), so the
chart still reads when printed in greyscale or seen by someone who does not tell the colours
apart. An area not scored in a reading leaves a gap in that reading's outline.

``RadarChart`` is the widget; ``render_radar`` draws the same chart into a QImage (for PDFs,
printing and tests); ``radar_from_history`` turns a family's ``OutcomeHistory`` into axes and
series (first against latest by default, or any chosen pair). A QGuiApplication must exist.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from familycase.gui.family_file.outcomes.radar_painting import (
    STYLES,
    RadarSeries,
    paint_radar,
    render_radar,
)
from familycase.services.assessments import OutcomeHistory

_CONTEXT = "Radar"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class RadarChart(QWidget):
    """The chart as a widget. Call ``set_data``; the description for screen readers lists
    each area's scores, so the chart is not the only way to read them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarChart")
        self.setAccessibleName(_tr("Outcome radar chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 360)
        self._axes: list[str] = []
        self._series: list[RadarSeries] = []
        self._title = ""
        self._range = (1, 10)
        self._stage_ends: tuple[int, ...] = (2, 4, 6, 8, 10)

    def set_data(
        self,
        axes: Sequence[str],
        series: Sequence[RadarSeries],
        *,
        title: str = "",
        minimum: int = 1,
        maximum: int = 10,
        stage_ends: Sequence[int] = (2, 4, 6, 8, 10),
    ) -> None:
        for one in series:
            if len(one.values) != len(axes):
                raise ValueError("each series needs one value per area")
        self._axes, self._series, self._title = list(axes), list(series), title
        self._range, self._stage_ends = (minimum, maximum), tuple(stage_ends)
        self.setAccessibleDescription(describe(axes, series))
        self.update()

    def series(self) -> list[RadarSeries]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(560, 600)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        try:
            paint_radar(
                painter,
                QRectF(self.rect()),
                self._axes,
                self._series,
                minimum=self._range[0],
                maximum=self._range[1],
                stage_ends=self._stage_ends,
                title=self._title,
                font=self.font(),
            )
        finally:
            painter.end()

    def image(self, width: int = 720, height: int = 720) -> QImage:
        return render_radar(
            self._axes,
            self._series,
            width,
            height,
            title=self._title,
            minimum=self._range[0],
            maximum=self._range[1],
            stage_ends=self._stage_ends,
        )


def describe(axes: Sequence[str], series: Sequence[RadarSeries]) -> str:
    """A text version of the chart: one line per area with each reading's score."""
    lines = []
    for index, axis in enumerate(axes):
        parts = []
        for one in series:
            value = one.values[index]
            parts.append(f"{one.label}: {'not scored' if value is None else f'{value:g}'}")
        lines.append(f"{axis}: " + "; ".join(parts))
    return "\n".join(lines)


def radar_from_history(
    history: OutcomeHistory, first_id: str | None = None, latest_id: str | None = None
) -> tuple[list[str], list[RadarSeries], tuple[int, int, tuple[int, ...]]]:
    """Axes (area labels), the two readings to compare (first and latest unless chosen), and
    the scale's (minimum, maximum, stage ends) from the instrument definition."""
    definition = history.definition
    if definition is None or not history.readings:
        return [], [], (1, 10, (2, 4, 6, 8, 10))
    questions = [q for s, q in definition.scale_questions() if s.about.value == "whole"]
    axes = [q.label for q in questions]
    scale = definition.scale(questions[0].scale or "") if questions else None
    bounds = (
        (scale.min, scale.max, tuple(stage.to_score for stage in scale.stages))
        if scale is not None
        else (1, 10, (2, 4, 6, 8, 10))
    )
    first = history.reading(first_id) if first_id else history.readings[0]
    latest = history.reading(latest_id) if latest_id else history.readings[-1]
    chosen = [first] if first is latest else [first, latest]
    series = []
    for position, reading in enumerate(chosen):
        scores = reading.by_key()
        name = _tr("First reading") if position == 0 and not first_id else _tr("Reading")
        if position == 1:
            name = _tr("Latest reading") if not latest_id else _tr("Reading")
        label = f"{name}, {reading.on:%d/%m/%Y}"
        values = [
            float(scores[q.id].score) if q.id in scores else None  # type: ignore[misc]
            for q in questions
        ]
        series.append(
            RadarSeries(
                label, values, STYLES[0] if position == 0 and len(chosen) > 1 else STYLES[1]
            )
        )
    return axes, series, bounds
