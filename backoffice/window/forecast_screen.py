"""Forecasts: pick a product or a category of the store, see its recent demand, the forecast and its 80 %
interval in a chart, the model HQ used and its backtest accuracy against seasonal naive (and when that baseline
won and is used instead); recompute one product now. HQ computes everything (the nightly job); this screen lays
out what it answers, loading on the background helper."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backoffice.window.forecast_chart import ForecastChartWidget, Legend
from backoffice.window.formatting import quantity
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import HqScreen
from pos_app.till.background import Background

HISTORY_DAYS = 42
translate = QCoreApplication.translate


def model_names() -> dict[str, str]:
    return {"weekday_ses": translate("ForecastScreen", "smoothed level × weekday pattern"),
            "ets": translate("ForecastScreen", "exponential smoothing (weekly)"),
            "croston_sba": translate("ForecastScreen", "Croston-SBA (intermittent)"),
            "tsb": translate("ForecastScreen", "TSB (intermittent)"),
            "seasonal_naive": translate("ForecastScreen", "seasonal naive (same weekday last week)"),
            "category_profile": translate("ForecastScreen", "the category's weekly profile"),
            "none": translate("ForecastScreen", "none (not enough history)")}


def class_names() -> dict[str, str]:
    return {"smooth": translate("ForecastScreen", "smooth"), "erratic": translate("ForecastScreen", "erratic"),
            "intermittent": translate("ForecastScreen", "intermittent"), "lumpy": translate("ForecastScreen", "lumpy"),
            "too_short": translate("ForecastScreen", "too short"), "none": translate("ForecastScreen", "none")}


class ForecastScreen(HqScreen):
    def __init__(self, *, background: Background, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(background=background, parent=parent)
        self.language = language
        self.listing: dict | None = None      # {run, categories, forecasts}
        self.view: dict | None = None         # the chosen product's or category's forecast
        self.kind = QComboBox()
        self.choice = QComboBox()
        self.choice.setMinimumWidth(280)
        # Thousands of products: type part of a SKU or name to find one (the list keeps HQ's SKU order).
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.choice.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.refresh_button = QPushButton()
        self.recompute_button = QPushButton()
        self.recompute_button.setEnabled(False)
        self.run_state = QLabel()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.chart = ForecastChartWidget(formatter=lambda milli: quantity(milli, unit=self._unit()).split(" ")[0])
        self.model_line = QLabel()
        self.model_line.setObjectName("forecastModel")
        self.model_line.setWordWrap(True)
        self.accuracy_line = QLabel()
        self.accuracy_line.setWordWrap(True)
        self.baseline_line = QLabel()
        self.baseline_line.setObjectName("baselineNote")
        self.baseline_line.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.choice, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.recompute_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.run_state)
        layout.addWidget(self.state)
        layout.addWidget(self.chart, 1)
        for label in (self.model_line, self.accuracy_line, self.baseline_line):
            layout.addWidget(label)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_choices())
        self.choice.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button.clicked.connect(self.refresh)
        self.recompute_button.clicked.connect(self.recompute)
        self.retranslate()

    def retranslate(self) -> None:
        kind = self.kind.currentData() or "product"
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Product"), "product")
        self.kind.addItem(self.tr("Category"), "category")
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.recompute_button.setText(self.tr("Recompute this product"))
        self.chart.legend = Legend(history=self.tr("Sold per day"), forecast=self.tr("Forecast"),
                                   interval=self.tr("80 % interval"), sold_out=self.tr("Sold out (demand unknown)"))
        self._fill_choices(reload=False)
        self._show()

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        self.client, self.store_id = client, store_id
        self.listing, self.view = None, None
        self.choice.clear()
        self._show()
        if store_id is None:
            self.state.setText(self.tr("Choose one store to see its forecasts."))
            return
        self.refresh()

    def refresh(self) -> None:
        if self.client is None or self.store_id is None:
            return
        client, store_id = self.client, self.store_id
        self.state.setText(self.tr("Loading…"))

        def done(listing: dict) -> None:
            if (client, store_id) != (self.client, self.store_id):
                return
            self.listing = listing
            self.state.setText("" if listing["forecasts"] else self.tr(
                "HQ has no forecasts for this store yet: they are made every night."))
            self._fill_choices()

        self.background.run(lambda: client.forecasts(store_id=store_id), on_success=done,
                            on_failure=lambda error: self.state.setText(sentence(error)))

    def select(self, *, kind: str, key: str) -> None:
        """Show a product (`key` its SKU) or a category (`key` its name)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.choice.setCurrentIndex(self.choice.findData(key))

    def load(self) -> None:
        client, store_id, key, kind = self.client, self.store_id, self.choice.currentData(), self.kind.currentData()
        self.recompute_button.setEnabled(kind == "product" and key is not None)
        if client is None or store_id is None or key is None:
            self.view = None
            self._show()
            return

        def done(view: dict) -> None:
            if (client, store_id, key) == (self.client, self.store_id, self.choice.currentData()):
                self.view = view
                self.state.setText("")
                self._show()

        fetch = (lambda: client.forecast(store_id=store_id, sku=key, history_days=HISTORY_DAYS)) if kind == "product" \
            else (lambda: client.forecast(store_id=store_id, category=key, history_days=HISTORY_DAYS))
        self.background.run(fetch, on_success=done, on_failure=lambda error: self.state.setText(sentence(error)))

    def recompute(self) -> None:
        client, store_id, sku = self.client, self.store_id, self.choice.currentData()
        if client is None or store_id is None or sku is None or self.kind.currentData() != "product":
            return
        self.recompute_button.setEnabled(False)
        self.state.setText(self.tr("Recomputing %1…").replace("%1", sku))

        def done(view: dict) -> None:
            self.recompute_button.setEnabled(True)
            if (client, store_id, sku) == (self.client, self.store_id, self.choice.currentData()):
                self.view = view
                self.state.setText(self.tr("Recomputed just now."))
                self._show()

        def failed(error: BaseException) -> None:
            self.recompute_button.setEnabled(True)
            self.state.setText(sentence(error))

        self.background.run(lambda: client.recompute(store_id=store_id, sku=sku, history_days=HISTORY_DAYS),
                            on_success=done, on_failure=failed)

    def _fill_choices(self, *, reload: bool = True) -> None:
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        listing = self.listing or {"forecasts": [], "categories": []}
        if self.kind.currentData() == "category":
            for category in listing["categories"]:
                self.choice.addItem(category or self.tr("(none)"), category)
        else:
            for item in listing["forecasts"]:
                name = item["name_zh"] if self.language == "zh_CN" else item["name_en"] or item["name_zh"]
                self.choice.addItem(f"{item['sku']}  {name}", item["sku"])
        self.choice.setCurrentIndex(max(self.choice.findData(chosen), 0) if self.choice.count() else -1)
        self.choice.blockSignals(False)
        self._run_state()
        if reload:
            self.load()

    def _run_state(self) -> None:
        run = (self.listing or {}).get("run")
        if run is None:
            self.run_state.setText(self.tr("No forecast run yet.") if self.listing else "")
        elif run["status"] == "running":
            self.run_state.setText(self.tr("Forecast run in progress: %1 of %2 products.")
                                   .replace("%1", str(run["done"])).replace("%2", str(run["total"])))
        else:
            status = self.tr("finished") if run["status"] == "finished" else self.tr("failed")
            self.run_state.setText(self.tr("Last forecast run %1 at %2: %3 products.").replace("%1", status)
                                   .replace("%2", (run["finished_at"] or run["started_at"])[:16].replace("T", " "))
                                   .replace("%3", str(run["done"])))

    def _unit(self) -> str:
        return (self.view or {}).get("unit") or "kg"

    def _show(self) -> None:
        view = self.view
        if view is None:
            self.chart.set_data(title="", history=[], forecast=[])
            for label in (self.model_line, self.accuracy_line, self.baseline_line):
                label.setText("")
            return
        name = view["name_zh"] if self.language == "zh_CN" else view["name_en"] or view["name_zh"]
        unit = quantity(0, unit=view["unit"]).split(" ")[-1] if view["unit"] else ""
        title = f"{view['sku']}  {name}" if view["sku"] else self.tr("Category %1 (%2 products)").replace(
            "%1", name).replace("%2", str(view["products"]))
        self.chart.set_data(title=f"{title}  [{unit}]" if unit else title, history=view["history"],
                            forecast=view["forecast"])
        accuracy = view["accuracy"]
        if accuracy is None:
            self.model_line.setText(self.tr("Each product has its own model; %1 of %2 use seasonal naive, which beat "
                                            "their own model in the backtest.").replace("%1", str(view["fallbacks"]))
                                    .replace("%2", str(view["products"])))
            self.accuracy_line.setText(self.tr("The interval assumes the products' errors are independent."))
            self.baseline_line.setText("")
            return
        models, classes = model_names(), class_names()
        self.model_line.setText(self.tr("Model used: %1 · demand %2 · computed %3").replace(
            "%1", models.get(accuracy["model"], accuracy["model"])).replace(
            "%2", classes.get(accuracy["demand_class"], accuracy["demand_class"])).replace(
            "%3", view["computed_at"][:16].replace("T", " ")))
        self.accuracy_line.setText(self.tr("Backtest (last 4 weeks): RMSSE %1 against seasonal naive's %2; "
                                           "WAPE %3 against %4. Lower is better.")
                                   .replace("%1", _ratio(accuracy["rmsse"])).replace("%2", _ratio(accuracy["baseline_rmsse"]))
                                   .replace("%3", _percent(accuracy["wape"])).replace("%4", _percent(accuracy["baseline_wape"])))
        if accuracy["fallback"]:
            self.baseline_line.setText(self.tr("Seasonal naive is used: the %1 model did worse than it in the "
                                               "backtest.").replace("%1", models.get(accuracy["candidate"],
                                                                                     accuracy["candidate"])))
        elif _lost(accuracy["rmsse"], accuracy["baseline_rmsse"]):
            self.baseline_line.setText(self.tr("Seasonal naive scored better in the backtest; HQ keeps this model "
                                               "for its demand class."))
        elif accuracy["rmsse"] is None or accuracy["baseline_rmsse"] is None:
            self.baseline_line.setText(self.tr("Too little history to backtest against seasonal naive."))
        else:
            self.baseline_line.setText(self.tr("The model beat seasonal naive in the backtest."))


def _lost(model: str | None, baseline: str | None) -> bool:
    """The model's backtest error above seasonal naive's (decimal strings of four places compare as numbers)."""
    if model is None or baseline is None:
        return False
    return Decimal(model) > Decimal(baseline)


def _ratio(text: str | None) -> str:
    """'0.8123' → '0.81' (two places are what a manager compares; cut, not rounded, from HQ's exact string)."""
    if text is None:
        return "—"
    whole, _, part = text.partition(".")
    return f"{whole}.{(part + '00')[:2]}"


def _percent(text: str | None) -> str:
    """A ratio's decimal string as whole per cent, from its digits: '0.2345' → '23 %'."""
    if text is None:
        return "—"
    whole, _, part = text.partition(".")
    return f"{int(whole) * 100 + int((part + '00')[:2])} %"
