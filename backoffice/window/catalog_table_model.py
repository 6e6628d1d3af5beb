"""The catalog as a table: every product (delisted too) with its supply terms beside it, filtered by a search
(SKU, PLU, barcode, names, pinyin initials, category, supplier) and shown a page at a time, so a catalog of
20,000 products never builds 20,000 rows of cells."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from backoffice.window.formatting import money, rate

PAGE_ROWS = 100
SOLD_BY_UNITS = {"kg": "kg", "g": "g", "l": "L", "ml": "ml", "piece": "pcs"}

translate = QCoreApplication.translate


def column_names() -> list[str]:
    # Each a literal: lupdate reads only translate("<context>", "<literal>") calls.
    return [translate("CatalogTableModel", "SKU"), translate("CatalogTableModel", "Product name"),
            translate("CatalogTableModel", "Category"), translate("CatalogTableModel", "Sold by"),
            translate("CatalogTableModel", "Price"), translate("CatalogTableModel", "Store price"),
            translate("CatalogTableModel", "Barcodes"), translate("CatalogTableModel", "Supplier"),
            translate("CatalogTableModel", "Lead time"), translate("CatalogTableModel", "Shelf life"),
            translate("CatalogTableModel", "Loss rate"), translate("CatalogTableModel", "Status")]


def sold_by_names() -> dict[str, str]:
    return {"weight": translate("CatalogTableModel", "by weight"), "piece": translate("CatalogTableModel", "by piece"),
            "portion": translate("CatalogTableModel", "in portions"), "combo": translate("CatalogTableModel", "combo")}


class _Days(QObject):
    """Only a QObject's tr() gives lupdate a plural form ("1 day", "2 days")."""

    def text(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)


_DAYS = _Days()


def days(count: int | None) -> str:
    return "—" if count is None else _DAYS.text(count)


class CatalogTableModel(QAbstractTableModel):
    COLUMNS = 12

    def __init__(self, *, language: str = "zh_CN", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[dict] = []          # every product, with `terms` (or None)
        self.matches: list[dict] = []
        self.text_filter = ""
        self.page = 0

    def set_catalog(self, products: list[dict], terms: list[dict]) -> None:
        by_sku = {t["sku"]: t for t in terms}
        self.beginResetModel()
        self.rows = [{**p, "terms": by_sku.get(p["sku"])} for p in products]
        self.endResetModel()
        self.set_filter(self.text_filter, keep_page=True)

    def set_filter(self, text: str, *, keep_page: bool = False) -> None:
        self.beginResetModel()
        self.text_filter = text
        needle = text.strip().lower()
        self.matches = [p for p in self.rows if not needle or needle in _haystack(p)]
        self.page = min(self.page, self.pages() - 1) if keep_page else 0
        self.endResetModel()

    def pages(self) -> int:
        return max(1, -(-len(self.matches) // PAGE_ROWS))

    def go(self, page: int) -> None:
        self.beginResetModel()
        self.page = max(0, min(page, self.pages() - 1))
        self.endResetModel()

    def shown(self) -> list[dict]:
        return self.matches[self.page * PAGE_ROWS:(self.page + 1) * PAGE_ROWS]

    def product(self, row: int) -> dict | None:
        shown = self.shown()
        return shown[row] if 0 <= row < len(shown) else None

    def row_of(self, sku: str) -> int | None:
        """Turn to the page holding `sku` (among the matches) and give its row there."""
        for number, product in enumerate(self.matches):
            if product["sku"] == sku:
                self.go(number // PAGE_ROWS)
                return number % PAGE_ROWS
        return None

    def name(self, product: dict) -> str:
        first, second = ("name_zh", "name_en") if self.language == "zh_CN" else ("name_en", "name_zh")
        return product[first] or product[second]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.shown())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_names()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        product = self.product(index.row())
        if product is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5, 8, 9, 10):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(product, index.column())

    def _cell(self, product: dict, column: int) -> str:
        terms = product["terms"] or {}
        unit = SOLD_BY_UNITS.get(product["unit"], product["unit"])
        per = "" if product["sold_by"] in ("piece", "combo", "portion") else f"/{unit}"
        cells = {
            0: lambda: product["sku"],
            1: lambda: self.name(product),
            2: lambda: product["category"],
            3: lambda: f"{sold_by_names().get(product['sold_by'], product['sold_by'])} ({unit})",
            4: lambda: money(product["price"]) + per,
            5: lambda: "" if product.get("store_price") is None else money(product["store_price"]) + per,
            6: lambda: " ".join(product["barcodes"]),
            7: lambda: product["supplier"],
            8: lambda: days(terms.get("effective_lead_time_days")) if terms else "—",
            9: lambda: days(terms.get("shelf_life_days")),
            10: lambda: rate(terms.get("loss_rate", 0)) if terms.get("loss_rate") else "",
            11: lambda: translate("CatalogTableModel", "Active") if product["active"]
            else translate("CatalogTableModel", "Delisted"),
        }
        return cells[column]()


def _haystack(product: dict) -> str:
    parts = [product["sku"], product["name_zh"], product["name_en"], product["category"], product["supplier"],
             product["pinyin"], product["plu"] or "", *product["barcodes"]]
    return "\n".join(parts).lower()
