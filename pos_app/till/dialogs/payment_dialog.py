"""Taking payment: cash with quick amounts and the change shown large, card and mobile with the terminal's
or wallet's reference, and any split of them. The arithmetic is the core's `settle`, run live on every
change; the dialog commits nothing (the screen checks out on the writer thread with `tenders`)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QVBoxLayout)

from pos_app.core.errors import PosError
from pos_app.core.money import CNY, round_cash
from pos_app.core.tenders import Settlement, TenderKind, TenderRequest, settle

NOTES = (1000, 2000, 5000, 10000)   # fen: ¥10, ¥20, ¥50, ¥100


def quick_amounts(due: int) -> list[int]:
    """The exact amount and the notes a customer is likely to hand over for it, ascending, no repeats."""
    amounts = [due]
    for note in NOTES:
        rounded = -(-due // note) * note
        if rounded > due and rounded not in amounts:
            amounts.append(rounded)
    return sorted(amounts)[:5]


class PaymentDialog(QDialog):
    def __init__(self, *, total: int, cash_step: int = 1, parent=None) -> None:
        super().__init__(parent)
        self.total = total
        self.cash_step = cash_step
        self.tenders: list[TenderRequest] = []
        self.settlement: Settlement | None = None
        self.due_caption = QLabel()
        self.due = QLabel()
        self.due.setObjectName("due")
        self.change_caption = QLabel()
        self.change = QLabel()
        self.change.setObjectName("change")
        self.paid = QListWidget()
        self.paid.setMaximumHeight(110)
        self.amount = QLineEdit()
        self.reference = QLineEdit()
        self.quick = QHBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        self.cash = QPushButton()
        self.card = QPushButton()
        self.mobile = QPushButton()
        self.undo = QPushButton()
        self.finish = QPushButton()
        self.finish.setProperty("role", "primary")
        self.cancel = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("banner")
        self.message.setProperty("kind", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.cash.clicked.connect(lambda: self.add(TenderKind.CASH))
        self.card.clicked.connect(lambda: self.add(TenderKind.CARD))
        self.mobile.clicked.connect(lambda: self.add(TenderKind.MOBILE))
        self.undo.clicked.connect(self.remove_last)
        self.finish.clicked.connect(self._finish)
        self.cancel.clicked.connect(self.reject)
        self.amount.returnPressed.connect(self._enter)
        for key, kind in (("F6", TenderKind.CASH), ("F7", TenderKind.CARD), ("F9", TenderKind.MOBILE)):
            QShortcut(QKeySequence(key), self, activated=lambda k=kind: self.add(k))
        self._layout()
        self.retranslate()
        self.amount.setFocus()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        top = QGridLayout()
        top.addWidget(self.due_caption, 0, 0)
        top.addWidget(self.due, 1, 0)
        top.addWidget(self.change_caption, 0, 1)
        top.addWidget(self.change, 1, 1)
        layout.addLayout(top)
        layout.addWidget(self.paid)
        layout.addLayout(self.quick)
        fields = QGridLayout()
        self.amount_caption, self.reference_caption = QLabel(), QLabel()
        fields.addWidget(self.amount_caption, 0, 0)
        fields.addWidget(self.amount, 0, 1)
        fields.addWidget(self.reference_caption, 1, 0)
        fields.addWidget(self.reference, 1, 1)
        layout.addLayout(fields)
        kinds = QHBoxLayout()
        for button in (self.cash, self.card, self.mobile, self.undo):
            kinds.addWidget(button)
        layout.addLayout(kinds)
        layout.addWidget(self.message)
        ends = QHBoxLayout()
        ends.addWidget(self.cancel)
        ends.addStretch(1)
        ends.addWidget(self.finish)
        layout.addLayout(ends)
        self.setMinimumWidth(640)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Payment"))
        self.amount_caption.setText(self.tr("Amount"))
        self.reference_caption.setText(self.tr("Card / mobile reference"))
        self.amount.setPlaceholderText(self.tr("blank = what is still due"))
        self.cash.setText(self.tr("F6 Cash"))
        self.card.setText(self.tr("F7 Card"))
        self.mobile.setText(self.tr("F9 Mobile"))
        self.undo.setText(self.tr("Remove last"))
        self.finish.setText(self.tr("Finish (Enter)"))
        self.cancel.setText(self.tr("Back (Esc)"))
        self._refresh()

    # -- the arithmetic -----------------------------------------------------------------------------------
    @property
    def remaining(self) -> int:
        paid = 0
        for request in self.tenders:
            paid += request.amount or 0
        return max(self.total - paid, 0)

    def add(self, kind: TenderKind, amount: int | None = None) -> bool:
        """Add a tender (amount from the field when not given); False with a message when it cannot apply."""
        if amount is None:
            try:
                amount = CNY.parse(self.amount.text()) if self.amount.text().strip() else None
            except PosError as error:
                return self._refuse(str(error))
        if kind is TenderKind.CASH and amount is None:
            amount = round_cash(self.remaining, step=self.cash_step)
        if kind is not TenderKind.CASH and amount is None:
            amount = self.remaining
        request = TenderRequest(kind, amount, reference=self.reference.text().strip())
        requests = [*self.tenders, request]
        try:
            self.settlement = settle(total=self.total, requests=requests, cash_step=self.cash_step)
        except PosError:
            try:   # a part payment is fine when a card could still pay the rest
                settle(total=self.total, requests=[*requests, TenderRequest(TenderKind.CARD)],
                       cash_step=self.cash_step)
            except PosError as error:
                return self._refuse(str(error))
            self.settlement = None
        self.tenders.append(request)
        self.amount.clear()
        self.reference.clear()
        self.message.hide()
        self._refresh()
        return True

    def remove_last(self) -> None:
        if self.tenders:
            self.tenders.pop()
            self.settlement = None
            self._refresh()

    def _refuse(self, sentence: str) -> bool:
        self.message.setText(sentence)
        self.message.show()
        return False

    def _enter(self) -> None:
        if self.settlement is not None and not self.amount.text().strip():
            self._finish()
        else:
            self.add(TenderKind.CASH)

    def _finish(self) -> None:
        if self.settlement is not None:
            self.accept()

    def _refresh(self) -> None:
        words = {TenderKind.CASH: self.tr("Cash"), TenderKind.CARD: self.tr("Card"),
                 TenderKind.MOBILE: self.tr("Mobile")}
        self.paid.clear()
        for request in self.tenders:
            ref = f"  #{request.reference}" if request.reference else ""
            self.paid.addItem(f"{words[request.kind]}  ¥{CNY.format(request.amount or 0)}{ref}")
        done = self.settlement is not None
        self.due_caption.setText(self.tr("Total") if done else self.tr("Due"))
        self.due.setText("¥" + CNY.format(self.total if done else self.remaining))
        self.change_caption.setText(self.tr("Change"))
        self.change.setText("¥" + CNY.format(self.settlement.change) if done else "—")
        self.finish.setEnabled(done)
        self.finish.setDefault(done)
        for button in self.quick_buttons:
            self.quick.removeWidget(button)
            button.setParent(None)   # at once: deleteLater would leave it drawn until the loop turns
            button.deleteLater()
        self.quick_buttons = []
        if not done:
            for amount in quick_amounts(round_cash(self.remaining, step=self.cash_step)):
                button = QPushButton("¥" + CNY.format(amount))
                button.setMinimumHeight(56)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _=False, a=amount: self.add(TenderKind.CASH, a))
                self.quick.addWidget(button)
                self.quick_buttons.append(button)
