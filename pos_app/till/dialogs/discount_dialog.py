"""A discount on the selected line or the whole basket: a percentage (quick buttons) or an amount, and a
reason. The dialog builds the core Discount (which checks itself); the screen applies it through the
overrides service, with a manager's PIN past the discount threshold."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout)

from pos_app.core.basket import Discount, Line
from pos_app.core.errors import PosError
from pos_app.core.money import CNY
from pos_app.till.models.basket_table_model import product_name

PERCENTS = (500, 1000, 2000, 5000)   # basis points


class DiscountDialog(QDialog):
    """After accept(): `line_no` (None: the basket) and `discount` (None: remove it)."""

    def __init__(self, *, line: Line | None, subtotal: int, chinese: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.line = line
        self.subtotal = subtotal
        self.line_no: int | None = None
        self.discount: Discount | None = None
        self.on_line = QRadioButton()
        self.on_basket = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.on_line)
        group.addButton(self.on_basket)
        self.on_line.setEnabled(line is not None)
        (self.on_line if line is not None else self.on_basket).setChecked(True)
        self.line_name = product_name(line.product, chinese=chinese) if line is not None else ""
        self.percent_buttons = []
        percents = QHBoxLayout()
        for bp in PERCENTS:
            button = QPushButton(f"{bp // 100} %")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, b=bp: self.choose(percent_bp=b))
            percents.addWidget(button)
            self.percent_buttons.append(button)
        self.amount = QLineEdit()
        self.amount_caption = QLabel()
        self.use_amount = QPushButton()
        self.use_amount.clicked.connect(self._amount)
        self.amount.returnPressed.connect(self._amount)
        self.reason_caption = QLabel()
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setMinimumHeight(44)
        self.remove = QPushButton()
        self.remove.setProperty("role", "danger")
        self.remove.clicked.connect(self._remove)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("banner")
        self.message.setProperty("kind", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.on_line)
        layout.addWidget(self.on_basket)
        grid = QGridLayout()
        grid.addWidget(self.reason_caption, 0, 0)
        grid.addWidget(self.reason, 0, 1, 1, 2)
        grid.addWidget(self.amount_caption, 1, 0)
        grid.addWidget(self.amount, 1, 1)
        grid.addWidget(self.use_amount, 1, 2)
        layout.addLayout(grid)
        layout.addLayout(percents)
        layout.addWidget(self.message)
        ends = QHBoxLayout()
        ends.addWidget(self.remove)
        ends.addStretch(1)
        ends.addWidget(self.cancel)
        layout.addLayout(ends)
        self.setMinimumWidth(560)
        self.retranslate()
        for button in self.findChildren(QPushButton):   # Enter belongs to the field, never to a button
            button.setAutoDefault(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discount"))
        line_text = self.tr("Selected line: %1").replace("%1", self.line_name) if self.line else \
            self.tr("Select a line first to discount it alone")
        self.on_line.setText(line_text)
        self.on_basket.setText(self.tr("Whole basket (subtotal %1)").replace("%1", "¥" + CNY.format(self.subtotal)))
        self.amount_caption.setText(self.tr("Amount off (¥)"))
        self.use_amount.setText(self.tr("Take off this amount"))
        self.reason_caption.setText(self.tr("Reason"))
        current = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems([self.tr("Near its date"), self.tr("Damaged"), self.tr("Regular customer"),
                              self.tr("Price match")])
        if current:
            self.reason.setEditText(current)
        self.remove.setText(self.tr("Remove discount"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def choose(self, *, percent_bp: int | None = None, amount: int | None = None) -> bool:
        try:
            discount = Discount(reason=self.reason.currentText(), percent_bp=percent_bp, amount=amount)
            discount.of(self.line.amount if self.on_line.isChecked() and self.line else self.subtotal)
        except PosError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        self.discount = discount
        self.line_no = self.line.line_no if self.on_line.isChecked() and self.line else None
        self.accept()
        return True

    def _amount(self) -> None:
        try:
            amount = CNY.parse(self.amount.text())
        except PosError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.choose(amount=amount)

    def _remove(self) -> None:
        self.discount = None
        self.line_no = self.line.line_no if self.on_line.isChecked() and self.line else None
        self.accept()
