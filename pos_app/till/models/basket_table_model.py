"""The basket as a table: name, quantity / weight / portion, unit price, line total.

It shows a `BasketView` (immutable lines handed over by the writer thread); `show()` swaps the whole view,
which for a basket of a few dozen lines is cheaper and simpler than diffing.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pos_app.core.basket import Line
from pos_app.core.money import CNY
from pos_app.core.products import SoldBy
from pos_app.core.quantity import ONE, format_quantity
from pos_app.till.sale_session import BasketView

Index = QModelIndex | QPersistentModelIndex
NAME, QUANTITY, UNIT_PRICE, AMOUNT = range(4)


def money(minor: int) -> str:
    return "¥" + CNY.format(minor)


def product_name(line_product, *, chinese: bool) -> str:
    zh, en = line_product.name_zh, line_product.name_en
    return (zh or en) if chinese else (en or zh)


def quantity_text(line: Line, *, chinese: bool) -> str:
    product = line.product
    unit = product.unit.label_zh if chinese else product.unit.value
    if line.portion is not None:
        name = line.portion.name_zh if chinese else line.portion.name_en
        return f"{name} × {line.count}" if line.count > 1 else name
    if line.weighed or product.sold_by in (SoldBy.WEIGHT,) or line.quantity % ONE:
        return f"{format_quantity(line.quantity)} {unit}"
    return f"{line.quantity // ONE} {unit}"


class BasketTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._view = BasketView()
        self.chinese = True

    @property
    def view(self) -> BasketView:
        return self._view

    def show(self, view: BasketView) -> None:
        self.beginResetModel()
        self._view = view
        self.endResetModel()

    def set_chinese(self, chinese: bool) -> None:
        self.chinese = chinese
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._view.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._view.lines) - 1, 3))

    def line_at(self, row: int) -> Line | None:
        return self._view.lines[row] if 0 <= row < len(self._view.lines) else None

    def row_of(self, line_no: int | None) -> int | None:
        for row, line in enumerate(self._view.lines):
            if line.line_no == line_no:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._view.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Item"), self.tr("Qty / weight"), self.tr("Unit price"), self.tr("Amount"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                name = product_name(line.product, chinese=self.chinese)
                return name + (" ⚠" if line.override_by else "")
            if column == QUANTITY:
                return quantity_text(line, chinese=self.chinese)
            if column == UNIT_PRICE:
                unit = line.product.unit.label_zh if self.chinese else line.product.unit.value
                return f"{money(line.unit_price)}/{unit}"
            return money(line.net_before_basket)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
