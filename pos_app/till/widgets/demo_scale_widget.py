"""The demo's hands on the simulated scale: put a weight on its platter, take it off, or let it wobble.

Only a till on a simulated scale shows it (the demo store); a real till reads what lies on a real scale.
Why: without it the demo's scale reads 0.000 kg for ever and a new user cannot sell anything by weight.
The panel only changes the simulator's platter (a lock and a few fields, no I/O), so it is safe on the UI
thread; the till then reads the weight through the same serial protocol and polling as a real scale.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox

from pos_app.hardware.scale.simulator import ScaleState
from pos_app.till.app import MIN_TOUCH

DEFAULT_GRAMS = 532
SETTLE_MS = 1500     # a wobbling load comes to rest about this long after it was disturbed


class DemoScaleWidget(QFrame):
    def __init__(self, state: ScaleState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("demoScale")
        self.state = state
        self.caption = QLabel()
        self.grams = QSpinBox()
        self.grams.setRange(1, state.capacity)
        self.grams.setSingleStep(50)
        self.grams.setValue(DEFAULT_GRAMS)
        self.grams.setSuffix(" g")
        self.grams.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grams.setMinimumHeight(MIN_TOUCH)
        self.grams.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.put = QPushButton()
        self.take_off = QPushButton()
        self.wobble = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.grams, 1)
        for button in (self.put, self.take_off, self.wobble):
            # A click here must not take the focus from the search box: the next scan still goes there.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(MIN_TOUCH, MIN_TOUCH)
            # Their words stay whole; the spin box gives up width first when the column is narrow.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button)
        self.put.clicked.connect(self.put_weight)
        self.take_off.clicked.connect(lambda: self.state.put(0))
        self.wobble.clicked.connect(self.disturb)
        self.retranslate()

    def put_weight(self) -> None:
        """What the spin box says now lies still on the platter (replacing whatever was there)."""
        self.state.put(self.grams.value())

    def disturb(self) -> None:
        """The load moves (a hand on the platter) and settles by itself, as produce does."""
        self.state.set_moving(True)
        QTimer.singleShot(SETTLE_MS, self, lambda: self.state.set_moving(False))

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Demo scale"))
        self.put.setText(self.tr("Put on"))
        self.take_off.setText(self.tr("Take off"))
        self.wobble.setText(self.tr("Wobble"))
        self.setToolTip(self.tr("Demo only: what lies on the simulated scale's platter"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
