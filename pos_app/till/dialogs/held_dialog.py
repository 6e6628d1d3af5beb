"""The baskets on hold at this till (when, by whom, how many lines, total): pick one to bring it back."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from pos_app.core.money import CNY
from pos_app.storage.held_repo import HeldBasket


class HeldBasketsDialog(QDialog):
    """After accept(): `chosen` is the held basket's id."""

    def __init__(self, *, held: list[HeldBasket], parent=None) -> None:
        super().__init__(parent)
        self.held = list(held)
        self.chosen: str | None = None
        self.caption = QLabel()
        self.caption.setObjectName("totalCaption")
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self._recall())
        self.recall = QPushButton()
        self.recall.setProperty("role", "primary")
        self.recall.clicked.connect(self._recall)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.recall)
        layout.addLayout(row)
        self.setMinimumSize(560, 380)
        self.retranslate()
        self.list.setFocus()
        for button in self.findChildren(QPushButton):   # Enter belongs to the field, never to a button
            button.setAutoDefault(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Baskets on hold"))
        self.caption.setText(self.tr("Choose the basket to bring back"))
        self.recall.setText(self.tr("Recall (Enter)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for basket in self.held:
            lines = self.tr("%n line(s)", "", basket.line_count)
            label = f"  · {basket.label}" if basket.label else ""
            self.list.addItem(f"{basket.held_at:%H:%M}   {basket.cashier}   {lines}   "
                              f"¥{CNY.format(basket.total)}{label}")
        if self.held:
            self.list.setCurrentRow(min(row, len(self.held) - 1))

    def _recall(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.held):
            self.chosen = self.held[row].id
            self.accept()
