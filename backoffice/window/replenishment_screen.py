"""Replenishment: a store's suggested orders from HQ (filtered by supplier), the quantities edited by the manager
as exact decimals, made into a purchase order that is exported as CSV or XLSX to a file the manager chooses,
sent, and received into stock; any earlier order of the store can be picked again (the newest open one is
shown on arrival). Every HQ call and the file write run on the background helper."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.purchase_order_picker import PurchaseOrderPicker
from backoffice.window.purchase_receipt_dialog import PurchaseReceiptDialog
from backoffice.window.replenishment_table_model import ReplenishmentTableModel
from backoffice.window.widgets import HqScreen, show_banner
from pos_app.till.background import Background

EVERY = "\x00every"     # the supplier filter's "every supplier" (no supplier id holds a NUL)


class ReplenishmentScreen(HqScreen):
    def __init__(self, *, background: Background, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(background=background, parent=parent)
        self.suppliers: list[dict] = []
        self.order: dict | None = None        # the purchase order on screen (made here or picked), as HQ last answered
        self.model = ReplenishmentTableModel(language=language, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.supplier = QComboBox()
        self.supplier.setMinimumWidth(220)
        self.supplier_label = QLabel()
        self.refresh_button = QPushButton()
        self.make_button = QPushButton()
        self.make_button.setProperty("role", "primary")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.order_label = QLabel()
        self.picker = PurchaseOrderPicker()
        self.picker.chosen.connect(self.pick_order)
        self.order_buttons = {name: QPushButton() for name in ("csv", "xlsx", "send", "receive")}
        top = QHBoxLayout()
        top.addWidget(self.supplier_label)
        top.addWidget(self.supplier)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.make_button)
        chosen = QHBoxLayout()
        chosen.addWidget(self.picker)
        chosen.addWidget(self.order_label, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in self.order_buttons.values():
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.banner)
        layout.addLayout(chosen)
        layout.addLayout(bottom)
        self.supplier.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.make_button.clicked.connect(self.make_order)
        self.model.refused.connect(lambda text: show_banner(self.banner, text, kind="error"))
        self.order_buttons["csv"].clicked.connect(lambda: self._choose_file("csv"))
        self.order_buttons["xlsx"].clicked.connect(lambda: self._choose_file("xlsx"))
        self.order_buttons["send"].clicked.connect(lambda: self.advance("send"))
        self.order_buttons["receive"].clicked.connect(self.open_receipt)
        self.retranslate()

    def retranslate(self) -> None:
        self.supplier_label.setText(self.tr("Supplier"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.make_button.setText(self.tr("Make purchase order"))
        for name, text in (("csv", self.tr("Export CSV…")), ("xlsx", self.tr("Export XLSX…")),
                           ("send", self.tr("Mark sent")), ("receive", self.tr("Receive…"))):
            self.order_buttons[name].setText(text)
        self._fill_suppliers()
        self._show_order()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        self.client, self.store_id = client, store_id
        self.suppliers, self.order = [], None
        self.model.set_lines([])
        self.banner.hide()
        self._fill_suppliers()
        self._show_order()
        self.picker.show_orders([], current=None)
        self.make_button.setEnabled(store_id is not None)    # an order is for one store
        if store_id is None:
            self.state.setText(self.tr("Choose one store to order for it."))
            return
        self.refresh()
        self.load_orders(open_newest=True)

    def load_orders(self, *, open_newest: bool = False) -> None:
        """The store's orders into the picker; `open_newest`: with no order on screen, show the newest one
        still to be sent or received."""
        client, store_id = self.client, self.store_id
        if client is None or store_id is None:
            return

        def done(orders: list[dict]) -> None:
            if (client, store_id) != (self.client, self.store_id):
                return
            self.picker.show_orders(orders, current=self.order["id"] if self.order else None)
            newest = self.picker.newest_open()
            if open_newest and self.order is None and newest is not None:
                self.pick_order(newest)

        self.background.run(lambda: client.purchase_orders(store_id=store_id), on_success=done,
                            on_failure=lambda error: show_banner(self.banner, sentence(error), kind="error"))

    def pick_order(self, order_id: int) -> None:
        """Show one of the store's orders (its lines, its state) to export, send or receive."""
        client, store_id = self.client, self.store_id
        if client is None or store_id is None:
            return

        def done(order: dict) -> None:
            if (client, store_id) != (self.client, self.store_id):
                return
            self.order = order
            self._show_order()
            self.picker.show_orders(self.picker.orders, current=order["id"])

        self.background.run(lambda: client.purchase_order(store_id=store_id, order_id=order_id), on_success=done,
                            on_failure=lambda error: show_banner(self.banner, sentence(error), kind="error"))

    def chosen_supplier(self) -> str | None:
        data = self.supplier.currentData()
        return None if data in (None, EVERY) else data

    def refresh(self) -> None:
        if self.client is None or self.store_id is None:
            return
        client, store_id, supplier = self.client, self.store_id, self.chosen_supplier()
        self.state.setText(self.tr("Loading…"))

        def done(answer: dict) -> None:
            if (client, store_id, supplier) != (self.client, self.store_id, self.chosen_supplier()):
                return
            self.suppliers = answer["suppliers"]
            self._fill_suppliers()
            self.model.set_lines(answer["lines"])
            needed = sum(1 for line in answer["lines"] if line["suggested"] > 0)
            self.state.setText(self.tr("%1 product(s), %2 to order; double-click an order quantity to change it.")
                               .replace("%1", str(len(answer["lines"]))).replace("%2", str(needed))
                               if answer["lines"] else self.tr("No forecast products to order for this choice."))

        self.background.run(lambda: client.replenishment(store_id=store_id, supplier=supplier), on_success=done,
                            on_failure=lambda error: self.state.setText(sentence(error)))

    def make_order(self) -> None:
        client, store_id, supplier = self.client, self.store_id, self.chosen_supplier()
        lines = self.model.order_lines()
        if client is None or store_id is None:
            return
        if supplier is None:
            show_banner(self.banner, self.tr("Choose one supplier: a purchase order goes to one supplier."),
                        kind="error")
            return
        if not lines:
            show_banner(self.banner, self.tr("Nothing to order: every quantity is zero."), kind="error")
            return
        self.make_button.setEnabled(False)

        def done(order: dict) -> None:
            self.make_button.setEnabled(True)
            self.order = order
            self._show_order()
            self.load_orders()
            show_banner(self.banner, self.tr("Purchase order %1 made as a draft.").replace("%1", str(order["id"])),
                        kind="info")

        def failed(error: BaseException) -> None:
            self.make_button.setEnabled(True)
            show_banner(self.banner, sentence(error), kind="error")

        self.background.run(lambda: client.create_purchase_order(store_id=store_id, supplier=supplier, lines=lines),
                            on_success=done, on_failure=failed)

    def export_to(self, path: str | Path, *, kind: str) -> None:
        """Write the order's CSV or XLSX to `path` (fetched and written on the background helper)."""
        client, store_id, order = self.client, self.store_id, self.order
        if client is None or store_id is None or order is None:
            return
        target = Path(path)

        def fetch_and_write() -> Path:
            data = client.export_purchase_order(store_id=store_id, order_id=order["id"], kind=kind)
            partial = target.with_name(f".{target.name}.part")
            partial.write_bytes(data)
            partial.replace(target)         # a half-written order file never stands under the chosen name
            return target

        self.background.run(fetch_and_write, on_success=lambda written: show_banner(
            self.banner, self.tr("Saved %1.").replace("%1", str(written)), kind="info"),
            on_failure=lambda error: show_banner(self.banner, _file_problem(self, error), kind="error"))

    def advance(self, action: str) -> None:
        """"send" the order at HQ, or "receive" it whole as ordered (adds its lines to stock, once)."""
        client, store_id, order = self.client, self.store_id, self.order
        if client is None or store_id is None or order is None:
            return

        def done(answer: dict) -> None:
            if action == "receive":
                self._received(answer)
                return
            self.order = answer
            self._show_order()
            self.load_orders()
            show_banner(self.banner, self.tr("Marked as sent: its quantities now count as on order."), kind="info")
            self.refresh()

        self.background.run(lambda: client.purchase_order(store_id=store_id, order_id=order["id"], action=action),
                            on_success=done, on_failure=lambda error: show_banner(self.banner, sentence(error),
                                                                                   kind="error"))

    def open_receipt(self) -> PurchaseReceiptDialog | None:
        """The receipt dialog of the order: what arrived, line by line (weighed), then into stock."""
        if self.client is None or self.store_id is None or self.order is None:
            return None
        dialog = PurchaseReceiptDialog(client=self.client, store_id=self.store_id, order=self.order,
                                       background=self.background, language=self.model.language, parent=self)
        dialog.received.connect(self._received)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _received(self, order: dict) -> None:
        self.order = order
        self._show_order()
        self.load_orders()
        show_banner(self.banner, self.tr("Received: the stock of %1 product(s) went up.")
                    .replace("%1", str(sum(1 for line in order["lines"] if line["received"]))), kind="info")
        self.refresh()

    def _choose_file(self, kind: str) -> None:
        if self.order is None:
            return
        suggested = f"purchase-order-{self.order['id']}.{kind}"
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel workbooks (*.xlsx)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export purchase order"), suggested, pattern)
        if path:
            self.export_to(path if path.lower().endswith(f".{kind}") else f"{path}.{kind}", kind=kind)

    def _fill_suppliers(self) -> None:
        chosen = self.supplier.currentData()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        self.supplier.addItem(self.tr("Every supplier"), EVERY)
        for item in self.suppliers:
            name = item["name"] or item["id"] or self.tr("(no supplier)")
            self.supplier.addItem(f"{name} ({item['products']})", item["id"])
        self.supplier.setCurrentIndex(max(self.supplier.findData(chosen), 0))
        self.supplier.blockSignals(False)

    def _show_order(self) -> None:
        order = self.order
        if order is None:
            self.order_label.setText(self.tr("No purchase order made yet."))
        else:
            self.order_label.setText(self.tr("Purchase order %1 to %2: %3, %4 line(s)").replace("%1", str(order["id"]))
                                     .replace("%2", order["supplier"]).replace("%3", self.picker.status_word(order["status"]))
                                     .replace("%4", str(len(order["lines"]))))
        status = order["status"] if order else None
        self.order_buttons["csv"].setEnabled(order is not None)
        self.order_buttons["xlsx"].setEnabled(order is not None)
        self.order_buttons["send"].setEnabled(status == "draft")
        self.order_buttons["receive"].setEnabled(status in ("draft", "sent"))


def _file_problem(screen: ReplenishmentScreen, error: BaseException) -> str:
    if isinstance(error, OSError):
        return screen.tr("The file could not be written: %1").replace("%1", error.strerror or str(error))
    return sentence(error)
