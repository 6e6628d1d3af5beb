"""The basket as a table: name, quantity / weight / portion, unit price, line total.

It shows a `BasketView` (immutable lines handed over by the writer thread). `show()` compares the new view
with the rows on screen by line number and tells the table only what changed, so a scan is one inserted
row, not a reset of the whole basket (see docs/performance.md, till window).
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
        self._rows: list[Line] = []            # what the view shows now (differs from _view.lines mid-update)
        self._texts: list[tuple[str, str, str, str]] = []

    @property
    def view(self) -> BasketView:
        return self._view

    def show(self, view: BasketView) -> None:
        """Take the writer's new basket as row updates: a scan appends a row (rowsInserted), a changed
        quantity is dataChanged, a void removes a row. A model reset would make the table forget its
        selection and re-measure every row on each scan; only baskets that really reorder reset."""
        changes = _changes(self._rows, list(view.lines))
        if changes is None:
            self.beginResetModel()
            self._view = view
            self._rows = list(view.lines)
            self._texts = [self._format(line) for line in self._rows]
            self.endResetModel()
            return
        removed, inserted, changed = changes
        self._view = view
        for first, last in reversed(_blocks(removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1], self._texts[first:last + 1]
            self.endRemoveRows()
        for first, last in _blocks(inserted):
            self.beginInsertRows(QModelIndex(), first, last)
            self._rows[first:first] = view.lines[first:last + 1]
            self._texts[first:first] = [self._format(line) for line in view.lines[first:last + 1]]
            self.endInsertRows()
        for first, last in _blocks(changed):
            self._rows[first:last + 1] = view.lines[first:last + 1]
            self._texts[first:last + 1] = [self._format(line) for line in view.lines[first:last + 1]]
            self.dataChanged.emit(self.index(first, 0), self.index(last, 3))

    def set_chinese(self, chinese: bool) -> None:
        self.chinese = chinese
        self._texts = [self._format(line) for line in self._rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))

    def text(self, row: int, column: int) -> str:
        """The cell's display text, formatted once per line (the basket table's delegate paints from it)."""
        return self._texts[row][column] if 0 <= row < len(self._texts) else ""

    def line_at(self, row: int) -> Line | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, line_no: int | None) -> int | None:
        for row, line in enumerate(self._rows):
            if line.line_no == line_no:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

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
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self._texts):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _format(self, line: Line) -> tuple[str, str, str, str]:
        # once per line and language: the view asks data() for every cell on each measure and paint
        unit = line.product.unit.label_zh if self.chinese else line.product.unit.value
        return (product_name(line.product, chinese=self.chinese) + (" ⚠" if line.override_by else ""),
                quantity_text(line, chinese=self.chinese), f"{money(line.unit_price)}/{unit}",
                money(line.net_before_basket))


def _changes(old: list[Line], new: list[Line]) -> tuple[list[int], list[int], list[int]] | None:
    """Rows to remove (old positions), to insert and that changed (new positions), lines being known by
    line_no; None when kept lines changed order or line numbers repeat, which only a reset shows right."""
    old_nos = [line.line_no for line in old]
    new_nos = [line.line_no for line in new]
    if len(set(old_nos)) != len(old_nos) or len(set(new_nos)) != len(new_nos):
        return None
    before = dict(zip(old_nos, old))
    kept = set(new_nos)
    if [n for n in old_nos if n in kept] != [n for n in new_nos if n in before]:
        return None
    removed = [row for row, n in enumerate(old_nos) if n not in kept]
    inserted = [row for row, n in enumerate(new_nos) if n not in before]
    changed = [row for row, line in enumerate(new)
               if line.line_no in before and before[line.line_no] is not line and before[line.line_no] != line]
    return removed, inserted, changed


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending rows as (first, last) runs of consecutive rows."""
    blocks: list[tuple[int, int]] = []
    for row in rows:
        if blocks and blocks[-1][1] == row - 1:
            blocks[-1] = (blocks[-1][0], row)
        else:
            blocks.append((row, row))
    return blocks
