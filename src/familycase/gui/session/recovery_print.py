"""Printing the organisation recovery key: one page, large type, what it is and where to keep it.

The page is painted straight onto the printer; FamilyCase never writes the key to a file (if
someone chooses "print to file" in the print dialog, that is their decision, and the page says
the printout must be kept as safely as the key).
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryKey", text)


def recovery_key_html(organisation: str, key: str, made_on: date) -> str:
    groups = key.split("-")
    lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    key_html = "<br>".join(html.escape(line) for line in lines)
    return (
        "<h1 style='font-size:20pt'>"
        + html.escape(_tr("FamilyCase organisation recovery key"))
        + "</h1>"
        + "<p style='font-size:12pt'>"
        + html.escape(
            _tr("Organisation: {organisation}. Made on {date}.").format(
                organisation=organisation, date=made_on.strftime("%d/%m/%Y")
            )
        )
        + "</p>"
        + "<p style='font-family:monospace; font-size:22pt; line-height:150%'>"
        + key_html
        + "</p>"
        + "<p style='font-size:12pt'>"
        + html.escape(
            _tr(
                "This key opens every family file in this organisation's FamilyCase vault. Use "
                "it only if workers lose their passwords, or to check the whole vault. Keep "
                "this page locked away (for example in a safe) and away from the computer. "
                "FamilyCase does not keep a copy: if it is lost, it cannot be shown again."
            )
        )
        + "</p>"
        + "<p style='font-size:12pt; line-height:200%'>"
        + html.escape(_tr("Kept by: ______________________   Where: ______________________"))
        + "</p>"
    )


def print_recovery_key(printer: QPrinter, organisation: str, key: str, made_on: date) -> bool:
    """Paint the page; returns False if the printer could not be started."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(recovery_key_html(organisation, key, made_on))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        scale = printer.resolution() / 96.0
        painter.scale(scale, scale)
        document.setPageSize(QSizeF(page.width() / scale, page.height() / scale))
        document.drawContents(painter)
    finally:
        painter.end()
    return True
