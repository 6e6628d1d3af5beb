"""The dashboard: a day's revenue, baskets and average basket against the same weekday a week earlier, by hour
and by category, for one store or every store. HQ computes the figures (integer fen); this screen only lays
them out, so what it shows is exactly what HQ summed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from backoffice.window.chart import BarChartWidget, Series
from backoffice.window.formatting import change, money
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import HqScreen
from pos_app.till.background import Background

FIGURES = ("revenue", "baskets", "average_basket")


class FigureTile(QFrame):
    """One headline figure: today's value, last week's and the change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = QLabel()
        self.caption.setObjectName("figureCaption")
        self.value = QLabel("—")
        self.value.setObjectName("figure")
        self.compared = QLabel()
        self.compared.setObjectName("figureCaption")
        layout = QVBoxLayout(self)
        for widget in (self.caption, self.value, self.compared):
            layout.addWidget(widget)


class DashboardScreen(HqScreen):
    def __init__(self, *, background: Background, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(background=background, parent=parent)
        self.figures: dict | None = None
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(today) if today else QDate.currentDate())
        self.refresh_button = QPushButton()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.tiles = {name: FigureTile() for name in FIGURES}
        self.by_hour = BarChartWidget(formatter=lambda fen: money(fen))
        self.by_category = BarChartWidget(horizontal=True, formatter=lambda fen: money(fen))
        top = QHBoxLayout()
        self.day_label = QLabel()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.refresh_button)
        top.addWidget(self.state, 1)
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        charts = QGridLayout()
        charts.addWidget(self.by_hour, 0, 0)
        charts.addWidget(self.by_category, 0, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("Day"))
        self.refresh_button.setText(self.tr("Refresh"))
        captions = {"revenue": self.tr("Revenue"), "baskets": self.tr("Baskets"),
                    "average_basket": self.tr("Average basket")}
        for name, tile in self.tiles.items():
            tile.caption.setText(captions[name])
        self._show()

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        """Show `store_id` (None: every store) from `client`, and load it."""
        self.client, self.store_id = client, store_id
        self.figures = None
        self._show()
        self.refresh()

    def refresh(self) -> None:
        if self.client is None:
            return
        client, store_id = self.client, self.store_id
        day = self.day.date().toString("yyyy-MM-dd")
        self.state.setText(self.tr("Loading…"))
        self.refresh_button.setEnabled(False)

        def done(figures: dict) -> None:
            self.refresh_button.setEnabled(True)
            if (client, store_id, day) != (self.client, self.store_id, self.day.date().toString("yyyy-MM-dd")):
                return           # the manager moved on while this was loading
            self.figures = figures
            self.state.setText("")
            self._show()

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.state.setText(sentence(error))

        self.background.run(lambda: client.dashboard(store_id=store_id, day=day), on_success=done, on_failure=failed)

    def _show(self) -> None:
        figures = self.figures
        if figures is None:
            for tile in self.tiles.values():
                tile.value.setText("—")
                tile.compared.setText("")
            self.by_hour.set_data(title=self.tr("Revenue by hour"), labels=[], series=[])
            self.by_category.set_data(title=self.tr("Revenue by category"), labels=[], series=[])
            return
        today, before = figures["today"], figures["compared"]
        weekday = QLocale().dayName(date.fromisoformat(figures["compared_day"]).isoweekday(),
                                    QLocale.FormatType.ShortFormat)
        for name, tile in self.tiles.items():
            show = money if name != "baskets" else str
            tile.value.setText(show(today[name]))
            tile.compared.setText(self.tr("%1 on %2 %3 (%4)").replace("%1", show(before[name]))
                                  .replace("%2", weekday).replace("%3", figures["compared_day"])
                                  .replace("%4", change(today[name], before[name])))
        hours = _by_hour(today), _by_hour(before)
        shown = _opening_hours(hours)
        self.by_hour.set_data(title=self.tr("Revenue by hour"), labels=[f"{h:02d}" for h in shown], series=[
            Series(self.tr("Today"), tuple(hours[0][h] for h in shown)),
            Series(self.tr("Same day last week"), tuple(hours[1][h] for h in shown))])
        categories = _by_category(today, before)
        self.by_category.set_data(title=self.tr("Revenue by category"),
                                  labels=[name or self.tr("(none)") for name, _t, _b in categories], series=[
            Series(self.tr("Today"), tuple(t for _n, t, _b in categories)),
            Series(self.tr("Same day last week"), tuple(b for _n, _t, b in categories))])


def _by_hour(day: dict) -> dict[int, int]:
    revenue = {hour: 0 for hour in range(24)}
    for row in day["hours"]:
        revenue[row["hour"]] += row["revenue"]
    return revenue


def _opening_hours(hours: tuple[dict[int, int], ...]) -> list[int]:
    """The hours from the first to the last with any trade on either day, at least 08–20 (a shop's day)."""
    busy = [hour for hour in range(24) if any(series[hour] for series in hours)]
    first, last = min(busy + [8]), max(busy + [20])
    return list(range(first, last + 1))


def _by_category(today: dict, before: dict) -> list[tuple[str, int, int]]:
    """(category, today, last week), today's biggest first."""
    now = {row["category"]: row["revenue"] for row in today["categories"]}
    then = {row["category"]: row["revenue"] for row in before["categories"]}
    names = sorted(set(now) | set(then), key=lambda name: (-now.get(name, 0), -then.get(name, 0), name))
    return [(name, now.get(name, 0), then.get(name, 0)) for name in names]
