"""A manager's PIN on the spot, and the one flow every override follows (see pos_app.services.overrides):
try the action without a PIN on the writer thread; when the service answers ManagerRequired (or SoldOut,
which a manager may override) ask for a PIN here and try again with it. A wrong PIN keeps the dialog
open with the reason; the PIN itself is never kept after the attempt, and checking it (argon2) happens on
the writer thread too.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pos_app.core.errors import SoldOut
from pos_app.services.authorisation import AuthorisationRefused, ManagerRequired, UserLocked
from pos_app.till.background import Background
from pos_app.till.messages import describe
from pos_app.till.widgets.pin_pad_widget import PinPadWidget


class ManagerPinDialog(QDialog):
    submitted = Signal(str)   # the PIN typed

    def __init__(self, *, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setObjectName("banner")
        self.reason.setProperty("kind", "info")
        self.caption = QLabel()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        self.pad = PinPadWidget()
        self.pad.digit.connect(self.pin.insert)
        self.pad.cleared.connect(self.pin.clear)
        self.pad.entered.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("banner")
        self.message.setProperty("kind", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.caption)
        layout.addWidget(self.pin)
        layout.addWidget(self.pad)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.busy = False
        self.retranslate()
        self.pin.setFocus()
        for button in self.findChildren(QPushButton):   # Enter belongs to the field, never to a button
            button.setAutoDefault(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Manager authorisation"))
        self.caption.setText(self.tr("Manager: enter your PIN"))
        self.pin.setPlaceholderText(self.tr("Manager PIN"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if self.busy or not pin:
            return
        self.busy = True
        self.message.hide()
        self.submitted.emit(pin)

    def refuse(self, sentence: str) -> None:
        self.busy = False
        self.message.setText(sentence)
        self.message.show()
        self.pin.setFocus()


def needs_manager(error: BaseException) -> bool:
    return isinstance(error, (ManagerRequired, SoldOut))


class ManagerGate:
    """Runs `job(pin)` on the writer: first with None, then with a manager's PIN when the service asks."""

    def __init__(self, *, writer: Background, parent: QWidget, english: Callable[[], bool]) -> None:
        self.writer = writer
        self.parent = parent
        self.english = english
        self.dialog: ManagerPinDialog | None = None

    def run(self, job: Callable[[str | None], Any], *, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None], reason: str | None = None,
            on_asked: Callable[[ManagerPinDialog], None] | None = None) -> None:
        """`reason`: the dialog's explanation (default: the service's, translated). `on_asked` sees the dialog
        (the screen counts it as its open dialog)."""
        def first_failed(error: BaseException) -> None:
            if not needs_manager(error):
                on_failure(error)
                return
            self.ask(job, on_success=on_success, on_failure=on_failure,
                     reason=reason or describe(error, english=self.english()), on_asked=on_asked)
        self.writer.run(lambda: job(None), on_success=on_success, on_failure=first_failed)

    def ask(self, job: Callable[[str | None], Any], *, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None], reason: str,
            on_asked: Callable[[ManagerPinDialog], None] | None = None) -> ManagerPinDialog:
        dialog = ManagerPinDialog(reason=reason, parent=self.parent)
        self.dialog = dialog

        def succeeded(result: Any) -> None:
            dialog.accept()
            on_success(result)

        def failed(error: BaseException) -> None:
            if isinstance(error, (AuthorisationRefused, UserLocked)):
                dialog.refuse(describe(error, english=self.english()))
                return
            dialog.reject()
            on_failure(error)

        dialog.submitted.connect(lambda pin: self.writer.run(lambda: job(pin), on_success=succeeded,
                                                             on_failure=failed))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        if on_asked is not None:
            on_asked(dialog)
        dialog.open()
        return dialog
