"""The portion picker: a button per listed portion (½, ¼, 250 g …) and, where the product allows custom
fractions, a slider showing the quantity and its price live as it moves."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout

from pos_app.core.errors import PosError
from pos_app.core.money import CNY
from pos_app.core.products import Product
from pos_app.core.quantity import ONE, format_quantity

SLIDER_STEP = 10   # thousandths: a custom fraction moves in hundredths of the unit (10 g of a kg)


class PortionDialog(QDialog):
    """After exec(): `portion` (a code) or `quantity` (thousandths, a custom fraction) is set."""

    def __init__(self, product: Product, *, chinese: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.product = product
        self.chinese = chinese
        self.portion: str | None = None
        self.quantity: int | None = None
        self.title = QLabel()
        self.title.setObjectName("due")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.portion_buttons: dict[str, QPushButton] = {}
        for position, portion in enumerate(product.portions):
            button = QPushButton()
            button.setMinimumSize(150, 72)
            button.clicked.connect(lambda _=False, code=portion.code: self._choose(code))
            grid.addWidget(button, position // 3, position % 3)
            self.portion_buttons[portion.code] = button
        layout.addLayout(grid)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.custom = QLabel()
        self.custom.setObjectName("due")
        self.add_custom = QPushButton()
        self.add_custom.setProperty("role", "primary")
        self.add_custom.clicked.connect(self._choose_custom)
        low = max(product.min_fraction, SLIDER_STEP)
        self.slider.setRange(low // SLIDER_STEP, (2 * ONE) // SLIDER_STEP)
        self.slider.setValue(max(low, ONE // 2) // SLIDER_STEP)
        self.slider.setPageStep(ONE // 4 // SLIDER_STEP)
        self.slider.valueChanged.connect(self._slid)
        row = QHBoxLayout()
        row.addWidget(self.custom, 1)
        row.addWidget(self.add_custom)
        if product.allow_custom:
            layout.addWidget(self.slider)
            layout.addLayout(row)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _unit(self) -> str:
        return self.product.unit.label_zh if self.chinese else self.product.unit.value

    def retranslate(self) -> None:
        p = self.product
        name = (p.name_zh or p.name_en) if self.chinese else (p.name_en or p.name_zh)
        self.setWindowTitle(self.tr("Choose a portion"))
        self.title.setText(f"{name}  ¥{CNY.format(p.price)}/{self._unit()}")
        for portion in p.portions:
            label = portion.name_zh if self.chinese else portion.name_en
            self.portion_buttons[portion.code].setText(
                f"{label}\n{format_quantity(portion.size)} {self._unit()} · ¥{CNY.format(p.portion_price(portion))}")
        self.add_custom.setText(self.tr("Add this amount"))
        self.cancel.setText(self.tr("Cancel (Esc)"))
        self._slid(self.slider.value())

    @property
    def slider_quantity(self) -> int:
        return self.slider.value() * SLIDER_STEP

    def _slid(self, _value: int) -> None:
        quantity = self.slider_quantity
        try:
            self.product.check_quantity(quantity)
            price = "¥" + CNY.format(self.product.price_of(quantity))
            self.add_custom.setEnabled(True)
        except PosError:
            price, _ = self.tr("not sellable"), self.add_custom.setEnabled(False)
        self.custom.setText(f"{format_quantity(quantity)} {self._unit()} = {price}")

    def _choose(self, code: str) -> None:
        self.portion = code
        self.accept()

    def _choose_custom(self) -> None:
        self.quantity = self.slider_quantity
        self.accept()
