"""Locking the till after it has been left alone: an application-wide filter restarts a single-shot timer
on every key, click or touch; when it runs out the window locks (keeping the basket), unless a dialog is
open — then it waits another period rather than drop the cashier's half-finished payment or refund."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel}


class IdleLockFilter(QObject):
    idle = Signal()

    def __init__(self, *, seconds: int, may_lock: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.may_lock = may_lock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        """0 switches the idle lock off."""
        self.seconds = max(int(seconds), 0)
        self.timer.setInterval(self.seconds * 1000)
        self.restart()

    def restart(self) -> None:
        if self.seconds:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT:
            self.restart()
        return False

    def _expired(self) -> None:
        if self.may_lock():
            self.idle.emit()
        else:
            self.restart()
