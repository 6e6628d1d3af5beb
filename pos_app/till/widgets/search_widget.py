"""Instant search: name (either language), pinyin initials or PLU, results with price and stock state.

Each keystroke emits `term_changed`; the screen runs the lookup off the UI thread and hands back the
results with `show_results(term, items)` — results for a term no longer in the box are dropped, so a slow
lookup never overwrites a newer one. Enter picks the highlighted (or first) result.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos_app.core.money import CNY
from pos_app.core.quantity import format_quantity
from pos_app.till.sale_session import Found
from pos_app.till.widgets.quick_keys_widget import stock_state


class SearchWidget(QWidget):
    term_changed = Signal(str)
    picked = Signal(str)   # sku

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(220)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        self.box.textChanged.connect(self._changed)
        self.box.returnPressed.connect(self.activate_current)
        self.results.itemActivated.connect(self._activated)
        self.items: list[Found] = []
        self.chinese = True
        self.retranslate()

    @property
    def term(self) -> str:
        return self.box.text().strip()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("F2 Search: name, pinyin initials or PLU"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_chinese(self, chinese: bool) -> None:
        self.chinese = chinese
        self._fill()

    def insert_text(self, text: str) -> None:
        """What a person typed (handed back by the wedge filter): Enter picks, other keys go in the box."""
        self.box.setFocus()
        for char in text:
            if char in "\r\n":
                self.activate_current()
            elif char != "\t":
                self.box.insert(char)

    def show_results(self, term: str, items: list[Found]) -> None:
        if term != self.term:
            return
        self.items = list(items)
        self._fill()

    def clear(self) -> None:
        self.box.clear()

    def activate_current(self) -> None:
        if not self.items:
            return
        row = max(self.results.currentRow(), 0)
        self.picked.emit(self.items[row].product.sku)
        self.clear()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.items:
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(min(max(self.results.currentRow() + step, 0), len(self.items) - 1))
            return
        super().keyPressEvent(event)

    def _changed(self, _text: str) -> None:
        if not self.term:
            self.items = []
            self._fill()
        self.term_changed.emit(self.term)

    def _activated(self, item: QListWidgetItem) -> None:
        self.results.setCurrentItem(item)
        self.activate_current()

    def _fill(self) -> None:
        self.results.clear()
        for found in self.items:
            p = found.product
            name = (p.name_zh or p.name_en) if self.chinese else (p.name_en or p.name_zh)
            other = p.name_en if self.chinese else p.name_zh
            unit = p.unit.label_zh if self.chinese else p.unit.value
            state = stock_state(found)
            stock = {"sold_out": self.tr("Sold out"), "low": self.tr("Low stock")}.get(state, self.tr("In stock"))
            text = (f"{name}  {other}   PLU {p.plu or '—'}   ¥{CNY.format(p.price)}/{unit}   "
                    f"{stock} ({format_quantity(max(found.level, 0))} {unit})")
            item = QListWidgetItem(text)
            if state == "sold_out":
                item.setForeground(Qt.GlobalColor.darkGray)
            elif state == "low":
                item.setForeground(Qt.GlobalColor.darkRed)
            self.results.addItem(item)
        self.results.setVisible(bool(self.items))
        if self.items:
            self.results.setCurrentRow(0)
