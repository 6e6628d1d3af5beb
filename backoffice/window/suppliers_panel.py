"""Catalog › Suppliers: each supplier's lead time (order to delivery), how often it is ordered from and its
minimum order, edited or added in the form beside the list. Replenishment uses them for every product that
has no lead time of its own; the tills never see them."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from backoffice.window import hq_office
from backoffice.window.catalog_product_panel import whole_days
from backoffice.window.catalog_table_model import days
from backoffice.window.formatting import money
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import Retranslated, fill, table
from pos_app.core.errors import InvalidInput
from pos_app.core.money import CNY
from pos_app.till.app import MIN_TOUCH
from pos_app.till.background import Background


class SuppliersPanel(Retranslated, QWidget):
    saved = Signal()

    def __init__(self, *, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.client: HqClient | None = None
        self.rows: list[dict] = []
        self.table = table(6)
        self.table.itemSelectionChanged.connect(self._selected)
        self.form = QGroupBox()
        self.supplier_id, self.name, self.lead, self.review, self.minimum = (QLineEdit() for _ in range(5))
        self.active = QCheckBox()
        self.active.setChecked(True)
        self.labels = [QLabel() for _ in range(5)]
        self.save_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        form = QFormLayout(self.form)
        for label, field in zip(self.labels, (self.supplier_id, self.name, self.lead, self.review, self.minimum)):
            field.setMinimumHeight(MIN_TOUCH)
            form.addRow(label, field)
        form.addRow(self.active)
        form.addRow(self.save_button)
        form.addRow(self.result)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.form, 2)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Supplier"), self.tr("Supplier name"), self.tr("Lead time"),
                                              self.tr("Orders every"), self.tr("Minimum order"), self.tr("Status")])
        self.form.setTitle(self.tr("Add or change a supplier"))
        for label, text in zip(self.labels, (self.tr("Supplier ID"), self.tr("Supplier name"),
                                             self.tr("Lead time (days)"), self.tr("Orders every (days)"),
                                             self.tr("Minimum order (¥)"))):
            label.setText(text)
        self.active.setText(self.tr("Still ordered from"))
        self.save_button.setText(self.tr("Save supplier"))
        self.show_rows(self.rows)

    def use(self, *, client: HqClient | None) -> None:
        self.client = client
        self.form.setEnabled(client is not None)

    def show_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        fill(self.table, [(s["id"], s["name"], days(s["lead_time_days"]), days(s["review_days"]),
                           money(s["min_order_amount"]),
                           self.tr("Active") if s["active"] else self.tr("Not ordered from")) for s in rows],
             right_from=2)

    def select(self, supplier_id: str) -> None:
        for row, supplier in enumerate(self.rows):
            if supplier["id"] == supplier_id:
                self.table.selectRow(row)

    def _selected(self) -> None:
        row = self.table.currentRow()
        if not (0 <= row < len(self.rows)) or not self.table.selectedItems():
            return
        supplier = self.rows[row]
        self.supplier_id.setText(supplier["id"])
        self.name.setText(supplier["name"])
        self.lead.setText(str(supplier["lead_time_days"]))
        self.review.setText(str(supplier["review_days"]))
        self.minimum.setText(CNY.format(supplier["min_order_amount"]))
        self.active.setChecked(supplier["active"])
        for field in (self.supplier_id, self.name):
            field.setCursorPosition(0)          # a long name shows its beginning
        self.result.setText("")

    def save(self) -> None:
        client = self.client
        if client is None:
            return
        try:
            supplier_id = self.supplier_id.text().strip()
            if not supplier_id or len(supplier_id) > 64:
                raise InvalidInput("A supplier needs an ID of 1 to 64 characters.")
            lead, review = whole_days(self.lead.text(), least=0), whole_days(self.review.text(), least=1)
            supplier = {"id": supplier_id, "name": self.name.text().strip(), "lead_time_days": 1 if lead is None
                        else lead, "review_days": 1 if review is None else review,
                        "min_order_amount": CNY.parse(self.minimum.text().strip() or "0"),
                        "active": self.active.isChecked()}
            if supplier["min_order_amount"] < 0:
                raise InvalidInput("A minimum order is zero or more.")
        except InvalidInput as error:
            self.result.setText(sentence(error))
            return

        def done(_count) -> None:
            self.result.setText(self.tr("Saved supplier %1; replenishment uses it from the next suggestion.")
                                .replace("%1", supplier_id))
            self.saved.emit()

        self.background.run(lambda: hq_office.put_supplier(client, supplier=supplier), on_success=done,
                            on_failure=lambda error: self.result.setText(sentence(error)))
