"""The till's one window: the login screen and the sale screen in a stack, the status bar, and the
keyboard-wedge filter that makes a scanner burst add an item wherever the focus is.

It owns the three background threads (writer, reader, scale) and closes them with itself; services and
devices come in as a `TillContext`.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from pos_app.storage.users_repo import User
from pos_app.till.app import Languages
from pos_app.till.background import Background
from pos_app.till.context import TillContext
from pos_app.till.idle_lock import IdleLockFilter
from pos_app.till.screens.login_screen import LoginScreen
from pos_app.till.screens.sale_screen import SaleScreen
from pos_app.till.screens.shift_flow import ShiftFlow
from pos_app.till.wedge_filter import WedgeKeyFilter, monotonic_ms
from pos_app.till.widgets.status_bar_widget import TillStatusBarWidget

SYNC_POLL_MS = 1000
log = logging.getLogger(__name__)


def warm_up() -> None:
    """What the first sale will need and the PIN screen did not: imported on a spare thread after sign-in."""
    try:
        from pos_app.hardware.printer.escpos_render import warm_up as receipts
        receipts()
    except Exception:  # noqa: BLE001 - only a head start: the first receipt imports it again and reports
        log.exception("warming up the receipt renderer failed")


class TillMainWidget(QMainWindow):
    queue_changed = Signal(object)   # QueueState, emitted from the print queue's thread, shown on ours

    def __init__(self, *, context: TillContext, languages: Languages, clock: Callable[[], int] = monotonic_ms,
                 parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.languages = languages
        self.writer = Background("writer", self)
        self.reader = Background("reader", self)
        self.scale_thread = Background("scale", self)
        self.login = LoginScreen(cashiers=context.cashiers, writer=self.writer, languages=languages,
                                 store_name=context.store.name)
        self.sale = SaleScreen(context=context, writer=self.writer, reader=self.reader,
                               scale_thread=self.scale_thread, languages=languages)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.sale)
        self.setCentralWidget(self.stack)
        self.status = TillStatusBarWidget()
        self.setStatusBar(self.status)
        self.login.signed_in.connect(self.signed_in)
        self.sale.lock_requested.connect(self.lock)
        self.shifts = ShiftFlow(shifts=context.shifts, printer=context.printer, writer=self.writer,
                                reader=self.reader, languages=languages, parent=self, inform=self.sale.inform,
                                fail=self.sale.fail_text, width_mm=context.session.width_mm)
        self.shifts.closed = self.lock
        self.sale.x_report_requested.connect(self.shifts.x_report)
        self.sale.z_report_requested.connect(self.shifts.close_shift)
        self.sale.scale_word.connect(self.status.show_scale)
        self.queue_changed.connect(self.status.show_queue)
        self._unsubscribe = None
        self._warm = False
        if context.printer is not None:
            self._unsubscribe = context.printer.subscribe(self.queue_changed.emit)
            self.status.show_queue(context.printer.state)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_POLL_MS)
        self.sync_timer.timeout.connect(self.show_sync)
        self.sync_timer.start()
        self.show_sync()
        self.wedge = WedgeKeyFilter(active=self.scanning, clock=clock, parent=self)
        self.wedge.scanned.connect(self.sale.scan)
        self.wedge.typed.connect(self.sale.typed)
        QApplication.instance().installEventFilter(self.wedge)
        self.idle_lock = IdleLockFilter(seconds=context.idle_lock_seconds, may_lock=self.may_lock, parent=self)
        self.idle_lock.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle_lock)
        self.setWindowTitle("FreshTill")
        self.resize(1280, 800)
        self.login.reload()

    def scanning(self) -> bool:
        """The wedge filter takes keys only on the sale screen with no dialog open."""
        return self.stack.currentWidget() is self.sale and self.isVisible() and \
            QApplication.activeModalWidget() is None and self.sale.dialog is None and self.shifts.dialog is None

    def may_lock(self) -> bool:
        """The idle lock waits while a dialog is open (a payment, a refund) and is moot on the PIN screen."""
        return self.stack.currentWidget() is self.sale and self.sale.dialog is None and \
            self.shifts.dialog is None and self.sale.gate.dialog is None

    def signed_in(self, user: User) -> None:
        self.status.show_user(user.name)
        self.stack.setCurrentWidget(self.sale)
        self.sale.start(user)
        self.shifts.ensure_open(user)
        self.idle_lock.restart()
        if not self._warm:
            self._warm = True
            threading.Thread(target=warm_up, name="till-warm-up", daemon=True).start()

    def lock(self) -> None:
        """Back to the PIN; the basket stays on the writer thread for whoever signs in next."""
        self.wedge.drain()
        self.status.show_user("")
        self.stack.setCurrentWidget(self.login)
        if self.sale.cashier is not None:
            self.login.select_user(self.sale.cashier.user_id)
        self.login.pin.setFocus()

    def show_sync(self) -> None:
        provider = self.context.sync_status
        self.status.show_sync(provider() if provider is not None else None)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
            app.removeEventFilter(self.idle_lock)
        self.idle_lock.timer.stop()
        if self.sale.preview is not None:
            self.sale.preview.close()
        self.sale.poll.stop()
        self.sync_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for background in (self.scale_thread, self.reader, self.writer):
            background.close()
