"""The radar chart, rendered offscreen and measured (not eyeballed)."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QImage

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.assessment import Answer
from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
from familycase.gui.family_file.outcomes.radar import RadarChart, radar_from_history
from familycase.gui.family_file.outcomes.radar_painting import (
    BACKGROUND,
    STYLES,
    RadarSeries,
    paint_radar,
    radar_geometry,
    render_radar,
)
from familycase.services import assessments

AXES = [
    "Learning and school",
    "Early years",
    "Health and wellbeing",
    "Alcohol and drugs",
    "Getting on at home",
    "Keeping children safe",
    "Staying out of trouble",
    "Safe from domestic abuse",
    "Home",
    "Money and work",
]
FIRST = RadarSeries("First reading, 12/01/2026", [2, None, 4, 6, 3, 5, 7, 2, 3, 1])
LATEST = RadarSeries("Latest reading, 06/04/2026", [5, None, 6, 8, 6, 7, 8, 5, 6, 4])


def _near(pixel: QColor, colour: QColor, tolerance: int = 40) -> bool:
    return (
        abs(pixel.red() - colour.red())
        + abs(pixel.green() - colour.green())
        + abs(pixel.blue() - colour.blue())
    ) <= tolerance


def _count(image: QImage, colour: QColor, box=None) -> int:
    x0, y0, x1, y1 = box or (0, 0, image.width(), image.height())
    return sum(
        _near(image.pixelColor(x, y), colour)
        for y in range(max(0, int(y0)), min(image.height(), int(y1)), 2)
        for x in range(max(0, int(x0)), min(image.width(), int(x1)), 2)
    )


def _luma(colour: QColor) -> float:
    """Brightness as a greyscale printer sees it (ITU-R BT.601 weights)."""
    return 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()


def _dark(image: QImage, box) -> int:
    x0, y0, x1, y1 = box
    return sum(
        image.pixelColor(x, y).lightness() < 110
        for y in range(max(0, int(y0)), min(image.height(), int(y1)))
        for x in range(max(0, int(x0)), min(image.width(), int(x1)))
    )


@pytest.fixture
def chart(qapp) -> QImage:
    return render_radar(AXES, [FIRST, LATEST], 720, 720, title="Family Progress Measure")


def test_the_image_is_not_blank_and_both_readings_are_drawn(chart):
    assert (chart.width(), chart.height()) == (720, 720)
    white = _count(chart, BACKGROUND)  # every other pixel sampled: 360 x 360
    assert white < 360 * 360 * 0.97  # something was drawn over the white page
    first, latest = _count(chart, STYLES[0].color), _count(chart, STYLES[1].color)
    assert first > 150 and latest > 150, (first, latest)


def test_each_reading_sits_at_its_score(qapp, chart):
    from PySide6.QtCore import QRectF

    geometry = radar_geometry(QRectF(0, 0, 720, 720), AXES, 2, _label_font(qapp), "x")
    for series, style in ((FIRST, STYLES[0]), (LATEST, STYLES[1])):
        for axis, value in enumerate(series.values):
            if value is None:
                continue
            at = geometry.point(axis, len(AXES), value, 10)
            box = (at.x() - 6, at.y() - 6, at.x() + 7, at.y() + 7)
            assert _count(chart, style.color, box) >= 3, (series.label, AXES[axis])
    # "Early years" was not scored in either reading: no marker at any score on that spoke
    # beyond the grid (sample the points for scores 3..10).
    for value in range(3, 11):
        at = geometry.point(1, len(AXES), value, 10)
        box = (at.x() - 3, at.y() - 3, at.x() + 4, at.y() + 4)
        assert _count(chart, STYLES[1].color, box) == 0


def _label_font(qapp):
    from PySide6.QtGui import QFont, QGuiApplication

    font = QFont(QGuiApplication.font())
    font.setPointSizeF(9.5)
    return font


def test_every_area_label_and_the_legend_are_drawn(qapp, chart):
    from PySide6.QtCore import QRectF

    geometry = radar_geometry(QRectF(0, 0, 720, 720), AXES, 2, _label_font(qapp), "x")
    for text, rect in zip(AXES, geometry.label_rects, strict=True):
        box = (rect.left(), rect.top(), rect.right(), rect.bottom())
        assert _dark(chart, box) > 20, f"no text drawn for {text}"
    blank = render_radar(
        [""] * len(AXES), [FIRST, LATEST], 720, 720, title="Family Progress Measure"
    )
    for rect in geometry.label_rects:  # the same places stay empty without label text
        assert _dark(blank, (rect.left(), rect.top(), rect.right(), rect.bottom())) == 0
    legend = geometry.legend_rect
    box = (legend.left(), legend.top(), legend.right(), legend.bottom())
    assert _count(chart, STYLES[0].color, box) > 10 and _count(chart, STYLES[1].color, box) > 10


def test_the_two_readings_differ_in_greyscale(chart):
    # Colour alone is not enough: line style and marker shape differ too, and the greys of
    # the two colours are far apart.
    first, latest = STYLES[0], STYLES[1]
    assert first.line != latest.line and first.marker != latest.marker
    assert abs(_luma(first.color) - _luma(latest.color)) > 40  # about 125 against 79
    grey = chart.convertToFormat(QImage.Format.Format_Grayscale8)
    shades = {grey.pixelColor(x, y).value() for y in range(0, 720, 3) for x in range(0, 720, 3)}
    assert len(shades) > 20  # not a flat image once colour is gone


def test_the_widget_paints_and_describes_itself(qtbot):
    widget = RadarChart()
    qtbot.addWidget(widget)
    widget.set_data(AXES, [FIRST, LATEST], title="Family Progress Measure")
    widget.resize(600, 640)
    image = widget.grab().toImage()
    assert _count(image, STYLES[1].color) > 100
    description = widget.accessibleDescription()
    assert "Home: First reading, 12/01/2026: 3; Latest reading, 06/04/2026: 6" in description
    assert "Early years: First reading, 12/01/2026: not scored" in description
    with pytest.raises(ValueError):
        widget.set_data(AXES[:3], [FIRST])
    assert not widget.image(400, 400).isNull()


def test_too_few_areas_is_said_not_drawn(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    paint_radar(painter, QRectF(0, 0, 300, 300), ["A", "B"], [RadarSeries("x", [1, 2])])
    painter.end()
    assert _count(image, STYLES[0].color) == 0


def test_chart_data_from_a_familys_outcome_history(qapp, team, make_family, tmp_path):
    lead = team.unlock("lead")
    family_id = make_family(lead, "Charted")
    ids = []
    for days_ago, home in ((8, 2), (4, 5), (0, 7)):
        view = assessments.start_assessment(
            lead,
            family_id,
            FAMILY_PROGRESS_MEASURE,
            assessed_on=date.today() - timedelta(days=days_ago),
        )
        view.assessment.set_answer(Answer(question_id="home", value=home))
        view.assessment.set_answer(Answer(question_id="health", value=4))
        assessments.complete_assessment(lead, family_id, view.id, view.assessment)
        ids.append(view.id)
    history = assessments.outcome_history(lead, family_id)
    axes, series, (low, high, ends) = radar_from_history(history)
    assert len(axes) == 10 and axes[8] == "Home"
    assert (low, high, ends) == (1, 10, (2, 4, 6, 8, 10))
    assert [s.values[8] for s in series] == [2.0, 7.0]  # first against latest
    assert series[0].label.startswith("First reading") and series[0].style is STYLES[0]
    _axes, chosen, _ = radar_from_history(history, ids[1], ids[2])  # any chosen pair
    assert [s.values[8] for s in chosen] == [5.0, 7.0]
    image = render_radar(axes, series, 640, 640)
    path = tmp_path / "radar.png"
    assert image.save(str(path)) and path.stat().st_size > 5000
