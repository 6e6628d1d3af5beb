"""Goods in, waste or a stock count of one product by weight or count, typed as an exact decimal of its base
unit (2.345 kg → 2345 thousandths; finer than 1 g is refused, never rounded).

The operation's uuid is made when the dialog opens and kept until it succeeds, so pressing Send again after a
timeout cannot book the goods twice: HQ answers `repeated` and changes nothing.
"""
from __future__ import annotations

import uuid as uuidlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from backoffice.window.formatting import UNIT_LABELS, parse_amount, quantity
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from pos_app.core.errors import InvalidInput
from backoffice.window.widgets import Retranslated, show_banner
from pos_app.till.background import Background

KINDS = ("goods_in", "waste", "count")


class StockOperationDialog(Retranslated, QDialog):
    done_operation = Signal(object)    # HQ's StockOperationResult (dict)

    def __init__(self, *, kind: str, client: HqClient, store_id: str, background: Background,
                 product: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown stock operation {kind!r}")
        self.kind, self.client, self.store_id, self.background = kind, client, store_id, background
        self.operation = str(uuidlib.uuid4())
        self.unit = product["unit"] if product else "kg"
        self.product = product
        self.heading = QLabel()
        self.heading.setObjectName("totalCaption")
        self.sku = QLineEdit(product["sku"] if product else "")
        self.sku.setReadOnly(product is not None)    # the unit shown is this product's
        self.amount = QLineEdit()
        self.unit_label = QLabel(UNIT_LABELS.get(self.unit, self.unit))
        self.reason = QLineEdit()
        self.result = QLabel()
        self.result.setObjectName("banner")
        self.result.setWordWrap(True)
        self.result.hide()
        self.send_button = QPushButton()
        self.send_button.setProperty("role", "primary")
        self.close_button = QPushButton()
        self.labels = [QLabel() for _ in range(3)]
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.unit_label)
        form = QFormLayout()
        form.addRow(self.labels[0], self.sku)
        form.addRow(self.labels[1], amount_row)
        form.addRow(self.labels[2], self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        self.amount.returnPressed.connect(self.send)
        self.sku.textEdited.connect(self._new_operation)
        self.amount.textEdited.connect(self._new_operation)
        self.setMinimumWidth(520)
        self.retranslate()
        (self.amount if product else self.sku).setFocus()

    def retranslate(self) -> None:
        titles = {"goods_in": self.tr("Goods in"), "waste": self.tr("Waste"), "count": self.tr("Stock count")}
        amounts = {"goods_in": self.tr("Received"), "waste": self.tr("Wasted"), "count": self.tr("Counted")}
        self.setWindowTitle(titles[self.kind])
        names = f" — {self.product['name_zh']} {self.product['name_en']}" if self.product else ""
        self.heading.setText(titles[self.kind] + names)
        self.labels[0].setText(self.tr("SKU"))
        self.labels[1].setText(amounts[self.kind])
        self.labels[2].setText(self.tr("Reason"))
        self.amount.setPlaceholderText(self.tr("exact, e.g. 2.345"))
        self.send_button.setText(self.tr("Send to HQ"))
        self.close_button.setText(self.tr("Close"))

    def _new_operation(self, _text: str) -> None:
        # Different lines are a different operation: HQ would refuse the old uuid with other lines (409).
        self.operation = str(uuidlib.uuid4())

    def lines(self) -> list[dict]:
        sku = self.sku.text().strip()
        if not sku:
            raise InvalidInput("Enter the product's SKU.")
        milli = parse_amount(self.amount.text(), unit=self.unit)
        if milli < 0 or (milli == 0 and self.kind != "count"):
            raise InvalidInput(f"{self.amount.text()!r}: enter a quantity above zero.")
        return [{"sku": sku, "quantity": milli, "reason": self.reason.text().strip()}]

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        try:
            lines = self.lines()
        except InvalidInput as error:
            self._show(sentence(error), kind="error")
            return
        self.send_button.setEnabled(False)
        self._show(self.tr("Sending to HQ…"), kind="info")
        client, store_id, kind, operation = self.client, self.store_id, self.kind, self.operation
        self.background.run(lambda: client.stock_operation(store_id=store_id, kind=kind, lines=lines,
                                                           operation=operation),
                            on_success=self._sent, on_failure=self._failed)

    def _sent(self, result: dict) -> None:
        self.send_button.setEnabled(True)
        move = result["movements"][0]
        text = self.tr("Done: %1 is now %2.").replace("%1", move["sku"]).replace(
            "%2", quantity(move["level"], unit=self.unit))
        if result["repeated"]:
            text += " " + self.tr("(HQ had this already; nothing changed twice.)")
        self._show(text, kind="info")
        self.operation = str(uuidlib.uuid4())      # the next Send is a new operation
        self.amount.clear()
        self.done_operation.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.send_button.setEnabled(True)
        self._show(sentence(error), kind="error")

    def _show(self, text: str, *, kind: str) -> None:
        show_banner(self.result, text, kind=kind)
