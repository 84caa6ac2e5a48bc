"""Render the FamilyCase icon from its SVG source into every file the installers need.

    .venv/bin/python packaging/make_icons.py

Reads packaging/icons/familycase.svg (and familycase-small.svg, the same mark simplified for
16 and 24 px) and writes, next to it:
  png/familycase-N.png   N = 16, 24, 32, 48, 64, 128, 256, 512 (Linux hicolor theme, docs)
  familycase.ico         Windows: 16-256 px in one file (EXE, installer, Start menu)
  familycase.icns        macOS: 16-512 px (the .app bundle and the disk image)
and copies the SVG to ui/familycase.svg, where the app can load it as package data
(``familycase.ui``). Every size is rendered from the vector by Qt's SVG renderer (not scaled
down from a big bitmap), so small sizes stay sharp. Pillow (already installed: reportlab and
pikepdf need it) only packs the rendered PNGs into the ICO and ICNS containers.

The generated files are committed: builds never need to run this script.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCE = HERE / "icons" / "familycase.svg"
SMALL_SOURCE = HERE / "icons" / "familycase-small.svg"  # the same mark, simplified for <= 24 px
SMALL_MAX = 24
OUT = HERE / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes (transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    png_dir = OUT / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    images: dict[int, Image.Image] = {}
    for size in PNG_SIZES:
        data = render_png(SMALL_SOURCE if size <= SMALL_MAX else SOURCE, size)
        (png_dir / f"familycase-{size}.png").write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")

    largest = images[max(ICO_SIZES)]
    largest.save(
        OUT / "familycase.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    biggest = images[max(ICNS_SIZES)]
    biggest.save(
        OUT / "familycase.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    shutil.copyfile(SOURCE, ROOT / "ui" / "familycase.svg")
    for path in sorted([*png_dir.iterdir(), OUT / "familycase.ico", OUT / "familycase.icns"]):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    print("ui/familycase.svg")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
