"""The produce quick-key grid: one large button per weighed product, with its name, PLU and price, and
its stock state (sold out greyed, low in amber) so the cashier sees it before picking."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from pos_app.core.money import CNY
from pos_app.core.stock import Status, statuses
from pos_app.till.sale_session import Found

COLUMNS = 4


def stock_state(found: Found) -> str:
    found_statuses = statuses(found.product, level=found.level)
    if Status.SOLD_OUT in found_statuses:
        return "sold_out"
    return "low" if Status.LOW in found_statuses else "ok"


class QuickKeysWidget(QWidget):
    picked = Signal(str)   # sku

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setSpacing(6)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self._items: list[Found] = []
        self.chinese = True

    def show_products(self, items: list[Found]) -> None:
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self.buttons.clear()
        self._items = list(items)
        for position, found in enumerate(self._items):
            button = QPushButton()
            button.setProperty("role", "quick")
            button.setProperty("stock", stock_state(found))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, sku=found.product.sku: self.picked.emit(sku))
            self._grid.addWidget(button, position // COLUMNS, position % COLUMNS)
            self.buttons[found.product.sku] = button
        self.retranslate()

    def set_chinese(self, chinese: bool) -> None:
        self.chinese = chinese
        self.retranslate()

    def retranslate(self) -> None:
        for found in self._items:
            p = found.product
            name = (p.name_zh or p.name_en) if self.chinese else (p.name_en or p.name_zh)
            unit = p.unit.label_zh if self.chinese else p.unit.value
            state = stock_state(found)
            mark = {"sold_out": " · " + self.tr("Sold out"), "low": " · " + self.tr("Low")}.get(state, "")
            self.buttons[p.sku].setText(f"{name}{mark}\n{p.plu or '—'}\n¥{CNY.format(p.price)}/{unit}")
