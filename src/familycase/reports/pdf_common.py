"""Shared reportlab set-up: fonts, styles, the protective marking, page furniture, and
building a marked A4 document."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from familycase.i18n import date_text, tr

log = logging.getLogger(__name__)
_CONTEXT = "PDF"

MARKING = "OFFICIAL-SENSITIVE"
PAGE = A4
MARGIN = 18 * mm


def _register_fonts() -> tuple[str, str]:
    """DejaVu Sans (cut down, shipped in reports/fonts/), embedded in every PDF: the standard
    Helvetica has no Welsh ŵ or ŷ, so Welsh text and many names would print as boxes. Falls
    back to Helvetica (logged) if the files are missing."""
    faces = {
        "FamilyCaseSans": "DejaVuSans.ttf",
        "FamilyCaseSans-Bold": "DejaVuSans-Bold.ttf",
        "FamilyCaseSans-Oblique": "DejaVuSans-Oblique.ttf",
        "FamilyCaseSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    try:
        folder = resources.files("familycase.reports").joinpath("fonts")
        for name, file in faces.items():
            pdfmetrics.registerFont(TTFont(name, str(folder.joinpath(file))))
    except (OSError, ModuleNotFoundError) as exc:  # a broken install: still print, in English
        log.warning("PDF fonts not found (%s); Welsh letters such as ŵ will not print", exc)
        return "Helvetica", "Helvetica-Bold"
    family = "FamilyCaseSans"
    styles = ((0, 0, ""), (1, 0, "-Bold"), (0, 1, "-Oblique"), (1, 1, "-BoldOblique"))
    for bold, italic, name in styles:
        addMapping(family, bold, italic, family + name)
    return family, family + "-Bold"


FONT, FONT_BOLD = _register_fonts()

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle(
        "title",
        parent=_base["Title"],
        fontName=FONT_BOLD,
        fontSize=18,
        leading=22,
        alignment=0,
        spaceAfter=6,
    ),
    "h2": ParagraphStyle(
        "h2",
        parent=_base["Heading2"],
        fontName=FONT_BOLD,
        fontSize=13,
        leading=16,
        spaceBefore=10,
        spaceAfter=4,
    ),
    "body": ParagraphStyle(
        "body", parent=_base["BodyText"], fontName=FONT, fontSize=10, leading=13
    ),
    "small": ParagraphStyle(
        "small",
        parent=_base["BodyText"],
        fontName=FONT,
        fontSize=8.5,
        leading=11,
        textColor=colors.HexColor("#333333"),
    ),
    "note": ParagraphStyle(
        "note",
        parent=_base["BodyText"],
        fontName=FONT,
        fontSize=9.5,
        leading=12,
        backColor=colors.HexColor("#f1f1f1"),
        borderPadding=5,
        spaceBefore=4,
        spaceAfter=8,
    ),
}


def page_furniture(
    recipient: str,
    produced: datetime,
    section_of: Callable[[int], tuple[str, int, int] | None] | None = None,
) -> Callable[[Canvas, object], None]:
    """Marking, recipient, date and page number on every page (readable in greyscale); with
    ``section_of`` (page -> (label, n, N)), the section's label and "page n of N" instead."""

    def draw(canvas: Canvas, doc: object) -> None:
        width, height = PAGE
        canvas.saveState()
        marking = tr(_CONTEXT, MARKING)  # in Welsh: both, as handling rules key on it
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(width / 2, height - 10 * mm, marking)
        canvas.drawCentredString(width / 2, 8 * mm, marking)
        canvas.setFont(FONT, 8)
        canvas.drawString(
            MARGIN, 13 * mm, tr(_CONTEXT, "For: {recipient}").format(recipient=recipient)
        )
        page = tr(_CONTEXT, "Page {page}").format(page=canvas.getPageNumber())
        section = section_of(canvas.getPageNumber()) if section_of is not None else None
        if section is not None:
            label, n, total = section
            page = tr(_CONTEXT, "{label}, page {n} of {total}").format(
                label=label, n=n, total=total
            )
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawString(MARGIN, height - 10 * mm, label)
            canvas.setFont(FONT, 8)
        canvas.drawRightString(
            width - MARGIN,
            13 * mm,
            tr(_CONTEXT, "Produced {date} {time} UTC   {page}").format(
                date=date_text(produced.date()), time=f"{produced:%H:%M}", page=page
            ),
        )
        canvas.restoreState()

    return draw


def paragraph(text: object, style: str = "body") -> Paragraph:
    """Plain text (escaped; line breaks kept) in one of ``STYLES``."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), STYLES[style])


def withheld_box(text: str) -> Table:
    """A boxed notice that reads as 'something is here but withheld', also in greyscale."""
    label = escape(tr(_CONTEXT, "WITHHELD"))  # also in the translations' glossary
    notice = Paragraph(f"<b>{label}</b>: {escape(text)}", STYLES["body"])
    box = Table([[notice]], colWidths=["100%"])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6e6e6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def grid_style(header: str, grid: str) -> TableStyle:
    """A table with a shaded header row and thin grid lines (colours as #rrggbb)."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header)),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )


class SectionStart(Flowable):
    """Takes no room: marks where a section (one family's summary) starts, so that the page
    furniture can name it and number its pages "page n of N" (``build_sectioned_pdf``)."""

    def __init__(self, label: str, starts: dict[int, str]) -> None:
        super().__init__()
        self.label, self.starts = label, starts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.starts[self.canv.getPageNumber()] = self.label


def build_sectioned_pdf(
    make_story: Callable[[dict[int, str]], list[object]],
    *,
    title: str,
    author: str,
    marked_for: str,
    produced: datetime,
    top: float = MARGIN,
    bottom: float = MARGIN,
) -> bytes:
    """``build_pdf`` for a story of sections, each opened by a ``SectionStart`` (made with the
    dict ``make_story`` is given): every page names its section and says "page n of N" within
    it. Laid out twice: the first run finds where each section starts and ends."""
    starts: dict[int, str] = {}
    pages: list[int] = []

    def count(canvas: Canvas, doc: object) -> None:
        pages.append(canvas.getPageNumber())

    _build(make_story(starts), count, title, author, top, bottom)
    sections: dict[int, tuple[str, int, int]] = {}
    current: list[int] = []
    label = ""
    runs: list[tuple[str, list[int]]] = []
    for page in sorted(pages):
        if page in starts:
            label, current = starts[page], []
            runs.append((label, current))
        if runs:
            current.append(page)
    for label, run in runs:
        for n, page in enumerate(run, start=1):
            sections[page] = (label, n, len(run))
    furniture = page_furniture(marked_for, produced, sections.get)
    return _build(make_story({}), furniture, title, author, top, bottom)


def _build(
    story: list[object],
    furniture: Callable[[Canvas, object], None],
    title: str,
    author: str,
    top: float,
    bottom: float,
) -> bytes:
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def build_pdf(
    story: list[object],
    *,
    title: str,
    author: str,
    marked_for: str,
    produced: datetime,
    top: float = MARGIN,
    bottom: float = MARGIN,
) -> bytes:
    """An A4 PDF of ``story`` with the marking, recipient, date and page number on every page."""
    return _build(story, page_furniture(marked_for, produced), title, author, top, bottom)
