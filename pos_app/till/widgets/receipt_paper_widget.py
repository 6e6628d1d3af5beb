"""Rows of receipt text drawn as the printer lays them out: every character in a fixed cell, two cells for a
wide (CJK) one, so columns line up on screen exactly as on paper — whatever font the till has (the shipped
CJK font is proportional, and the style sheet sets one family for every widget)."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

MARGIN = 12


def cells(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


class ReceiptPaperWidget(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[str] = []
        self.columns = 32
        self.setObjectName("paper")
        self.setAutoFillBackground(False)

    def show_text(self, text: str, *, columns: int = 32) -> None:
        """`text`'s rows, any longer than `columns` (a bracketed note such as the QR's data) folded."""
        self.columns = columns
        self.rows = []
        for row in text.split("\n"):
            used, start = 0, 0
            for index, char in enumerate(row):
                if used + cells(char) > columns:
                    self.rows.append(row[start:index])
                    used, start = 0, index
                used += cells(char)
            self.rows.append(row[start:])
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def _cell(self) -> float:
        metrics = QFontMetricsF(self.font())
        return max(metrics.horizontalAdvance("中") / 2, metrics.horizontalAdvance("0"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = QFontMetricsF(self.font())
        return QSize(int(self.columns * self._cell()) + 2 * MARGIN,
                     int(len(self.rows) * metrics.lineSpacing()) + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(Qt.GlobalColor.black)
        metrics = QFontMetricsF(self.font())
        cell, height = self._cell(), metrics.lineSpacing()
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextDontClip)
        for number, row in enumerate(self.rows):
            y, column = MARGIN + number * height, 0
            for char in row:
                width = cells(char)
                if not char.isspace():
                    painter.drawText(QRectF(MARGIN + column * cell, y, width * cell, height), centre, char)
                column += width
        painter.end()
