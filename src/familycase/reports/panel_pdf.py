"""Panel case summaries as a PDF pack: OFFICIAL-SENSITIVE, recipient and date on every page,
page numbers, one family per section starting on a new page, greyscale-friendly, and an
optional AES-256 password (pikepdf; reportlab's own encryption is weak)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

import pikepdf
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from familycase.i18n import date_text, long_date_text, tr
from familycase.reports.genogram_pdf import tree_drawing
from familycase.reports.pdf_common import (
    FONT,
    MARGIN,
    PAGE,
    SectionStart,
    build_sectioned_pdf,
    grid_style,
    withheld_box,
)
from familycase.reports.pdf_common import paragraph as _p
from familycase.services import outputs, panel
from familycase.services.panel import PanelSummary, RadarData, Section
from familycase.services.timeline import agency_type_label
from familycase.services.vault import UserSession

_CONTEXT = "PanelSummary"

MIN_PASSWORD_LENGTH = 10
SCALE = (2, 4, 6, 8, 10)  # the radar's rings; the outermost is its edge


def _section(section: Section) -> list[object]:
    parts: list[object] = [_p(section.title, "h2")]
    if section.rows:
        width = PAGE[0] - 2 * MARGIN
        table = Table(
            [[_p(cell, "small") for cell in row] for row in section.rows],
            colWidths=[share * width for share in section.widths] if section.widths else None,
            repeatRows=1,
        )
        table.setStyle(grid_style(header="#d9d9d9", grid="#7f7f7f"))
        parts.append(table)
    if section.chart is not None:
        parts += [Spacer(1, 6), _radar(section.chart)]
    if section.genogram is not None:
        # Small enough to sit on the page after the household more often than not.
        parts += [Spacer(1, 4), tree_drawing(section.genogram, PAGE[0] - 2 * MARGIN, 330)]
    if section.withheld:
        parts += [Spacer(1, 4), withheld_box(section.withheld)]
    keep = 3 if section.genogram is not None and not section.rows else 2  # heading + drawing
    return [KeepTogether(parts[:keep]), *parts[keep:]]


def _radar(data: RadarData) -> Drawing:
    """First (dashed, grey) against latest (solid, black) reading: distinct in greyscale."""
    drawing = Drawing(440, 250)
    chart = SpiderChart()
    chart.x, chart.y, chart.width, chart.height = 110, 20, 220, 210
    # The scale is always 0-10 (0 at the centre): a faint strand at 10 stops the chart scaling
    # to the data, and faint rings at 2, 4, 6 and 8 with their numbers make it readable.
    chart.data = [data.first, data.latest] + [[v] * len(data.labels) for v in SCALE]
    # Each area's full name, wrapped, never cut short.
    chart.labels = ["\n".join(textwrap.wrap(label, 18)) or label for label in data.labels]
    chart.strands[0].strokeColor = colors.HexColor("#777777")
    chart.strands[0].strokeDashArray = (4, 3)
    chart.strands[0].strokeWidth = 1.2
    chart.strands[0].fillColor = None
    chart.strands[1].strokeColor = colors.black
    chart.strands[1].strokeWidth = 2
    chart.strands[1].fillColor = None
    for ring in range(2, 2 + len(SCALE)):
        chart.strands[ring].strokeColor = colors.HexColor("#d0d0d0")
        chart.strands[ring].strokeWidth = 0.4
        chart.strands[ring].fillColor = None
    chart.spokes.strokeColor = colors.HexColor("#bbbbbb")
    chart.strandLabels.fontSize = 0
    chart.spokeLabels.fontSize = 7
    chart.spokeLabels.fontName = FONT
    drawing.add(chart)
    # The numbers of the scale up the first spoke (the chart starts at the top, 90 degrees).
    centre_x, centre_y = chart.x + chart.width / 2, chart.y + chart.height / 2
    radius = min(chart.width, chart.height) / 2
    for value in SCALE:
        drawing.add(
            String(
                centre_x + 2,
                centre_y + radius * value / SCALE[-1] - 2.5,
                str(value),
                fontName=FONT,
                fontSize=6,
                fillColor=colors.HexColor("#555555"),
            )
        )
    legend = [
        (
            tr(_CONTEXT, "First reading, {date} (dashed)").format(date=date_text(data.first_on)),
            "#777777",
        ),
        (
            tr(_CONTEXT, "Latest reading, {date} (solid)").format(date=date_text(data.latest_on)),
            "#000000",
        ),
        (tr(_CONTEXT, "Scale: 0 at the centre to 10 at the edge"), "#555555"),
    ]
    for index, (text, colour) in enumerate(legend):
        drawing.add(
            String(
                0,
                235 - index * 12,
                text,
                fontName=FONT,
                fontSize=7.5,
                fillColor=colors.HexColor(colour),
            )
        )
    return drawing


def panel_pack_pdf(summaries: Sequence[PanelSummary], password: str | None = None) -> bytes:
    if not summaries:
        raise ValueError("no summaries to print")
    first = summaries[0]
    recipient = first.recipient.name or agency_type_label(first.recipient.agency_type)
    pdf = build_sectioned_pdf(
        lambda starts: _story(summaries, recipient, starts),
        title=tr(_CONTEXT, "Panel case summaries"),
        author="FamilyCase",
        marked_for=recipient,
        produced=first.produced_at,
        top=MARGIN + 4,
        bottom=MARGIN + 6,
    )
    return protect(pdf, password) if password else pdf


def _story(
    summaries: Sequence[PanelSummary], recipient: str, starts: dict[int, str]
) -> list[object]:
    """Each family's summary from a new page, its pages numbered on their own."""
    story: list[object] = []
    for index, summary in enumerate(summaries):
        if index:
            story.append(PageBreak())
        story += [
            SectionStart(
                tr(_CONTEXT, "Case summary {reference}").format(reference=summary.reference),
                starts,
            ),
            _p(
                tr(_CONTEXT, "Case summary {reference}").format(reference=summary.reference),
                "title",
            ),
            _p(
                tr(
                    _CONTEXT, "For {recipient}, purpose: {purpose}. Prepared by {who} on {date}."
                ).format(
                    recipient=recipient,
                    purpose=tr("Words", summary.purpose.label).lower(),
                    who=summary.produced_by,
                    date=long_date_text(summary.produced_at.date()),
                )
            ),
            _p(
                tr(
                    _CONTEXT,
                    "Only what the family agreed to share with this agency is shown. Withheld "
                    "information is marked WITHHELD; ask the lead professional if the panel "
                    "needs more.",
                ),
                "note",
            ),
            _p(summary.consent_text),
        ]
        if summary.question:
            story += [
                _p(tr(_CONTEXT, "What the panel is asked to decide"), "h2"),
                _p(summary.question),
            ]
        for section in summary.sections:
            story += _section(section)
    return story


def protect(pdf: bytes, password: str) -> bytes:
    """AES-256 (PDF 2.0, R=6): opens in every common viewer, only with the password."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"A PDF password needs at least {MIN_PASSWORD_LENGTH} characters.")
    out = BytesIO()
    with pikepdf.open(BytesIO(pdf)) as document:
        document.save(
            out, encryption=pikepdf.Encryption(owner=password, user=password, R=6, aes=True)
        )
    return out.getvalue()


def write_panel_pack(
    us: UserSession, summaries: Sequence[PanelSummary], password: str | None, target: Path
) -> Path:
    """The registered output ``panel_pack``: the PDF written whole and owner-only, then every
    family's gate decisions go into its share log (audited as shares)."""
    written = outputs.write_private(target, panel_pack_pdf(summaries, password or None))
    panel.record_printed(us, summaries)
    return written
