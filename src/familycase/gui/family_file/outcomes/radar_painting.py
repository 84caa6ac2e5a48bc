"""Drawing the outcome radar chart with QPainter (no QtCharts needed): the series' styles, where
everything goes (``radar_geometry``), painting onto any device (``paint_radar``) and into an
image (``render_radar``, for PDFs, printing and tests). ``radar.py`` has the widget.

One spoke per area, rings for every score on the scale (stronger at the end of each stage),
and up to four readings overlaid. Each reading differs in three ways at once: colour, line
style (solid, dashed, dotted...) and marker shape (filled circle, hollow square...), so the
chart still reads when printed in greyscale or seen by someone who does not tell the colours
apart. An area not scored in a reading leaves a gap in that reading's outline.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

_CONTEXT = "Radar"

INK = QColor("#1b232c")
MUTED = QColor("#4f5b67")
RING = QColor("#c3cbd3")
RING_STRONG = QColor("#8a96a3")
BAND = QColor("#f1f3f5")
BACKGROUND = QColor("#ffffff")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Marker(Enum):
    FILLED_CIRCLE = "filled_circle"
    HOLLOW_SQUARE = "hollow_square"
    FILLED_TRIANGLE = "filled_triangle"
    HOLLOW_DIAMOND = "hollow_diamond"


@dataclass(frozen=True)
class SeriesStyle:
    color: QColor
    line: Qt.PenStyle
    marker: Marker
    fill_alpha: int  # 0: outline only


# Latest first in importance: the newest reading is solid, dark and lightly filled; the
# baseline is dashed with hollow squares in a lighter orange. Colour-blind safe pair (blue /
# orange) whose greys also differ (luma about 79 and 124).
STYLES: tuple[SeriesStyle, ...] = (
    SeriesStyle(QColor("#c96a14"), Qt.PenStyle.DashLine, Marker.HOLLOW_SQUARE, 0),
    SeriesStyle(QColor("#1d5c8c"), Qt.PenStyle.SolidLine, Marker.FILLED_CIRCLE, 40),
    SeriesStyle(QColor("#2e7d32"), Qt.PenStyle.DotLine, Marker.FILLED_TRIANGLE, 0),
    SeriesStyle(QColor("#6a1b9a"), Qt.PenStyle.DashDotLine, Marker.HOLLOW_DIAMOND, 0),
)


@dataclass(frozen=True)
class RadarSeries:
    label: str  # e.g. "First reading, 12/03/2026"
    values: Sequence[float | None]  # one per axis; None where the area was not scored
    style: SeriesStyle | None = None  # default: STYLES in order


@dataclass(frozen=True)
class RadarGeometry:
    """Where things go, for painting and for tests that measure the picture."""

    centre: QPointF
    radius: float
    label_rects: tuple[QRectF, ...]
    legend_rect: QRectF
    title_rect: QRectF
    legend_columns: int = 1

    def point(self, axis: int, axes: int, value: float, maximum: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * axis / axes
        r = self.radius * max(0.0, min(value, maximum)) / maximum
        return QPointF(self.centre.x() + r * math.cos(angle), self.centre.y() + r * math.sin(angle))


def _font(base: QFont, points: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def radar_geometry(
    rect: QRectF, axes: Sequence[str], series_count: int, label_font: QFont, title: str = ""
) -> RadarGeometry:
    """Title, chart, labels and legend as one block, centred in ``rect``. Labels get the
    height their wrapped text needs; the legend has two columns when there is room."""
    metrics = QFontMetricsF(label_font)
    line = metrics.height()
    title_height = line * 2.0 if title else 0.0
    columns = 2 if series_count > 1 and rect.width() >= 600 else 1
    rows = math.ceil(series_count / columns) if series_count else 0
    legend_height = line * 1.6 * rows
    label_width = max(90.0, min(150.0, rect.width() * 0.2))
    wrap = int(Qt.TextFlag.TextWordWrap)
    label_height = max(
        [line * 2.2]
        + [metrics.boundingRect(QRectF(0, 0, label_width, 1000), wrap, t).height() for t in axes]
    )
    gap = line * 0.8
    free_width = rect.width() - 2 * label_width
    free_height = rect.height() - title_height - legend_height - 2 * label_height - gap
    radius = max(10.0, min(free_width, free_height) / 2)
    content = title_height + 2 * label_height + 2 * radius + gap + legend_height
    top = rect.top() + max(0.0, (rect.height() - content) / 2)
    centre = QPointF(rect.center().x(), top + title_height + label_height + radius)
    rects = []
    count = len(axes)
    for axis in range(count):
        angle = -math.pi / 2 + 2 * math.pi * axis / count
        cos, sin = math.cos(angle), math.sin(angle)
        anchor = QPointF(centre.x() + (radius + 8) * cos, centre.y() + (radius + 8) * sin)
        if abs(cos) < 0.25:  # top or bottom: centred over the point
            left = anchor.x() - label_width / 2
        elif cos > 0:  # right-hand side: text starts at the point
            left = anchor.x()
        else:
            left = anchor.x() - label_width
        if abs(sin) < 0.25:
            top_of_label = anchor.y() - label_height / 2
        elif sin > 0:
            top_of_label = anchor.y()
        else:
            top_of_label = anchor.y() - label_height
        rects.append(QRectF(left, top_of_label, label_width, label_height))
    legend = QRectF(
        rect.left(), centre.y() + radius + label_height + gap, rect.width(), legend_height
    )
    title_rect = QRectF(rect.left(), top, rect.width(), title_height)
    return RadarGeometry(centre, radius, tuple(rects), legend, title_rect, columns)


def _label_alignment(rect: QRectF, centre: QPointF) -> Qt.AlignmentFlag:
    middle = rect.center()
    if abs(middle.x() - centre.x()) < rect.width() * 0.3:
        horizontal = Qt.AlignmentFlag.AlignHCenter
    elif middle.x() > centre.x():
        horizontal = Qt.AlignmentFlag.AlignLeft
    else:
        horizontal = Qt.AlignmentFlag.AlignRight
    if abs(middle.y() - centre.y()) < rect.height() * 0.3:
        vertical = Qt.AlignmentFlag.AlignVCenter
    elif middle.y() > centre.y():
        vertical = Qt.AlignmentFlag.AlignTop
    else:
        vertical = Qt.AlignmentFlag.AlignBottom
    return horizontal | vertical


def _draw_marker(painter: QPainter, at: QPointF, style: SeriesStyle, size: float) -> None:
    pen = QPen(style.color, 2.0)
    pen.setStyle(Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    hollow = style.marker in (Marker.HOLLOW_SQUARE, Marker.HOLLOW_DIAMOND)
    painter.setBrush(QBrush(BACKGROUND if hollow else style.color))
    half = size / 2
    if style.marker is Marker.FILLED_CIRCLE:
        painter.drawEllipse(at, half, half)
    elif style.marker is Marker.HOLLOW_SQUARE:
        painter.drawRect(QRectF(at.x() - half, at.y() - half, size, size))
    elif style.marker is Marker.FILLED_TRIANGLE:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - half * 1.2),
                    QPointF(at.x() + half * 1.1, at.y() + half * 0.8),
                    QPointF(at.x() - half * 1.1, at.y() + half * 0.8),
                ]
            )
        )
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - half * 1.3),
                    QPointF(at.x() + half * 1.3, at.y()),
                    QPointF(at.x(), at.y() + half * 1.3),
                    QPointF(at.x() - half * 1.3, at.y()),
                ]
            )
        )


def paint_radar(
    painter: QPainter,
    rect: QRectF,
    axes: Sequence[str],
    series: Sequence[RadarSeries],
    *,
    minimum: int = 1,
    maximum: int = 10,
    stage_ends: Sequence[int] = (2, 4, 6, 8, 10),
    title: str = "",
    font: QFont | None = None,
) -> RadarGeometry:
    """Draw the chart into ``rect``. Returns where the parts went."""
    base = font or QFont(painter.font())
    label_font = _font(base, 9.5)
    geometry = radar_geometry(rect, axes, len(series), label_font, title)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, BACKGROUND)
    if title:
        painter.setFont(_font(base, 12, bold=True))
        painter.setPen(INK)
        painter.drawText(
            geometry.title_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            title,
        )
    n = len(axes)
    if n >= 3:
        _paint_grid(painter, geometry, n, minimum, maximum, stage_ends, base)
    elif n:
        painter.setPen(MUTED)
        painter.setFont(label_font)
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignCenter, _tr("A radar chart needs at least three areas.")
        )
    painter.setFont(label_font)
    painter.setPen(INK)
    for text, label_rect in zip(axes, geometry.label_rects, strict=True):
        painter.drawText(
            label_rect,
            int(_label_alignment(label_rect, geometry.centre)) | Qt.TextFlag.TextWordWrap,
            text,
        )
    if n >= 3:
        for index, one in enumerate(series):
            style = one.style or STYLES[index % len(STYLES)]
            _paint_series(painter, geometry, one, style, maximum)
        _paint_legend(painter, geometry, series, label_font)
    painter.restore()
    return geometry


def _paint_grid(
    painter: QPainter,
    geometry: RadarGeometry,
    n: int,
    minimum: int,
    maximum: int,
    stage_ends: Sequence[int],
    base: QFont,
) -> None:
    def ring(value: float) -> QPolygonF:
        return QPolygonF([geometry.point(i, n, value, maximum) for i in range(n)])

    # Alternate stage bands, very light, so the five stages can be told apart.
    previous = 0
    for index, end in enumerate(stage_ends):
        if index % 2 == 1:
            path = QPainterPath()
            path.addPolygon(ring(end))
            inner = QPainterPath()
            inner.addPolygon(ring(previous))
            painter.fillPath(path.subtracted(inner), BAND)
        previous = end
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for value in range(minimum, maximum + 1):
        strong = value in stage_ends
        painter.setPen(QPen(RING_STRONG if strong else RING, 1.2 if strong else 0.8))
        painter.drawPolygon(ring(value))
    painter.setPen(QPen(RING_STRONG, 1.0))
    for axis in range(n):
        painter.drawLine(geometry.centre, geometry.point(axis, n, maximum, maximum))
    # Score numbers up the first spoke.
    painter.setFont(_font(base, 7.5))
    painter.setPen(MUTED)
    halo = QColor(BACKGROUND)
    halo.setAlpha(200)
    for value in stage_ends:
        at = geometry.point(0, n, value, maximum)
        box = QRectF(at.x() - 18, at.y() - 6, 13, 12)
        painter.fillRect(box, halo)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
        )


def _paint_series(
    painter: QPainter,
    geometry: RadarGeometry,
    series: RadarSeries,
    style: SeriesStyle,
    maximum: int,
) -> None:
    n = len(series.values)
    points = [
        None if value is None else geometry.point(i, n, value, maximum)
        for i, value in enumerate(series.values)
    ]
    present = [p for p in points if p is not None]
    if style.fill_alpha and len(present) == n and n >= 3:
        fill = QColor(style.color)
        fill.setAlpha(style.fill_alpha)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF(present))
    pen = QPen(style.color, 2.6)
    pen.setStyle(style.line)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for i in range(n):  # each edge only where both ends were scored: gaps show missing areas
        a, b = points[i], points[(i + 1) % n]
        if a is not None and b is not None:
            painter.drawLine(a, b)
    for point in present:
        _draw_marker(painter, point, style, 9.0)


def _paint_legend(
    painter: QPainter, geometry: RadarGeometry, series: Sequence[RadarSeries], font: QFont
) -> None:
    if not series:
        return
    painter.setFont(font)
    rect = geometry.legend_rect
    columns = geometry.legend_columns
    row_height = rect.height() / max(1, math.ceil(len(series) / columns))
    column_width = rect.width() / columns
    for index, one in enumerate(series):
        style = one.style or STYLES[index % len(STYLES)]
        row, column = divmod(index, columns)
        left = rect.left() + column * column_width + 12
        middle = rect.top() + row * row_height + row_height / 2
        pen = QPen(style.color, 2.6)
        pen.setStyle(style.line)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, middle), QPointF(left + 44, middle))
        _draw_marker(painter, QPointF(left + 22, middle), style, 9.0)
        painter.setPen(INK)
        painter.drawText(
            QRectF(left + 52, middle - row_height / 2, column_width - 70, row_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            one.label,
        )


def render_radar(
    axes: Sequence[str],
    series: Sequence[RadarSeries],
    width: int = 720,
    height: int = 720,
    *,
    title: str = "",
    minimum: int = 1,
    maximum: int = 10,
    stage_ends: Sequence[int] = (2, 4, 6, 8, 10),
    device_pixel_ratio: float = 1.0,
) -> QImage:
    """The chart as an image (white background), e.g. for a PDF or for printing."""
    image = QImage(
        int(width * device_pixel_ratio),
        int(height * device_pixel_ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        paint_radar(
            painter,
            QRectF(0, 0, width, height),
            axes,
            series,
            minimum=minimum,
            maximum=maximum,
            stage_ends=stage_ends,
            title=title,
        )
    finally:
        painter.end()
    return image
