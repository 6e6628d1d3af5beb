"""The store's purchase orders, newest first, to pick one: the order sent yesterday is received when the lorry
comes today, whoever made it and whether or not the window was closed in between."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox

OPEN = ("draft", "sent")


class PurchaseOrderPicker(QComboBox):
    chosen = Signal(int)      # an order id the manager picked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(360)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)   # an order's line read whole
        self.orders: list[dict] = []
        self.activated.connect(self._picked)
        self._fill(None)

    def show_orders(self, orders: list[dict], *, current: int | None) -> None:
        """HQ's list (newest first), with `current` (the order on screen, if any) selected."""
        self.orders = list(orders)
        self._fill(current)

    def status_word(self, status: str) -> str:
        """An order's status in the window's language (the picker's lines and the order's summary)."""
        return {"draft": self.tr("draft"), "sent": self.tr("sent"), "received": self.tr("received")}.get(status, status)

    def newest_open(self) -> int | None:
        """The newest order still to be sent or received: what a manager opening the view most likely wants."""
        return next((order["id"] for order in self.orders if order["status"] in OPEN), None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._fill(self.currentData())
        super().changeEvent(event)

    def _fill(self, current: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        if not self.orders:
            self.addItem(self.tr("No purchase orders yet"), None)
        else:
            open_count = sum(1 for order in self.orders if order["status"] in OPEN)
            self.addItem(self.tr("Purchase orders: %1 open").replace("%1", str(open_count)), None)
        for order in self.orders:
            when = (order["created_at"] or "")[:16].replace("T", " ")
            self.addItem(f"#{order['id']}  {order['supplier']}  ·  {self.status_word(order['status'])}"
                         f"  ·  {when}", order["id"])
        self.setCurrentIndex(max(self.findData(current), 0) if current is not None else 0)
        self.blockSignals(False)

    def _picked(self, index: int) -> None:
        order_id = self.itemData(index)
        if order_id is not None:
            self.chosen.emit(int(order_id))
