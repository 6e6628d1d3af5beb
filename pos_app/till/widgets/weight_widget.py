"""The live weight panel: what the scale shows now (polled on the scale thread), with tare and zero."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton

from pos_app.core.quantity import format_quantity
from pos_app.hardware.scale import ScaleReading, ScaleStatus


class WeightPanelWidget(QFrame):
    tare_requested = Signal()
    zero_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = QLabel()
        self.weight = QLabel("—")
        self.weight.setObjectName("weight")
        self.weight.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state = QLabel()
        self.state.setObjectName("weightState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tare = QPushButton()
        self.zero = QPushButton()
        self.tare.clicked.connect(self.tare_requested)
        self.zero.clicked.connect(self.zero_requested)
        layout = QGridLayout(self)
        layout.addWidget(self.caption, 0, 0)
        layout.addWidget(self.state, 0, 1, 1, 2)
        layout.addWidget(self.weight, 1, 0, 1, 3)
        layout.addWidget(self.tare, 2, 1)
        layout.addWidget(self.zero, 2, 2)
        self.reading: ScaleReading | None = None
        self.error = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Scale"))
        self.tare.setText(self.tr("Tare"))
        self.zero.setText(self.tr("Zero"))
        self._paint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_reading(self, reading: ScaleReading) -> None:
        self.reading, self.error = reading, ""
        self._paint()

    def show_error(self, sentence: str) -> None:
        self.reading, self.error = None, sentence
        self._paint()

    def state_text(self) -> tuple[str, str]:
        """(state word, style) for the panel and the status bar."""
        if self.reading is None:
            return (self.tr("No scale") if not self.error else self.tr("Scale error")), "error"
        status = self.reading.status
        words = {ScaleStatus.OK: (self.tr("Stable"), "ok"), ScaleStatus.MOVING: (self.tr("Moving"), "moving"),
                 ScaleStatus.OVER: (self.tr("Over capacity"), "error"),
                 ScaleStatus.UNDER: (self.tr("Under zero"), "error"),
                 ScaleStatus.NO_ANSWER: (self.tr("No answer"), "error"),
                 ScaleStatus.DISCONNECTED: (self.tr("Disconnected"), "error")}
        return words.get(status, (self.tr("Scale error"), "error"))

    def _paint(self) -> None:
        word, style = self.state_text()
        if self.reading is not None and self.reading.net and style != "error":
            word += " · " + self.tr("Net")
        self.state.setText(word)
        self.state.setProperty("state", style)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        grams = None if self.reading is None else self.reading.grams
        self.weight.setText("—" if grams is None else f"{format_quantity(grams)} kg")
        self.setToolTip(self.error or (self.reading.detail if self.reading else ""))
