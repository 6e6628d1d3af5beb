"""The till's setup, later: a manager picks the one step to do again (a device skipped at first run, a new
printer, another language) and the wizard opens on that step alone, starting from the saved settings."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout

from pos_app.till.app import MIN_TOUCH


class SetupStepDialog(QDialog):
    """After accept(): `chosen` is the step's name."""

    def __init__(self, *, steps: tuple[str, ...], skipped: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.steps, self.skipped = steps, skipped
        self.chosen: str | None = None
        self.title = QLabel()
        self.title.setObjectName("due")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, step in enumerate(steps):
            button = QPushButton()
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # none looks picked before a finger picks it
            button.setMinimumHeight(MIN_TOUCH + 16)
            button.clicked.connect(lambda _checked=False, s=step: self.choose(s))
            self.buttons[step] = button
            grid.addWidget(button, index // 2, index % 2)
        self.cancel = QPushButton()
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.cancel)
        self.setMinimumWidth(560)
        self.retranslate()

    def choose(self, step: str) -> None:
        self.chosen = step
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {"language": self.tr("Language"), "store": self.tr("Store and till"), "hq": self.tr("Head office"),
                 "manager": self.tr("Add a manager"), "scale": self.tr("Scale"), "printer": self.tr("Receipt printer"),
                 "scanner": self.tr("Barcode scanner"), "receipt": self.tr("Receipt header")}
        self.setWindowTitle(self.tr("Till setup"))
        self.title.setText(self.tr("Which part of the setup?"))
        for step, button in self.buttons.items():
            name = names.get(step, step)
            button.setText(self.tr("%1 (not done yet)").replace("%1", name) if step in self.skipped else name)
        self.cancel.setText(self.tr("Cancel (Esc)"))
