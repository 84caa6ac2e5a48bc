"""The family tree drawn with reportlab, from the same primitives the desktop app paints
(domain/genogram.drawing): for the printed genogram (the registered output ``genogram_pdf``)
and for panel summaries. Black on white, with line styles and shapes doing the work colour
would (readable when photocopied in greyscale)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.shapes import Circle as RLCircle
from reportlab.graphics.shapes import Drawing as RLDrawing
from reportlab.graphics.shapes import Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Spacer

from familycase.domain.genogram import (
    LINE_SPACING,
    SMALL_TEXT,
    TEXT,
    Drawing,
    Genogram,
    Shape,
    Symbol,
    drawing,
)
from familycase.i18n import tr
from familycase.reports.pdf_common import MARGIN, PAGE, build_pdf, withheld_box
from familycase.reports.pdf_common import paragraph as _p
from familycase.services import outputs
from familycase.services.clock import now
from familycase.services.genogram import GenogramPrint, record_printed
from familycase.services.timeline import recipient_text
from familycase.services.vault import UserSession

FONT = "Helvetica"
DASH = {"solid": None, "dashed": [4, 3], "dotted": [1, 2]}
GREY = colors.HexColor("#c8c8c8")


def _tr(text: str) -> str:
    return tr("genogram_pdf", text)


def tree_drawing(
    genogram: Genogram, max_width: float, max_height: float | None = None
) -> RLDrawing:
    """The tree and its legend, scaled to fit ``max_width`` (and ``max_height``) points, and
    never above 80 points a column (a small family stays a readable size)."""
    picture = drawing(genogram)
    unit = min(80.0, max_width / max(picture.width, 1.0))
    if max_height is not None:
        unit = min(unit, max_height / max(picture.height, 1.0))
    return _render(picture, unit)


def _render(picture: Drawing, unit: float) -> RLDrawing:
    height = picture.height * unit
    out = RLDrawing(picture.width * unit, height)

    def at(x: float, y: float) -> tuple[float, float]:
        return x * unit, height - y * unit

    for line in picture.lines:
        points = [coordinate for point in line.points for coordinate in at(*point)]
        out.add(
            PolyLine(
                points,
                strokeColor=colors.black,
                strokeWidth=max(0.8, unit / 55),
                strokeDashArray=DASH.get(line.style),
            )
        )
    for symbol in picture.symbols:
        _symbol(out, symbol, at, unit)
    for words in picture.words:
        size = unit * (SMALL_TEXT if words.small else TEXT)
        x, y = at(words.x, words.y)
        for index, text in enumerate(words.lines):
            line_y = y - size * (index * LINE_SPACING + 0.85)
            if words.centred:
                out.add(String(x, line_y, text, fontName=FONT, fontSize=size, textAnchor="middle"))
            else:
                out.add(String(x, line_y, text, fontName=FONT, fontSize=size))
    return out


def _symbol(
    out: RLDrawing, symbol: Symbol, at: Callable[[float, float], tuple[float, float]], unit: float
) -> None:
    x, y = at(symbol.x, symbol.y)
    half = symbol.size * unit / 2
    stroke = {
        "strokeColor": colors.black,
        "strokeWidth": max(1.0, unit / 45),
        "fillColor": GREY if symbol.shape is Shape.WITHHELD else colors.white,
        "strokeDashArray": [3, 2] if symbol.dashed or symbol.shape is Shape.WITHHELD else None,
    }
    shape = symbol.shape
    if shape is Shape.CIRCLE:
        out.add(RLCircle(x, y, half, **stroke))
    elif shape in (Shape.DIAMOND, Shape.UNKNOWN):
        out.add(Polygon([x, y + half, x + half, y, x, y - half, x - half, y], **stroke))
        if shape is Shape.UNKNOWN:
            size = half * 1.1
            out.add(String(x, y - size / 3, "?", fontName=FONT, fontSize=size, textAnchor="middle"))
    elif shape is Shape.TRIANGLE:
        small = half * 0.8
        out.add(Polygon([x, y + small, x + small, y - small, x - small, y - small], **stroke))
    else:
        out.add(Rect(x - half, y - half, 2 * half, 2 * half, **stroke))
    if symbol.deceased:
        for dx in (-1, 1):
            out.add(
                Line(
                    x - half * dx,
                    y - half,
                    x + half * dx,
                    y + half,
                    strokeColor=colors.black,
                    strokeWidth=max(1.0, unit / 45),
                )
            )


def genogram_story(genogram: Genogram, withheld: int, agency: str) -> list[object]:
    """The tree for a PDF story, with the WITHHELD notice when anyone is not shown."""
    story: list[object] = [tree_drawing(genogram, PAGE[0] - 2 * MARGIN)]
    if withheld:
        story += [
            Spacer(1, 6),
            withheld_box(
                _tr(
                    "{n} person(s) drawn as Withheld: the family has not agreed to share their "
                    "details with {agency}."
                ).format(n=withheld, agency=agency)
            ),
        ]
    return story


def genogram_pdf(printed: GenogramPrint, produced_by: str) -> bytes:
    to = recipient_text(printed.recipient)
    produced = now()
    heading = _tr("Family tree {reference}").format(reference=printed.reference)
    if printed.family_name:
        heading += f": {printed.family_name}"
    intro = _tr("For {to}, purpose: {purpose}. Prepared by {who} on {date}.").format(
        to=to, purpose=printed.purpose.label.lower(), who=produced_by, date=f"{produced:%d/%m/%Y}"
    )
    story: list[object] = [
        _p(heading, "title"),
        _p(intro),
        _p(
            _tr(
                "Drawn from the relationships recorded in the family file. Only the people "
                "the family agreed to share with this agency are named; ask the lead "
                "professional if more is needed."
            ),
            "note",
        ),
    ]
    story += genogram_story(printed.genogram, printed.withheld, printed.recipient.name or to)
    return build_pdf(
        story,
        title=_tr("Family tree {reference}").format(reference=printed.reference),
        author="FamilyCase",
        marked_for=to,
        produced=produced,
    )


def write_genogram(us: UserSession, printed: GenogramPrint, target: Path) -> Path:
    """The registered output ``genogram_pdf``: the PDF written whole and owner-only, then the
    gate's decisions in the share log (with their audit entry)."""
    written = outputs.write_private(target, genogram_pdf(printed, us.worker.display_name))
    record_printed(us, printed)
    return written
