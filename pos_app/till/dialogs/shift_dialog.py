"""The shift's dialogs: the cash amount that opens it (the float) or closes it (the counted cash), and the
X or Z report as the printer prints it (pos_app.core.shift_report.report_lines), with a print button."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout

from pos_app.core.errors import PosError
from pos_app.core.money import CNY
from pos_app.core.shift_report import Z, ShiftReport, report_lines
from pos_app.till.widgets.pin_pad_widget import PinPadWidget
from pos_app.till.widgets.receipt_paper_widget import ReceiptPaperWidget

OPEN, CLOSE = "open", "close"


class ShiftCashDialog(QDialog):
    """OPEN: the cash float; CLOSE: the cash counted in the drawer. After accept(): `amount` in fen."""

    def __init__(self, *, kind: str, cashier_name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.cashier_name = cashier_name
        self.amount: int | None = None
        self.title = QLabel()
        self.title.setObjectName("due")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.field.returnPressed.connect(self.submit)
        self.pad = PinPadWidget(with_point=True)
        self.pad.digit.connect(self.field.insert)
        self.pad.cleared.connect(self.field.clear)
        self.pad.entered.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("banner")
        self.message.setProperty("kind", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.hint, self.field, self.pad, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignRight)
        for button in self.findChildren(QPushButton):   # Enter belongs to the field, never to a button
            button.setAutoDefault(False)
        self.setMinimumWidth(420)
        self.retranslate()
        self.field.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.kind == OPEN:
            self.setWindowTitle(self.tr("Open the shift"))
            self.title.setText(self.tr("Open the shift"))
            self.hint.setText(self.tr("%1, count the cash float in the drawer and enter it.")
                              .replace("%1", self.cashier_name))
            self.field.setPlaceholderText(self.tr("Cash float (¥)"))
            self.cancel.setText(self.tr("Not now (Esc)"))
        else:
            self.setWindowTitle(self.tr("Close the shift"))
            self.title.setText(self.tr("Close the shift (Z report)"))
            self.hint.setText(self.tr("Count all the cash in the drawer and enter it; the Z report compares it "
                                      "with what is expected."))
            self.field.setPlaceholderText(self.tr("Counted cash (¥)"))
            self.cancel.setText(self.tr("Cancel (Esc)"))

    def submit(self) -> None:
        try:
            amount = CNY.parse(self.field.text() or "0")
            if amount < 0:
                raise PosError("negative")
        except PosError:
            self.message.setText(self.tr("Enter an amount in yuan, such as 500 or 500.00."))
            self.message.show()
            return
        self.amount = amount
        self.accept()


class ShiftReportDialog(QDialog):
    """The report's lines, as printed; `print_requested` asks the window to queue them on the printer."""
    print_requested = Signal()

    def __init__(self, *, report: ShiftReport, language: str = "zh", parent=None) -> None:
        super().__init__(parent)
        self.report = report
        self.language = language
        self.lines = report_lines(report, language=language, width=32)
        self.paper = ReceiptPaperWidget()
        self.paper.show_text("\n".join(self.lines), columns=32)
        self.text = QScrollArea()
        self.text.setWidget(self.paper)
        self.text.setWidgetResizable(True)   # the paper's size follows the font the style sheet gives it
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.summary = QLabel()
        self.summary.setObjectName("banner")
        self.summary.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.close_button = QPushButton()
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(self.paper.sizeHint().width() + 60, 760)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def summary_text(self) -> tuple[str, str]:
        report = self.report
        difference = report.difference
        if difference is None:
            return self.tr("Expected cash in the drawer: %1").replace(
                "%1", "¥" + CNY.format(report.expected_cash)), "info"
        if difference == 0:
            return self.tr("The drawer is exact."), "info"
        if difference > 0:
            return self.tr("The drawer is %1 over.").replace("%1", "¥" + CNY.format(difference)), "error"
        return self.tr("The drawer is %1 short.").replace("%1", "¥" + CNY.format(-difference)), "error"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Z report") if self.report.kind == Z else self.tr("X report"))
        sentence, kind = self.summary_text()
        self.summary.setText(sentence)
        self.summary.setProperty("kind", kind)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.print_button.setText(self.tr("Print"))
        self.close_button.setText(self.tr("Close"))
