"""The family tree painted with QPainter, from the primitives of ``domain/genogram.drawing``
(the same ones the printed PDF draws): black lines on white, shapes and line styles carrying
the meaning, so it reads in greyscale and when printed.

``paint_tree`` draws into any QPainter (a widget, a QImage, a printer); ``render_tree`` draws
into a QImage (for tests and copying); ``TreeWidget`` shows it at a chosen scale. A
QGuiApplication must exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from familycase.domain.genogram import (
    LINE_SPACING,
    SMALL_TEXT,
    TEXT,
    Drawing,
    Shape,
    Symbol,
)

UNIT = 96.0  # pixels for one column at 100%
STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
}
WITHHELD_FILL = QColor("#c8c8c8")


@dataclass(frozen=True)
class Painted:
    """What one paint drew (tests count these)."""

    symbols: int
    lines: int
    words: int


def paint_tree(painter: QPainter, picture: Drawing, unit: float, font: QFont) -> Painted:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ink = QColor("#000000")
    width = max(1.2, unit / 55)
    for line in picture.lines:
        pen = QPen(ink, width, STYLES.get(line.style, Qt.PenStyle.SolidLine))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        path = QPainterPath(QPointF(line.points[0][0] * unit, line.points[0][1] * unit))
        for x, y in line.points[1:]:
            path.lineTo(x * unit, y * unit)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    for symbol in picture.symbols:
        _symbol(painter, symbol, unit, max(1.4, unit / 45), font)
    painter.setPen(ink)
    for words in picture.words:
        face = QFont(font)
        face.setPixelSize(max(7, round(unit * (SMALL_TEXT if words.small else TEXT))))
        painter.setFont(face)
        height = face.pixelSize() * LINE_SPACING
        for index, text in enumerate(words.lines):
            top = words.y * unit + index * height
            if words.centred:
                box = QRectF(words.x * unit - unit * 0.5, top, unit, height)
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            else:
                box = QRectF(words.x * unit, top, unit * 4, height)
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            painter.drawText(box, int(flags), text)
    painter.restore()
    return Painted(len(picture.symbols), len(picture.lines), len(picture.words))


def _symbol(painter: QPainter, symbol: Symbol, unit: float, width: float, font: QFont) -> None:
    x, y, half = symbol.x * unit, symbol.y * unit, symbol.size * unit / 2
    withheld = symbol.shape is Shape.WITHHELD
    pen = QPen(QColor("#000000"), width)
    if symbol.dashed or withheld:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(WITHHELD_FILL if withheld else QColor("#ffffff"))
    shape = symbol.shape
    if shape is Shape.CIRCLE:
        painter.drawEllipse(QPointF(x, y), half, half)
    elif shape in (Shape.DIAMOND, Shape.UNKNOWN):
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half),
                    QPointF(x + half, y),
                    QPointF(x, y + half),
                    QPointF(x - half, y),
                ]
            )
        )
        if shape is Shape.UNKNOWN:
            face = QFont(font)
            face.setPixelSize(max(7, round(half * 1.1)))
            painter.setFont(face)
            painter.drawText(
                QRectF(x - half, y - half, 2 * half, 2 * half),
                int(Qt.AlignmentFlag.AlignCenter),
                "?",
            )
    elif shape is Shape.TRIANGLE:
        small = half * 0.8
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - small),
                    QPointF(x + small, y + small),
                    QPointF(x - small, y + small),
                ]
            )
        )
    else:
        painter.drawRect(QRectF(x - half, y - half, 2 * half, 2 * half))
    if symbol.deceased:
        painter.setPen(QPen(QColor("#000000"), width))
        painter.drawLine(QPointF(x - half, y - half), QPointF(x + half, y + half))
        painter.drawLine(QPointF(x + half, y - half), QPointF(x - half, y + half))


def render_tree(picture: Drawing, unit: float = UNIT, font: QFont | None = None) -> QImage:
    """The tree on a white QImage (for tests, copying and looking at it)."""
    size = QSize(max(1, round(picture.width * unit)), max(1, round(picture.height * unit)))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_tree(painter, picture, unit, font or QFont())
    finally:
        painter.end()
    return image


class TreeWidget(QWidget):
    """The tree at ``scale`` (1.0: ``UNIT`` pixels a column), on white; it asks for the room it
    needs, so a scroll area shows the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyTree")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.picture = Drawing()
        self.scale = 1.0
        self.painted = Painted(0, 0, 0)

    def set_picture(self, picture: Drawing) -> None:
        self.picture = picture
        self._resize()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self._resize()

    @property
    def unit(self) -> float:
        return UNIT * self.scale * max(1.0, self.logicalDpiX() / 96)

    def _resize(self) -> None:
        self.setFixedSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(
            max(1, round(self.picture.width * self.unit)),
            max(1, round(self.picture.height * self.unit)),
        )

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("#ffffff"))
            self.painted = paint_tree(painter, self.picture, self.unit, self.font())
        finally:
            painter.end()
