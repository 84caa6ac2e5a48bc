"""The look: Fusion everywhere (predictable with a style sheet) plus ui/style.qss."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

STYLE_SHEET = "style.qss"
UI_FOLDER = "@UI@"  # in style.qss, stands for the folder of the style sheet (for icons)


def style_sheet() -> str:
    try:
        folder = resources.files("familycase.ui")
        text = folder.joinpath(STYLE_SHEET).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        log.warning("FamilyCase style sheet not found (%s); using the plain Qt look", exc)
        return ""
    return text.replace(UI_FOLDER, Path(str(folder)).as_posix())


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
