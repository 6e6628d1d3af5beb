"""Sales analysis for any date range, one store or every store: by category (quantity, amount, share of the
total, margin, waste rate of the fresh ones), the top and bottom sellers, a chart of amount and margin by
category beside the tables, and an export of it all to CSV or XLSX. HQ sums (integers); this screen lays
the figures out and the export moves decimal points, so both show exactly what HQ computed."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from backoffice.window import hq_office, sales_export
from backoffice.window.chart import BarChartWidget, Series
from backoffice.window.formatting import money, quantity, rate
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import HqScreen, StateLabel, fill, table
from pos_app.core.money import div_round
from pos_app.core.quantity import format_quantity
from pos_app.till.background import Background

class SalesScreen(HqScreen):
    def __init__(self, *, background: Background, today: date | None = None, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(background=background, parent=parent)
        self.language = language
        self._today = today                    # fixed for tests and screenshots; else the clock's, asked each time
        self.analysis: dict | None = None
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(self.today()))
        self.quick = {name: QPushButton() for name in ("today", "week", "month")}
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.state = StateLabel()
        self.headline = QLabel()
        self.headline.setObjectName("figureCaption")
        self.categories = table(7)
        self.top = table(4)
        self.bottom = table(4)
        self.top_title, self.bottom_title = QLabel(), QLabel()
        self.chart = BarChartWidget(horizontal=True, formatter=money)
        self.from_label, self.to_label = QLabel(), QLabel()
        bar = QHBoxLayout()
        for widget in (self.from_label, self.first, self.to_label, self.last, *self.quick.values(),
                       self.refresh_button, self.export_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        sellers = QHBoxLayout()
        for title, view in ((self.top_title, self.top), (self.bottom_title, self.bottom)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view)
            sellers.addLayout(column)
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.categories, 3)
        tables_layout.addLayout(sellers, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(tables)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        split.setSizes([780, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.state)
        layout.addWidget(self.headline)
        layout.addWidget(split, 1)
        self.quick["today"].clicked.connect(lambda: self.set_range(self.today(), self.today()))
        self.quick["week"].clicked.connect(lambda: self.set_range(self.today() - timedelta(days=6), self.today()))
        self.quick["month"].clicked.connect(lambda: self.set_range(self.today().replace(day=1), self.today()))
        self.first.dateChanged.connect(lambda _d: self.refresh())
        self.last.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_export)
        self.retranslate()

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.quick["today"].setText(self.tr("Today"))
        self.quick["week"].setText(self.tr("Last 7 days"))
        self.quick["month"].setText(self.tr("This month"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export…"))
        self.categories.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Quantity"), self.tr("Amount"), self.tr("Share"), self.tr("Margin"),
            self.tr("Margin rate"), self.tr("Waste rate")])
        sellers = [self.tr("Product"), self.tr("Quantity"), self.tr("Amount"), self.tr("Margin")]
        self.top.setHorizontalHeaderLabels(sellers)
        self.bottom.setHorizontalHeaderLabels(sellers)
        self.top_title.setText(self.tr("Top sellers"))
        self.bottom_title.setText(self.tr("Bottom sellers"))
        self._show()

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        self.client, self.store_id = client, store_id
        self.analysis = None
        self._show()
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def set_range(self, first: date, last: date) -> None:
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        self.refresh()

    def span(self) -> tuple[str, str]:
        return self.first.date().toString("yyyy-MM-dd"), self.last.date().toString("yyyy-MM-dd")

    def refresh(self) -> None:
        if self.client is None:
            return
        client, store_id, (first, last) = self.client, self.store_id, self.span()
        if first > last:
            self.state.setText(self.tr("The first day is after the last: choose the range again."))
            return
        self.state.setText(self.tr("Loading…"))

        def done(analysis: dict) -> None:
            if (client, store_id, (first, last)) != (self.client, self.store_id, self.span()):
                return            # the manager moved on while this was loading
            self.analysis = analysis
            self.state.setText("")
            self._show()

        self.background.run(lambda: hq_office.sales_analysis(client, store_id=store_id, first=first, last=last),
                            on_success=done, on_failure=lambda error: self.state.setText(sentence(error)))

    def choose_export(self) -> None:
        if self.analysis is None:
            return
        first, last = self.analysis["from"], self.analysis["to"]
        path, _kind = QFileDialog.getSaveFileName(self, self.tr("Export the sales analysis"),
                                                  f"sales-{first}-{last}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write what is shown to `path` (.csv or .xlsx) on the background helper."""
        analysis = self.analysis
        if analysis is None:
            return
        self.export_button.setEnabled(False)
        self.state.setText(self.tr("Writing %1…").replace("%1", path))

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.state.setText(self.tr("Exported %n row(s) to %1.", "", count).replace("%1", path))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.state.setText(sentence(error))

        self.background.run(lambda: sales_export.export(path, analysis=analysis), on_success=done,
                            on_failure=failed)

    def _name(self, seller: dict) -> str:
        first, second = ("name_zh", "name_en") if self.language == "zh_CN" else ("name_en", "name_zh")
        return f"{seller['sku']} {seller[first] or seller[second]}"

    def _show(self) -> None:
        analysis = self.analysis
        self.export_button.setEnabled(analysis is not None)
        if analysis is None:
            for view in (self.categories, self.top, self.bottom):
                view.setRowCount(0)
            self.headline.setText("")
            self.chart.set_data(title=self.tr("Amount and margin by category"), labels=[], series=[])
            return
        amount = analysis["amount"]
        margin_rate = div_round(analysis["margin"] * 10_000, amount) if amount > 0 else None
        self.headline.setText(self.tr("%1 to %2: sales %3, margin %4 (%5), waste at cost %6")
                              .replace("%1", analysis["from"]).replace("%2", analysis["to"])
                              .replace("%3", money(amount)).replace("%4", money(analysis["margin"]))
                              .replace("%5", rate(margin_rate)).replace("%6", money(analysis["waste_cost"])))
        none = self.tr("(none)")
        categories = analysis["categories"]
        fill(self.categories, [
            (c["category"] or none, format_quantity(c["quantity"], places=3), money(c["amount"]), rate(c["share"]),
             money(c["margin"]), rate(c["margin_rate"]), rate(c["waste_rate"]) if c["fresh"] else "")
            for c in categories], right_from=1)
        for view, sellers in ((self.top, analysis["top"]), (self.bottom, analysis["bottom"])):
            fill(view, [(self._name(s), quantity(s["quantity"], unit=s["unit"]), money(s["amount"]),
                         money(s["margin"])) for s in sellers], right_from=1)
        self.chart.set_data(title=self.tr("Amount and margin by category"),
                            labels=[c["category"] or none for c in categories], series=[
            Series(self.tr("Amount"), tuple(c["amount"] for c in categories)),
            Series(self.tr("Margin"), tuple(c["margin"] for c in categories))])
