"""A product's (or category's) demand drawn with QPainter: the days sold as bars, the forecast as a line over
the days ahead with its 80 % interval shaded, a line where today begins; sold-out days' bars are hatched
(the shelf was empty: what sold is less than the demand) and closed days are left blank.

Values are integer thousandths of the base unit; axis labels come from the caller's formatter, so no float
reaches a label. Pixel positions are the only ratios computed.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from backoffice.window.chart import nice_top

HISTORY = QColor("#7fa68c")
FORECAST = QColor("#0b6b2f")
BAND = QColor(11, 107, 47, 50)
SOLD_OUT = QColor("#b0b0b0")
TODAY = QColor("#a4161a")


@dataclass(frozen=True)
class Legend:
    history: str
    forecast: str
    interval: str
    sold_out: str


class ForecastChartWidget(QWidget):
    """`set_data(history=[{date, quantity, sold_out, closed}], forecast=[{date, forecast, low, high}])`."""

    def __init__(self, *, formatter: Callable[[int], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.title = ""
        self.legend = Legend("history", "forecast", "80 % interval", "sold out")
        self.history: tuple[dict, ...] = ()
        self.forecast: tuple[dict, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 240)

    def set_data(self, *, title: str, history: list[dict], forecast: list[dict]) -> None:
        self.title, self.history, self.forecast = title, tuple(history), tuple(forecast)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 340)

    @property
    def top(self) -> int:
        values = [d["quantity"] for d in self.history] + [d["high"] for d in self.forecast]
        return nice_top(max(values, default=0))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        line = painter.fontMetrics().height()
        painter.setPen(QColor("#101010"))
        painter.drawText(QRect(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self.title)
        self._legend(painter, y=line + 8, line=line)
        area = QRect(8, 2 * line + 16, self.width() - 16, self.height() - 2 * line - 24)
        if not self.history and not self.forecast:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "—")
        else:
            self._plot(painter, area)
        painter.end()

    def _legend(self, painter: QPainter, *, y: int, line: int) -> None:
        metrics = painter.fontMetrics()
        x = 8
        for text, paint in ((self.legend.history, HISTORY), (self.legend.sold_out, SOLD_OUT),
                            (self.legend.forecast, FORECAST), (self.legend.interval, BAND)):
            swatch = QRect(x, y + 3, line - 6, line - 6)
            painter.fillRect(swatch, paint)
            if paint is SOLD_OUT:
                painter.fillRect(swatch, QBrush(HISTORY, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QColor("#101010"))
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRect(x + line, y, width + 2, line), Qt.AlignmentFlag.AlignLeft, text)
            x += line + width + 18

    def _plot(self, painter: QPainter, area: QRect) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        top = self.top
        axis = max(metrics.horizontalAdvance(self.formatter(top)), 30) + 8
        plot = QRect(area.left() + axis, area.top(), area.width() - axis, area.height() - line - 4)
        days = len(self.history) + len(self.forecast)
        slot = plot.width() / max(days, 1)

        def y_of(value: int) -> float:
            return plot.bottom() - plot.height() * max(value, 0) / top

        def x_of(index: int) -> float:
            return plot.left() + slot * (index + 0.5)

        for step in range(5):
            y = plot.bottom() - plot.height() * step // 4
            painter.setPen(QPen(QColor("#e0e0e0"), 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(QColor("#404040"))
            painter.drawText(QRect(area.left(), y - line // 2, axis - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.formatter(top * step // 4))
        bar = max(slot * 0.7, 1.0)
        for index, day in enumerate(self.history):
            if day.get("closed"):
                continue
            rect = QRectF(x_of(index) - bar / 2, y_of(day["quantity"]), bar, plot.bottom() - y_of(day["quantity"]))
            painter.fillRect(rect, SOLD_OUT if day.get("sold_out") else HISTORY)
            if day.get("sold_out"):
                painter.fillRect(rect, QBrush(HISTORY, Qt.BrushStyle.BDiagPattern))
        start = len(self.history)
        if self.forecast:
            band = QPolygonF([QPointF(x_of(start + k), y_of(d["high"])) for k, d in enumerate(self.forecast)]
                             + [QPointF(x_of(start + k), y_of(d["low"])) for k, d in reversed(list(enumerate(
                                 self.forecast)))])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAND)
            painter.drawPolygon(band)
            path = QPainterPath(QPointF(x_of(start), y_of(self.forecast[0]["forecast"])))
            for k, day in enumerate(self.forecast[1:], start=1):
                path.lineTo(QPointF(x_of(start + k), y_of(day["forecast"])))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(FORECAST, 2))
            painter.drawPath(path)
            today = plot.left() + slot * start
            painter.setPen(QPen(TODAY, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(today, plot.top()), QPointF(today, plot.bottom()))
        dates = [d["date"] for d in self.history] + [d["date"] for d in self.forecast]
        every = max(1, -(-metrics.horizontalAdvance("00-00 ") // max(int(slot), 1)))
        painter.setPen(QColor("#404040"))
        for index, text in enumerate(dates):
            left = int(x_of(index) - slot / 2)
            if index % every == 0 and left + metrics.horizontalAdvance(text[5:]) <= plot.right():
                painter.drawText(QRect(left, plot.bottom() + 2, int(slot * every), line),
                                 Qt.AlignmentFlag.AlignLeft, text[5:])
