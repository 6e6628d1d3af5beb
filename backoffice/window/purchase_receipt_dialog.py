"""Receiving a purchase order: each line with what was ordered and what arrived — typed as the exact weight or
count on the delivery note (2.345 kg; 0 when a line did not come), ordered quantities by default. Every line is
checked before anything is sent (finer than 0.001, negative, part pieces are refused, each named); HQ adds the
stock once, however often Receive is pressed."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from backoffice.window.formatting import parse_amount, quantity
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import Retranslated, show_banner
from pos_app.core.errors import InvalidInput, PosError
from pos_app.till.background import Background

ARRIVED = 3          # the editable column


class PurchaseReceiptDialog(Retranslated, QDialog):
    received = Signal(object)     # HQ's order after receiving (dict)

    def __init__(self, *, client: HqClient, store_id: str, order: dict, background: Background,
                 language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self.client, self.store_id, self.order, self.background = client, store_id, order, background
        self.heading = QLabel()
        self.heading.setObjectName("totalCaption")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(order["lines"]), 4)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(order["lines"]):
            name = line["name_zh"] if language == "zh_CN" else line["name_en"] or line["name_zh"]
            cells = (line["sku"], name, quantity(line["ordered"], unit=line["unit"]),
                     quantity(line["ordered"], unit=line["unit"]).split(" ")[0])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != ARRIVED:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.result = QLabel()
        self.result.setObjectName("banner")
        self.result.setWordWrap(True)
        self.result.hide()
        self.receive_button = QPushButton()
        self.receive_button.setProperty("role", "primary")
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.receive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.receive_button.clicked.connect(self.receive)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumSize(720, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive purchase order %1").replace("%1", str(self.order["id"])))
        self.heading.setText(self.tr("Purchase order %1 from %2: type what arrived (0 if a line did not come).")
                             .replace("%1", str(self.order["id"])).replace("%2", self.order["supplier"]))
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Ordered"),
                                              self.tr("Arrived")])
        self.receive_button.setText(self.tr("Receive into stock"))
        self.close_button.setText(self.tr("Close"))

    def set_arrived(self, sku: str, text: str) -> None:
        row = next(r for r, line in enumerate(self.order["lines"]) if line["sku"] == sku)
        self.table.item(row, ARRIVED).setText(text)

    def lines(self) -> list[dict]:
        """[{sku, quantity}] for the lines that arrived otherwise than ordered; InvalidInput naming each bad one."""
        found, problems = [], []
        for row, line in enumerate(self.order["lines"]):
            text = self.table.item(row, ARRIVED).text()
            try:
                milli = parse_amount(text, unit=line["unit"])
                if milli < 0 or (line["unit"] == "piece" and milli % 1000):
                    raise InvalidInput("zero or more, whole pieces for products sold by the piece")
            except PosError as error:
                problems.append(f"{line['sku']} {text!r}: {error}")
                continue
            if milli != line["ordered"]:
                found.append({"sku": line["sku"], "quantity": milli})
        if problems:
            raise InvalidInput("; ".join(problems))
        return found

    def receive(self) -> None:
        if not self.receive_button.isEnabled():
            return
        try:
            lines = self.lines()
        except InvalidInput as error:
            show_banner(self.result, sentence(error), kind="error")
            return
        self.receive_button.setEnabled(False)
        client, store_id, order_id = self.client, self.store_id, self.order["id"]

        def done(order: dict) -> None:
            self.order = order
            show_banner(self.result, self.tr("Received into stock."), kind="info")
            self.received.emit(order)

        def failed(error: BaseException) -> None:
            self.receive_button.setEnabled(True)
            show_banner(self.result, sentence(error), kind="error")

        self.background.run(lambda: client.purchase_order(store_id=store_id, order_id=order_id, action="receive",
                                                          arrived=lines), on_success=done, on_failure=failed)
