"""A small bar chart drawn with QPainter (PySide6-Essentials has no QtCharts): one or two series of integer
values over labelled categories, vertical (by hour) or horizontal (by category), with a legend.

Values are integers (fen); the axis labels come from a formatter the caller gives, so no float ever reaches a
label. Bar heights are the only place a ratio is computed, in pixels.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = (QColor("#0b6b2f"), QColor("#9aa5b1"))   # today, last week


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]


def nice_top(value: int) -> int:
    """The smallest of 1, 2, 4, 5, 10, 20, 40, 50, 100, … that is at least `value`: quarter ticks stay round."""
    step = 1
    while True:
        for factor in (1, 2, 4, 5):
            if factor * step >= value:
                return factor * step
        step *= 10


class BarChartWidget(QWidget):
    """`set_data(labels, [Series…])`; `horizontal=True` lays bars out as rows (long category names)."""

    def __init__(self, *, horizontal: bool = False, formatter: Callable[[int], str] = str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.formatter = formatter
        self.title = ""
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 220)

    def set_data(self, *, title: str, labels: list[str], series: list[Series]) -> None:
        for one in series:
            if len(one.values) != len(labels):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values for {len(labels)} labels")
        self.title, self.labels, self.series = title, tuple(labels), tuple(series)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    @property
    def top(self) -> int:
        """The axis' end: the largest value rounded up to 1, 2 or 5 × 10^k (at least 1, for an empty day)."""
        return nice_top(max((v for s in self.series for v in s.values), default=0))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(QColor("#101010"))
        painter.drawText(QRect(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self.title)
        self._legend(painter, y=4, line=line)
        area = QRect(8, line + 12, self.width() - 16, self.height() - line - 20)
        if not self.labels:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "—")
        elif self.horizontal:
            self._rows(painter, area)
        else:
            self._columns(painter, area)
        painter.end()

    def _legend(self, painter: QPainter, *, y: int, line: int) -> None:
        metrics = painter.fontMetrics()
        x = self.width() - 8
        for index, one in reversed(list(enumerate(self.series))):
            width = metrics.horizontalAdvance(one.name)
            x -= width
            painter.setPen(QColor("#101010"))
            painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignLeft, one.name)
            x -= line
            painter.fillRect(QRect(x, y + 3, line - 6, line - 6), COLOURS[index % len(COLOURS)])
            x -= 16

    def _columns(self, painter: QPainter, area: QRect) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        axis = max(metrics.horizontalAdvance(self.formatter(self.top)), 30) + 8
        plot = QRect(area.left() + axis, area.top(), area.width() - axis, area.height() - line - 4)
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        for step in range(5):
            y = plot.bottom() - plot.height() * step // 4
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(QColor("#404040"))
            painter.drawText(QRect(area.left(), y - line // 2, axis - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.formatter(self.top * step // 4))
            painter.setPen(QPen(QColor("#c8c8c8"), 1))
        slot = plot.width() / len(self.labels)
        count = max(len(self.series), 1)
        bar = max(int(slot * 0.8 / count), 1)
        every = max(1, -(-metrics.horizontalAdvance("00") * 2 // max(int(slot), 1)))
        for index, label in enumerate(self.labels):
            left = plot.left() + int(slot * index + slot * 0.1)
            for number, one in enumerate(self.series):
                height = plot.height() * max(one.values[index], 0) // self.top
                painter.fillRect(QRect(left + number * bar, plot.bottom() - height, bar, height),
                                 COLOURS[number % len(COLOURS)])
            if index % every == 0:
                painter.setPen(QColor("#404040"))
                painter.drawText(QRect(int(plot.left() + slot * index), plot.bottom() + 2, int(slot * every), line),
                                 Qt.AlignmentFlag.AlignLeft, label)

    def _rows(self, painter: QPainter, area: QRect) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        names = max((metrics.horizontalAdvance(label) for label in self.labels), default=0) + 10
        figures = metrics.horizontalAdvance(self.formatter(self.top)) + 10
        plot = QRect(area.left() + names, area.top(), max(area.width() - names - figures, 10), area.height())
        slot = min(plot.height() / len(self.labels), line * 2.4)
        count = max(len(self.series), 1)
        bar = max(int(slot * 0.8 / count), 1)
        for index, label in enumerate(self.labels):
            top = plot.top() + int(slot * index)
            painter.setPen(QColor("#101010"))
            painter.drawText(QRect(area.left(), top, names - 10, int(slot)),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            for number, one in enumerate(self.series):
                width = plot.width() * max(one.values[index], 0) // self.top
                y = top + int(slot * 0.1) + number * bar
                painter.fillRect(QRect(plot.left(), y, width, bar), COLOURS[number % len(COLOURS)])
                if number == 0:      # the figure beside the first bar, in a full line so nothing is clipped
                    painter.setPen(QColor("#101010"))
                    painter.drawText(QRect(plot.left() + width + 4, y + bar // 2 - line // 2, figures, line),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     self.formatter(one.values[index]))
