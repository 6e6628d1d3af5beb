#!/usr/bin/env python3
"""Render resources/icons/freshtill.svg to the PNG (Linux desktop entry, window) and the ICO (Windows programs
and installer): `QT_QPA_PLATFORM=offscreen .venv/bin/python installer/icons.py`. The outputs are committed;
run this again only after editing the SVG."""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402 - Pillow comes with python-escpos
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "freshtill.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    _app = QGuiApplication([])
    png = ICONS / "freshtill.png"
    render(256).save(str(png))
    Image.open(png).save(ICONS / "freshtill.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(png, ICONS / "freshtill.ico")


if __name__ == "__main__":
    main()
