"""Refunds: scan the receipt's QR code (the scanner types `FTSALE:<id>` and Enter into the id field, which
has the focus) or type the sale's id; then per line how much comes back — never more than is left, the
spin boxes stop there and the service checks again — and whether it goes back to stock or to waste.
The screen commits it through the overrides service with a manager's PIN and prints the refund receipt.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from pos_app.core.money import CNY
from pos_app.core.quantity import ONE, format_quantity
from pos_app.core.refunds import RefundItem
from pos_app.storage.database import TillDatabase
from pos_app.till.background import Background
from pos_app.till.messages import describe
from pos_app.till.refund_lookup import RefundableLine, RefundableSale, find_sale

NAME, SOLD, LEFT, BACK, WHERE = range(5)


def units(line: RefundableLine, quantity: int) -> int:
    return quantity // line.step


class RefundDialog(QDialog):
    """After accept(): `sale_uuid` and `items` (RefundItem per line with something to refund)."""

    def __init__(self, *, reader: Background, db: TillDatabase, english: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.db = db
        self.english = english
        self.found: RefundableSale | None = None
        self.sale_uuid = ""
        self.items: list[RefundItem] = []
        self.spins: list[QSpinBox] = []
        self.wheres: list[QComboBox] = []
        self.id_caption = QLabel()
        self.sale_id = QLineEdit()
        self.sale_id.returnPressed.connect(self.look_up)
        self.find = QPushButton()
        self.find.clicked.connect(self.look_up)
        self.summary = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SOLD, LEFT, BACK, WHERE):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        self.message.setObjectName("banner")
        self.message.setProperty("kind", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.all = QPushButton()
        self.all.clicked.connect(self.refund_everything)
        self.refund = QPushButton()
        self.refund.setProperty("role", "danger")
        self.refund.clicked.connect(self.submit)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.id_caption)
        top.addWidget(self.sale_id, 1)
        top.addWidget(self.find)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        ends = QHBoxLayout()
        ends.addWidget(self.cancel)
        ends.addStretch(1)
        ends.addWidget(self.all)
        ends.addWidget(self.refund)
        layout.addLayout(ends)
        self.setMinimumSize(860, 520)
        self.retranslate()
        self.sale_id.setFocus()
        for button in self.findChildren(QPushButton):   # Enter belongs to the field, never to a button
            button.setAutoDefault(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refund"))
        self.id_caption.setText(self.tr("Sale"))
        self.sale_id.setPlaceholderText(self.tr("Scan the receipt's QR code, or type the sale id"))
        self.find.setText(self.tr("Find"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Sold"), self.tr("Can refund"),
                                              self.tr("Refund"), self.tr("Goes to")])
        self.all.setText(self.tr("Everything"))
        self.refund.setText(self.tr("Refund…"))
        self.cancel.setText(self.tr("Cancel (Esc)"))
        for where in self.wheres:
            where.setItemText(0, self.tr("Back to stock"))
            where.setItemText(1, self.tr("Waste"))
        self._update()

    # -- finding the sale --------------------------------------------------------------------------------
    def look_up(self) -> None:
        text = self.sale_id.text()
        if not text.strip():
            return
        self.reader.run(lambda: find_sale(self.db, text), on_success=self.show_sale, on_failure=self._refuse)

    def show_sale(self, found: RefundableSale) -> None:
        self.found = found
        self.sale_uuid = found.sale.uuid
        self.message.hide()
        self.table.setRowCount(len(found.lines))
        self.spins, self.wheres = [], []
        for row, item in enumerate(found.lines):
            line = item.line
            name = (line.name_en or line.name_zh) if self.english else (line.name_zh or line.name_en)
            self.table.setItem(row, NAME, QTableWidgetItem(f"{name}  ¥{CNY.format(line.net)}"))
            self.table.setItem(row, SOLD, QTableWidgetItem(self._amount(item, line.quantity)))
            self.table.setItem(row, LEFT, QTableWidgetItem(self._amount(item, item.remaining)))
            spin = QSpinBox()
            spin.setRange(0, units(item, item.remaining))
            spin.setSuffix(" " + self._unit(item))
            spin.setMinimumHeight(44)
            spin.valueChanged.connect(self._update)
            where = QComboBox()
            where.addItems(["", ""])
            where.setMinimumHeight(44)
            self.table.setCellWidget(row, BACK, spin)
            self.table.setCellWidget(row, WHERE, where)
            self.spins.append(spin)
            self.wheres.append(where)
        self.retranslate()

    def _unit(self, item: RefundableLine) -> str:
        if item.step != 1:
            return self.tr("pcs") if item.line.portion is None else self.tr("portions")
        return "g" if item.line.unit == "kg" else "ml" if item.line.unit == "l" else item.line.unit

    def _amount(self, item: RefundableLine, quantity: int) -> str:
        if item.step != 1:
            return f"{units(item, quantity)} {self._unit(item)}"
        return f"{format_quantity(quantity)} {item.line.unit}" if quantity % ONE else \
            f"{quantity // ONE} {item.line.unit}"

    # -- choosing ------------------------------------------------------------------------------------------
    def refund_everything(self) -> None:
        for spin in self.spins:
            spin.setValue(spin.maximum())

    def chosen_items(self) -> list[RefundItem]:
        if self.found is None:
            return []
        items = []
        for item, spin, where in zip(self.found.lines, self.spins, self.wheres):
            if spin.value():
                items.append(RefundItem(line_no=item.line.line_no, quantity=spin.value() * item.step,
                                        disposition="waste" if where.currentIndex() == 1 else "restock"))
        return items

    def _update(self, *_args) -> None:
        if self.found is None:
            self.summary.setText(self.tr("No sale chosen yet."))
            self.refund.setEnabled(False)
            self.all.setEnabled(False)
            return
        sale = self.found.sale
        count = len(self.chosen_items())
        self.summary.setText(self.tr("Sale %1 of %2, total %3").replace("%1", sale.uuid[:8])
                             .replace("%2", f"{sale.created_at:%Y-%m-%d %H:%M}")
                             .replace("%3", "¥" + CNY.format(sale.total)))
        self.refund.setEnabled(count > 0)
        self.all.setEnabled(any(spin.maximum() for spin in self.spins))

    def submit(self) -> None:
        self.items = self.chosen_items()
        if self.items:
            self.accept()

    def _refuse(self, error: BaseException) -> None:
        self.message.setText(describe(error, english=self.english))
        self.message.show()
        self.sale_id.selectAll()
        self.sale_id.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Enter finds the sale (a QR scan ends with it); it must never refund by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
