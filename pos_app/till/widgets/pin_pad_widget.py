"""A numeric pad for PINs and cash amounts: large buttons for touch; the keyboard works alongside it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

KEYS = ("7", "8", "9", "4", "5", "6", "1", "2", "3")


class PinPadWidget(QWidget):
    digit = Signal(str)
    cleared = Signal()
    entered = Signal()

    def __init__(self, parent=None, *, with_point: bool = False) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(8)
        for position, key in enumerate(KEYS):
            grid.addWidget(self._key(key), position // 3, position % 3)
        self.clear = QPushButton()
        self.clear.clicked.connect(self.cleared)
        self.enter = QPushButton()
        self.enter.setProperty("role", "primary")
        self.enter.clicked.connect(self.entered)
        grid.addWidget(self.clear, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self._key(".") if with_point else self.enter, 3, 2)
        if with_point:
            grid.addWidget(self.enter, 4, 0, 1, 3)
        self.retranslate()

    def _key(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumSize(72, 60)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False, t=text: self.digit.emit(t))
        return button

    def retranslate(self) -> None:
        self.clear.setText(self.tr("Clear"))
        self.enter.setText(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
