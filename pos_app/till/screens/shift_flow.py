"""The shift around the sale screen: after sign-in a float opens it when none is open; the X report shows
the figures so far; closing counts the cash, takes the Z report (shown and printed) and locks the till.
Every read and write goes through pos_app.services.shifts on a Background thread.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos_app.core.shift_report import ShiftReport, report_lines
from pos_app.hardware.printer.escpos_render import render_lines
from pos_app.services.print_queue import PrintQueue
from pos_app.services.shifts import Shifts
from pos_app.storage.users_repo import User
from pos_app.till.app import Languages
from pos_app.till.background import Background
from pos_app.till.dialogs.shift_dialog import CLOSE, OPEN, ShiftCashDialog, ShiftReportDialog
from pos_app.till.messages import describe


translate = QCoreApplication.translate   # lupdate reads translate("<context>", "<literal>") calls


class ShiftFlow:
    def __init__(self, *, shifts: Shifts, printer: PrintQueue | None, writer: Background, reader: Background,
                 languages: Languages, parent: QWidget, inform: Callable[[str], None],
                 fail: Callable[[str], None], width_mm: int = 58) -> None:
        self.shifts = shifts
        self.printer = printer
        self.writer, self.reader = writer, reader
        self.languages = languages
        self.parent = parent
        self.inform, self.fail_text = inform, fail
        self.width_mm = width_mm
        self.dialog = None                 # the dialog open now, for the wedge filter and tests
        self.cashier: User | None = None
        self.closed: Callable[[], None] | None = None   # called after a Z report is dismissed (the window locks)

    def fail(self, error: BaseException) -> None:
        self.fail_text(describe(error, english=self.languages.current == "en"))

    def _open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()

    # -- opening -----------------------------------------------------------------------------------------
    def ensure_open(self, cashier: User) -> None:
        """After sign-in: ask for a float when no shift is open on this till."""
        self.cashier = cashier
        self.reader.run(self.shifts.current, on_success=self._current, on_failure=self.fail)

    def _current(self, shift) -> None:
        if shift is not None or self.cashier is None:
            return
        dialog = ShiftCashDialog(kind=OPEN, cashier_name=self.cashier.name, parent=self.parent)
        cashier_id = self.cashier.user_id

        def chosen() -> None:
            amount = dialog.amount
            self.writer.run(lambda: self.shifts.open(cashier=cashier_id, opening_float=amount),
                            on_success=lambda _shift: self.inform(translate("ShiftFlow", "The shift is open.")),
                            on_failure=self.fail)
        dialog.accepted.connect(chosen)
        self._open_dialog(dialog)

    # -- reports -----------------------------------------------------------------------------------------
    def x_report(self) -> None:
        self.reader.run(self.shifts.x_report, on_success=self.show_report, on_failure=self.fail)

    def close_shift(self) -> None:
        if self.cashier is None:
            return
        dialog = ShiftCashDialog(kind=CLOSE, cashier_name=self.cashier.name, parent=self.parent)
        cashier_id = self.cashier.user_id

        def chosen() -> None:
            counted = dialog.amount
            self.writer.run(lambda: self.shifts.close(counted_cash=counted, closed_by=cashier_id),
                            on_success=self._closed, on_failure=self.fail)
        dialog.accepted.connect(chosen)
        self._open_dialog(dialog)

    def _closed(self, report: ShiftReport) -> None:
        dialog = self.show_report(report)
        self.print_report(report)    # a Z report is always printed: it goes in the drawer with the cash
        if self.closed is not None:
            dialog.finished.connect(lambda _r: self.closed())

    def show_report(self, report: ShiftReport) -> ShiftReportDialog:
        dialog = ShiftReportDialog(report=report, language=self.languages.receipt_language, parent=self.parent)
        dialog.print_requested.connect(lambda: self.print_report(report))
        self._open_dialog(dialog)
        return dialog

    def print_report(self, report: ShiftReport) -> None:
        if self.printer is None:
            self.fail_text(translate("ShiftFlow", "No printer is connected: the report was not printed."))
            return
        printer, language, width = self.printer, self.languages.receipt_language, self.width_mm
        columns = 48 if width == 80 else 32

        def queue() -> int | None:
            data = render_lines(report_lines(report, language=language, width=columns), language=language,
                                width_mm=width)
            return printer.enqueue(data, kind="receipt")
        self.writer.run(queue, on_success=lambda _id: self.inform(translate("ShiftFlow", "The report is printing.")),
                        on_failure=self.fail)
