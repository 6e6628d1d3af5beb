"""The status bar: printer (from the print queue), scale, and sync (pending count and last sync, or
"offline" while this till has no sync set up or HQ cannot be reached)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar

from pos_app.hardware.printer.printer_status import PrinterState
from pos_app.services.print_queue import QueueState
from sync.client.worker import ONLINE, SyncStatus


class TillStatusBarWidget(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.user = QLabel()
        self.printer = QLabel()
        self.scale = QLabel()
        self.sync = QLabel()
        for label in (self.user, self.printer, self.scale, self.sync):
            self.addWidget(label)
        self._queue: QueueState | None = None
        self._scale_word = ""
        self._sync: SyncStatus | None = None
        self._user = ""
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_user(self, name: str) -> None:
        self._user = name
        self.retranslate()

    def show_queue(self, state: QueueState | None) -> None:
        self._queue = state
        self.retranslate()

    def show_scale(self, word: str) -> None:
        self._scale_word = word
        self.retranslate()

    def show_sync(self, status: SyncStatus | None) -> None:
        self._sync = status
        self.retranslate()

    def printer_text(self) -> str:
        state = self._queue
        if state is None:
            return self.tr("Printer: none")
        if state.printer in (PrinterState.PAPER_OUT, PrinterState.COVER_OPEN):
            word = self.tr("Printer: needs attention")
        elif state.last_error or state.printer in (PrinterState.UNREACHABLE, PrinterState.OFFLINE):
            word = self.tr("Printer: not printing")
        else:
            word = self.tr("Printer: ready")
        if state.pending:
            word += " · " + self.tr("%n job(s) waiting", "", state.pending)
        return word

    def sync_text(self) -> str:
        status = self._sync
        if status is None or status.state != ONLINE:
            pending = f" · {self.tr('%n to send', '', status.pending)}" if status and status.pending else ""
            return self.tr("Sync: offline") + pending
        last = (status.last_sync_at or "")[11:16]
        return self.tr("Sync: %1 to send, last %2").replace("%1", str(status.pending)).replace("%2", last)

    def retranslate(self) -> None:
        self.user.setText(self.tr("Cashier: %1").replace("%1", self._user) if self._user else self.tr("Locked"))
        self.printer.setText(self.printer_text())
        self.printer.setToolTip(self._queue.sentence if self._queue else "")
        self.scale.setText(self.tr("Scale: %1").replace("%1", self._scale_word or "—"))
        self.sync.setText(self.sync_text())
