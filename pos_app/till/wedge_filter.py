"""The application-wide key filter that feeds a keyboard-wedge scanner's keys to the pure WedgeDetector.

While the sale screen is showing (and no dialog is open), every key with text is fed to the detector,
wherever the focus is: a scanner's burst comes out as `scanned(code)`, a person's keys come back as
`typed(text)` for the search box, in the order typed. A key the detector does not take (F-keys,
Backspace, arrows, shortcuts) first releases whatever is held, so nothing typed is reordered or lost.

The clock is injectable (milliseconds, monotonic): tests type bursts at exact intervals instead of
depending on how fast the machine delivers events.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from pos_app.hardware.scanner.wedge import Scan, Typed, WedgeDetector, WedgeEvent

_ENDS = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | \
    Qt.KeyboardModifier.MetaModifier


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class WedgeKeyFilter(QObject):
    scanned = Signal(str)
    typed = Signal(str)

    def __init__(self, *, active: Callable[[], bool], detector: WedgeDetector | None = None,
                 clock: Callable[[], int] = monotonic_ms, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detector = detector or WedgeDetector()
        self._active = active
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not self._active():
            return False
        assert isinstance(event, QKeyEvent)
        key = self._key_text(event)
        if key is None:
            self.drain()   # a key we pass on must not overtake the text held before it
            return False
        now = self._clock()
        self._emit(self.detector.feed(key, at_ms=now))
        self._arm(now)
        return True

    @staticmethod
    def _key_text(event: QKeyEvent) -> str | None:
        if event.modifiers() & _SHORTCUT_MODIFIERS:
            return None
        end = _ENDS.get(Qt.Key(event.key()))
        if end is not None:
            return end
        text = event.text()
        if len(text) == 1 and (text.isprintable() or text == "\x1d"):
            return text
        return None

    def flush(self) -> None:
        now = self._clock()
        self._emit(self.detector.flush(now))
        self._arm(now)

    def drain(self) -> None:
        self._timer.stop()
        self._emit(self.detector.drain())

    def _arm(self, now: int) -> None:
        deadline = self.detector.deadline()
        if deadline is None:
            self._timer.stop()
            return
        # a fake clock may be far from real time: keep the wait within what a real burst needs
        self._timer.start(min(max(deadline - now, 1), 500))

    def _emit(self, events: list[WedgeEvent]) -> None:
        for event in events:
            if isinstance(event, Scan):
                self.scanned.emit(event.code)
            elif isinstance(event, Typed):
                self.typed.emit(event.text)
