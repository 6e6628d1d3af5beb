"""Signing in: pick your name, type your PIN (keyboard or pad), Enter. The PIN is checked by the Authoriser
on the writer thread (argon2 takes tens of milliseconds; wrong PINs are counted in the database, and the
fifth in a row locks that user for a few minutes) and never kept after the check."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from pos_app.storage.users_repo import User
from pos_app.till.app import Languages
from pos_app.till.background import Background
from pos_app.till.context import Cashiers
from pos_app.till.messages import describe
from pos_app.till.widgets.pin_pad_widget import PinPadWidget


class LoginScreen(QWidget):
    signed_in = Signal(object)   # User
    setup_requested = Signal()

    def __init__(self, *, cashiers: Cashiers, writer: Background, languages: Languages, store_name: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.cashiers = cashiers
        self.writer = writer
        self.languages = languages
        self.store_name = store_name
        self.users: list[User] = []
        self.title = QLabel()
        self.title.setObjectName("due")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user_row = QHBoxLayout()
        self.user_group = QButtonGroup(self)
        self.user_group.setExclusive(True)
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
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.language = QPushButton()
        self.language.clicked.connect(self.toggle_language)
        self.setup = QPushButton()          # the till's setup, for a manager; shown when start-up offers it
        self.setup.clicked.connect(self.setup_requested)
        self.setup.hide()
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addLayout(self.user_row)
        column.addWidget(self.pin)
        column.addWidget(self.pad)
        column.addWidget(self.message)
        corner = QHBoxLayout()
        corner.addWidget(self.setup)
        corner.addStretch(1)
        corner.addWidget(self.language)
        column.addLayout(corner)
        outer = QGridLayout(self)
        outer.addLayout(column, 0, 1)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        self.checking = False
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.store_name or self.tr("FreshTill"))
        self.hint.setText(self.tr("Choose your name and enter your PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.language.setText(self.tr("English") if self.languages.current == "zh_CN" else "中文")
        self.setup.setText(self.tr("Till setup"))

    def toggle_language(self) -> None:
        self.languages.use("en" if self.languages.current == "zh_CN" else "zh_CN")

    def reload(self) -> None:
        """Fetch the users (pulled from HQ into the till database) off the UI thread."""
        self.writer.run(self.cashiers.all, on_success=self.show_users, on_failure=self._failed)

    def show_users(self, users: list[User]) -> None:
        for button in self.user_group.buttons():
            self.user_group.removeButton(button)
            button.deleteLater()
        self.users = list(users)
        for position, user in enumerate(self.users):
            button = QPushButton(user.name)
            button.setCheckable(True)
            button.setMinimumSize(120, 56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.user_group.addButton(button, position)
            self.user_row.addWidget(button)
        if self.users:
            self.user_group.button(0).setChecked(True)
        self.pin.setFocus()

    def select_user(self, user_id: str) -> None:
        for position, user in enumerate(self.users):
            if user.user_id == user_id:
                self.user_group.button(position).setChecked(True)

    @property
    def selected(self) -> User | None:
        position = self.user_group.checkedId()
        return self.users[position] if 0 <= position < len(self.users) else None

    def submit(self) -> None:
        user, pin = self.selected, self.pin.text()
        if self.checking:
            return
        if user is None or not pin:
            self._show(self.tr("Choose your name and enter your PIN"))
            return
        self.checking = True
        self.pin.clear()
        self.writer.run(lambda: self.cashiers.check(user_id=user.user_id, pin=pin), on_success=self._checked,
                        on_failure=self._failed)

    def _checked(self, user: User) -> None:
        self.checking = False
        self.message.hide()
        self.signed_in.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.checking = False
        if getattr(error, "code", "") == "authorisation_refused":
            self._show(self.tr("Wrong PIN. Try again."))
        else:
            self._show(describe(error, english=self.languages.current == "en"))

    def _show(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
