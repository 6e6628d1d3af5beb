"""The receipt just printed (or refunded), as the printer was sent it: the ESC/POS bytes decoded back to
text, so the preview can never differ from the paper. It shows the print job's state and reprints.

It opens beside the sale screen without taking the focus, so the next customer's scans go on; the job
state is read on the reader thread every half second while it is open.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from pos_app.hardware.printer.escpos_decode import to_text
from pos_app.services.print_queue import PrintQueue
from pos_app.storage import print_jobs_repo
from pos_app.storage.print_jobs_repo import PrintJob
from pos_app.till.background import Background
from pos_app.till.messages import describe
from pos_app.till.sale_session import Paid
from pos_app.till.widgets.receipt_paper_widget import ReceiptPaperWidget

POLL_MS = 500


def preview_text(data: bytes) -> str:
    """What the paper shows: the decoded rows, with the QR and the cut as bracketed notes."""
    return to_text(data).strip("\n")


class ReceiptPreviewDialog(QDialog):
    def __init__(self, *, paid: Paid, printer: PrintQueue | None, reader: Background, writer: Background,
                 english: bool = False, columns: int = 32, parent=None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.paid = paid
        self.printer = printer
        self.reader = reader
        self.writer = writer
        self.english = english
        self.job: PrintJob | None = None
        self.job_id = paid.job_id
        self.paper = ReceiptPaperWidget()
        self.paper.show_text(preview_text(paid.receipt) if paid.receipt else "", columns=columns)
        self.text = QScrollArea()
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setWidget(self.paper)
        self.text.setWidgetResizable(True)   # the paper's size follows the font the style sheet gives it
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status = QLabel()
        self.status.setObjectName("banner")
        self.status.setWordWrap(True)
        self.reprint = QPushButton()
        self.reprint.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint.clicked.connect(self.print_again)
        self.close_button = QPushButton()
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.reprint)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(self.paper.sizeHint().width() + 60, 760)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self._in_flight = False
        self.retranslate()
        if printer is not None:
            self.poll.start()
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        refund = self.paid.sale.total < 0
        self.setWindowTitle(self.tr("Refund receipt") if refund else self.tr("Receipt"))
        self.reprint.setText(self.tr("Reprint"))
        self.close_button.setText(self.tr("Close"))
        self.reprint.setEnabled(self.printer is not None)
        self.show_status()

    def status_text(self) -> tuple[str, str]:
        """(sentence, banner kind) for the job's state."""
        if self.printer is None:
            return self.tr("No printer: nothing was printed."), "error"
        job = self.job
        if job is None or job.state == print_jobs_repo.PENDING:
            state = self.printer.state
            sentence = self.tr("Waiting to print (%n job(s) in the queue).", "", max(state.pending, 1))
            if state.last_error:
                sentence += " " + self.tr("The printer is not printing: check it.")
            return sentence, "error" if state.last_error else "info"
        if job.state == print_jobs_repo.PRINTED:
            return self.tr("Printed."), "info"
        return self.tr("Not printed: %1").replace("%1", job.last_error or job.state), "error"

    def show_status(self) -> None:
        sentence, kind = self.status_text()
        self.status.setText(sentence)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def refresh(self) -> None:
        if self.job_id is None or self._in_flight or self.printer is None:
            self.show_status()
            return
        self._in_flight = True
        db, job_id = self.printer.db, self.job_id

        def read() -> PrintJob | None:
            with db.reading() as connection:
                return print_jobs_repo.get(connection, job_id)
        self.reader.run(read, on_success=self._read, on_failure=self._failed)

    def _read(self, job: PrintJob | None) -> None:
        self._in_flight = False
        self.job = job
        self.show_status()
        if job is not None and job.state != print_jobs_repo.PENDING:
            self.poll.stop()

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        self.status.setText(describe(error, english=self.english))

    def print_again(self) -> None:
        printer, sale_uuid = self.printer, self.paid.sale.uuid
        if printer is None:
            return
        self.writer.run(lambda: printer.reprint(sale_uuid), on_success=self._queued, on_failure=self._failed)

    def _queued(self, job_id: int) -> None:
        self.job_id, self.job = job_id, None
        self.poll.start()
        self.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.poll.stop()
        super().closeEvent(event)
