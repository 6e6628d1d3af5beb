"""A store's stock: every product with its level, sellable portions and alerts (filterable), the selected
product's movement history (newest first, older pages on demand), and goods in / waste / count dialogs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from backoffice.window.formatting import quantity
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.stock_operation_dialog import StockOperationDialog
from backoffice.window.stock_table_model import FLAGS, StockTableModel, flag_names
from backoffice.window.widgets import HqScreen, section, table_view
from pos_app.till.background import Background

PAGE = 50


class StockScreen(HqScreen):
    def __init__(self, *, background: Background, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(background=background, parent=parent)
        self.model = StockTableModel(language=language, parent=self)
        self.table = table_view(self.model)
        self.flag = QComboBox()
        self.search = QLineEdit()
        self.refresh_button = QPushButton()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.operation_buttons = {kind: QPushButton() for kind in ("goods_in", "waste", "count")}
        self.history_title = QLabel()
        self.history = QTableWidget(0, 5)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.older_button = QPushButton()
        self.older_button.setEnabled(False)
        self._next_page: str | None = None
        self._history_sku = ""
        top = QHBoxLayout()
        top.addWidget(self.flag)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        for button in self.operation_buttons.values():
            button.setEnabled(False)
            top.addWidget(button)
        lower = section(title=self.history_title, button=self.older_button, body=self.history)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        self.flag.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._selected(current.row()))
        self.older_button.clicked.connect(self._older)
        for kind, button in self.operation_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.open_operation(k))
        self.retranslate()

    def retranslate(self) -> None:
        chosen = self.flag.currentData() or ""
        self.flag.blockSignals(True)
        self.flag.clear()
        self.flag.addItem(self.tr("All products"), "")
        names = flag_names()
        for flag in FLAGS:
            self.flag.addItem(names[flag], flag)
        self.flag.setCurrentIndex(max(self.flag.findData(chosen), 0))
        self.flag.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Filter: SKU, name or category"))
        self.refresh_button.setText(self.tr("Refresh"))
        for kind, text in (("goods_in", self.tr("Goods in…")), ("waste", self.tr("Waste…")),
                           ("count", self.tr("Stock count…"))):
            self.operation_buttons[kind].setText(text)
        self.older_button.setText(self.tr("Older movements"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Movement"), self.tr("Quantity"),
                                                self.tr("Level after"), self.tr("By")])
        self._history_heading()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        self.client, self.store_id = client, store_id
        self.model.set_products([])
        self._clear_history()
        if store_id is None:
            self.state.setText(self.tr("Choose one store to see its stock."))
            return
        self.refresh()

    def refresh(self) -> None:
        if self.client is None or self.store_id is None:
            return
        client, store_id = self.client, self.store_id
        self.state.setText(self.tr("Loading…"))

        def done(products: list[dict]) -> None:
            if (client, store_id) != (self.client, self.store_id):
                return
            sku = self._history_sku
            self.model.set_products(products)
            self._count()
            self._reselect(sku)

        self.background.run(lambda: client.stock(store_id=store_id), on_success=done,
                            on_failure=lambda error: self.state.setText(sentence(error)))

    def selected_product(self) -> dict | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.product(index.row()) if index.isValid() else None

    def select_sku(self, sku: str) -> None:
        self._reselect(sku)

    def open_operation(self, kind: str) -> StockOperationDialog | None:
        product = self.selected_product()
        if product is None or self.client is None or self.store_id is None:
            return None
        dialog = StockOperationDialog(kind=kind, client=self.client, store_id=self.store_id,
                                      background=self.background, product=product, parent=self)
        dialog.done_operation.connect(lambda _result: self.refresh())
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _filter(self) -> None:
        self.model.set_filter(flag=self.flag.currentData() or "", text=self.search.text())
        self._count()
        self._reselect(self._history_sku)

    def _count(self) -> None:
        if self.client is not None and self.store_id is not None:
            self.state.setText(self.tr("%n product(s)", "", self.model.rowCount()))

    def _reselect(self, sku: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.product(row)["sku"] == sku:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return
        self.table.scrollToTop()
        self._selected(-1)

    def _selected(self, row: int) -> None:
        product = self.model.product(row)
        for button in self.operation_buttons.values():
            button.setEnabled(product is not None and not product["unknown"])
        if product is None:
            self._clear_history()
            return
        self._history_sku = product["sku"]
        self._clear_history(keep_sku=True)
        self._load_history(before="")

    def _clear_history(self, *, keep_sku: bool = False) -> None:
        if not keep_sku:
            self._history_sku = ""
        self.history.setRowCount(0)
        self._next_page = None
        self.older_button.setEnabled(False)
        self._history_heading()

    def _history_heading(self) -> None:
        product = next((p for p in self.model.rows if p["sku"] == self._history_sku), None)
        if product is None:
            self.history_title.setText(self.tr("Select a product to see its movements."))
        else:
            self.history_title.setText(self.tr("Movements of %1 (%2), level %3").replace("%1", product["sku"])
                                       .replace("%2", self.model._text(product, "name"))
                                       .replace("%3", quantity(product["level"], unit=product["unit"])))

    def _older(self) -> None:
        if self._next_page:
            self._load_history(before=self._next_page)

    def _load_history(self, *, before: str) -> None:
        client, store_id, sku = self.client, self.store_id, self._history_sku
        if client is None or store_id is None or not sku:
            return
        self.older_button.setEnabled(False)
        product = next((p for p in self.model.rows if p["sku"] == sku), None)
        unit = product["unit"] if product else "kg"

        def done(page: dict) -> None:
            if (client, store_id, sku) != (self.client, self.store_id, self._history_sku):
                return
            kinds = self._kind_names()
            for move in page["movements"]:
                row = self.history.rowCount()
                self.history.insertRow(row)
                cells = (move["at"][:19].replace("T", " "), kinds.get(move["kind"], move["kind"]),
                         quantity(move["quantity"], unit=unit), quantity(move["level_after"], unit=unit),
                         move["actor"] or move["till_id"] or "")
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column in (2, 3):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.history.setItem(row, column, item)
            self._next_page = page["next"]
            self.older_button.setEnabled(bool(page["next"]))

        self.background.run(lambda: client.movements(store_id=store_id, sku=sku, before=before, limit=PAGE),
                            on_success=done, on_failure=lambda error: self.history_title.setText(sentence(error)))

    def _kind_names(self) -> dict[str, str]:
        return {"sale": self.tr("Sale"), "refund": self.tr("Refund"), "goods_in": self.tr("Goods in"),
                "waste": self.tr("Waste"), "count": self.tr("Stock count"), "transfer": self.tr("Transfer")}
