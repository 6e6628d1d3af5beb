"""Every product's stock in a store as a table: level in its base unit, sellable portions, and the flags a
manager acts on (sold out, low, oversold, delisted, unknown) with a colour each; a filter by flag and text."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from backoffice.window.formatting import quantity

translate = QCoreApplication.translate
FLAGS = ("oversold", "sold_out", "low_stock", "delisted", "unknown")   # the most urgent first: it sets the colour
COLOURS = {"oversold": QColor("#f4b6b6"), "sold_out": QColor("#d9d9d9"), "low_stock": QColor("#ffe2b8"),
           "delisted": QColor("#e8e0f0"), "unknown": QColor("#f8d0e8")}


def flag_names() -> dict[str, str]:
    return {"oversold": translate("StockTableModel", "Oversold"), "sold_out": translate("StockTableModel", "Sold out"),
            "low_stock": translate("StockTableModel", "Low stock"), "delisted": translate("StockTableModel", "Delisted"),
            "unknown": translate("StockTableModel", "Not in catalog")}


def flags(product: dict) -> list[str]:
    return [flag for flag in FLAGS if product.get(flag)]


class StockTableModel(QAbstractTableModel):
    COLUMNS = ("sku", "name", "category", "level", "portions", "flags")

    def __init__(self, *, language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self._all: list[dict] = []
        self.rows: list[dict] = []
        self.flag_filter = ""
        self.text_filter = ""

    def set_products(self, products: list[dict]) -> None:
        self.beginResetModel()
        self._all = list(products)
        self._apply()
        self.endResetModel()

    def set_filter(self, *, flag: str = "", text: str = "") -> None:
        self.beginResetModel()
        self.flag_filter, self.text_filter = flag, text.strip().lower()
        self._apply()
        self.endResetModel()

    def product(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _apply(self) -> None:
        wanted = self.text_filter
        self.rows = [p for p in self._all
                     if (not self.flag_filter or p.get(self.flag_filter))
                     and (not wanted or wanted in p["sku"].lower() or wanted in p["name_zh"].lower()
                          or wanted in p["name_en"].lower() or wanted in p["category"].lower())]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("StockTableModel", "SKU"), translate("StockTableModel", "Product"),
                translate("StockTableModel", "Category"), translate("StockTableModel", "Level"),
                translate("StockTableModel", "Sellable portions"), translate("StockTableModel", "Alerts"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        product = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(product, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            marked = flags(product)
            return COLOURS[marked[0]] if marked else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "level" and product["level"] < 0:
            return QColor("#a4161a")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "level":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, product: dict, column: str) -> str:
        if column == "name":
            return product["name_zh"] if self.language == "zh_CN" else product["name_en"] or product["name_zh"]
        if column == "level":
            return quantity(product["level"], unit=product["unit"])
        if column == "portions":
            return ", ".join(f"{p['code']} × {p['sellable']}" for p in product["portions"])
        if column == "flags":
            names = flag_names()
            return ", ".join(names[flag] for flag in flags(product))
        return str(product[column])
