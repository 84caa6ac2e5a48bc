"""Shared reportlab set-up: fonts, styles, the protective marking and page furniture."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

MARKING = "OFFICIAL-SENSITIVE"
PAGE = A4
MARGIN = 18 * mm

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle(
        "title", parent=_base["Title"], fontSize=18, leading=22, alignment=0, spaceAfter=6
    ),
    "h2": ParagraphStyle(
        "h2", parent=_base["Heading2"], fontSize=13, leading=16, spaceBefore=10, spaceAfter=4
    ),
    "body": ParagraphStyle("body", parent=_base["BodyText"], fontSize=10, leading=13),
    "small": ParagraphStyle(
        "small",
        parent=_base["BodyText"],
        fontSize=8.5,
        leading=11,
        textColor=colors.HexColor("#333333"),
    ),
    "note": ParagraphStyle(
        "note",
        parent=_base["BodyText"],
        fontSize=9.5,
        leading=12,
        backColor=colors.HexColor("#f1f1f1"),
        borderPadding=5,
        spaceBefore=4,
        spaceAfter=8,
    ),
}


def page_furniture(recipient: str, produced: datetime) -> Callable[[Canvas, object], None]:
    """Marking, recipient, date and page number on every page (readable in greyscale)."""

    def draw(canvas: Canvas, doc: object) -> None:
        width, height = PAGE
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawCentredString(width / 2, height - 10 * mm, MARKING)
        canvas.drawCentredString(width / 2, 8 * mm, MARKING)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN, 13 * mm, f"For: {recipient}")
        canvas.drawRightString(
            width - MARGIN,
            13 * mm,
            f"Produced {produced:%d/%m/%Y %H:%M} UTC   Page {canvas.getPageNumber()}",
        )
        canvas.restoreState()

    return draw
