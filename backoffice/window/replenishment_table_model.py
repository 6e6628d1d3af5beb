"""Suggested orders as a table the manager edits: per product what HQ counted (on hand, on order, forecast over
lead time + review, safety stock, shelf-life cap, order-up-to level), what it suggests, and the quantity to
order — typed as an exact decimal of the product's unit (2.345 kg), never rounded: finer than 0.001, negative,
or a fraction of a piece is refused with a sentence, and the last good quantity stays."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from backoffice.window.formatting import parse_amount, quantity
from pos_app.core.errors import PosError

translate = QCoreApplication.translate
EDITED = QColor("#fff4c2")


class ReplenishmentTableModel(QAbstractTableModel):
    COLUMNS = ("sku", "name", "on_hand", "on_order", "cycle_demand", "safety_stock", "shelf_life_cap",
               "order_up_to", "suggested", "order")
    refused = Signal(str)          # a typed quantity that cannot be ordered, as a sentence

    def __init__(self, *, language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.lines: list[dict] = []
        self.ordered: dict[str, int] = {}     # sku → thousandths to order (starts at the suggestion)

    def set_lines(self, lines: list[dict]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.ordered = {line["sku"]: line["suggested"] for line in lines}
        self.endResetModel()

    def order_lines(self) -> list[dict]:
        """What the purchase order gets: every product with a quantity above zero."""
        return [{"sku": line["sku"], "suggested": line["suggested"], "ordered": self.ordered[line["sku"]]}
                for line in self.lines if self.ordered[line["sku"]] > 0]

    def set_order(self, row: int, text: str) -> bool:
        """The manager's quantity for `row`, as typed; False (and `refused`) when it cannot be ordered."""
        line = self.lines[row]
        try:
            milli = parse_amount(text, unit=line["unit"])
        except PosError as error:
            self.refused.emit(translate("ReplenishmentTableModel", "%1: not a quantity (%2).")
                              .replace("%1", line["sku"]).replace("%2", str(error)))
            return False
        if milli < 0 or (line["unit"] == "piece" and milli % 1000):
            self.refused.emit(translate("ReplenishmentTableModel", "%1: order zero or more, in whole pieces for "
                                                                   "products sold by the piece.").replace("%1", line["sku"]))
            return False
        self.ordered[line["sku"]] = milli
        column = self.COLUMNS.index("order")
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        return True

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.COLUMNS[index.column()] == "order" else base

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("ReplenishmentTableModel", "SKU"), translate("ReplenishmentTableModel", "Product"),
                translate("ReplenishmentTableModel", "On hand"), translate("ReplenishmentTableModel", "On order"),
                translate("ReplenishmentTableModel", "Forecast (lead + review)"),
                translate("ReplenishmentTableModel", "Safety stock"),
                translate("ReplenishmentTableModel", "Shelf-life cap"),
                translate("ReplenishmentTableModel", "Order up to"), translate("ReplenishmentTableModel", "Suggested"),
                translate("ReplenishmentTableModel", "Order"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column, edit=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("sku", "name"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == "order" and \
                self.ordered[line["sku"]] != line["suggested"]:
            return EDITED
        if role == Qt.ItemDataRole.ForegroundRole and column == "on_hand" and line["on_hand"] < 0:
            return QColor("#a4161a")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._why(line)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.COLUMNS[index.column()] != "order":
            return False
        return self.set_order(index.row(), str(value))

    def _text(self, line: dict, column: str, *, edit: bool = False) -> str:
        if column == "name":
            return line["name_zh"] if self.language == "zh_CN" else line["name_en"] or line["name_zh"]
        if column == "sku":
            return line["sku"]
        value = self.ordered[line["sku"]] if column == "order" else line[column]
        if value is None:
            return "—"
        shown = quantity(value, unit=line["unit"])
        return shown.split(" ")[0] if edit else shown

    def _why(self, line: dict) -> str:
        text = translate("ReplenishmentTableModel", "Lead time %1 d + review %2 d at %3 % service; packs of %4, "
                                                    "minimum %5; loss %6 %.")
        for marker, value in (("%1", str(line["lead_time_days"])), ("%2", str(line["review_days"])),
                              ("%3", _bp(line["service_level_bp"])), ("%4", quantity(line["pack_size"], unit=line["unit"])),
                              ("%5", quantity(line["min_order"], unit=line["unit"])), ("%6", _bp(line["loss_rate"]))):
            text = text.replace(marker, value)
        if line["capped"]:
            text += " " + translate("ReplenishmentTableModel", "Capped at what sells within the shelf life.")
        if line["fallback"]:
            text += " " + translate("ReplenishmentTableModel", "Forecast by seasonal naive (it beat the model).")
        if line["stale"]:
            text += " " + translate("ReplenishmentTableModel", "The forecast is out of date.")
        return text


def _bp(value: int) -> str:
    """Basis points as a percentage with up to two decimals, exactly: 9500 → '95', 1250 → '12.5'."""
    whole, part = divmod(value, 100)
    return f"{whole}.{part:02d}".rstrip("0").rstrip(".") if part else str(whole)
